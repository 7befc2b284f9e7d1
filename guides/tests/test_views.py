import datetime
import re
from pathlib import Path

import pytest
from django.urls import reverse

from catalogue.models import Tool
from catalogue.tests.factories import RequirementFactory, ToolFactory
from guides.models import Guide
from guides.tests.factories import (
    ChecklistItemFactory,
    GuideFactory,
    GuideStepFactory,
    HelpLinkFactory,
    full_guide,
)

pytestmark = pytest.mark.django_db

LIST = "/nl/guides/"


def html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def main_text(response) -> str:
    text = re.sub(r"<[^>]+>", " ", html(response).split("<main", 1)[1].split("</main>")[0])
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def itsme_world():
    """itsme with its guide, and two other tools that need itsme."""
    requirement = RequirementFactory(slug="itsme", name="itsme")
    itsme = ToolFactory(name="itsme")
    myminfin = ToolFactory(name="MyMinfin")
    myminfin.requirements.add(requirement)
    ToolFactory(name="Mijn Gezondheid").requirements.add(requirement)
    ToolFactory(name="Oud", status=Tool.Status.ARCHIVED).requirements.add(requirement)
    guide = full_guide(
        title="itsme activeren", slug="itsme-activeren", tools=[itsme], requirements=[requirement]
    )
    return {"guide": guide, "itsme": itsme, "myminfin": myminfin, "requirement": requirement}


def test_urls_follow_the_contract():
    assert reverse("guides:list") == LIST
    assert reverse("guides:detail", kwargs={"slug": "itsme"}) == "/nl/guides/itsme/"


# --- list ----------------------------------------------------------------------------------


def test_list_groups_guides_by_tool_and_by_requirement(client, itsme_world):
    bank = ToolFactory(name="Bankapps")
    GuideFactory(title="Een bankapp gebruiken", tools=[bank])
    GuideFactory(title="Nog een concept", status=Guide.Status.DRAFT, tools=[bank])
    page = html(client.get(LIST))
    per_tool = page.split('id="per-tool"')[1].split('id="per-requirement"')[0]
    assert per_tool.index("Bankapps") < per_tool.index("itsme activeren")
    assert 'href="/nl/tools/itsme/"' in per_tool
    per_requirement = page.split('id="per-requirement"')[1].split('id="all-guides"')[0]
    assert "itsme activeren" in per_requirement
    assert "Een bankapp gebruiken" not in per_requirement
    assert 'href="/nl/tools/?requirement=itsme"' in per_requirement
    assert "Nog een concept" not in page


def test_list_without_guides_says_so(client):
    assert "Er zijn nog geen stappenplannen." in html(client.get(LIST))


def test_list_searches_guides(client, itsme_world):
    GuideFactory(title="Een bankapp gebruiken")
    text = main_text(client.get(LIST + "?q=kaartlezer"))
    assert "Stappenplannen voor ‘kaartlezer’" in text
    assert "itsme activeren" in text and "bankapp" not in text
    assert "Geen stappenplan gevonden." in main_text(client.get(LIST + "?q=zzz"))


def test_list_escapes_the_search_text(client):
    page = html(client.get(LIST + "?q=<script>alert(1)</script>"))
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


def test_list_query_count_is_constant(client, itsme_world, django_assert_num_queries):
    # 3: the guides, their published tools, their requirements.
    with django_assert_num_queries(3):
        client.get(LIST)
    for n in range(10):
        tool = ToolFactory(name=f"Tool {n}")
        GuideFactory(title=f"Gids {n}", tools=[tool], requirements=[itsme_world["requirement"]])
    with django_assert_num_queries(3):
        page = html(client.get(LIST))
    assert "Gids 9" in page


# --- detail --------------------------------------------------------------------------------


def test_detail_shows_checklist_steps_problems_and_help(client, itsme_world):
    page = html(client.get("/nl/guides/itsme-activeren/"))
    checklist = page.split('class="checklist"')[1].split("</ul>")[0]
    assert checklist.count('type="checkbox"') == 2
    assert "Identiteitskaart" in checklist and "met pincode" in checklist
    assert 'data-checklist="itsme-activeren"' in page
    text = main_text(client.get("/nl/guides/itsme-activeren/"))
    assert text.index("Stap 1: Installeer de app") < text.index("Stap 2: Kies een code")
    assert "Laat je cliënt zelf tikken." in text
    assert "Pincode vergeten" in text
    assert 'href="https://www.itsme-id.com/nl-BE"' in page
    assert 'href="?print=1"' in page


