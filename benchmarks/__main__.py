"""`make bench` (`python -m benchmarks`): fill separate benchmark databases with synthetic
tools (10k and 100k) and measure search, filtered listing and tool page latency and gunicorn
requests/s, on SQLite and (when reachable) PostgreSQL; write the figures to
docs/benchmarks.md.

Never touches the dev database: SQLite runs use var/bench-<size>.sqlite3, PostgreSQL runs
the database tw_bench (created when missing). Each run is a separate process
(`python -m benchmarks.run`) with its own DATABASE_URL.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from audit import report as audit_report
from loadtest.report import kept_section, replace_section

from .report import pages_section, render, render_pages, run_sections, with_pages_section

BASE_DIR = Path(__file__).resolve().parent.parent

POSTGRES_DEFAULT = "postgres://postgres@127.0.0.1:5432/tw_bench"


def _postgres_ready(url: str) -> bool:
    import psycopg

    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    name = url.rsplit("/", 1)[1]
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=3) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
        return True
    except psycopg.Error:
        return False


def machine() -> dict:
    cpu = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import sqlite3

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def _run_env(database_url: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "ERROR",
    }
    env.setdefault("SECRET_KEY", "bench-only-not-secret")
    return env


def main(argv=None, *, stdout=sys.stdout):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", ""))
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--refill", action="store_true")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="Only write the report from the figures of earlier runs (var/bench-*.json).",
    )
    parser.add_argument("--output", default=str(BASE_DIR / "docs" / "benchmarks.md"))
    parser.add_argument("--no-pages", action="store_true", help="Skip the pages section.")
    parser.add_argument(
        "--pages-only",
        action="store_true",
        help="Measure only the pages section and replace it in the existing report.",
    )

    options = vars(parser.parse_args(argv))
    base = BASE_DIR
    var = base / "var"
    var.mkdir(exist_ok=True)
    sizes = [int(size) for size in options["sizes"].split(",") if size]
    targets = [
        ("sqlite", size, f"sqlite:///{var / f'bench-{size}.sqlite3'}")
        for size in sizes
        if not options["no_sqlite"]
    ]
    postgres_url = options["postgres_url"] or POSTGRES_DEFAULT
    postgres_version = None
    if not options["no_postgres"] and _postgres_ready(postgres_url):
        import psycopg

        with psycopg.connect(postgres_url) as conn:
            postgres_version = conn.execute("SHOW server_version").fetchone()[0]
        targets += [("postgresql", size, postgres_url) for size in sizes]
    elif not options["no_postgres"]:
        stdout.write("PostgreSQL not reachable: SQLite only.\n")
    if options["pages_only"]:
        targets = []
    runs = []
    for vendor, size, url in targets:
        out = var / f"bench-{vendor}-{size}.json"
        if options["report_only"]:
            if out.exists():
                runs.append(json.loads(out.read_text()))
            continue
        stdout.write(f"== {vendor}, {size} tools\n")
        env = _run_env(url)
        command = [
            sys.executable,
            "-m",
            "benchmarks.run",
            f"--size={size}",
            f"--out={out}",
            f"--requests={options['requests'] if size <= 10_000 else options['requests'] // 2}",
            f"--seconds={options['seconds']}",
        ]
        if options["refill"]:
            command.append("--refill")
        subprocess.run(command, env=env, check=True, cwd=base)  # noqa: S603
        runs.append(json.loads(out.read_text()))
    date = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    output = Path(options["output"])
    previous = output.read_text() if output.exists() else ""
    pages = pages_section(previous)
    out = var / "bench-pages.json"
    if options["report_only"] and not options["no_pages"] and out.exists():
        pages = render_pages(json.loads(out.read_text()), date=date)
    elif not options["no_pages"]:
        stdout.write("== pages, seed-shaped data\n")
        subprocess.run(  # noqa: S603
            [
                sys.executable,
                "-m",
                "benchmarks.run",
                "--pages",
                "--size=0",
                f"--out={out}",
                f"--seconds={options['seconds']}",
            ],
            env=_run_env(f"sqlite:///{var / 'bench-pages.sqlite3'}"),
            check=True,
            cwd=base,
        )
        pages = render_pages(json.loads(out.read_text()), date=date)
    if options["pages_only"]:
        output.write_text(with_pages_section(previous, pages))
        stdout.write(f"Wrote {options['output']}\n")
        return
    facts = machine()
    facts["postgresql"] = postgres_version
    text = render(runs=runs, machine=facts, date=date, kept=run_sections(previous))
    if pages:
        text = with_pages_section(text, pages)
    # The soak's section is written by `make soak`: keep it.
    soak = kept_section(previous)
    if soak:
        text = replace_section(text, soak)
    # And the Lighthouse audit's, written by `make audit`.
    audit = audit_report.kept_section(previous)
    if audit:
        text = audit_report.replace_section(text, audit)
    output.write_text(text)
    stdout.write(f"Wrote {options['output']}\n")


if __name__ == "__main__":
    main()
