"""docs/benchmarks.md from the figures of `python -m benchmarks`."""

TARGETS_MS = {10_000: 30, 100_000: 100}
TARGET_RPS_10K = 500
ADVISOR_TARGET_MS = 50
SEARCH_ROWS = [
    "search",
    "search + filters",
    "search, broad (one letter, very common)",
    "search, broad + filters",
    "search in French and English",
]


def _status(value, limit):
    return "meets target" if value <= limit else "**misses target**"


def run_title(vendor: str, size: int) -> str:
    name = "SQLite (FTS5)" if vendor == "sqlite" else "PostgreSQL (full-text search)"
    size_text = f"{size:,}".replace(",", " ")
    return f"## {name}, {size_text} tools"


def _run_order(title: str):
    vendor = 0 if title.startswith("## SQLite") else 1
    digits = "".join(ch for ch in title.rsplit(",", 1)[-1] if ch.isdigit())
    return (vendor, int(digits or 0))


def run_sections(document: str) -> dict[str, str]:
    """The per-database sections of an earlier report, by heading, so that a run of some
    sizes or databases keeps the figures of the others (each says when it was measured)."""
    sections: dict[str, str] = {}
    title = None
    for line in document.splitlines(keepends=True):
        if line.startswith("## "):
            heading = line.rstrip("\n")
            is_run = heading.endswith(" tools") and heading.startswith(
                ("## SQLite (FTS5), ", "## PostgreSQL (full-text search), ")
            )
            title = heading if is_run else None
            if title:
                sections[title] = ""
        if line.startswith("<!--"):
            title = None
        if title:
            sections[title] += line
    return sections


