"""Measurements for `python -m benchmarks`: server latency through Django's full request stack
(test Client, every middleware) and requests/s of gunicorn under a load generator."""

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from http.client import HTTPConnection
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.test import Client
from django.test.utils import override_settings

from catalogue import models

SEARCH_QUERIES = [
    "vertalen",
    "vrijwilligers",
    "videobellen",
    "cliënt",
    "whatsap",
    "itsmee",
    "budgetplanner",
    "dementie zorg",
    "gratis app ouderen",
    "kaartlezer inloggen",
]
BROAD_QUERIES = ["a", "e", "hulp", "app", "informatie"]
# Searches on the French and English pages: synonyms, stems and translated texts (issue 16).
OTHER_LANGUAGE_SEARCHES = [
    ("fr", "traduire"),
    ("fr", "gratuit"),
    ("fr", "appel vidéo"),
    ("fr", "traductions gratuites"),
    ("en", "translate"),
    ("en", "free"),
    ("en", "video call"),
    ("en", "free translation app"),
]
FILTERS = "purpose=communicatie&language=nl&cost=free"
LISTING_FILTERS = [
    "purpose=communicatie",
    "purpose=ondersteunen&language=ar",
    "cost=free&platform=android&platform=ios",
    "target_group=ouderen&feature=voorlezen",
    "anonymous=1&language=fr",
    "requirement=smartphone&sector=ocmw&page=3",
]

# Client situations for the decision aid (issue 14's contract parameters).
ADVISOR_ANSWERS = [
    "need=communicatie",
    "need=ondersteunen&language=ar&device=smartphone&free=1",
    "need=praktische-tools&language=fr&language=nl&device=none&together=1&skills=first",
    "need=verbinden&device=computer&read_aloud=1&easy_language=1&anonymous=1&data=little",
    "need=informeren-en-verwijzen&q=vertalen&language=ar",
]


