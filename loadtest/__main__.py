"""`make soak`: run the soak on SQLite and PostgreSQL and write docs/benchmarks.md's section.

Each database is new for the run: var/soak.sqlite3, and the PostgreSQL database tw_soak
(created, and dropped first when it exists) on SOAK_POSTGRES_URL's server.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from .report import render, replace_section

BASE_DIR = Path(__file__).resolve().parent.parent
POSTGRES_DEFAULT = "postgres://postgres@127.0.0.1:5432/tw_soak"


def _new_postgres_database(url: str) -> bool:
    import psycopg

    server, name = url.rsplit("/", 1)
    try:
        with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        print(f"PostgreSQL not usable ({error}): skipped.")
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", 300)))
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rates", default="{}", help='JSON, e.g. {"share": 30, "read": 20}')
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("SOAK_POSTGRES_URL", POSTGRES_DEFAULT)
    )
    parser.add_argument("--output", default=str(BASE_DIR / "docs" / "benchmarks.md"))
    options = parser.parse_args()

    var = BASE_DIR / "var"
    var.mkdir(exist_ok=True)
    targets = []
    if not options.no_sqlite:
        database = var / "soak.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        targets.append(("sqlite", f"sqlite:///{database}"))
    if not options.no_postgres and _new_postgres_database(options.postgres_url):
        targets.append(("postgresql", options.postgres_url))
    results = []
    for vendor, url in targets:
        out = var / f"soak-{vendor}.json"
        print(f"== soak on {vendor} for {options.seconds:g} s", flush=True)
        subprocess.run(  # noqa: S603 - fixed arguments
            [
                sys.executable,
                "-m",
                "loadtest.target",
                f"--seconds={options.seconds}",
                f"--workers={options.workers}",
                f"--rates={options.rates}",
                f"--out={out}",
            ],
            cwd=BASE_DIR,
            env={**os.environ, "DATABASE_URL": url},
            check=True,
        )
        results.append(json.loads(out.read_text()))
    output = Path(options.output)
    document = output.read_text() if output.exists() else "# Benchmarks\n"
    output.write_text(replace_section(document, render(results)))
    print(f"Wrote the soak section of {output}")


if __name__ == "__main__":
    main()
