"""The site's settings with the benchmark's URLconf (a trivial view beside the real pages).
Used only by the gunicorn that `make bench` starts; never by the site."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
