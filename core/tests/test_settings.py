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


def _project_files(*suffixes):
    skip = {".venv", "staticfiles", "media", "node_modules", ".git"}
    for path in BASE_DIR.rglob("*"):
        if path.suffix in suffixes and not skip & set(path.relative_to(BASE_DIR).parts):
            yield path


def test_no_setting_is_read_with_a_fallback_of_its_own():
    # Every setting has one declaration with its default, in config/settings.py.
    needle = "getattr(" + "settings"
    offenders = [
        f"{path.relative_to(BASE_DIR)}:{number}"
        for path in _project_files(".py", ".html")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line.replace(" ", "")
    ]
    assert offenders == []


def test_every_setting_the_code_reads_is_declared():
    import re

    from django.conf import global_settings

    from config import settings as project_settings

    read = {
        name
        for path in _project_files(".py", ".html")
        for name in re.findall(r"\bsettings\.([A-Z][A-Z0-9_]+)", path.read_text(encoding="utf-8"))
    }
    assert read, "no settings found: the search is broken"
    undeclared = sorted(
        name
        for name in read
        if not hasattr(project_settings, name) and not hasattr(global_settings, name)
    )
    assert undeclared == []


def test_readme_lists_every_setting_from_the_environment():
    import re

    source = (BASE_DIR / "config" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r"\benv(?:\.\w+)?\(\s*\"([A-Z][A-Z0-9_]+)\"", source))
    assert {"SECRET_KEY", "RATELIMIT_CACHE_URL", "TRUST_X_FORWARDED_FOR"} <= names
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    missing = sorted(name for name in names if f"| `{name}` |" not in readme)
    assert missing == []


def test_deploy_check_warns_when_rate_limits_would_count_per_process():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING", RATELIMIT_CACHE_URL="locmemcache://"
    )
    assert result.returncode != 0
    assert "core.W001" in result.stderr
