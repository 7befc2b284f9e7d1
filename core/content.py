"""The content version: one number that every cache of catalogue-derived data is keyed on.

Whole pages (core.cache), search results and facet counts carry it in their cache keys, so a
change makes them stale at once. `changed()` bumps it once per transaction, after the commit
and after the search index has caught up (core.derived), so no cache is filled with what the
transaction is still changing. With a shared cache (Redis) every process sees a bump at
once; with the per-process memory cache, other processes see it when their copy expires.
"""

import hashlib
import threading
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from . import derived

VERSION_KEY = "content:version"


def version() -> int:
    current = cache.get(VERSION_KEY)
    if current is None:
        current = 1
        cache.add(VERSION_KEY, current, None)
    return current


def bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _bump(_items) -> None:
    bump()


def changed() -> None:
    """The content changed in this transaction: bump the version once, after it commits."""
    derived.after_commit("content-version", _bump, order=derived.LAST)


def cache_seconds() -> int:
    """How long what is keyed on the content version is kept (SEARCH_CACHE_SECONDS): search
    results, facet choices and counts. With the per-process memory cache other processes
    see a bump only when their copy expires, so keep it short there (docs/deployment.md)."""
    return settings.SEARCH_CACHE_SECONDS


def cache_key(kind: str, text: str) -> str:
    """A cache key for `text` under `kind`, carried by the current content version."""
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"{kind}:{version()}:{digest}"


T = TypeVar("T")
_request = threading.local()


def _start_request(**kwargs):
    _request.memo = {}


def _end_request(**kwargs):
    _request.memo = None


request_started.connect(_start_request, dispatch_uid="core.content.start")
request_finished.connect(_end_request, dispatch_uid="core.content.end")


def remembered(key: str, compute: Callable[[], T]) -> T:
    """The value for `key`: worked out once per request (a listing asks the same search for
    its page, its facet counts and its guides), and kept in the shared cache for
    cache_seconds() when that is not 0. Outside a request only the shared cache helps."""
    memo = getattr(_request, "memo", None)
    if memo is not None and key in memo:
        return memo[key]
    seconds = cache_seconds()
    value = cache.get(key) if seconds else None
    if value is None:
        value = compute()
        if seconds:
            cache.set(key, value, seconds)
    if memo is not None:
        memo[key] = value
    return value