def test_detail_shows_which_other_tools_need_the_requirement(client, itsme_world):
    page = html(client.get("/nl/guides/itsme-activeren/"))
    other = page.split('id="other-tools-title"')[1].split("</section>")[0]
    assert "Tools die itsme vragen" in other
    assert "Mijn Gezondheid" in other and "MyMinfin" in other
    assert other.index("Mijn Gezondheid") < other.index("MyMinfin")
    assert "Oud" not in other  # archived
    assert ">itsme<" not in other  # the guide's own tool


def test_detail_says_when_no_other_tool_needs_it(client):
    requirement = RequirementFactory(slug="itsme", name="itsme")
    full_guide(slug="itsme-activeren", requirements=[requirement])
    text = main_text(client.get("/nl/guides/itsme-activeren/"))
    assert "Nog geen andere tools in de catalogus vragen itsme." in text


def test_detail_uses_no_inline_script(client, itsme_world):
    page = html(client.get("/nl/guides/itsme-activeren/"))
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts and all("src=" in tag for tag in scripts)
    assert re.search(r'<script src="/static/guides/guide\.js[^"]*" defer>', page)
    assert "onclick" not in page and "onchange" not in page


def test_never_reviewed_guide_says_so(client, itsme_world):
    text = main_text(client.get("/nl/guides/itsme-activeren/"))
    assert "Nog niet nagekeken door een curator." in text


def test_overdue_guide_says_its_review_date_has_passed(client, itsme_world):
    guide = itsme_world["guide"]
    guide.last_reviewed = datetime.date(2024, 3, 5)
    guide.reviewed_by = "Ann (digibank)"
    guide.review_interval_months = 12
    guide.save()
    text = main_text(client.get("/nl/guides/itsme-activeren/"))
    assert "Dit stappenplan moest opnieuw nagekeken worden op 5 maart 2025." in text
    assert "5 maart 2024 — door Ann (digibank)" in text


def test_current_guide_shows_its_review_without_a_warning(client, itsme_world):
    guide = itsme_world["guide"]
    guide.last_reviewed = datetime.date.today()
    guide.reviewed_by = "Ann"
    guide.save()
    text = main_text(client.get("/nl/guides/itsme-activeren/"))
    assert "moest opnieuw nagekeken worden" not in text
    assert "Nog niet nagekeken" not in text
    assert "Volgende controle" in text


def test_a_draft_is_not_found_by_visitors(client):
    GuideFactory(slug="concept", status=Guide.Status.DRAFT)
    assert client.get("/nl/guides/concept/").status_code == 404
    assert client.get("/nl/guides/bestaat-niet/").status_code == 404


def test_detail_query_count_is_constant(client, itsme_world, django_assert_num_queries):
    # 8: guide, tools, requirements, checklist, steps, problems, help links, other tools.
    with django_assert_num_queries(8):
        client.get("/nl/guides/itsme-activeren/")
    guide = itsme_world["guide"]
    for n in range(10):
        GuideStepFactory(guide=guide)
        ChecklistItemFactory(guide=guide)
        HelpLinkFactory(guide=guide)
        ToolFactory(name=f"Ander {n}").requirements.add(itsme_world["requirement"])
        guide.tools.add(ToolFactory(name=f"Eigen {n}"))
    with django_assert_num_queries(8):
        assert "Ander 9" in html(client.get("/nl/guides/itsme-activeren/?x=1"))


# --- print view ----------------------------------------------------------------------------


def test_print_view_is_the_guide_on_paper(client, itsme_world):
    response = client.get("/nl/guides/itsme-activeren/?print=1")
    page = html(response)
    assert "site-header" not in page and "search-box" not in page  # no site chrome
    assert '<meta name="robots" content="noindex">' in page
    checklist = page.split('class="print-checklist"')[1].split("</ul>")[0]
    assert checklist.count('class="box"') == 2
    assert "Installeer de app" in page and "Pincode vergeten" in page
    # Links are written out: paper cannot be clicked.
    assert 'itsme: hulp</span>: <a href="https://www.itsme-id.com/nl-BE">https://' in page
    assert "Afgedrukt van http://testserver/nl/guides/itsme-activeren/" in page
    assert "Nog niet nagekeken door een curator." in page
    assert 'href="/nl/guides/itsme-activeren/"' in page  # back to the guide


