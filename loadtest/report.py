"""The soak's section of docs/benchmarks.md, between markers that `make bench` keeps."""

START = "<!-- soak: written by `make soak` (python -m loadtest); `make bench` keeps it -->"
END = "<!-- /soak -->"
TARGET_P99_MS = 250
TARGET_WRITES_PER_S = 50
KIND_LABELS = {
    "read": "anonymous reading and searching",
    "share": "practice shared (Deel je praktijk)",
    "screening": "screener saves a draft (44 answers)",
    "moderation queue": "curator opens the moderation queue",
    "moderation": "curator publishes or declines a practice",
    "rename": "admin renames a theme (its tools re-indexed after commit)",
}
TITLES = {"sqlite": "SQLite (WAL)", "postgresql": "PostgreSQL"}


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "**misses target**"


def _run(result: dict) -> list[str]:
    writes = result["writes"]
    answered = sum(figures["n"] for figures in result["kinds"].values())
    per_request = (
        f" ({result['server_cpu_s'] * 1000 / answered:.1f} ms per answered request)"
        if answered and result.get("server_cpu_s")
        else ""
    )
    sqlite = result["vendor"] == "sqlite"
    lines = [
        f"### {TITLES.get(result['vendor'], result['vendor'])}",
        "",
        f"Measured {result['measured_at']}: {result['seconds']} s, gunicorn with "
        f"{result['workers']} sync workers on {result['cpus']} CPUs. Load average (1, 5, 15 "
        f"min) before/after: {result['load_before']} / {result['load_after']}. Processor time "
        f"used: server {result.get('server_cpu_s')} s{per_request}, load generator "
        f"{result.get('client_cpu_s')} s, of {round(result['seconds'] * result['cpus'])} s "
        "the CPUs had in the run (the rest went to other work on the machine or idled).",
        "",
        "| figure | value | target |",
        "|---|---:|---|",
        f"| errors (any unexpected answer or failed request) | {result['error_count']} | "
        f"0: {_verdict(result['error_count'] == 0)} |",
        f'| "database is locked" | {result["locked"]} | 0: {_verdict(result["locked"] == 0)} |',
        f"| lost writes (acknowledged, not in the database) | {result['lost']} | "
        f"0: {_verdict(result['lost'] == 0)} |",
        f"| writes/s (acknowledged) | {result['writes_per_s']} | "
        + (
            f">= {TARGET_WRITES_PER_S}: {_verdict(result['writes_per_s'] >= TARGET_WRITES_PER_S)} |"
            if sqlite
            else " |"
        ),
        f"| write p50 / p99 / max ms | {writes['p50']} / {writes['p99']} / {writes['max']} | "
        + (
            f"p99 <= {TARGET_P99_MS} ms: "
            f"{_verdict(writes['p99'] is not None and writes['p99'] <= TARGET_P99_MS)} |"
            if sqlite
            else " |"
        ),
        "",
        "| traffic | offered /s | answered | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    offered = {**result["rates"], "moderation queue": "when empty-handed"}
    for kind, label in KIND_LABELS.items():
        figures = result["kinds"].get(kind, {"n": 0, "p50": None, "p99": None, "max": None})
        lines.append(
            f"| {label} | {offered.get(kind, '')} | {figures['n']} | {figures['p50']} "
            f"| {figures['p99']} | {figures['max']} |"
        )
    lines.append("")
    checks = result["checks"]
    lines.append(
        "Checked in the database afterwards: "
        + "; ".join(
            f"{kind}: " + ", ".join(f"{name} {value}" for name, value in figures.items())
            for kind, figures in checks.items()
        )
        + "."
    )
    if result["skipped"]:
        lines.append(
            "Slots without a request (moderation: nothing left in the queue; a person still "
            "waiting for the previous answer): "
            + ", ".join(f"{kind} {count}" for kind, count in sorted(result["skipped"].items()))
            + "."
        )
    if result.get("late"):
        lines.append(
            "Requests started more than 0.1 s after their moment (all 48 of their kind were "
            "still waiting for answers, or the load generator lacked processor time): "
            + ", ".join(f"{kind} {count}" for kind, count in sorted(result["late"].items()))
            + "."
        )
    if result["errors"]:
        lines.append(
            "Errors: "
            + "; ".join(
                f"{kind}: " + ", ".join(f"{what} x{count}" for what, count in found.items())
                for kind, found in result["errors"].items()
            )
            + "."
        )
    lines.append("")
    return lines


def render(results: list[dict]) -> str:
    lines = [
        START,
        "## Writes under load (`make soak`)",
        "",
        "A mixed load on gunicorn for `SOAK_SECONDS` (300 by default), on SQLite and on",
        "PostgreSQL, each from a fresh seeded database. Visitors arrive at fixed rates",
        "whether earlier requests are answered or not (an open loop, at most 48 in flight",
        "per kind, as on a public site; a request that cannot be sent within 5 s of its time",
        "is abandoned and counted as an error): they read pages and search, and share practices",
        'through "Deel je praktijk" (each visitor has its own session and CSRF token; every',
        "practice names a catalogue tool and an unknown one). 4 signed-in curators share",
        "the moderation queue (reloaded when nobody has a practice left to handle) and",
        "publish three in four shared practices, declining the fourth. 5 signed-in",
        "screeners each save their draft (44 answers) one save after another, and an admin",
        "renames a theme every 5 s (its tools are re-indexed after the commit). Writes are",
        "POSTs answered with their redirect. A request's time runs from the moment it was",
        "due to the end of its answer, so time queued at a busy server or in the load",
        "generator counts. Rate limits are raised for the run",
        "(`SUBMISSION_RATE_LIMIT`, `LOGIN_RATE_LIMIT`), as all traffic comes from one",
        "address. Afterwards every acknowledged write is looked up in the database: a",
        "shared practice by its title, a draft save by its audit event and last text, a",
        "moderation by the practice's status, a rename by the theme's name and the search",
        "index (the theme's tools are found under the new name). The load generator runs on",
        "the same 2 CPUs as the server, which other work on this machine shares too.",
        "",
        f'Targets (SQLite): 0 errors, 0 "database is locked", 0 lost writes, write p99 <= '
        f"{TARGET_P99_MS} ms at >= {TARGET_WRITES_PER_S} writes/s.",
        "",
    ]
    for result in results:
        lines += _run(result)
    lines += [
        "Reproduce: `make soak` (`SOAK_SECONDS=60 make soak` for a shorter run;",
        "`SOAK_ARGS=--no-postgres` for SQLite only).",
        END,
    ]
    return "\n".join(lines) + "\n"


def kept_section(document: str) -> str:
    """The soak section of an existing docs/benchmarks.md ('' when it has none)."""
    start = document.find(START)
    end = document.find(END, start)
    if start < 0 or end < 0:
        return ""
    return document[start : end + len(END)] + "\n"


def replace_section(document: str, section: str) -> str:
    """The document with its soak section replaced (or added at the end)."""
    old = kept_section(document)
    if old:
        return document.replace(old, section)
    return document.rstrip("\n") + "\n\n" + section
