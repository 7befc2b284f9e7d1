"""The audit's section of docs/benchmarks.md, between markers that `make bench` keeps."""

START = "<!-- audit: written by `make audit` (python -m audit); `make bench` keeps it -->"
END = "<!-- /audit -->"
# Targets of issue 16: what a real phone on a slow network must get.
TARGETS = {
    "performance": 95,
    "accessibility": 100,
    "best-practices": 100,
    "seo": 100,
}
TARGET_CLS = 0.05
CATEGORY_LABELS = {
    "performance": "performance",
    "accessibility": "accessibility",
    "best-practices": "best practices",
    "seo": "SEO",
}


def scores(report: dict) -> dict:
    """The figures kept from one Lighthouse JSON report."""
    audits = report["audits"]
    console = audits.get("errors-in-console", {}).get("details", {}).get("items", [])
    return {
        "url": report["finalDisplayedUrl"],
        "categories": {name: round(report["categories"][name]["score"] * 100) for name in TARGETS},
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "console_errors": [item.get("description", "") for item in console],
        "failed": sorted(
            f"{audit_id}: {audit['title']}"
            for category in ("accessibility", "best-practices", "seo")
            for audit_id in [ref["id"] for ref in report["categories"][category]["auditRefs"]]
            if (audit := audits[audit_id]).get("score") is not None and audit["score"] < 1
        ),
    }


def meets_targets(page: dict) -> bool:
    return (
        all(page["categories"][name] >= target for name, target in TARGETS.items())
        and page["cls"] <= TARGET_CLS
        and not page["console_errors"]
    )


def render(
    *, pages: list[dict], date: str, lighthouse: str, chromium: str, load: str, runs: int
) -> str:
    lines = [
        START,
        "## Lighthouse audit (`make audit`)",
        "",
        f"Measured {date} with Lighthouse {lighthouse} and {chromium}: mobile form factor,",
        "simulated Slow 4G throttling (150 ms round trip, 1.6 Mbit/s, 4x CPU slowdown), on",
        "gunicorn with production settings (DEBUG off, hashed and compressed static files from",
        "`collectstatic`, seed data in a fresh SQLite database). Each page is audited",
        f"{runs} times and the median run by performance is shown (all performance scores in",
        "brackets): the score moves between runs on this shared machine (load average before",
        f"the run: {load}).",
        "",
        "Targets: performance >= 95, accessibility, best practices and SEO 100, layout shift",
        f"(CLS) <= {TARGET_CLS}, no console errors.",
        "",
        "| page | performance | accessibility | best practices | SEO | CLS | LCP ms | "
        "TBT ms | console errors | verdict |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for page in pages:
        performance = page["categories"]["performance"]
        all_runs = ", ".join(str(score) for score in page["performance_runs"])
        figures = " | ".join(
            [f"{performance} [{all_runs}]"]
            + [str(page["categories"][name]) for name in TARGETS if name != "performance"]
        )
        verdict = "meets targets" if meets_targets(page) else "**misses targets**"
        lines.append(
            f"| {page['label']} (`{page['path']}`) | {figures} | {page['cls']} | "
            f"{page['lcp_ms']} | {page['tbt_ms']} | {len(page['console_errors'])} | {verdict} |"
        )
    problems = [
        f"- {page['label']}: {problem}"
        for page in pages
        for problem in page["failed"] + [f"console: {e}" for e in page["console_errors"]]
    ]
    if problems:
        lines += ["", "Failed audits and console errors:", "", *problems]
    lines += [END]
    return "\n".join(lines) + "\n"


def kept_section(document: str) -> str:
    """The audit section of an existing docs/benchmarks.md ('' when it has none)."""
    start = document.find(START)
    end = document.find(END, start)
    if start < 0 or end < 0:
        return ""
    return document[start : end + len(END)] + "\n"


def replace_section(document: str, section: str) -> str:
    """The document with its audit section replaced (or added at the end)."""
    old = kept_section(document)
    if old:
        return document.replace(old, section)
    return document.rstrip("\n") + "\n\n" + section
