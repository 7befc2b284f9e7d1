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
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.utils.translation import get_language, get_language_from_path

from .content import version as content_version

# Set on the request by `cache_page_for_anonymous` when its page may be shared;
# `PageCacheMiddleware` stores the response under it once every middleware has added its
# headers.
SHARED_PAGE_KEY = "_shared_page_key"
MESSAGE_COOKIE = CookieStorage.cookie_name


def page_key(request, language: str) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:40]
    return f"page:{content_version()}:{language}:{path}"


def cache_page_for_anonymous(view):
    """Serve a GET page from the cache for PAGE_CACHE_SECONDS (0 switches caching off).

    The page is stored, and usually served, by `PageCacheMiddleware`; this decorator says
    which pages may be shared and serves them to the few visitors the middleware passes on
    (an anonymous visitor with a session cookie)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.PAGE_CACHE_SECONDS
        # Signed-in people see personal links and messages: never serve them a shared page.
        if (
            not seconds
            or request.method != "GET"
            or request.user.is_authenticated
            or MESSAGE_COOKIE in request.COOKIES
        ):
            return view(request, *args, **kwargs)
        key = page_key(request, get_language())
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
        if not personal:
            setattr(request, SHARED_PAGE_KEY, key)
        return response

    return wrapper


class PageCacheMiddleware:
    """The page cache in front of the session, locale, CSRF, authentication and message
    middleware: a visitor without a session cookie is anonymous, so a shared page is looked
    up before any of them runs, at the cost of one cache read. The stored response already
    carries the headers they add (Vary, Content-Language, X-Frame-Options); the middleware
    above this one add theirs (CSP, Permissions-Policy, security headers) on every request.

    Only URLs with a language prefix are looked up here (every cached page has one: the key
    needs the page's language before LocaleMiddleware has run)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if (
            seconds
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            # A message waiting in its cookie ("Je bent afgemeld") belongs on this page.
            and MESSAGE_COOKIE not in request.COOKIES
        ):
            language = get_language_from_path(request.path_info)
            if language:
                response = cache.get(page_key(request, language))
                if response is not None:
                    return response
        response = self.get_response(request)
        key = getattr(request, SHARED_PAGE_KEY, None)
        if key and seconds and response.status_code == 200 and not response.cookies:
            cache.set(key, response, seconds)
        return response
