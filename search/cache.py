"""Cache keys for what search keeps: carried by the content version (core.content), which
every index or synonym change bumps once its transaction has committed.

With a shared cache (Redis, see docs/deployment.md) every app process sees a change at once;
with the per-process memory cache, other processes see it within `cache_seconds()`, so keep
SEARCH_CACHE_SECONDS short there; with a shared cache it can be long.
"""

import hashlib

from django.conf import settings

# `bump` and `version` are read from here by catalogue and screening (kept while they do).
from core.content import bump, version  # noqa: F401


def cache_seconds() -> int:
    """How long search results, facet choices and counts are kept (SEARCH_CACHE_SECONDS)."""
    return settings.SEARCH_CACHE_SECONDS


def cache_key(kind: str, text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"search:{kind}:{version()}:{digest}"
