"""Real journeys in headless Chromium: filters without JavaScript, accessibility, weight."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model

from catalogue import services
from catalogue.models import FactGroup, Purpose, Requirement, Tool, ToolRequirement
from catalogue.tests import factories as f
from catalogue.tests.test_selectors import make_tool

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PURPOSES = [
    ("informeren-en-verwijzen", "Informeren en verwijzen"),
    ("praktische-tools", "Praktische tools"),
    ("communicatie", "Communicatie"),
    ("verbinden", "Verbinden"),
    ("ondersteunen", "Ondersteunen"),
    ("toegang-overheid-en-dienstverlening", "Toegang overheid & dienstverlening"),
    ("zelfrepresentatie-beleven-en-expressie", "Zelfrepresentatie, beleven & expressie"),
    ("community-en-matching", "Community & matching"),
]
WEIGHT_LIMIT = 60 * 1024


def build_catalogue():
    for position, (slug, name) in enumerate(PURPOSES):
        Purpose.objects.create(
            slug=slug, name=name, position=position, description=f"Tools voor {name.lower()}."
        )
    f.LanguageFactory(slug="ar", name="Arabisch")
    f.LanguageFactory(slug="nl", name="Nederlands")
    f.ContactModeFactory(slug="anonymous", name="Anoniem contact")
    whatsapp = make_tool(
        "WhatsApp",
        cost=Tool.Cost.FREE,
        purposes=["communicatie", "verbinden"],
        languages=["nl", "ar"],
        platforms=["android", "ios"],
        themes=["contact"],
        target_groups=["nieuwkomers"],
        sectors=["ocmw"],
        accessibility_features=["spraakberichten"],
        requirements=["smartphone"],
        contact_modes=["anonymous", "chat"],
    )
    f.describe_fully(
        whatsapp,
        description="Berichten, spraakberichten en beeldbellen.",
        cost_note="Je hebt mobiele data of wifi nodig.",
        is_must_use=False,
    )
    make_tool("Zanzu", cost=Tool.Cost.FREE, purposes=["communicatie"], languages=["nl"])
    make_tool("Teams", cost=Tool.Cost.PAID, purposes=["communicatie"], languages=["ar"])
    make_tool(
        "itsme",
        cost=Tool.Cost.FREE,
        purposes=["toegang-overheid-en-dienstverlening"],
        languages=["ar"],
        is_must_use=True,
    )
    apps = make_tool("Berichtenapps", kind=Tool.Kind.TOOL_TYPE, purposes=["communicatie"])
    apps.examples.set([whatsapp])
    whatsapp.related_tools.set([Tool.objects.get(slug="zanzu")])
    # Facts a curator verified, requirements with alternatives, an archived tool with an alias.
    curator = get_user_model().objects.create_user(
        username="ann", password="x" * 20, first_name="Ann", last_name="Peeters"
    )
    services.tool_facts_verify(
        tool=whatsapp, group=FactGroup.COST, by=curator, on=datetime.date(2026, 11, 30)
    )
    minfin = make_tool("MyMinfin", purposes=["toegang-overheid-en-dienstverlening"])
    for position, (slug, name) in enumerate([("itsme", "itsme"), ("eid", "eID-kaart")]):
        ToolRequirement.objects.create(
            tool=minfin,
            requirement=Requirement.objects.create(slug=slug, name=name, position=position),
            choice_group=1,
            alternative=position + 1,
        )
    covidsafe = make_tool(
        "CovidSafe", purposes=["toegang-overheid-en-dienstverlening"], languages=["nl"]
    )
    services.tool_archive(
        tool=covidsafe,
        reason="Het Covid Safe Ticket wordt sinds 2022 niet meer gebruikt.",
        by=curator,
        on=datetime.date(2026, 12, 2),
    )
    services.tool_alias_add(tool=covidsafe, name="CST")


def test_social_worker_filters_without_javascript(page_without_js, live_server):
    build_catalogue()
    page = page_without_js
    page.goto(live_server.url + "/nl/tools/")
    filters = page.locator("form.filters")
    filters.get_by_role("group", name="Doel").get_by_label("Communicatie").check()
    filters.get_by_role("group", name="Kostprijs").get_by_label(re.compile(r"^Gratis \(")).check()
    filters.get_by_role("group", name="Taal").get_by_label("Arabisch").check()
    filters.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_load_state()
    assert "purpose=communicatie" in page.url and "language=ar" in page.url
    results = page.locator(".tool-cards h3").all_inner_texts()
    assert results == ["WhatsApp"]
    assert page.get_by_role("status").inner_text() == "1 tool gevonden"
    # The chip removes one filter: the free Arabic tools of any purpose.
    page.get_by_role("link", name="Verwijder filter Doel: Communicatie").click()
    assert page.locator(".tool-cards h3").all_inner_texts() == ["itsme", "WhatsApp"]


def test_searching_archived_tools_and_old_addresses_without_javascript(
    page_without_js, live_server
):
    build_catalogue()
    page = page_without_js
    page.goto(live_server.url + "/nl/tools/?q=covidsafe")
    assert page.locator(".tool-cards h3").count() == 0
    assert page.get_by_text("laten we weg bij het zoeken").is_visible()
    filters = page.locator("form.filters")
    filters.get_by_role("group", name="Gearchiveerde tools").get_by_label(
        "Toon ook tools die niet meer bestaan"
    ).check()
    filters.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_load_state()
    assert "archived=1" in page.url
    assert page.locator(".tool-cards h3").all_inner_texts() == ["CovidSafe"]
    assert page.locator(".tool-card .archived-mark").is_visible()
    # The dossier's old name leads to the kept tool, which says it is archived.
    page.goto(live_server.url + "/nl/tools/cst/")
    assert page.url.endswith("/nl/tools/covidsafe/")
    assert page.get_by_role("heading", name="Gearchiveerd: niet meer in gebruik").is_visible()
    # Browsing a purpose keeps it, last.
    page.goto(live_server.url + "/nl/tools/?purpose=toegang-overheid-en-dienstverlening")
    assert page.locator(".tool-cards h3").all_inner_texts() == ["itsme", "MyMinfin", "CovidSafe"]


@pytest.mark.parametrize(
    "path",
    [
        "/nl/",
        "/nl/tools/?purpose=communicatie&language=ar&cost=free",
        "/nl/tools/whatsapp/",
        "/nl/tools/myminfin/",
        "/nl/tools/covidsafe/",
        "/nl/tools/?q=covidsafe&archived=1",
        "/nl/about/",
    ],
)
def test_pages_are_accessible_and_light(page, live_server, axe_violations, path):
    build_catalogue()
    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    assert page.recorder.compressed_bytes() < WEIGHT_LIMIT, page.recorder.transfers
    assert axe_violations(page) == []


def test_listing_on_a_phone_is_accessible(phone_page, live_server, axe_violations):
    build_catalogue()
    phone_page.goto(live_server.url + "/nl/tools/?cost=free")
    # The filters are folded behind one control, in the HTML itself: the results come first.
    assert not phone_page.locator("form.filters").is_visible()
    assert phone_page.locator(".tool-cards h3").first.is_visible()
    assert axe_violations(phone_page) == []
    phone_page.get_by_text("Filters", exact=True).first.click()
    groups = phone_page.locator("details.facet-group")
    assert groups.filter(has_text="Kostprijs").get_attribute("open") is not None
    assert phone_page.get_by_role("link", name="Naar de resultaten (3)").is_visible()
    assert axe_violations(phone_page) == []
    phone_page.goto(live_server.url + "/nl/tools/?anonymous=1&cost=paid")
    assert phone_page.get_by_role("heading", name="Geen tools gevonden").is_visible()
    assert axe_violations(phone_page) == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus(page, live_server):
    build_catalogue()
    page.goto(live_server.url + "/nl/tools/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
