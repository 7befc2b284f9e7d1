"""`make audit` (`python -m audit`): Lighthouse on the production stack, scores to the docs.

Prepares a fresh SQLite database (var/audit.sqlite3: migrate, seed) and the hashed static
files (`collectstatic`), serves the site with gunicorn and production settings on
127.0.0.1, runs the pinned Lighthouse (var/lighthouse, installed by `make audit`) with
Debian's Chromium (CHROME_PATH) on a few key pages, and writes the figures to a section of
docs/benchmarks.md. Lighthouse's JSON reports stay in var/audit/.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

from .report import render, replace_section, scores

BASE_DIR = Path(__file__).resolve().parent.parent
LIGHTHOUSE_VERSION = "12.2.3"
LIGHTHOUSE = BASE_DIR / "var" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PAGES = [
    ("home page", "/nl/"),
    ("search", "/nl/tools/?q=vertalen"),
    ("tool page", "/nl/tools/whatsapp/"),
    ("practice list", "/nl/practices/"),
]
ATTEMPTS = 3
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-sync"


def _prepare(environment: dict) -> None:
    manage = [sys.executable, "manage.py"]
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["load_seed"],
        ["compilemessages", "--ignore=.venv", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run(  # noqa: S603 - fixed arguments
            manage + command, cwd=BASE_DIR, env=environment, check=True, stdout=subprocess.DEVNULL
        )


def _lighthouse(url: str, out: Path, chrome: str) -> dict:
    # Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART): try again.
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _lighthouse_once(url, out, chrome)
        except subprocess.CalledProcessError:
            if attempt == ATTEMPTS:
                raise
            print(f"   Lighthouse failed; attempt {attempt + 1} of {ATTEMPTS}", flush=True)
    raise AssertionError("unreachable")


def _lighthouse_once(url: str, out: Path, chrome: str) -> dict:
    out.unlink(missing_ok=True)
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--form-factor=mobile",
            "--throttling-method=simulate",
            "--only-categories=performance,accessibility,best-practices,seo",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        cwd=BASE_DIR,
        env={**os.environ, "CHROME_PATH": chrome},
        check=True,
    )
    return json.loads(out.read_text())


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default=str(BASE_DIR / "docs" / "benchmarks.md"))
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per page; the median run by performance"
    )
    options = parser.parse_args()

    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    version = subprocess.run(  # noqa: S603 - fixed arguments
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    if version != LIGHTHOUSE_VERSION:
        sys.exit(f"Lighthouse {version} found, {LIGHTHOUSE_VERSION} expected (make audit).")
    chromium = subprocess.run(  # noqa: S603 - fixed arguments
        [chrome, "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()

    var = BASE_DIR / "var"
    reports = var / "audit"
    reports.mkdir(parents=True, exist_ok=True)
    database = var / "audit.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"

    from loadtest.target import SERVER_ENVIRONMENT, gunicorn

    _prepare({**os.environ, **SERVER_ENVIRONMENT})
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    pages = []
    with gunicorn(workers=2, log=reports / "gunicorn.log") as (base_url, _pid):
        for label, path in PAGES:
            print(f"== Lighthouse: {label} ({path})", flush=True)
            slug = label.replace(" ", "-")
            runs = [
                scores(_lighthouse(base_url + path, reports / f"{slug}-{run}.json", chrome))
                for run in range(1, options.runs + 1)
            ]
            # Lighthouse's own advice for a noisy machine: report the median run.
            runs.sort(key=lambda figures: figures["categories"]["performance"])
            median = runs[len(runs) // 2]
            pages.append(
                {
                    "label": label,
                    "path": path,
                    **median,
                    "performance_runs": [figures["categories"]["performance"] for figures in runs],
                }
            )
    date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = render(
        pages=pages, date=date, lighthouse=version, chromium=chromium, load=load, runs=options.runs
    )
    output = Path(options.output)
    document = output.read_text() if output.exists() else "# Benchmarks\n"
    output.write_text(replace_section(document, section))
    print(section)
    print(f"Wrote the audit section of {output}")


if __name__ == "__main__":
    main()
