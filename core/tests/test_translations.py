"""Every user-facing string of every app is translated to French and English."""

import os
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parents[2]
APPS = sorted(p.parent.name for p in BASE_DIR.glob("*/locale") if p.parent.name != "locale")


def _entries(po_file: Path) -> dict[str, str]:
    """msgid -> msgstr of a .po file (header and obsolete entries left out)."""
    entries = {}
    for block in po_file.read_text(encoding="utf-8").split("\n\n"):
        if block.lstrip().startswith("#~"):
            continue
        match = re.search(r"^msgid ((?:\".*\"\n)+)msgstr ((?:\".*\"\n?)+)", block + "\n", re.M)
        if not match:
            continue
        msgid = "".join(re.findall(r'"(.*)"', match.group(1)))
        if msgid:
            entries[msgid] = "".join(re.findall(r'"(.*)"', match.group(2)))
        if "#, fuzzy" in block and msgid:
            entries[msgid] = ""
    return entries


@pytest.mark.parametrize("app", APPS)
def test_po_files_hold_every_string_of_the_code(app, tmp_path):
    # Extract the app's strings afresh into a copy, then compare with the committed files.
    copy = tmp_path / app
    shutil.copytree(BASE_DIR / app, copy, ignore=shutil.ignore_patterns("locale", "__pycache__"))
    (copy / "locale").mkdir()
    previous = Path.cwd()
    os.chdir(copy)
    try:
        call_command("makemessages", locale=["fr"], verbosity=0)
    finally:
        os.chdir(previous)
    extracted = set(_entries(copy / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    assert extracted, f"no strings found in {app}"
    for language in ("fr", "en"):
        committed = _entries(BASE_DIR / app / "locale" / language / "LC_MESSAGES" / "django.po")
        missing = sorted(msgid for msgid in extracted if not committed.get(msgid))
        assert not missing, f"{app}/{language}: untranslated {missing[:5]}"
