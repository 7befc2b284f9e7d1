"""System checks of core: `manage.py check --deploy` refuses what would break in production."""

from django.conf import settings
from django.core import checks

from . import health
from .ratelimit import RATELIMIT_CACHE

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.staticfiles, deploy=True)
def check_static_manifest(app_configs, **kwargs):
    problem = health.static_manifest_problem()
    if problem:
        return [checks.Error(f"Pages cannot be served: {problem}.", id="core.E001")]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def check_ratelimit_store(app_configs, **kwargs):
    backend = settings.CACHES[RATELIMIT_CACHE]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            checks.Warning(
                "Rate limits are counted per process: each app process lets the full limit "
                "through.",
                hint="Set RATELIMIT_CACHE_URL to Redis (or leave it unset for the database).",
                id="core.W001",
            )
        ]
    return []
