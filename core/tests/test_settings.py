import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


PRODUCTION_SECRET = "k" * 20 + "-production-like-secret-value-with-entropy-9f8e7d6c5b4a"


def production_env(**env) -> dict:
    """The environment of a production process: none of the test run's relaxations."""
    relaxed = ("SECURE_", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(relaxed)}
    clean.pop("SESSION_COOKIE_SECURE", None)
    clean.pop("CSRF_COOKIE_SECURE", None)
    clean.update(SECRET_KEY=PRODUCTION_SECRET, ALLOWED_HOSTS="toolwijzer.example")
    clean.update(env)
    return clean


def run(*args, env):
    """Run this project's Python (`manage.py ...`, `-c ...`, `-m ...`) in a new process."""
    return subprocess.run(  # noqa: S603 - our own interpreter with fixed arguments
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _manage(*args, **env):
    return run("manage.py", *args, env=production_env(**env))


def test_production_settings_pass_deploy_checks():
    result = _manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_secret_key_refuses_to_start():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_sqlite_runs_in_wal_mode_with_immediate_transactions():
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
