"""The benchmark's own logic (no timing is checked here: figures live in docs/benchmarks.md)."""

from io import StringIO

import pytest

from benchmarks import run as bench_run
from benchmarks.__main__ import main
from benchmarks.measure import percentiles, term_rename
from benchmarks.report import render
from catalogue.tests.factories import PurposeFactory, ToolFactory

MACHINE = {
    "cpus": 2,
    "cpu": "Test CPU",
    "memory": "1.0 GiB",
    "os": "Linux",
    "python": "3.11",
    "sqlite": "3.40",
}


def figures(p95, **extra):
    return {"n": 10, "p50": p95 / 2, "p95": p95, "p99": p95, **extra}


def run(size, *, search_p95, rps):
    return {
        "size": size,
        "vendor": "sqlite",
        "measured_at": f"2026-11-30 {size // 10_000:02d}:00 CET",
        "published": size,
        "fill_s": 1.0,
        "index_s": 2.0,
        "latency_ms": {
            "search": figures(search_p95, cold_p50=40.0, cold_max=50.0),
            "baseline icontains: search": figures(300.0, cold_p50=900.0, cold_max=950.0),
            "search, repeated (whole-page cache for anonymous visitors)": figures(1.0),
        },
        "throughput": {"search page": {"requests_per_s": rps, "errors": []}},
        "term_rename": {
            "tools": 2500,
            "write_ms": 3.5,
            "batch_ms": 900.0,
            "transactions": 13,
            "longest_transaction_ms": 80.0,
            "version_bumps": 1,
        },
    }


def test_percentiles_pick_from_the_sorted_samples():
    result = percentiles([float(n) for n in range(100, 0, -1)])
    assert (result["n"], result["p50"], result["p95"], result["p99"]) == (100, 50.5, 95.0, 99.0)


def test_report_judges_each_target_and_shows_the_baseline_gain():
    text = render(
        runs=[run(10_000, search_p95=20.0, rps=800), run(100_000, search_p95=150.0, rps=90)],
        machine=MACHINE,
        date="2026-11-30",
    )
    ten_k, hundred_k = text.split("## SQLite (FTS5), 100 000 tools")
    assert "| search | 10.0 | 20.0 |" in ten_k
    assert "p95 <= 30 ms: meets target" in ten_k
    assert ">= 500: meets target" in ten_k
    assert "| 300.0 / 900.0 | 15.0x |" in ten_k  # baseline p95 / first request, p95 ratio
    assert "p95 <= 100 ms: **misses target**" in hundred_k
    assert "Measured 2026-11-30 01:00 CET." in ten_k
    assert "Measured 2026-11-30 10:00 CET." in hundred_k
    assert "2026-11-30" in text and "Test CPU" in text
    assert "(2500 tools)" in ten_k and "takes 3.5 ms" in ten_k and "13 transactions" in ten_k


def test_a_run_of_some_sizes_keeps_the_other_sections_with_their_dates():
    from benchmarks.report import run_sections

    earlier = render(
        runs=[run(10_000, search_p95=20.0, rps=800), run(100_000, search_p95=150.0, rps=90)],
        machine=MACHINE,
        date="2026-11-30",
    )
    again = run(10_000, search_p95=25.0, rps=700)
    again["measured_at"] = "2026-12-02 12:00 CET"
    again["latency_ms"]["decision aid (advisor), every cache off"] = figures(60.0)
    text = render(runs=[again], machine=MACHINE, date="2026-12-02", kept=run_sections(earlier))
    ten_k, hundred_k = text.split("## SQLite (FTS5), 100 000 tools")
    assert "Measured 2026-12-02 12:00 CET." in ten_k and "| search | 12.5 | 25.0 |" in ten_k
    assert "p95 <= 50 ms: **misses target**" in ten_k  # the decision aid at 10k
    assert (
        "Measured 2026-11-30 10:00 CET." in hundred_k and "| search | 75.0 | 150.0 |" in hundred_k
    )
    assert hundred_k.index("## Reading the figures") > hundred_k.index("| search |")
    assert text.count("## SQLite (FTS5), 10 000 tools") == 1


@pytest.mark.django_db(transaction=True)
def test_term_rename_measures_one_write_and_one_batch_and_restores_the_name():
    purpose = PurposeFactory(slug="communicatie", name="Communicatie")
    for n in range(3):
        ToolFactory(name=f"Tool {n}", purposes=[purpose])
    result = term_rename(stdout=StringIO())
    assert result["tools"] == 3
    assert result["transactions"] == 1
    assert result["version_bumps"] == 1
    purpose.refresh_from_db()
    assert purpose.name == "Communicatie"


@pytest.mark.django_db
def test_bench_run_refuses_a_database_that_is_not_a_benchmark_database(tmp_path):
    with pytest.raises(bench_run.NotABenchDatabase, match="benchmark database"):
        bench_run.run(size=10, out=str(tmp_path / "out.json"))


def test_bench_report_keeps_the_soak_section(tmp_path):
    from loadtest.report import END, START

    output = tmp_path / "benchmarks.md"
    soak = f"{START}\n## Writes under load (`make soak`)\n\nsoak figures\n{END}\n"
    output.write_text(f"# Benchmarks\n\nold figures\n\n{soak}")
    main(
        ["--report-only", "--no-postgres", "--sizes=1", f"--output={output}"],
        stdout=StringIO(),
    )
    text = output.read_text()
    assert "old figures" not in text and "## What is measured" in text
    assert text.endswith(soak)


def test_pages_section_judges_each_page_as_a_share_of_the_trivial_view():
    from benchmarks.report import PAGES_END, PAGES_START, render_pages, with_pages_section

    def rps(n):
        return {"requests_per_s": n, "errors": []}

    figures = {
        "workers": 2,
        "load_before": [1.0, 1.0, 1.0],
        "load_after": [2.0, 1.0, 1.0],
        "pages": {
            "trivial view": rps(1000),
            "tool page": rps(250),
            "search page": rps(100),
            "home page": rps(200),
            "practice list": rps(150),
            "search page, page cache on": rps(900),
        },
    }
    section = render_pages(figures, date="2026-12-02")
    assert "| tool page | 250 | 25.0% | >= 20%: meets target |" in section
    assert "| search page | 100 | 10.0% | >= 12%: **misses target** |" in section
    assert "| home page | 200 | 20.0% | >= 20%: meets target |" in section
    assert "| practice list | 150 | 15.0% | >= 20%: **misses target** |" in section
    assert "| search page, page cache on | 900 | 90.0% | >= 80%: meets target |" in section
    from loadtest.report import START

    document = f"# Benchmarks\n\nfigures\n\n{START}\nsoak\n"
    placed = with_pages_section(document, section)
    assert placed.index(PAGES_START) < placed.index(START)
    again = with_pages_section(placed, section.replace("250", "260"))
    assert again.count(PAGES_START) == 1 and "| tool page | 260 |" in again
    assert again.count(PAGES_END) == 1


def test_the_bench_urlconf_adds_only_the_trivial_view_to_the_site(client, settings):
    settings.ROOT_URLCONF = "benchmarks.urls"
    response = client.get("/bench/trivial")
    assert response.status_code == 200 and response.content == b"ok"


def test_the_site_has_no_trivial_view(client):
    assert client.get("/bench/trivial").status_code == 404
