"""/healthz tells the truth, and production refuses to start without its static manifest."""

import json

import pytest
from django.core.management import call_command
from django.db import OperationalError

from core import health

from .test_settings import production_env, run

pytestmark = pytest.mark.django_db

MANIFEST_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"


def _manifest_storage(settings, static_root):
    settings.STATIC_ROOT = str(static_root)
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """A STATIC_ROOT filled by collectstatic with the hashed manifest."""
    from django.test import override_settings

    root = tmp_path_factory.mktemp("static")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": MANIFEST_STORAGE},
    }
    with override_settings(STATIC_ROOT=str(root), STORAGES=storages):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


def test_healthy_site_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_database_failure_is_named(client, monkeypatch):
    class BrokenConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(health, "connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failed": ["database"]}


def test_cache_failure_is_named(client, settings):
    # Nothing listens on port 1: every cache call fails as with a Redis that went away.
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["cache"]


def test_rate_limit_store_failure_is_named(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "table_nobody_created",
        },
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["ratelimit"]


def test_missing_static_manifest_is_named(client, settings, tmp_path):
    _manifest_storage(settings, tmp_path)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["static"]


def test_stale_static_manifest_is_named(client, settings, tmp_path, collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())
    del manifest["paths"]["core/site.css"]
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    _manifest_storage(settings, tmp_path)
    assert "core/site.css" in health.static_manifest_problem()
    assert client.get("/healthz").json()["failed"] == ["static"]


def test_collected_static_manifest_is_healthy(client, settings, collected):
    _manifest_storage(settings, collected)
    assert health.static_manifest_problem() is None
    assert client.get("/healthz").status_code == 200


# --- Production start-up, in a separate process with production settings -----------------


def test_production_refuses_to_start_without_its_static_manifest(tmp_path):
    env = production_env(STATIC_ROOT=str(tmp_path))
    deploy_check = run("manage.py", "check", "--deploy", env=env)
    assert deploy_check.returncode != 0
    assert "core.E001" in deploy_check.stderr and "collectstatic" in deploy_check.stderr
    wsgi = run("-c", "import config.wsgi", env=env)
    assert wsgi.returncode != 0
    assert "cannot start" in wsgi.stderr and "collectstatic" in wsgi.stderr
    gunicorn = run("-m", "gunicorn", "--check-config", "config.wsgi", env=env)
    assert gunicorn.returncode != 0


def test_production_starts_with_its_static_manifest(collected):
    env = production_env(STATIC_ROOT=str(collected))
    # The collected manifest here was written by plain ManifestStaticFilesStorage; production
    # uses WhiteNoise's compressed variant, which reads the same manifest.
    assert run("-c", "import config.wsgi", env=env).returncode == 0
    assert run("-m", "gunicorn", "--check-config", "config.wsgi", env=env).returncode == 0
