"""Shared test fixtures: a live server and real headless Chromium (Debian's), no network."""

import gzip
import logging
import os
from urllib.parse import urlsplit

import pytest
from django.test.utils import override_settings

# Playwright's sync API runs an event loop in the main thread; the ORM calls that tests make
# next to it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


@pytest.fixture(scope="session", autouse=True)
def _test_server_settings():
    # The live server speaks plain HTTP. Tests serve static files from the finders; the
    # hashed manifest is exercised by `collectstatic` in `make test` and by production.
    with override_settings(
        SECURE_SSL_REDIRECT=False,
        SECURE_HSTS_SECONDS=0,
        SESSION_COOKIE_SECURE=False,
        CSRF_COOKIE_SECURE=False,
        # Browsers refuse __Host- cookies without Secure.
        SESSION_COOKIE_NAME="sessionid",
        CSRF_COOKIE_NAME="csrftoken",
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ):
        yield


@pytest.fixture(autouse=True)
def _dutch_by_default():
    # A request through the test client leaves its language active in the thread, so that
    # reverse() in a later test would build /en/ URLs: start every test in Dutch.
    from django.utils import translation

    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache(request, django_db_blocker):
    from django.core.cache import cache, caches

    cache.clear()
    yield
    cache.clear()
    # Rate-limit counters live in the database cache: a test in a transaction rolls them
    # back, but tests against the live server commit them, and no flush empties that table.
    marker = request.node.get_closest_marker("django_db")
    committed = {"live_server", "transactional_db"} & set(request.fixturenames) or (
        marker is not None and marker.kwargs.get("transaction")
    )
    if committed:
        with django_db_blocker.unblock():
            caches["ratelimit"].clear()


@pytest.fixture(autouse=True)
def _commit_hooks_run_as_in_production(monkeypatch):
    """Run `transaction.on_commit()` callbacks where production runs them.

    A non-transactional test runs inside transactions that never commit, so Django would
    never run the callbacks that keep derived data in sync (core.derived). Here they run at
    once outside a real transaction (autocommit), and when the outermost real atomic block
    commits, as in production; a rolled-back block discards them. Tests marked
    `transaction=True` have no test transaction and are left as they are.
    """
    from django.db import transaction
    from django.db.backends.base.base import BaseDatabaseWrapper

    def only_test_transactions(connection):
        return connection.in_atomic_block and all(
            block._from_testcase for block in connection.atomic_blocks
        )

    def run(callbacks):
        for _sids, func, robust in callbacks:
            if not robust:
                func()
                continue
            try:
                func()
            except Exception:  # noqa: BLE001 - logged, as Django does for robust callbacks
                logging.getLogger("django.db.backends.base").exception("on_commit %s", func)

    original_on_commit = BaseDatabaseWrapper.on_commit
    original_exit = transaction.Atomic.__exit__

    def on_commit(self, func, robust=False):
        if self.atomic_blocks and only_test_transactions(self):
            run([(set(), func, robust)])
        else:
            original_on_commit(self, func, robust)

    def exit_block(self, exc_type, exc_value, traceback):
        connection = transaction.get_connection(self.using)
        outermost_real = (
            not self._from_testcase
            and connection.atomic_blocks[-1:] == [self]
            and all(block._from_testcase for block in connection.atomic_blocks[:-1])
            and len(connection.atomic_blocks) > 1
        )
        original_exit(self, exc_type, exc_value, traceback)
        if outermost_real:
            callbacks, connection.run_on_commit = connection.run_on_commit, []
            if exc_type is None and not connection.needs_rollback:
                run(callbacks)

    monkeypatch.setattr(BaseDatabaseWrapper, "on_commit", on_commit)
    monkeypatch.setattr(transaction.Atomic, "__exit__", exit_block)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class PageRecorder:
    """Records every request a page makes and the compressed size of each response."""

    def __init__(self):
        self.foreign_requests = []
        self.transfers = {}

    def on_request(self, request):
        host = urlsplit(request.url).hostname or ""
        if request.url.startswith(("http://", "https://")) and host not in LOCAL_HOSTS:
            self.foreign_requests.append(request.url)

    def on_response(self, response):
        kind = response.request.resource_type
        if kind in {"document", "stylesheet", "script"}:
            try:
                body = response.body()
            except Exception:  # noqa: BLE001 - redirects carry no body
                return
            self.transfers[response.url] = len(gzip.compress(body, compresslevel=6))

    def compressed_bytes(self) -> int:
        return sum(self.transfers.values())


def _new_page(browser, *, javascript: bool, viewport=None):
    context = browser.new_context(
        java_script_enabled=javascript,
        locale="nl-BE",
        viewport=viewport or {"width": 1280, "height": 900},
    )
    recorder = PageRecorder()
    # Nothing may leave this machine: abort any request to another host, and remember it.
    context.route(
        lambda url: (
            (urlsplit(url).hostname or "") not in LOCAL_HOSTS
            and url.startswith(("http://", "https://"))
        ),
        lambda route: route.abort(),
    )
    page = context.new_page()
    page.on("request", recorder.on_request)
    page.on("response", recorder.on_response)
    page.recorder = recorder
    page.set_default_timeout(15_000)
    return context, page


@pytest.fixture
def page(browser, live_server):
    context, page = _new_page(browser, javascript=True)
    yield page
    context.close()
    assert not page.recorder.foreign_requests, page.recorder.foreign_requests


@pytest.fixture
def page_without_js(browser, live_server):
    context, page = _new_page(browser, javascript=False)
    yield page
    context.close()
    assert not page.recorder.foreign_requests, page.recorder.foreign_requests


@pytest.fixture
def phone_page(browser, live_server):
    context, page = _new_page(browser, javascript=True, viewport={"width": 375, "height": 740})
    yield page
    context.close()
    assert not page.recorder.foreign_requests, page.recorder.foreign_requests


@pytest.fixture
def axe_violations():
    """Run axe-core (WCAG 2.x A/AA and 2.2 rules) in the page and return its violations.

    axe-core is JavaScript: use it on `page` (JavaScript on). Pages without JavaScript are
    checked for what they do, with `page_without_js`.
    """
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page):
        # Measure a settled page: deferred scripts ran, no transition is half-way (a slow
        # machine can otherwise catch a link mid-move and report it too small).
        page.wait_for_load_state("load")
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        results = axe.run(
            page,
            options={
                "runOnly": {
                    "type": "tag",
                    "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
                }
            },
        )
        return [
            {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in results.response["violations"]
        ]

    return run