def render(*, runs, machine, date, kept: dict[str, str] | None = None) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m benchmarks`); do not edit by hand. Figures are",
        "measured on the machine below; they are not checked by any test.",
        "",
        f"- Date: {date}",
        f"- Machine: {machine['cpus']} CPUs ({machine['cpu']}), {machine['memory']} RAM",
        f"- OS: {machine['os']}; Python {machine['python']}; SQLite {machine['sqlite']}"
        + (f"; PostgreSQL {machine['postgresql']}" if machine.get("postgresql") else ""),
        "",
        "## What is measured",
        "",
        "- A separate database per run (`var/bench-<size>.sqlite3`, PostgreSQL `tw_bench`;",
        "  `make bench` reuses one PostgreSQL database and refills it per size) is",
        "  filled with synthetic tools: Dutch text with a Zipf-like word distribution, the real",
        "  purpose slugs, themes, target groups, sectors, languages, platforms, features,",
        "  requirements and contact modes (about 15 taxonomy links per tool; 95% published).",
        "- **Server latency**: the listing/search page, filtered listing and tool page through",
        "  Django's full stack (test client, all middleware, template rendering, production",
        "  settings with DEBUG off, local-memory cache), one first pass over the URLs (shown",
        "  apart: cold caches), then p50/p95/p99 over the repeated requests. What a search",
        "  costs is bounded whatever the catalogue size: relevance is scored over at most 5000",
        "  matches (`SEARCH_RANKING_WINDOW`: beyond it, name matches first, then the best of",
        "  the 5000 most recently added matches), the listing shows at most the 1000 best",
        "  (`SEARCH_MAX_RESULTS`), and filters check those tools one by one on the (tool, term)",
        "  index. For 30 s per content version (bumped by every catalogue change), search",
        "  caches its parsed query and ranked ids, and the listing its facet choices, facet",
        "  counts and total. Home and listing pages are also cached whole for anonymous",
        "  visitors per content version and URL (`core.cache`, `PAGE_CACHE_SECONDS`). The",
        "  latency rows switch that page cache OFF, so they show the full work of a page;",
        "  the row 'search, repeated' shows it ON (what a visitor gets for a search someone",
        "  made in the last 30 s). The requests/s rows run the production configuration",
        "  (page cache on) and, beside it, with the page cache off.",
        "  Search queries: "
        + "`vertalen`, `vrijwilligers`, `videobellen`, `cliënt`, `whatsap` (typo), `itsmee`",
        "  (typo), `budgetplanner`, `dementie zorg`, `gratis app ouderen`, `kaartlezer inloggen`.",
        "  Broad queries: `a`, `e` (one letter), `hulp`, `app`, `informatie` (in most tools).",
        "  Filters: `purpose=communicatie&language=nl&cost=free`.",
        "- **CPU ms**: processor time of the benchmark process per request (Python, Django and",
        "  in-process SQLite; for PostgreSQL the database server's own work is not included).",
        "  This machine is shared with other work; the load average is printed per run. When",
        "  the load average is far above the CPU count, wall times are inflated by waiting for",
        "  a CPU, and the CPU column is the closer estimate of the latency on an idle machine.",
        "- **Search function alone**: `search.selectors.search_tools` plus reading the first 20",
        "  tools, without the page around it (facet counts, rendering).",
        "- **Baseline**: the same pages with search replaced by a plain `icontains` filter over",
        "  name, summary, description, provider and taxonomy labels, in name order (the gain",
        "  is the ratio); sampled (10 requests at 10k; the first 3 URLs, 3 requests, at 100k)",
        "  as it is slow. It gets the same caches (its own, not the real search's), so its",
        "  repeated requests mostly pay for the page itself; its first request shows the",
        "  cost of matching. The column gives p95 / first-request p50.",
        "- **Renaming a term** (10k tools only): the purpose with the most tools is renamed in",
        "  one transaction, as in the admin. Its tools are re-indexed after the commit, in one",
        "  batch split into short transactions (search.indexing.AFTER_COMMIT_CHUNK tools",
        "  each), so the write itself holds SQLite's write lock only for the rename.",
        "- **Requests/s**: gunicorn (one sync worker per CPU) on 127.0.0.1 under wrk (one",
        "  thread, 4 connections, 10 s, rotating over the search queries above), on the same",
        "  2-CPU machine as the load generator.",
        "",
        "Targets (SQLite, 2 cores): search p95 <= 30 ms at 10k and <= 100 ms at 100k tools, with",
        f"and without filters, broad queries included; search page >= {TARGET_RPS_10K} requests/s",
        "at 10k.",
        "",
    ]
    measured = {run_title(run["vendor"], run["size"]): run for run in runs}
    kept = {title: text for title, text in (kept or {}).items() if title not in measured}
    for title in sorted(measured.keys() | kept.keys(), key=_run_order):
        if title in kept:
            lines += [kept[title].rstrip("\n"), ""]
            continue
        run = measured[title]
        size = run["size"]
        latency = run["latency_ms"]
        lines += [title, ""]
        if "fill_s" in run:
            lines += [
                f"Filled in {run['fill_s']} s; search index built in {run['index_s']} s "
                f"({run['published']} published tools).",
                "",
            ]
        if not any(name.startswith("search, repeated") for name in latency):
            lines += [
                "Measured before the whole-page cache existed: every row, requests/s",
                "included, is a page doing its full work.",
                "",
            ]
        if "measured_at" in run:
            lines += [f"Measured {run['measured_at']}.", ""]
        if "load_before" in run:
            lines += [
                "Load average of the machine (1, 5, 15 min) before/after this run: "
                f"{run['load_before']} / {run.get('load_after')}.",
                "",
            ]
        lines += [
            "| page | p50 ms | p95 ms | p99 ms | CPU p50 / p95 ms | first request p50 / max ms "
            "| baseline p95 / first ms | gain (p95) | target (wall p95) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        limit = TARGETS_MS.get(size)
        for name, figures in latency.items():
            if name.startswith("baseline"):
                continue
            baseline = latency.get(f"baseline icontains: {name}")
            base_p95 = f"{baseline['p95']} / {baseline.get('cold_p50', '')}" if baseline else ""
            gain = f"{baseline['p95'] / max(figures['p95'], 0.1):.1f}x" if baseline else ""
            target = ""
            if run["vendor"] == "sqlite" and limit and name in SEARCH_ROWS:
                target = f"p95 <= {limit} ms: {_status(figures['p95'], limit)}"
            if name.startswith("decision aid") and size == 10_000:
                target = (
                    f"p95 <= {ADVISOR_TARGET_MS} ms: {_status(figures['p95'], ADVISOR_TARGET_MS)}"
                )
            cold = f"{figures['cold_p50']} / {figures['cold_max']}" if "cold_p50" in figures else ""
            cpu = f"{figures['cpu_p50']} / {figures['cpu_p95']}" if "cpu_p50" in figures else ""
            lines.append(
                f"| {name} | {figures['p50']} | {figures['p95']} | {figures['p99']} "
                f"| {cpu} | {cold} "
                f"| {base_p95} | {gain} | {target} |"
            )
        rename = run.get("term_rename")
        if rename:
            lines += [
                "",
                f"Renaming the purpose with the most tools ({rename['tools']} tools), as in the "
                "admin: the write transaction takes "
                f"{rename['write_ms']} ms; after its commit the tools are re-indexed in one "
                f"batch of {rename['batch_ms']} ms, in {rename['transactions']} transactions of "
                f"at most {rename['longest_transaction_ms']} ms each (other writes get the lock "
                f"in between); the content version is bumped {rename['version_bumps']} time(s).",
            ]
        lines += ["", "| load (gunicorn + wrk) | requests/s | target |", "|---|---:|---|"]
        for name, figures in run["throughput"].items():
            target = ""
            if run["vendor"] == "sqlite" and size == 10_000 and name == "search page":
                rps = figures["requests_per_s"]
                target = f">= {TARGET_RPS_10K}: " + (
                    "meets target" if rps >= TARGET_RPS_10K else "**misses target**"
                )
            errors = f" ({'; '.join(figures['errors'])})" if figures["errors"] else ""
            lines.append(f"| {name}{errors} | {figures['requests_per_s']} | {target} |")
        lines.append("")
    lines += [
        "## Reading the figures",
        "",
        "- Compare **search function alone** with the **search** rows: matching and ranking",
        "  (FTS5 or PostgreSQL) is the smaller part of a search page; the rest is the page's",
        "  own queries (one page of tools and two prefetched relations) and rendering 20 tool",
        "  cards and the facet options.",
        "- The **first request** columns are a query nobody asked for in the last",
        "  `SEARCH_CACHE_SECONDS` (or the first after a catalogue change): ranking within the",
        "  window and counting facets over at most 1000 tools, so they stay close at 10k and",
        "  100k. The **filtered listing without a search** counts facets over a large share of",
        "  the catalogue: at 100k its first request is the one figure here that grows with",
        "  the catalogue (see its row); after it, counts and total come from the cache. A",
        "  per-process bitmap of facet values or a summary table of counts would bound it",
        "  too; neither is built yet.",
        "- Behind a shared cache (Redis) the version bump reaches every process at once, so",
        "  `SEARCH_CACHE_SECONDS` and `PAGE_CACHE_SECONDS` can be long in production",
        "  (docs/deployment.md) and first requests become rarer still.",
        "",
        "## Reproduce",
        "",
        "```",
        "make bench                      # 10k and 100k, SQLite and PostgreSQL (tw_bench)",
        "python -m benchmarks --sizes 10000 --no-postgres   # a quicker run (keeps the other",
        "                                                 # sections, with their dates)",
        "python -m benchmarks --pages-only   # only the pages section (seed-shaped data)",
        "```",
        "",
    ]
    return "\n".join(lines)


