"""A digibank volunteer opens itsme's page, follows its guide with a client, ticks off the
checklist, prints it and sees which other tools need itsme: in Chromium, with and without
JavaScript."""

import io

import pytest

from catalogue.models import Requirement, Tool
from catalogue.seeding import load_seed as load_catalogue_seed
from guides.seeding import load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GUIDE = "/nl/guides/itsme-installeren-en-activeren/"


def seed():
    load_catalogue_seed(stdout=io.StringIO())
    load_seed(stdout=io.StringIO())
    # A curator records that MyMinfin can be used with itsme.
    Tool.objects.get(slug="myminfin").requirements.add(Requirement.objects.get(slug="itsme"))


def checked(page) -> list[str]:
    return [
        box.get_attribute("id")
        for box in page.locator(".checklist input[type=checkbox]").all()
        if box.is_checked()
    ]


def test_a_volunteer_follows_the_itsme_guide(page, live_server, axe_violations):
    seed()
    page.goto(live_server.url + "/nl/tools/itsme/")
    section = page.locator("section.tool-guides")
    assert "Stappenplan" in section.inner_text()
    assert axe_violations(page) == []
    section.get_by_role("link", name="itsme installeren en activeren").click()
    page.wait_for_url("**" + GUIDE)
    assert axe_violations(page) == []
    assert page.recorder.compressed_bytes() < 60_000
    assert page.get_by_text("Nog niet nagekeken door een curator.").is_visible()

    # Tick two things the client brought; the ticks are kept in the browser, also when the
    # page is opened anew (a fresh visit, not the browser restoring a form on reload).
    checklist = page.get_by_role("region", name="Wat moet je cliënt meebrengen?")
    checklist.get_by_label("Smartphone van je cliënt").check()
    checklist.get_by_label("Identiteitskaart (eID)").check()
    ticked = checked(page)
    assert len(ticked) == 2
    page.goto(live_server.url + "/nl/guides/")
    page.goto(live_server.url + GUIDE)
    assert checked(page) == ticked
    stored = page.evaluate(
        "localStorage.getItem('toolwijzer:checklist:itsme-installeren-en-activeren')"
    )
    assert sorted(stored.strip("[]").replace('"', "").split(",")) == sorted(
        box.removeprefix("bring-") for box in ticked
    )
    assert checklist.get_by_label("Smartphone van je cliënt").is_checked()
    # Ready for the next client: clear them all.
    checklist.get_by_role("button", name="Wis alle vinkjes").click()
    assert checked(page) == []
    assert checklist.get_by_role("status").inner_text() == "Alle vinkjes zijn gewist."
    page.goto(live_server.url + GUIDE)
    assert checked(page) == []
    assert axe_violations(page) == []

    # Which other tools need itsme?
    other = page.get_by_role("region", name="Welke andere tools vragen dit?")
    other.get_by_role("link", name="MyMinfin").wait_for()
    assert "itsme —" not in other.inner_text()

    # The page prints without the site around it.
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".other-tools").is_visible()
    assert page.locator(".checklist").is_visible()
    page.emulate_media(media="screen")

    # The print view.
    page.get_by_role("link", name="Afdrukversie").click()
    page.wait_for_url("**" + GUIDE + "?print=1")
    assert page.locator(".print-checklist li").count() == 6
    assert page.get_by_role("button", name="Afdrukken").is_visible()
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    assert not page.locator(".print-actions").is_visible()
    assert page.locator("h1").inner_text() == "itsme installeren en activeren"


def test_the_guide_works_without_javascript(page_without_js, live_server):
    page = page_without_js
    seed()
    page.goto(live_server.url + "/nl/tools/?q=itsme")
    group = page.get_by_role("region", name="Stappenplannen")
    group.get_by_role("link", name="itsme installeren en activeren").click()
    page.wait_for_url("**" + GUIDE)
    # A plain list of checkboxes: they tick, the storage controls stay hidden.
    box = page.get_by_label("Smartphone van je cliënt")
    box.check()
    assert box.is_checked()
    assert not page.get_by_role("button", name="Wis alle vinkjes").is_visible()
    assert not page.get_by_role("button", name="Lees voor").is_visible()
    page.get_by_role("link", name="Afdrukversie").click()
    page.wait_for_url("**?print=1")
    assert page.get_by_text("Druk deze pagina af met de afdrukfunctie").is_visible()
    assert not page.get_by_role("button", name="Afdrukken").is_visible()
    page.get_by_role("link", name="Terug naar het stappenplan").click()
    page.wait_for_url("**" + GUIDE)
    page.goto(live_server.url + "/nl/guides/")
    page.get_by_label("Zoek een stappenplan").fill("kaartlezer")
    page.get_by_role("button", name="Zoeken").last.click()
    page.wait_for_url("**/guides/?q=kaartlezer")
    page.get_by_role("link", name="Aanmelden op MyMinfin").wait_for()


def test_guide_pages_on_a_phone(phone_page, live_server, axe_violations):
    page = phone_page
    seed()
    for path in ("/nl/guides/", GUIDE, "/en/guides/aanmelden-op-myminfin/"):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        assert axe_violations(page) == [], path
