"""Members' reviews at scale: 1 million reviews over 10k tools (issue 17).

`python -m benchmarks.reviews` fills its own database (var/bench-reviews.sqlite3, or
DATABASE_URL when it names a benchmark database) with the synthetic catalogue and
REVIEWS reviews spread over the published tools, then times, with every application cache
off, the tool page, the tool's reviews page (unfiltered and filtered on a target group) and
the listing filtered on "well rated for" a target group. Target: tool page p95 <= 15 ms.
The figures are printed and written to var/bench-reviews.json.
"""

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
TOOLS = 10_000
REVIEWS = 1_000_000
MEMBERS = 2_000
TARGET_P95_MS = 15


def fill(*, tools: int, reviews: int, stdout) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from catalogue.models import Sector, TargetGroup, Tool
    from practices.models import SuccessFactor
    from reviews.models import Review

    from . import synthetic

    if Review.objects.count() == reviews and Tool.objects.count() == tools:
        return
    stdout.write(f"filling {tools} tools ...\n")
    synthetic.fill(tools)
    rng = random.Random(20261202)
    with transaction.atomic():
        Review.objects.all().delete()
        sectors = [
            Sector.objects.get_or_create(slug=f"sector-{n}", defaults={"name": f"Sector {n}"})[0].pk
            for n in range(12)
        ]
        groups = [
            TargetGroup.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0].pk
            for slug in (
                "jongeren",
                "nieuwkomers",
                "ouderen",
                "gezinnen",
                "mensen-met-een-beperking",
            )
        ]
        factors = [
            SuccessFactor.objects.get_or_create(
                slug=f"factor-{n}", defaults={"name": f"Factor {n}", "group": "laagdrempelig"}
            )[0].pk
            for n in range(8)
        ]
        User = get_user_model()
        User.objects.filter(username__startswith="bench-lid-").delete()
        User.objects.bulk_create(
            [User(username=f"bench-lid-{n}", email=f"lid{n}@example.org") for n in range(MEMBERS)]
        )
        members = list(
            User.objects.filter(username__startswith="bench-lid-").values_list("pk", flat=True)
        )
        tool_ids = list(Tool.objects.published().values_list("pk", flat=True))
        per_tool = reviews // len(tool_ids)
        extra = reviews - per_tool * len(tool_ids)
        now = timezone.now()
        stdout.write(f"filling {reviews} reviews ...\n")
        columns = (
            "tool_id, author_id, sector_id, target_group_id, usage, duration, ease, fit, goals,"
            " text, status, removal_reason, created_at, updated_at, published_at"
        )
        placeholders = ", ".join(["%s"] * 15)
        # Only constants in the statement; the values go as parameters.
        sql = f"INSERT INTO reviews_review ({columns}) VALUES ({placeholders})"  # noqa: S608
        rows = []
        with connection.cursor() as cursor:
            for index, tool_id in enumerate(tool_ids):
                count = per_tool + (1 if index < extra else 0)
                offset = rng.randrange(MEMBERS)
                for k in range(count):
                    status = "published" if rng.random() < 0.9 else "pending"
                    rating = [rng.choice([None, 1, 2, 3, 3, 4, 4, 4, 5, 5]) for _ in range(3)]
                    rows.append(
                        (
                            tool_id,
                            members[(offset + k) % MEMBERS],
                            rng.choice(sectors),
                            rng.choice(groups),
                            rng.choice(["alone", "together", "group"]),
                            rng.choice(["weeks", "months", "year", "years"]),
                            *rating,
                            "Werkt vlot voor korte vragen; spreek afspraken af.",
                            status,
                            "",
                            now,
                            now,
                            now if status == "published" else None,
                        )
                    )
                if len(rows) >= 20_000:
                    cursor.executemany(sql, rows)
                    rows = []
            if rows:
                cursor.executemany(sql, rows)
            stdout.write("linking success factors ...\n")
            cursor.execute(
                "INSERT INTO reviews_review_success_factors (review_id, successfactor_id)"
                " SELECT id, %s FROM reviews_review WHERE id %% 4 = 0",
                [factors[0]],
            )
            if connection.vendor == "sqlite":
                cursor.execute("ANALYZE")
                cursor.execute("PRAGMA optimize")
            else:
                cursor.execute("ANALYZE")


def measure(*, requests: int, stdout) -> dict:
    from catalogue.models import Tool
    from reviews.models import Review

    from .measure import time_urls

    busiest = list(
        Tool.objects.published()
        .filter(reviews__isnull=False)
        .values_list("slug", flat=True)
        .distinct()[:20]
    )
    pages = {
        "tool page": [f"/nl/tools/{slug}/" for slug in busiest],
        "reviews page": [f"/nl/tools/{slug}/reviews/" for slug in busiest],
        "reviews page, target group": [
            f"/nl/tools/{slug}/reviews/?target_group=jongeren" for slug in busiest
        ],
        "listing, well rated for newcomers": ["/nl/tools/?well_rated_for=nieuwkomers"],
    }
    figures = {
        "reviews": Review.objects.count(),
        "tools": Tool.objects.count(),
        "load_before": [round(x, 2) for x in os.getloadavg()],
        "latency_ms": {},
    }
    for name, urls in pages.items():
        figures["latency_ms"][name] = time_urls(urls, requests=requests)
        stdout.write(f"  {name}: {figures['latency_ms'][name]}\n")
    figures["load_after"] = [round(x, 2) for x in os.getloadavg()]
    figures["tool_page_target_met"] = figures["latency_ms"]["tool page"]["p95"] <= TARGET_P95_MS
    return figures


def main(argv=None, *, stdout=sys.stdout):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tools", type=int, default=TOOLS)
    parser.add_argument("--reviews", type=int, default=REVIEWS)
    parser.add_argument("--requests", type=int, default=200)
    options = parser.parse_args(argv)
    var = BASE_DIR / "var"
    var.mkdir(exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{var / 'bench-reviews.sqlite3'}")
    # Every application cache off: the figures are the database's and the code's.
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ["SEARCH_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from .run import NotABenchDatabase, is_bench_database

    if not is_bench_database():
        raise NotABenchDatabase("Refusing: DATABASE_URL must name a benchmark database.")
    call_command("migrate", interactive=False, verbosity=0)
    start = time.perf_counter()
    fill(tools=options.tools, reviews=options.reviews, stdout=stdout)
    fill_s = round(time.perf_counter() - start, 1)
    figures = measure(requests=options.requests, stdout=stdout)
    figures["fill_s"] = fill_s
    (var / "bench-reviews.json").write_text(json.dumps(figures, indent=2))
    stdout.write(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
