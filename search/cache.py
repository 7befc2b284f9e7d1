"""A version number for everything search caches: bumped on every index or synonym change.

With a shared cache (Redis, see docs/deployment.md) every app process sees a change at once;
with the per-process memory cache, other processes see it within `cache_seconds()`, so keep
SEARCH_CACHE_SECONDS short there; with a shared cache it can be long.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "search:version"


def cache_seconds() -> int:
    """How long search results, facet choices and counts are kept (SEARCH_CACHE_SECONDS)."""
    return settings.SEARCH_CACHE_SECONDS


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


def cache_key(kind: str, text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"search:{kind}:{version()}:{digest}"
