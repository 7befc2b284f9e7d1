"""The content version: one number that every cache of catalogue-derived data is keyed on.

Whole pages (core.cache), search results and facet counts carry it in their cache keys, so a
change makes them stale at once. `changed()` bumps it once per transaction, after the commit
and after the search index has caught up (core.derived), so no cache is filled with what the
transaction is still changing. With a shared cache (Redis) every process sees a bump at
once; with the per-process memory cache, other processes see it when their copy expires.
"""

from django.core.cache import cache

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