PAGES_START = "<!-- pages: written by `make bench` (python -m benchmarks) -->"
PAGES_END = "<!-- /pages -->"


def render_pages(figures: dict, *, date: str) -> str:
    """The "Pages" section: requests/s of each page as a share of the trivial view."""
    from .pages import SEED_SHAPED_TOOLS, TARGETS

    pages = figures["pages"]
    trivial = pages["trivial view"]["requests_per_s"] or 1
    lines = [
        PAGES_START,
        "## Pages at seed-shaped data, every application cache off",
        "",
        f"Measured {figures.get('measured_at', date)}. gunicorn with {figures['workers']} "
        "sync workers on 127.0.0.1, "
        "4 connections, on the same 2-CPU machine as the load generator; settings "
        "`benchmarks.settings` (the site's, plus `/bench/trivial`, a view that returns "
        '"ok" through every middleware). The database holds the seed plus '
        f"{SEED_SHAPED_TOOLS} tools shaped like WhatsApp (about 40 links and 10 practices "
        "each). `PAGE_CACHE_SECONDS=0` and `SEARCH_CACHE_SECONDS=0` (no page, search or "
        "facet cache) except in the last row. Shares within one run are what counts: the "
        "machine is shared with other work.",
        "",
        f"Load average (1, 5, 15 min) before/after: {figures['load_before']} / "
        f"{figures['load_after']}.",
        "",
        "| page | requests/s | share of the trivial view | target |",
        "|---|---:|---:|---|",
    ]
    for name, result in pages.items():
        share = result["requests_per_s"] / trivial
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            met = share >= target
            verdict = f">= {target:.0%}: " + ("meets target" if met else "**misses target**")
        errors = f" ({'; '.join(result['errors'])})" if result["errors"] else ""
        lines.append(f"| {name}{errors} | {result['requests_per_s']} | {share:.1%} | {verdict} |")
    lines += [
        "",
        "Where the time goes (cProfile through the test client, and the gunicorn worker's",
        "CPU time per request, seed-shaped data, caches off): the trivial view costs about",
        "1.5 ms in the worker; WhatsApp's page about 23 ms (9 queries: the tool, its eight",
        "taxonomies in one query, the links to other tools in one, requirements, fact checks,",
        "aliases, guides, screening, practices), about half building queries with the ORM and",
        "half rendering; the home page about 11 ms (2 queries); a search page about 33 ms (11",
        "queries: the search, the facet choices, one query for the total and every term,",
        "choice and yes-only facet, the guides group, the page and its cards' terms); the",
        "practice list about 39 ms, mostly its five filters (six queries, 110 checkboxes)",
        "and 20 cards. Connections are kept between requests (`CONN_MAX_AGE`, SQLite too:",
        "opening one cost several ms per page). The page cache is looked up before the",
        "session, CSRF and authentication middleware, so a cached page costs less than the",
        "trivial view. The queries per page are pinned in",
        "`practices/tests/test_page_queries.py`; the database has planner statistics",
        "(`ANALYZE`), as PostgreSQL keeps them in production.",
        "",
        PAGES_END,
        "",
    ]
    return "\n".join(lines)


def pages_section(document: str) -> str:
    start = document.find(PAGES_START)
    end = document.find(PAGES_END, start)
    if start < 0 or end < 0:
        return ""
    return document[start : end + len(PAGES_END)] + "\n"


def with_pages_section(document: str, section: str) -> str:
    """The document with its pages section replaced (or added before the soak's)."""
    old = pages_section(document)
    if old:
        return document.replace(old, section)
    from loadtest.report import START

    if START in document:
        return document.replace(START, section + "\n" + START, 1)
    return document.rstrip("\n") + "\n\n" + section
