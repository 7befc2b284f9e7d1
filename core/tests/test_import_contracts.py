"""The import contracts of pyproject.toml ([tool.importlinter], docs/architecture.md) hold:
layers point one way, core imports no domain app, other apps stay off catalogue's views and
forms. import-linter reads every import, also those inside functions."""

import subprocess
import sys
from pathlib import Path

from django.conf import settings


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(  # noqa: S603 - our own venv's tool, fixed arguments
        [str(lint_imports), "--no-cache"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
