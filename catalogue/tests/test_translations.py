"""Content in other languages (issue 16): translations per language with a visible Dutch
fallback, right-to-left texts, easy language, the seed's translations, and the journey
"French page, search 'traduire', WhatsApp in Arabic, Arabic client card"."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from catalogue import seeding, selectors, services
from catalogue.models import Tool, ToolTranslation
from catalogue.seed import translations as seed_translations
from catalogue.seed.steps import seed_translations as translations_step
from catalogue.tests import factories as f
from core.languages import BY_CODE, CONTENT_LANGUAGES, text_direction
from search import seeding as search_seeding

pytestmark = pytest.mark.django_db

CLIENT_LANGUAGES = {"ar", "tr", "ro", "pl", "uk", "ru", "so", "ti", "ps", "fa", "es"}
CLIENT_LANGUAGES |= {"pt", "bg"}


def test_the_language_list_holds_the_interface_and_client_languages_with_directions():
    codes = [language.code for language in CONTENT_LANGUAGES]
    assert codes[:3] == ["nl", "fr", "en"]
    assert set(codes) >= CLIENT_LANGUAGES
    assert {code for code in codes if BY_CODE[code].is_rtl} >= {"ar", "fa", "ps"}
    assert text_direction("tr") == "ltr" and text_direction("xx") == "ltr"


def test_one_translation_per_language_and_not_an_empty_one():
    tool = f.ToolFactory(name="WhatsApp")
    services.tool_translation_save(tool=tool, language="fr", summary="Application gratuite.")
    services.tool_translation_save(tool=tool, language="fr", summary="Application de chat.")
    assert ToolTranslation.objects.get(tool=tool).summary == "Application de chat."
    with pytest.raises(ValidationError):
        services.tool_translation_save(tool=tool, language="ar")
    with pytest.raises(ValidationError):
        services.tool_translation_save(tool=tool, language="xx", summary="?")


def test_summary_falls_back_to_dutch_visibly():
    tool = f.ToolFactory(name="WhatsApp", summary="Gratis chatapp.")
    f.ToolTranslationFactory(tool=tool, language="ar", summary="تطبيق مجاني")
    arabic = selectors.tool_summary_in(tool=tool, language="ar")
    assert (arabic.text, arabic.lang, arabic.dir, arabic.fallback) == (
        "تطبيق مجاني",
        "ar",
        "rtl",
        False,
    )
    turkish = selectors.tool_summary_in(tool=tool, language="tr")
    assert (turkish.text, turkish.lang, turkish.dir, turkish.fallback) == (
        "Gratis chatapp.",
        "nl",
        "ltr",
        True,
    )
    dutch = selectors.tool_summary_in(tool=tool, language="nl")
    assert not dutch.fallback


def test_tool_page_in_french_shows_the_french_summary_or_marks_the_dutch_one(client):
    tool = f.ToolFactory(name="WhatsApp", summary="Gratis chatapp.")
    html = client.get("/fr/tools/whatsapp/").content.decode()
    assert '<p class="lead" lang="nl" dir="ltr">Gratis chatapp.</p>' in html
    assert "Pas encore traduit." in html
    f.ToolTranslationFactory(tool=tool, language="fr", summary="Application de chat gratuite.")
    html = client.get("/fr/tools/whatsapp/").content.decode()
    assert '<p class="lead" lang="fr" dir="ltr">Application de chat gratuite.</p>' in html
    assert "Pas encore traduit." not in html
    # The listing's card too.
    html = client.get("/fr/tools/").content.decode()
    assert '<p lang="fr" dir="ltr">Application de chat gratuite.</p>' in html


def test_tool_page_shows_the_summary_in_a_clients_language_right_to_left(client):
    tool = f.ToolFactory(name="WhatsApp", summary="Gratis chatapp.")
    f.ToolTranslationFactory(tool=tool, language="ar", summary="تطبيق مجاني للدردشة")
    html = client.get("/nl/tools/whatsapp/").content.decode()
    assert '<option value="ar">Arabisch (العربية)</option>' in html
    html = client.get("/nl/tools/whatsapp/", {"language": "ar"}).content.decode()
    assert re.search(r'<p class="client-summary-text" lang="ar" dir="rtl">تطبيق مجاني', html)
    assert "/nl/tools/whatsapp/card/?language=ar" in html
    # A language without a translation: the Dutch text, marked.
    html = client.get("/nl/tools/whatsapp/", {"language": "tr"}).content.decode()
    assert '<p class="client-summary-text" lang="nl" dir="ltr">Gratis chatapp.</p>' in html
    assert "Nog niet vertaald." in html


@pytest.mark.parametrize("value", ["xx", "<script>", "a" * 500])
def test_an_unknown_client_language_is_explained_not_an_error(client, value):
    tool = f.ToolFactory(name="WhatsApp")
    f.ToolTranslationFactory(tool=tool, language="ar", summary="نص")
    response = client.get("/nl/tools/whatsapp/", {"language": value})
    assert response.status_code == 200
    assert "Die taal kennen we niet" in response.content.decode()


def test_easy_language_toggle_works_without_javascript(client):
    tool = f.ToolFactory(name="WhatsApp", easy_summary="Je stuurt berichten. Het is gratis.")
    html = client.get("/nl/tools/whatsapp/").content.decode()
    assert re.search(
        r'<details class="easy-language">\s*<summary>Lees het in eenvoudige taal</summary>\s*'
        r'<p class="easy-summary" lang="nl" dir="ltr">Je stuurt berichten. Het is gratis.</p>',
        html,
    )
    Tool.objects.filter(pk=tool.pk).update(easy_summary="")
    assert "easy-language" not in client.get("/nl/tools/whatsapp/").content.decode()


def test_practice_summary_in_the_page_language_with_fallback(client):
    from practices.tests.factories import PracticeFactory, PracticeTranslationFactory

    practice = PracticeFactory(summary="Jongeren chatten met een jeugdwerker.")
    html = client.get(practice.get_absolute_url().replace("/nl/", "/en/")).content.decode()
    assert '<p class="lead" lang="nl" dir="ltr">Jongeren chatten met een jeugdwerker.' in html
    assert "Not translated yet." in html
    PracticeTranslationFactory(practice=practice, language="en", summary="Youth chat online.")
    html = client.get(practice.get_absolute_url().replace("/nl/", "/en/")).content.decode()
    assert '<p class="lead" lang="en" dir="ltr">Youth chat online.</p>' in html


# --- Seed ----------------------------------------------------------------------------------


def load_seed():
    out = io.StringIO()
    seeding.load_seed(stdout=out)
    search_seeding.load_seed(stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded():
    return load_seed()


def test_every_seed_tool_has_french_english_and_easy_dutch_texts_to_review(seeded):
    tools = Tool.objects.prefetch_related("translations")
    assert tools.count() == len(seeding.tool_seeds())
    for tool in tools:
        by_language = {t.language: t for t in tool.translations.all()}
        assert {"fr", "en"} <= set(by_language), tool.slug
        assert all(t.needs_review for t in by_language.values()), tool.slug
        assert tool.easy_summary, tool.slug
        # Short sentences.
        for sentence in re.split(r"(?<=\.) ", tool.easy_summary):
            assert len(sentence.split()) <= 16, (tool.slug, sentence)


def test_twenty_tools_used_in_practices_have_arabic_turkish_and_ukrainian_texts(seeded):
    from practices.seed import PRACTICES

    in_practices = {
        slug
        for practice in PRACTICES
        for candidates, _name in practice["tools"]
        for slug in candidates
    }
    translated = {
        slug
        for slug, texts in seed_translations.SUMMARIES.items()
        if {"ar", "tr", "uk"} <= set(texts)
    }
    assert len(translated) == 20
    used = in_practices & {seed.slug for seed in seeding.tool_seeds()}
    assert used <= translated
    for language in ("ar", "tr", "uk"):
        assert ToolTranslation.objects.filter(language=language).count() == 20


def test_the_translations_step_keeps_curators_values(seeded):
    whatsapp = Tool.objects.get(slug="whatsapp")
    signal = Tool.objects.get(slug="signal")
    ToolTranslation.objects.filter(tool=whatsapp, language="fr").update(summary="Curateur.")
    ToolTranslation.objects.filter(tool=whatsapp, language="en").delete()
    Tool.objects.filter(pk=whatsapp.pk).update(easy_summary="Door een curator.")
    Tool.objects.filter(pk=signal.pk).update(summary="Een curator herschreef dit.")
    ToolTranslation.objects.filter(tool=signal).delete()

    from catalogue.seed.steps import StepReport

    report = StepReport(seeds=seeding.tool_seeds())
    translations_step(report)
    whatsapp.refresh_from_db()
    assert whatsapp.translations.get(language="fr").summary == "Curateur."
    assert whatsapp.translations.get(language="en").summary.startswith("Free app")
    assert whatsapp.easy_summary == "Door een curator."
    assert not signal.translations.exists()
    assert any(line.startswith("signal: samenvatting") for line in report.kept)


# --- The journey of issue 16 ------------------------------------------------------------


def test_french_search_whatsapp_in_arabic_and_an_arabic_card(client, seeded):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/fr/"})
    assert response.status_code == 302
    with translation.override("fr"):
        html = client.get("/fr/tools/", {"q": "traduire"}).content.decode()
    found = re.findall(r'<h3><a href="/fr/tools/([^/]+)/">', html)
    assert {"google-translate", "deepl", "vertaalapps"} <= set(found)
    html = client.get("/fr/tools/whatsapp/").content.decode()
    assert '<html lang="fr"' in html
    assert re.search(r'<p class="lead" lang="fr" dir="ltr">Application gratuite', html)
    html = client.get("/fr/tools/whatsapp/", {"language": "ar"}).content.decode()
    assert re.search(r'<p class="client-summary-text" lang="ar" dir="rtl">تطبيق مجاني', html)
    html = client.get("/fr/tools/whatsapp/card/", {"language": "ar"}).content.decode()
    assert re.search(r'<section lang="ar" dir="rtl" class="card-summary">', html)
    assert "تطبيق مجاني" in html
    assert "Deze tekst is in het Nederlands" not in html


def test_a_translated_name_heads_the_page_with_the_own_name_under_it(client):
    tool = f.ToolFactory(name="Vertaalapps", kind=Tool.Kind.TOOL_TYPE)
    f.ToolTranslationFactory(tool=tool, language="en", name="Translation apps")
    html = client.get("/en/tools/vertaalapps/").content.decode()
    assert "<h1>Translation apps</h1>" in html and '<p class="muted">Vertaalapps</p>' in html
    assert "<h1>Vertaalapps</h1>" in client.get("/nl/tools/vertaalapps/").content.decode()
    html = client.get("/en/tools/").content.decode()
    assert '<a href="/en/tools/vertaalapps/">Translation apps</a>' in html


def test_language_labels_name_the_native_name_once():
    with translation.override("fr"):
        assert BY_CODE["fr"].label == "Français"
        assert BY_CODE["ar"].label == "Arabe (العربية)"
    assert BY_CODE["ar"].label == "Arabisch (العربية)"
