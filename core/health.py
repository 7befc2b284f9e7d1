"""What the site needs to serve a page, checked for /healthz and at start-up.

Each check answers None when all is well, or a short English sentence for the operator.
"""

import logging
import secrets

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from .ratelimit import RATELIMIT_CACHE

logger = logging.getLogger(__name__)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache() -> None:
    # Pages are read from and written to the default cache: do both.
    store = caches["default"]
    token = secrets.token_hex(8)
    store.set("healthz:probe", token, 30)
    if store.get("healthz:probe") != token:
        raise RuntimeError("the cache did not return what was written")


def _ratelimit_store() -> None:
    # A read reaches the store (Redis, or the database cache's table) without writing to it.
    caches[RATELIMIT_CACHE].get("healthz:probe")


def static_manifest_problem() -> str | None:
    """With hashed static files (production), every page names its stylesheet and scripts
    through the manifest that `collectstatic` writes; without it every page fails."""
    storage = staticfiles_storage  # a lazy proxy: isinstance sees the configured class
    if not isinstance(storage, ManifestFilesMixin):
        return None
    manifest = storage.hashed_files
    if not manifest:
        return (
            f"no static files manifest ({storage.manifest_name} in STATIC_ROOT): "
            "run `manage.py collectstatic`"
        )
    missing = sorted(
        path
        for finder in finders.get_finders()
        for path, _storage in finder.list(["CVS", ".*", "*~"])
        if path.replace("\\", "/") not in manifest
    )
    if missing:
        return (
            f"the static files manifest lacks {len(missing)} file(s), e.g. {missing[0]}: "
            "run `manage.py collectstatic`"
        )
    return None


def _static() -> None:
    problem = static_manifest_problem()
    if problem:
        raise RuntimeError(problem)


CHECKS = {
    "database": _database,
    "cache": _cache,
    "ratelimit": _ratelimit_store,
    "static": _static,
}


def failed_checks() -> list[str]:
    """The names of the checks that fail (logged with their reason)."""
    failed = []
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # noqa: BLE001 - any failure makes this part unhealthy
            logger.exception("Health check %s failed", name)
            failed.append(name)
    return failed


def require_static_manifest() -> None:
    """Refuse to serve (called by config.wsgi) rather than answer every page with an error."""
    problem = static_manifest_problem()
    if problem:
        raise ImproperlyConfigured(f"Toolwijzer cannot start: {problem}.")
