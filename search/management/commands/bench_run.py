"""One benchmark run against the database in DATABASE_URL (started by `manage.py bench`).

Refuses any database that is not a benchmark database, so the dev data is never touched.
"""

import datetime
import json
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from catalogue.models import Tool
from search.bench import measure, synthetic
from search.indexing import rebuild_index


def is_bench_database() -> bool:
    name = str(settings.DATABASES["default"]["NAME"])
    return "bench" in (os.path.basename(name) if connection.vendor == "sqlite" else name)


class Command(BaseCommand):
    help = "Internal: fill a benchmark database and measure it (use `manage.py bench`)."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, required=True)
        parser.add_argument("--out", required=True)
        parser.add_argument("--requests", type=int, default=100)
        parser.add_argument("--seconds", type=int, default=10)
        parser.add_argument("--connections", type=int, default=4)
        parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
        parser.add_argument("--refill", action="store_true")
        parser.add_argument("--fill-only", action="store_true")

    def handle(self, *args, size, out, requests, seconds, connections, workers, refill, **options):
        fill_info = Path(out).with_suffix(".fill.json")
        if not is_bench_database():
            raise CommandError("Refusing: DATABASE_URL must name a benchmark database.")
        call_command("migrate", interactive=False, verbosity=0)
        figures = {"size": size, "vendor": connection.vendor}
        if refill or Tool.objects.count() != size:
            self.stdout.write(f"  filling {size} synthetic tools ...")
            start = time.perf_counter()
            synthetic.fill(size, stdout=self.stdout)
            figures["fill_s"] = round(time.perf_counter() - start, 1)
            start = time.perf_counter()
            rebuild_index()
            figures["index_s"] = round(time.perf_counter() - start, 1)
            self.stdout.write(
                f"  filled in {figures['fill_s']} s, indexed in {figures['index_s']} s"
            )
            fill_info.write_text(json.dumps({k: figures[k] for k in ("fill_s", "index_s")}))
        elif fill_info.exists():
            figures.update(json.loads(fill_info.read_text()))
        if options["fill_only"]:
            return
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA optimize")
                cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        figures["published"] = Tool.objects.published().count()
        figures["measured_at"] = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
        figures["load_before"] = [round(x, 2) for x in os.getloadavg()]
        figures["latency_ms"] = measure.latency_suite(
            requests=requests,
            # The naive baseline takes seconds per request on a large catalogue: sample it.
            baseline_requests=10 if size <= 10_000 else 3,
            baseline_urls=10 if size <= 10_000 else 3,
            stdout=self.stdout,
        )
        if size <= 10_000:  # at 100k one rename re-indexes tens of thousands of tools
            figures["term_rename"] = measure.term_rename(stdout=self.stdout)
        search_paths = [f"/nl/tools/?{urlencode({'q': q})}" for q in measure.SEARCH_QUERIES]
        env = dict(os.environ)
        figures["throughput"] = {}
        uncached = {**env, "PAGE_CACHE_SECONDS": "0"}
        for name, paths, server_env in [
            ("search page", search_paths, env),
            ("search page + filters", [f"{p}&{measure.FILTERS}" for p in search_paths], env),
            ("search page, whole-page cache off", search_paths, uncached),
        ]:
            figures["throughput"][name] = measure.throughput(
                env=server_env,
                paths=paths,
                seconds=seconds,
                connections=connections,
                workers=workers,
            )
            self.stdout.write(f"    {name}: {figures['throughput'][name]}")
        figures["load_after"] = [round(x, 2) for x in os.getloadavg()]
        with open(out, "w") as handle:
            json.dump(figures, handle, indent=2)
