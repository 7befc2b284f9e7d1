"""Cache keys for what search keeps: carried by the content version (core.content), which
every index or synonym change bumps once its transaction has committed.

With a shared cache (Redis, see docs/deployment.md) every app process sees a change at once;
with the per-process memory cache, other processes see it within `cache_seconds()`, so keep
SEARCH_CACHE_SECONDS short there; with a shared cache it can be long.
"""

import hashlib
import threading
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started

# `bump` and `version` are read from here by catalogue and screening (kept while they do).
from core.content import bump, version  # noqa: F401


def cache_seconds() -> int:
    """How long search results, facet choices and counts are kept (SEARCH_CACHE_SECONDS)."""
    return settings.SEARCH_CACHE_SECONDS


def cache_key(kind: str, text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"search:{kind}:{version()}:{digest}"


T = TypeVar("T")
_request = threading.local()


def _start_request(**kwargs):
    _request.memo = {}


def _end_request(**kwargs):
    _request.memo = None


request_started.connect(_start_request, dispatch_uid="search.cache.start")
request_finished.connect(_end_request, dispatch_uid="search.cache.end")


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
