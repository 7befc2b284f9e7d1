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


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "share"),
    [("fr", "Pratiques", "Partagez votre pratique"), ("en", "Practices", "Share your practice")],
)
def test_pages_speak_the_visitor_language(client, language, heading, share):
    html = client.get(f"/{language}/practices/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert share in client.get(f"/{language}/practices/share/").content.decode()