def test_print_view_query_count(client, itsme_world, django_assert_num_queries):
    # The guide and its six kinds of parts; the other tools are not printed.
    with django_assert_num_queries(7):
        client.get("/nl/guides/itsme-activeren/?print=1")


def test_the_guide_page_carries_print_css(client, itsme_world):
    from django.contrib.staticfiles import finders

    css = Path(finders.find("guides/guides.css")).read_text(encoding="utf-8")
    print_rules = css.split("@media print{", 1)[1]
    for selector in (".breadcrumbs", ".guide-actions", ".other-tools"):
        assert selector in print_rules.split("{", 1)[0]
    assert "attr(href)" in print_rules
    assert "guides/guides.css" in html(client.get("/nl/guides/itsme-activeren/"))


# --- tool page and search ------------------------------------------------------------------


def test_the_tool_page_links_to_its_guide(client, itsme_world):
    GuideFactory(title="Concept", status=Guide.Status.DRAFT, tools=[itsme_world["itsme"]])
    page = html(client.get("/nl/tools/itsme/"))
    section = page.split('id="tool-guides-title"')[1].split("</section>")[0]
    assert ">Stappenplan<" in section
    assert 'href="/nl/guides/itsme-activeren/"' in section
    assert "Concept" not in section


def test_a_tool_without_guide_shows_no_guide_section(client, itsme_world):
    assert "tool-guides" not in html(client.get("/nl/tools/myminfin/"))


def test_search_listing_shows_a_guides_group(client, itsme_world):
    page = html(client.get("/nl/tools/?q=itsme"))
    group = page.split('id="guide-results-title"')[1].split("</section>")[0]
    assert 'href="/nl/guides/itsme-activeren/"' in group
    assert "Alle" not in group  # one guide: no "more" link


def test_search_group_shows_a_few_and_links_to_the_rest(client, itsme_world):
    for n in range(4):
        GuideFactory(title=f"itsme voor gevorderden {n}")
    page = html(client.get("/nl/tools/?q=itsme"))
    group = page.split('id="guide-results-title"')[1].split("</section>")[0]
    assert group.count("<li>") == 3
    assert 'href="/nl/guides/?q=itsme">Alle 5 stappenplannen voor ‘itsme’' in group


def test_listing_without_search_or_match_has_no_guides_group(client, itsme_world):
    assert "guide-results" not in html(client.get("/nl/tools/"))
    assert "guide-results" not in html(client.get("/nl/tools/?q=whatsapp"))


def test_a_guide_change_reaches_cached_pages_at_once(
    client, itsme_world, django_capture_on_commit_callbacks, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    assert "Stappenplan voor nieuwe gsm" not in html(client.get("/nl/tools/?q=itsme"))
    assert "itsme activeren" in html(client.get("/nl/guides/itsme-activeren/"))
    with django_capture_on_commit_callbacks(execute=True):
        GuideFactory(title="Stappenplan voor nieuwe gsm", tools=[itsme_world["itsme"]])
        guide = itsme_world["guide"]
        guide.title = "itsme activeren (nieuw)"
        guide.save()
    assert "Stappenplan voor nieuwe gsm" in html(client.get("/nl/tools/?q=itsme"))
    assert "itsme activeren (nieuw)" in html(client.get("/nl/guides/itsme-activeren/"))


# --- languages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "bring"),
    [
        ("fr", "Guides pas à pas", "Que doit apporter votre client"),
        ("en", "Step-by-step guides", "What must your client bring"),
    ],
)
def test_pages_speak_the_visitor_language(client, itsme_world, language, heading, bring):
    assert f"<h1>{heading}</h1>" in html(client.get(f"/{language}/guides/"))
    page = html(client.get(f"/{language}/guides/itsme-activeren/"))
    assert bring in page
    assert '<h1 lang="nl">itsme activeren</h1>' in page  # the guide itself is in Dutch
