"""A small fixed-window rate limit on the shared cache (Redis when several processes run)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    # Behind the load balancer the first X-Forwarded-For entry is the client; set
    # TRUST_X_FORWARDED_FOR only when a trusted proxy sets that header.
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_exceeded(*, request, scope: str, limit: int, window_seconds: int = 3600) -> bool:
    """Count one hit for this client in `scope`; True once it passes `limit` in the window."""
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        hits = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        hits = 1
    return hits > limit
