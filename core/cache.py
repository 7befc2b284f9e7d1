"""Whole-page caching for anonymous visitors of read-only pages.

Most visitors are anonymous and ask the same few pages (a purpose, a common search); a
rendered page costs tens of milliseconds, a cached one almost nothing. Keys carry the
catalogue's content version (bumped by every change the search index sees), so an edit is
visible at once in this process, and within `search.cache.cache_seconds()` elsewhere.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.utils.translation import get_language


def _content_version() -> int:
    from search.cache import version

    return version()


def cache_page_for_anonymous(view):
    """Serve a GET page from the cache for PAGE_CACHE_SECONDS (0 switches caching off)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.PAGE_CACHE_SECONDS
        # Signed-in people see personal links and messages: never serve them a shared page.
        if not seconds or request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:40]
        key = f"page:{_content_version()}:{get_language()}:{path}"
        response = cache.get(key)
        if response is not None:
            return response
        response = view(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        if hasattr(response, "render"):
            response.render()
        # A page that holds a CSRF token (a form for one person) is never shared either.
        personal = request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or len(get_messages(request))
        if not response.cookies and not personal:
            cache.set(key, response, seconds)
        return response

    return wrapper
