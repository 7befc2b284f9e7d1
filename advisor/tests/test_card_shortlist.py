"""Client card (QR code, language, print sizes), shortlist (order in the URL), cautions."""

import re
from urllib.parse import parse_qs

import pytest
import segno

from advisor import shortlist
from catalogue.models import Tool, ToolRequirement
from catalogue.tests import factories as f

pytestmark = pytest.mark.django_db


def svg_matrix(svg: str) -> list[list[bool]]:
    """Read the modules back from segno's SVG path ("M x y h n m dx dy ..."): a decoder of
    the drawing, independent of segno's writer."""
    scale_match = re.search(r'transform="scale\((\d+)\)"', svg)
    scale = int(scale_match.group(1)) if scale_match else 1
    width, height = (int(n) // scale for n in re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups())
    path = re.search(r' d="([^"]+)"', svg).group(1)
    grid = [[False] * width for _ in range(height)]
    x = y = 0.0
    for op, a, b in re.findall(r"([Mmh])(-?\d+(?:\.\d+)?)(?: (-?\d+(?:\.\d+)?))?", path):
        if op == "M":
            x, y = float(a), float(b)
        elif op == "m":
            x, y = x + float(a), y + float(b)
        else:
            for col in range(int(x), int(x + float(a))):
                grid[int(y)][col] = True
            x += float(a)
    return grid


def qr_content(html: str) -> list[list[bool]]:
    return svg_matrix(re.search(r"<svg.*?</svg>", html, re.S).group(0))


def expected_matrix(url: str) -> list[list[bool]]:
    code = segno.make(url, error="m")
    return [[bool(v) for v in row] for row in code.matrix_iter(border=4)]


@pytest.fixture
def tool():
    tool = f.ToolFactory(name="Zanzu", website_url="https://www.zanzu.be/nl")
    tool.platforms.set([f.PlatformFactory(slug="android", name="Android")])
    ToolRequirement.objects.create(
        tool=tool, requirement=f.RequirementFactory(slug="smartphone", name="Smartphone")
    )
    f.LanguageFactory(slug="ar", name="Arabisch")
    f.LanguageFactory(slug="fr", name="Frans")
    return tool


def test_card_shows_name_summary_how_and_a_qr_code_to_the_address(client, tool):
    response = client.get("/nl/tools/zanzu/card/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zanzu" in html and tool.summary in html
    assert "https://www.zanzu.be/nl" in html and "Smartphone" in html
    assert qr_content(html) == expected_matrix("https://www.zanzu.be/nl")
    assert qr_content(html) != expected_matrix("https://www.zanzu.be/fr")
    assert "<script" not in re.search(r"<svg.*?</svg>", html, re.S).group(0)


def test_card_qr_falls_back_to_the_app_store(client, tool):
    Tool.objects.filter(pk=tool.pk).update(
        website_url="", android_url="https://play.google.com/store/apps/details?id=x"
    )
    html = client.get("/nl/tools/zanzu/card/").content.decode()
    assert qr_content(html) == expected_matrix("https://play.google.com/store/apps/details?id=x")


@pytest.mark.parametrize("code, direction", [("ar", "rtl"), ("fr", "ltr")])
def test_card_in_a_language_without_text_falls_back_to_dutch_and_says_so(
    client, tool, code, direction
):
    html = client.get("/nl/tools/zanzu/card/", {"language": code}).content.decode()
    assert re.search(r'<section lang="nl" dir="ltr" class="card-summary">', html)
    assert "Deze tekst is in het Nederlands: er is nog geen tekst in het" in html


def test_card_in_a_translated_language_right_to_left(client, tool):
    from catalogue import services

    services.tool_translation_save(tool=tool, language="ar", summary="موقع عن الصحة الجنسية")
    html = client.get("/nl/tools/zanzu/card/", {"language": "ar"}).content.decode()
    assert '<section lang="ar" dir="rtl" class="card-summary">' in html
    assert "موقع عن الصحة الجنسية" in html and "Deze tekst is in het Nederlands" not in html
    assert '<option value="ar" selected>Arabisch (العربية)</option>' in html
    # Dutch is the card's own language: no message, no fallback.
    html = client.get("/nl/tools/zanzu/card/", {"language": "nl"}).content.decode()
    assert "Die taal kennen we niet" not in html
    assert '<section lang="nl" dir="ltr" class="card-summary">' in html


def test_card_summary_hook_sets_lang_and_dir(tool, monkeypatch):
    from advisor import card_text

    monkeypatch.setattr(
        card_text, "translated_summary", lambda t, lang: "نص" if lang == "ar" else ""
    )
    summary = card_text.card_summary(tool, "ar")
    assert (summary.lang, summary.dir, summary.fallback) == ("ar", "rtl", False)


def test_card_note_size_and_bad_values(client, tool):
    response = client.get(
        "/nl/tools/zanzu/card/", {"size": "a6", "note": "Afspraak <b>dinsdag</b>"}
    )
    html = response.content.decode()
    assert "client-card-a6" in html
    assert "Afspraak &lt;b&gt;dinsdag&lt;/b&gt;" in html
    response = client.get("/nl/tools/zanzu/card/", {"size": "a0", "language": "xx"})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "client-card-a4" in html and "Die taal kennen we niet" in html and "Kies A4 of A6" in html
    )
    assert "no-store" in response["Cache-Control"]


def test_print_css_has_a4_and_a6(client):
    from pathlib import Path

    from django.contrib.staticfiles import finders

    css = Path(finders.find("advisor/card.css")).read_text()
    assert "size: A4" in css and "@page a6" in css and "size: A6" in css and "@media print" in css


def test_card_of_unknown_or_archived_tool_is_a_404(client, tool):
    assert client.get("/nl/tools/bestaat-niet/card/").status_code == 404
    Tool.objects.filter(pk=tool.pk).update(status=Tool.Status.ARCHIVED)
    assert client.get("/nl/tools/zanzu/card/").status_code == 404


def test_shortlist_order_move_remove_unknown_and_cap(client, tool):
    f.ToolFactory(name="Itsme")
    response = client.get(
        "/nl/shortlist/", {"tool": ["zanzu", "itsme", "onbekend", "<x>", "zanzu"]}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Zanzu") < html.index("Itsme")
    assert "onbekend" in html and "&lt;x&gt;" in html
    items = response.context["items"]
    assert parse_qs(items[0]["down"])["tool"] == ["itsme", "zanzu"]
    assert parse_qs(items[1]["up"])["tool"] == ["itsme", "zanzu"]
    assert parse_qs(items[0]["remove"])["tool"] == ["itsme"]
    assert items[0]["up"] == "" and items[1]["down"] == ""
    moved = client.get("/nl/shortlist/?" + items[0]["down"]).content.decode()
    assert moved.index("Itsme") < moved.index("Zanzu")
    assert "sessionid" not in response.cookies
    many = client.get("/nl/shortlist/", {"tool": [f"t-{n}" for n in range(25)]})
    assert "hoogstens 20 tools: 5 tools vielen weg" in many.content.decode()


def test_shortlist_helpers():
    assert shortlist.parse(["a", "a", "B C", ""]).slugs == ["a"]
    assert shortlist.moved(["a", "b"], 5, 1) == ["a", "b"]
    assert shortlist.added(["a"], "b") == ["a", "b"] and shortlist.added(["a"], "a") == ["a"]


def test_tool_page_has_shortlist_card_links_and_the_cautions_that_apply(client, tool):
    html = client.get("/nl/tools/zanzu/").content.decode()
    assert "/nl/shortlist/?tool=zanzu" in html and "/nl/tools/zanzu/card/" in html
    assert 'id="caution-digital-exclusion"' in html
    assert 'id="caution-privacy"' not in html
    whatsapp = f.ToolFactory(name="WhatsApp")
    html = client.get(whatsapp.get_absolute_url()).content.decode()
    assert 'id="caution-privacy"' in html and 'id="caution-blended-limits"' in html
    assert "Dossier Inspirerend digitaal sociaal werk" in html


def test_tool_page_add_link_keeps_the_shortlist_in_the_url(client, tool):
    html = client.get("/nl/tools/zanzu/", {"tool": ["itsme"]}).content.decode()
    assert "/nl/shortlist/?tool=itsme&amp;tool=zanzu" in html


def test_listing_cards_have_add_links(client, tool):
    html = client.get("/nl/tools/").content.decode()
    assert "/nl/shortlist/?tool=zanzu" in html
