"""The audit's figures and its section of docs/benchmarks.md (no browser: Lighthouse JSON)."""

from audit import report
from benchmarks.report import with_pages_section


def lighthouse_json(*, performance=0.97, accessibility=1.0, cls=0.01, console=()):
    audits = {
        "cumulative-layout-shift": {"numericValue": cls},
        "largest-contentful-paint": {"numericValue": 1234.4},
        "total-blocking-time": {"numericValue": 12.0},
        "errors-in-console": {"details": {"items": [{"description": d} for d in console]}},
        "color-contrast": {"title": "Contrast", "score": accessibility},
        "viewport": {"title": "Viewport", "score": None},
    }
    categories = {
        "performance": {"score": performance, "auditRefs": []},
        "accessibility": {"score": accessibility, "auditRefs": [{"id": "color-contrast"}]},
        "best-practices": {"score": 1.0, "auditRefs": [{"id": "viewport"}]},
        "seo": {"score": 1.0, "auditRefs": []},
    }
    return {"finalDisplayedUrl": "http://127.0.0.1/nl/", "audits": audits, "categories": categories}


def page(**kwargs):
    figures = report.scores(lighthouse_json(**kwargs))
    return {"label": "home page", "path": "/nl/", "performance_runs": [95, 97, 99], **figures}


def test_scores_keep_categories_layout_shift_and_console_errors():
    figures = report.scores(lighthouse_json(accessibility=0.9, console=["404 favicon.ico"]))
    assert figures["categories"] == {
        "performance": 97,
        "accessibility": 90,
        "best-practices": 100,
        "seo": 100,
    }
    assert figures["console_errors"] == ["404 favicon.ico"]
    assert figures["failed"] == ["color-contrast: Contrast"]
    assert figures["lcp_ms"] == 1234


def test_targets_are_the_issues():
    assert report.meets_targets(page())
    assert not report.meets_targets(page(performance=0.94))
    assert not report.meets_targets(page(cls=0.06))
    assert not report.meets_targets(page(console=["error"]))
    assert not report.meets_targets(page(accessibility=0.99))


def test_section_is_replaced_and_survives_the_benchmarks_rewrite():
    section = report.render(
        pages=[page()], date="2026-12-02", lighthouse="12.2.3", chromium="C", load="1", runs=3
    )
    assert "| home page (`/nl/`) | 97 [95, 97, 99] | 100 | 100 | 100 | 0.01 |" in section
    document = report.replace_section("# Benchmarks\n\nfigures\n", section)
    assert document.endswith(section)
    newer = section.replace("2026-12-02", "2026-12-03")
    assert report.replace_section(document, newer).count(report.START) == 1
    # `make bench` adds its pages section and keeps what `make audit` wrote.
    rewritten = with_pages_section("# Benchmarks\n", "<!-- pages -->\n<!-- /pages -->\n")
    kept = report.replace_section(rewritten, report.kept_section(document))
    assert "12.2.3" in kept and "<!-- pages -->" in kept
