"""The soak's own logic, and one short soak on gunicorn (figures are never checked here:
they live in docs/benchmarks.md)."""

import json
import os
import subprocess
import sys
import time

import pytest
from django.conf import settings

from loadtest.client import Browser
from loadtest.load import Record, open_loop, paced, percentile
from loadtest.report import END, START, kept_section, render, replace_section


def result(vendor="sqlite", *, p99=120.0, writes_per_s=55.0, lost=0, locked=0, errors=None):
    return {
        "vendor": vendor,
        "seconds": 300.0,
        "workers": 4,
        "rates": {"read": 20, "share": 25, "screening": 5, "moderation": 25, "rename": 0.2},
        "measured_at": "2026-12-02 10:00 CET",
        "load_before": [0.5, 0.4, 0.3],
        "load_after": [1.9, 1.5, 0.9],
        "cpus": 2,
        "server_cpu_s": 250.0,
        "client_cpu_s": 40.0,
        "kinds": {"share": {"n": 7500, "p50": 30.0, "p99": p99, "max": 300.0}},
        "writes": {"n": 16500, "p50": 35.0, "p99": p99, "max": 400.0},
        "writes_per_s": writes_per_s,
        "errors": errors or {},
        "error_count": sum(sum(found.values()) for found in (errors or {}).values()),
        "locked": locked,
        "skipped": {"moderation": 12},
        "late": {"read": 3},
        "checks": {"share": {"acknowledged": 7500, "lost": lost}},
        "lost": lost,
    }


def test_report_judges_the_sqlite_targets():
    text = render([result(), result("postgresql", p99=400.0)])
    sqlite, postgres = text.split("### PostgreSQL")
    assert "| lost writes (acknowledged, not in the database) | 0 | 0: meets target |" in sqlite
    assert "| writes/s (acknowledged) | 55.0 | >= 50: meets target |" in sqlite
    assert "p99 <= 250 ms: meets target" in sqlite
    assert "misses" not in postgres  # the targets are for SQLite
    assert "share: acknowledged 7500, lost 0" in sqlite
    assert "server 250.0 s (33.3 ms per answered request), load generator 40.0 s" in sqlite
    assert "of 600 s" in sqlite
    assert "moderation 12" in sqlite and "read 3" in sqlite

    missed = render(
        [result(p99=900.0, writes_per_s=20.0, lost=2, locked=1, errors={"share": {"HTTP 500": 3}})]
    )
    assert missed.count("**misses target**") == 5
    assert "share: HTTP 500 x3" in missed


def test_the_soak_section_replaces_only_itself():
    bench = "# Benchmarks\n\n## SQLite (FTS5), 10 000 tools\n\nfigures\n"
    first = replace_section(bench, render([result()]))
    assert first.startswith(bench) and START in first and END in first
    again = replace_section(first, render([result(writes_per_s=60.0)]))
    assert again.count(START) == 1 and "| 60.0 |" in again and "| 55.0 |" not in again
    assert kept_section(again).startswith(START)
    assert kept_section(bench) == ""


def test_traffic_goes_to_this_machine_only():
    with pytest.raises(ValueError, match="this machine only"):
        Browser("http://example.org/")
    Browser("http://127.0.0.1:8000/")


def test_pacing_keeps_the_rate_and_percentiles_pick_from_sorted_samples(monkeypatch):
    clock = [0.0]
    monkeypatch.setattr("loadtest.load.time.monotonic", lambda: clock[0])
    monkeypatch.setattr(
        "loadtest.load.time.sleep", lambda seconds: clock.__setitem__(0, clock[0] + seconds)
    )
    calls = []
    paced(
        record=Record(),
        kind="screening",
        rate=4,
        deadline=2.0,
        action=lambda n, planned: calls.append(n),
    )
    assert calls == list(range(8))
    assert percentile([5, 1, 4, 2, 3], 0.5) == 3
    assert percentile([], 0.99) is None


def test_a_short_soak_on_gunicorn_loses_nothing(tmp_path):
    out = tmp_path / "soak.json"
    rates = {"read": 2, "share": 3, "screening": 1, "moderation": 3, "rename": 0.5}
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "loadtest.target",
            "--seconds=4",
            "--workers=2",
            "--screeners=1",
            f"--rates={json.dumps(rates)}",
            f"--out={out}",
        ],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'soak.sqlite3'}"},
        check=True,
        capture_output=True,
        timeout=300,
    )
    figures = json.loads(out.read_text())
    assert figures["error_count"] == 0, figures["errors"]
    assert figures["locked"] == 0
    assert figures["lost"] == 0, figures["checks"]
    for kind in ("read", "share", "screening", "rename"):
        assert figures["kinds"][kind]["n"] >= 1, kind
    assert figures["checks"]["share"]["acknowledged"] == figures["kinds"]["share"]["n"]
    assert figures["checks"]["rename"]["index right"] is True


def test_a_visitor_who_cannot_be_served_in_time_gives_up_and_the_run_ends(monkeypatch):
    monkeypatch.setattr("loadtest.load.CONCURRENCY", 1)
    monkeypatch.setattr("loadtest.load.ABANDON_SECONDS", 0.05)
    record = Record()
    served = []

    def slow(n, planned):
        time.sleep(0.2)
        served.append(n)

    deadline = time.monotonic() + 0.5
    open_loop(record=record, kind="share", rate=20, deadline=deadline, action=slow)
    assert time.monotonic() < deadline + 1  # the queue is not worked off after the end
    abandoned = sum(record.errors["share"].values())
    assert served and abandoned and len(served) + abandoned <= 10
