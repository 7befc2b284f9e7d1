"""Requests/s of the public pages at seed-shaped data, as a share of a trivial Django view in
the same run (`make bench`'s "Pages" section).

The database (var/bench-pages.sqlite3) holds the seed (`load_seed`) plus tools shaped like the
seed's busiest one, WhatsApp: about 40 links each (four terms in each of nine taxonomies,
aliases, related tools, examples) and 10 practices each. Every application cache is off
(PAGE_CACHE_SECONDS=0, SEARCH_CACHE_SECONDS=0) except in the one run that shows the page
cache on.
"""

import datetime
import itertools
import os
import sys
from urllib.parse import urlencode

from django.core.management import call_command
from django.core.management.base import OutputWrapper
from django.db import connection, transaction

SEED_SHAPED_TOOLS = 60
PRACTICES_PER_TOOL = 10
TOOLS_PER_PRACTICE = 6
SEARCHES = ["whatsapp", "vertalen", "videobellen", "gratis app ouderen", "itsmee"]
# Share of the trivial view each page must reach (docs/benchmarks.md, issue 13).
TARGETS = {
    "tool page": 0.20,
    "search page": 0.12,
    "home page": 0.20,
    "practice list": 0.20,
    "search page, page cache on": 0.80,
}


def fill(*, stdout) -> None:
    """The seed plus SEED_SHAPED_TOOLS seed-shaped tools (once: kept between runs)."""
    from catalogue.models import Tool

    call_command("migrate", interactive=False, verbosity=0)
    if Tool.objects.filter(slug__startswith="zwaar-").count() < SEED_SHAPED_TOOLS:
        _fill(stdout=stdout)
    # Planner statistics, as PostgreSQL's autovacuum keeps them in production: without any,
    # SQLite joins the practice filters' tables in a poor order.
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _fill(*, stdout) -> None:
    from catalogue.tests.factories import ToolFactory, seed_shaped_tool
    from practices.tests.factories import PracticeFactory, SuccessFactorFactory

    stdout.write("  loading the seed and seed-shaped tools ...")
    call_command("load_seed", verbosity=0, stdout=OutputWrapper(open(os.devnull, "w")))  # noqa: SIM115
    with transaction.atomic():
        neighbours = [ToolFactory(name=f"Zwaar buur {n}") for n in range(4)]
        tools = [
            seed_shaped_tool(name=f"Zwaar {n}", neighbours=neighbours)
            for n in range(SEED_SHAPED_TOOLS)
        ]
        factors = [SuccessFactorFactory(name=f"Zwaar factor {n}") for n in range(4)]
        practices = SEED_SHAPED_TOOLS * PRACTICES_PER_TOOL // TOOLS_PER_PRACTICE
        ring = itertools.cycle(tools)
        for n in range(practices):
            PracticeFactory(
                title=f"Zware praktijk {n}",
                tools=[next(ring) for _ in range(TOOLS_PER_PRACTICE)],
                success_factors=factors,
            )
    from search.indexing import rebuild_index

    rebuild_index()


def paths() -> dict[str, list[str]]:
    search = [f"/nl/tools/?{urlencode({'q': q})}" for q in SEARCHES]
    tools = ["/nl/tools/whatsapp/"] + [f"/nl/tools/zwaar-{n}/" for n in range(0, 60, 6)]
    return {
        "trivial view": ["/bench/trivial"],
        "tool page": tools,
        "search page": search,
        "home page": ["/nl/"],
        "practice list": ["/nl/practices/"],
    }


def throughput_suite(*, seconds, connections, workers=2, stdout=None) -> dict:
    from . import measure

    stdout = stdout or OutputWrapper(sys.stdout)
    fill(stdout=stdout)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"}
    uncached = {**env, "PAGE_CACHE_SECONDS": "0", "SEARCH_CACHE_SECONDS": "0"}
    runs = [(name, urls, uncached) for name, urls in paths().items()]
    runs.append(("search page, page cache on", paths()["search page"], env))
    results = {"workers": workers, "load_before": [round(x, 2) for x in os.getloadavg()]}
    pages = {}
    for name, urls, server_env in runs:
        pages[name] = measure.throughput(
            env=server_env, paths=urls, seconds=seconds, connections=connections, workers=workers
        )
        stdout.write(f"    {name}: {pages[name]}")
    results["pages"] = pages
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    results["measured_at"] = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return results
