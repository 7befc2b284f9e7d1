from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_is_translated(language):
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    entries = text.split("\n\n")[1:]
    assert entries
    for entry in entries:
        assert "#, fuzzy" not in entry
        assert not entry.rstrip().endswith('msgstr ""'), entry