def percentiles(samples_ms):
    ordered = sorted(samples_ms)

    def pick(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    return {
        "n": len(ordered),
        "p50": round(statistics.median(ordered), 1),
        "p95": round(pick(95), 1),
        "p99": round(pick(99), 1),
    }


def time_urls(urls, *, requests):
    """Server latency (ms) of about `requests` GETs cycling over `urls`, after one pass over
    them that is reported apart as the first (cold cache) requests."""
    client = Client(HTTP_HOST="127.0.0.1")
    cold = []
    for url in urls:
        start = time.perf_counter()
        response = client.get(url)
        cold.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    samples = []
    cpu = []
    for _ in range(max(1, -(-requests // len(urls)))):
        for url in urls:
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    figures = percentiles(samples)
    cpu_figures = percentiles(cpu)
    figures["cpu_p50"] = cpu_figures["p50"]
    figures["cpu_p95"] = cpu_figures["p95"]
    figures["cold_p50"] = round(statistics.median(cold), 1)
    figures["cold_max"] = round(max(cold), 1)
    return figures


def time_engine(queries, *, requests):
    """Latency (ms) of the search function alone: match, rank and read the first 20 tools."""
    from search.selectors import search_tools

    published = models.Tool.objects.published()
    samples = []
    cpu = []
    for _ in range(max(1, -(-requests // len(queries)))):
        for query in queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            list(search_tools(queryset=published, query=query).tools[:20])
            samples.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    figures = percentiles(samples)
    cpu_figures = percentiles(cpu)
    figures["cpu_p50"] = cpu_figures["p50"]
    figures["cpu_p95"] = cpu_figures["p95"]
    return figures


@contextmanager
def naive_search():
    """The baseline: a plain `icontains` over the same fields, in name order."""
    from core.content import bump
    from search import selectors

    original = selectors.tool_queryset_matching

    def matching(*, queryset, query):
        condition = Q()
        for word in query.split():
            word_matches = (
                Q(name__icontains=word)
                | Q(summary__icontains=word)
                | Q(description__icontains=word)
                | Q(provider__icontains=word)
            )
            for relation in ("purposes", "themes", "target_groups", "sectors"):
                through = getattr(models.Tool, relation).through
                term = getattr(models.Tool, relation).field.related_model._meta.model_name
                word_matches |= Q(
                    pk__in=through.objects.filter(**{f"{term}__name__icontains": word}).values(
                        "tool_id"
                    )
                )
            condition &= word_matches
        return queryset.filter(condition).order_by("name", "pk")

    # A new content version on the way in and out: the baseline must neither reuse the
    # real search's cached counts nor leave its own behind.
    bump()
    selectors.tool_queryset_matching = matching
    try:
        yield
    finally:
        selectors.tool_queryset_matching = original
        bump()


def latency_suite(*, requests, baseline_requests, baseline_urls, stdout):
    from urllib.parse import urlencode

    def search_urls(queries, extra=""):
        return [f"/nl/tools/?{urlencode({'q': q})}{'&' + extra if extra else ''}" for q in queries]

    slugs = list(models.Tool.objects.published().order_by("?").values_list("slug", flat=True)[:50])
    suites = {
        "search": search_urls(SEARCH_QUERIES),
        "search + filters": search_urls(SEARCH_QUERIES, FILTERS),
        "search, broad (one letter, very common)": search_urls(BROAD_QUERIES),
        "search, broad + filters": search_urls(BROAD_QUERIES, FILTERS),
        "search in French and English": [
            f"/{language}/tools/?{urlencode({'q': q})}" for language, q in OTHER_LANGUAGE_SEARCHES
        ],
        "filtered listing (no q)": [f"/nl/tools/?{f}" for f in LISTING_FILTERS],
        "tool page": [f"/nl/tools/{slug}/" for slug in slugs],
    }
    results = {}
    # Pages are measured doing their full work: the whole-page cache for anonymous visitors
    # is off here and measured apart in its own row.
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, urls in suites.items():
            results[name] = time_urls(urls, requests=requests)
            stdout.write(f"    {name}: {results[name]}")
        name = "search function alone (match + rank + first 20)"
        results[name] = time_engine(SEARCH_QUERIES + BROAD_QUERIES, requests=requests)
        stdout.write(f"    {name}: {results[name]}")
        with naive_search():
            for name in ["search", "search + filters", "search, broad (one letter, very common)"]:
                key = f"baseline icontains: {name}"
                urls = suites[name][:baseline_urls]
                results[key] = time_urls(urls, requests=baseline_requests)
                stdout.write(f"    {key}: {results[key]}")
    # The decision aid with every application cache off (page and search caches).
    with override_settings(PAGE_CACHE_SECONDS=0, SEARCH_CACHE_SECONDS=0):
        name = "decision aid (advisor), every cache off"
        results[name] = time_urls([f"/nl/advisor/?{a}" for a in ADVISOR_ANSWERS], requests=requests)
        stdout.write(f"    {name}: {results[name]}")
    name = "search, repeated (whole-page cache for anonymous visitors)"
    results[name] = time_urls(suites["search"], requests=requests)
    stdout.write(f"    {name}: {results[name]}")
    return results


def term_rename(*, stdout):
    """Rename the purpose with the most tools (and back), as a curator in the admin would:
    the write transaction, then the index batch of its tools after the commit (in
    transactions of at most `AFTER_COMMIT_CHUNK` tools) and the one content version bump."""
    from django.db import transaction
    from django.db.models import Count

    from core import content, derived
    from search import indexing

    term = models.Purpose.objects.annotate(count=Count("tools")).order_by("-count").first()
    original_name = term.name
    transactions_ms = []
    original_index = indexing._index

    def timed_index(tool_ids):
        start = time.perf_counter()
        original_index(tool_ids)
        transactions_ms.append((time.perf_counter() - start) * 1000)

    runs = []
    committed = {}

    def mark_commit(_items):
        committed["at"] = time.perf_counter()

    indexing._index = timed_index
    try:
        for name in (f"{original_name} (hernoemd)", original_name):
            transactions_ms.clear()
            version = content.version()
            start = time.perf_counter()
            with transaction.atomic():
                term.name = name
                term.save()
                # Runs first after the commit: it marks the end of the write transaction.
                derived.after_commit("bench-commit", mark_commit, order=-1)
            end = time.perf_counter()
            runs.append(
                {
                    "tools": term.count,
                    "write_ms": round((committed["at"] - start) * 1000, 1),
                    "batch_ms": round((end - committed["at"]) * 1000, 1),
                    "transactions": len(transactions_ms),
                    "longest_transaction_ms": round(max(transactions_ms, default=0), 1),
                    "version_bumps": content.version() - version,
                }
            )
    finally:
        indexing._index = original_index
    result = runs[0]
    stdout.write(f"    term rename: {result}")
    return result


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(*, env, workers):
    port = _free_port()
    bin_dir = Path(sys.executable).parent
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            str(bin_dir / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=settings.BASE_DIR,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.3)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _wrk(port, paths, *, seconds, connections):
    script = "\n".join(
        [
            "local paths = {" + ",".join(f'"{p}"' for p in paths) + "}",
            "local i = 0",
            "request = function()",
            "  i = i % #paths + 1",
            "  return wrk.format('GET', paths[i])",
            "end",
        ]
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        output = subprocess.run(  # noqa: S603 - fixed arguments
            [
                shutil.which("wrk"),
                "-t1",
                f"-c{connections}",
                f"-d{seconds}s",
                "-s",
                handle.name,
                f"http://127.0.0.1:{port}",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    rate = next(line for line in output.splitlines() if line.startswith("Requests/sec"))
    errors = [line.strip() for line in output.splitlines() if "Non-2xx" in line or "errors" in line]
    return {"requests_per_s": round(float(rate.split()[1])), "tool": "wrk", "errors": errors}


def _python_load(port, paths, *, seconds, connections):
    """A bounded, minimal load generator (used when wrk is not installed)."""
    done = [0]
    failed = [0]
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def worker(offset):
        i = offset
        while time.monotonic() < stop:
            connection = HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                connection.request("GET", paths[i % len(paths)])
                ok = connection.getresponse().status == 200
            except OSError:
                ok = False
            finally:
                connection.close()
            with lock:
                done[0] += ok
                failed[0] += not ok
            i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "requests_per_s": round(done[0] / seconds),
        "tool": "python threads",
        "errors": [f"{failed[0]} failed"] if failed[0] else [],
    }


def throughput(*, env, paths, seconds, connections, workers):
    with gunicorn(env=env, workers=workers) as port:
        load = _wrk if shutil.which("wrk") else _python_load
        load(port, paths, seconds=2, connections=connections)  # warm-up
        return load(port, paths, seconds=seconds, connections=connections)
