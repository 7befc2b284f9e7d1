"""Toolwijzer settings: one module, read from the environment.

Production is the default: DEBUG is off, SECRET_KEY and ALLOWED_HOSTS must be given.
`make run` and `make test` set the few variables a developer needs.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").exists():
    env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "csp",
    "core",
    "catalogue",
    "search",
    "screening",
    "practices",
    "guides",
    "advisor",
    "opendata",
    "reviews",
    # Before allauth: members' templates give allauth's pages the site's layout.
    "members",
    "allauth",
    "allauth.account",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Early, so that every page gets these headers, the refusals below included.
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    # Before the session: a cached page for an anonymous visitor skips everything below.
    "core.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.RequestLimitsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a sign-in refused by the lockout into the lockout page (HTTP 429).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.text_limits",
            ],
        },
    },
]

# Database: SQLite (WAL) is the embedded default; PostgreSQL through DATABASE_URL in production.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # IMMEDIATE takes the write lock at BEGIN: deferred transactions fail with
            # "database is locked" when two writers upgrade at once.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA foreign_keys=ON;"
                "PRAGMA busy_timeout=20000;"
            ),
        }
    )
# Kept for the next request, SQLite too: opening a SQLite connection (its PRAGMAs and the
# functions Django registers) costs more CPU than the queries of a small page.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default; a shared Redis cache when several app processes run.
# Rate-limit counters have a store of their own, shared by every process and out of reach of
# the page cache's evictions: in production a Redis that never evicts (docs/deployment.md),
# the database cache otherwise (its table is created by core's first migration).
CACHES = {
    "default": env.cache_url("CACHE_URL", default="locmemcache://toolwijzer"),
    "ratelimit": env.cache_url("RATELIMIT_CACHE_URL", default="dbcache://toolwijzer_ratelimit"),
}
# Counter keys name their own time window; this timeout only lets old windows go.
CACHES["ratelimit"].setdefault("TIMEOUT", 24 * 3600)
if CACHES["ratelimit"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache":
    # The database cache culls a third of its rows past MAX_ENTRIES: keep that far away.
    CACHES["ratelimit"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 1_000_000)

# Client addresses (rate limits, sign-in lockouts): behind a load balancer or reverse proxy
# that appends to X-Forwarded-For, set TRUST_X_FORWARDED_FOR and the number of such proxies
# in front of the app; the client is that many entries from the right of the header.
TRUST_X_FORWARDED_FOR = env.bool("TRUST_X_FORWARDED_FOR", default=False)
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # ASVS 2.1.1: at least 12 characters; no composition rules.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
# Everyone lands on their own work after signing in (core.views.LoginView).
LOGIN_REDIRECT_URL = "screening:work"

# Sign-in protection (django-axes; the policy is explained in core/lockout.py). Failures are
# counted in the database, so every app process sees the same count.
# Members sign in with their e-mail address on the same form (allauth's backend); axes comes
# first so that every sign-in path through authenticate() is counted and locked out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_ACCOUNT_FAILURE_LIMIT = env.int("LOGIN_ACCOUNT_FAILURE_LIMIT", default=50)
LOGIN_LOCKOUT_MINUTES = env.int("LOGIN_LOCKOUT_MINUTES", default=60)
AXES_HANDLER = "core.lockout.LoginLockoutHandler"
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "core.views.login_locked_out"

# Member accounts (django-allauth): sign up with an e-mail address and a password, which must
# be verified before a member may write a review; sign-in itself stays core's form (LOGIN_URL),
# which takes a user name or an e-mail address.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Toolwijzer] "
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.MemberSignupForm"
ACCOUNT_LOGOUT_REDIRECT_URL = "catalogue:home"
# Verification links stay valid this many days.
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = env.int(
    "ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS", default=3
)

# Mail (verification, password reset): printed to the console in development (DEBUG), sent
# through the SMTP server below in production.
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    default=(
        "django.core.mail.backends.console.EmailBackend"
        if DEBUG
        else "django.core.mail.backends.smtp.EmailBackend"
    ),
)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Toolwijzer <noreply@localhost>")

# Reviews: reports of a review per client address per hour.
REVIEW_REPORT_RATE_LIMIT = env.int("REVIEW_REPORT_RATE_LIMIT", default=10)

# Dutch first; French and English complete.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("fr", _("Frans")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security: safe defaults, relaxed only by explicit environment settings.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
# Signed-in people sign in again after this long (ASVS 3.3.2 level 2: 12 hours).
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=12 * 3600)
# Over HTTPS, the __Host- prefix makes the browser refuse these cookies from a sub-domain or
# over plain HTTP (browsers reject the prefix without Secure, hence only then).
if SESSION_COOKIE_SECURE:
    SESSION_COOKIE_NAME = "__Host-sessionid"
if CSRF_COOKIE_SECURE:
    CSRF_COOKIE_NAME = "__Host-csrftoken"
X_FRAME_OPTIONS = "DENY"
# A refused form (expired page, cookies off) gets a page that says what to do and gives back
# what was typed.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
# Content-Security-Policy (django-csp): nothing from another host, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:"],
        "script-src": [SELF],
        "style-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Requests past these limits get the friendly 400 page (core.middleware.RequestLimitsMiddleware).
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=2_621_440)
DATA_UPLOAD_MAX_NUMBER_FIELDS = env.int("DATA_UPLOAD_MAX_NUMBER_FIELDS", default=1000)

# Home and listing pages are cached whole for anonymous visitors this long (0: off).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=30)
# Search results, facet choices and counts, per content version. With the per-process memory
# cache other processes see a change only when their copy expires: keep both short there;
# with a shared cache (Redis) every process sees a change at once and both can be long.
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=30)

# Guides (stappenplannen): months until a reviewed guide is due for its next review (a
# curator can change it per guide), and the limits of a step image a curator uploads.
GUIDE_REVIEW_MONTHS = env.int("GUIDE_REVIEW_MONTHS", default=12)
GUIDE_IMAGE_MAX_BYTES = env.int("GUIDE_IMAGE_MAX_BYTES", default=5 * 1024 * 1024)
GUIDE_IMAGE_MAX_PIXELS = env.int("GUIDE_IMAGE_MAX_PIXELS", default=25_000_000)

# Submissions per client address per hour (provider tools, practices).
SUBMISSION_RATE_LIMIT = env.int("SUBMISSION_RATE_LIMIT", default=5)

# Whom people ask for a role (an e-mail address or a name); the "no access" page shows it.
ACCESS_CONTACT = env("ACCESS_CONTACT", default="")
# Search: at most this many best matches are listed, and relevance is scored over at most
# this many matches (see docs/decisions.md, "What a search costs").
SEARCH_MAX_RESULTS = env.int("SEARCH_MAX_RESULTS", default=1000)
SEARCH_RANKING_WINDOW = env.int("SEARCH_RANKING_WINDOW", default=5000)

# A published screening is due for a new one after this many months.
SCREENING_RESCREEN_MONTHS = env.int("SCREENING_RESCREEN_MONTHS", default=12)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
