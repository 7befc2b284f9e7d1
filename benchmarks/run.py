"""One benchmark run against the database in DATABASE_URL (`python -m benchmarks.run`,
started by `python -m benchmarks`).

Refuses any database that is not a benchmark database, so the dev data is never touched.
"""

import argparse
import datetime
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import OutputWrapper
from django.db import connection


class NotABenchDatabase(Exception):
    pass


def is_bench_database() -> bool:
    name = str(settings.DATABASES["default"]["NAME"])
    return "bench" in (os.path.basename(name) if connection.vendor == "sqlite" else name)


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--fill-only", action="store_true")
    parser.add_argument("--pages", action="store_true", help="The pages section only.")

    return vars(parser.parse_args(argv))


def run(
    *,
    size,
    out,
    requests=100,
    seconds=10,
    connections=4,
    workers=None,
    refill=False,
    fill_only=False,
    pages=False,
    stdout=None,
):
    # Ends each line as a management command's output does (measure writes lines too).
    # Imported here: `python -m benchmarks.run` sets Django up only after this module loads.
    from catalogue.models import Tool
    from search.indexing import rebuild_index

    from . import measure, synthetic

    stdout = stdout or OutputWrapper(sys.stdout)
    workers = workers or os.cpu_count() or 2
    fill_info = Path(out).with_suffix(".fill.json")
    if not is_bench_database():
        raise NotABenchDatabase("Refusing: DATABASE_URL must name a benchmark database.")
    if pages:
        from .pages import throughput_suite

        figures = throughput_suite(seconds=seconds, connections=connections, stdout=stdout)
        Path(out).write_text(json.dumps(figures, indent=2))
        return
    call_command("migrate", interactive=False, verbosity=0)
    figures = {"size": size, "vendor": connection.vendor}
    if refill or Tool.objects.count() != size:
        stdout.write(f"  filling {size} synthetic tools ...")
        start = time.perf_counter()
        synthetic.fill(size, stdout=stdout)
        figures["fill_s"] = round(time.perf_counter() - start, 1)
        start = time.perf_counter()
        rebuild_index()
        figures["index_s"] = round(time.perf_counter() - start, 1)
        stdout.write(f"  filled in {figures['fill_s']} s, indexed in {figures['index_s']} s")
        fill_info.write_text(json.dumps({k: figures[k] for k in ("fill_s", "index_s")}))
    elif fill_info.exists():
        figures.update(json.loads(fill_info.read_text()))
    if fill_only:
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
        stdout=stdout,
    )
    if size <= 10_000:  # at 100k one rename re-indexes tens of thousands of tools
        figures["term_rename"] = measure.term_rename(stdout=stdout)
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
        stdout.write(f"    {name}: {figures['throughput'][name]}")
    figures["load_after"] = [round(x, 2) for x in os.getloadavg()]
    with open(out, "w") as handle:
        json.dump(figures, handle, indent=2)


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    run(**parse(sys.argv[1:]))
