"""Whole-page caching for anonymous visitors of read-only pages.

Most visitors are anonymous and ask the same few pages (a purpose, a common search); a
rendered page costs tens of milliseconds, a cached one almost nothing. Keys carry the
content version (core.content: bumped once after every transaction that changes what pages
show), so an edit is visible at once with a shared cache, and within the cache's lifetime
elsewhere.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.utils.translation import get_language

from .content import version as content_version


def cache_page_for_anonymous(view):
    """Serve a GET page from the cache for PAGE_CACHE_SECONDS (0 switches caching off)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.PAGE_CACHE_SECONDS
        # Signed-in people see personal links and messages: never serve them a shared page.
        if not seconds or request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:40]
        key = f"page:{content_version()}:{get_language()}:{path}"
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
