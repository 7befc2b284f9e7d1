"""Fixed-window rate limits, counted in a store of their own: `CACHES["ratelimit"]`.

The counters must be shared by every app process and must survive whatever happens to the
page cache (which may evict or clear at will), so they never live in the default cache:
Redis in production (`RATELIMIT_CACHE_URL`), the database cache otherwise.
"""

import hashlib
import ipaddress
import logging
import time

from django.conf import settings
from django.core.cache import caches

RATELIMIT_CACHE = "ratelimit"

logger = logging.getLogger(__name__)


def _valid_address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_address(request) -> str:
    """The address of the person sending the request, not of our own proxies.

    Each proxy appends the address it received the request from to X-Forwarded-For, so with
    TRUSTED_PROXY_COUNT proxies in front of the app the client is that many entries from the
    right. Entries further left were written by the client and prove nothing. Without
    TRUST_X_FORWARDED_FOR (or with a header that cannot come from our proxies) the connecting
    address counts.
    """
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        count = settings.TRUSTED_PROXY_COUNT
        if count >= 1 and len(entries) >= count:
            address = _valid_address(entries[-count])
            if address:
                return address
    return _valid_address(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104


def rate_limit_exceeded(*, request, scope: str, limit: int, window_seconds: int = 3600) -> bool:
    """Count one hit for this client in `scope`; True once it passes `limit` in the window.

    Windows are aligned on the clock (the key names the window), so a counter never needs
    its expiry kept exact: the database cache resets it on every increment, Redis keeps it.
    When the store does not answer, the hit is let through and logged (and /healthz answers
    503): people keep their access, and what they wrote, while an operator repairs it.
    """
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    window = int(time.time() // window_seconds)
    key = f"ratelimit:{scope}:{digest}:{window}"
    store = caches[RATELIMIT_CACHE]
    try:
        # Most hits find their window's counter: one increment. The first hit of a window
        # creates it; if another process created it meanwhile, increment that one.
        try:
            hits = store.incr(key)
        except ValueError:
            hits = 1 if store.add(key, 1, timeout=window_seconds) else store.incr(key)
    except Exception:  # noqa: BLE001 - any failure of the store: fail open, loudly
        logger.exception("Rate-limit store unavailable; %s not counted", scope)
        return False
    return hits > limit
