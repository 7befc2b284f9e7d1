"""Search in a real browser: the combobox with JavaScript, and plain GET without it."""

import re

import pytest

from catalogue.tests import factories as f

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _catalogue():
    f.PurposeFactory(slug="communicatie", name="Communicatie")
    f.ToolFactory(name="WhatsApp", summary="Berichten sturen en beeldbellen met een cliënt.")
    f.ToolFactory(name="itsme", summary="Digitale identiteit om in te loggen bij de overheid.")
    f.ToolFactory(name="Google Translate", summary="Vertaling van teksten en gesprekken.")


def test_search_page_and_suggestions_are_accessible(page, live_server, axe_violations):
    _catalogue()
    page.goto(live_server.url + "/nl/tools/?q=vertalen")
    assert page.locator(".tool-cards").inner_text().count("Google Translate") == 1
    assert axe_violations(page) == []
    assert page.recorder.compressed_bytes() < 60_000

    box = page.locator("#site-q")
    box.fill("")
    box.press_sequentially("whats", delay=30)
    option = page.get_by_role("option", name="WhatsApp")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("status").filter(has_text="1 suggestie").count() == 1
    assert axe_violations(page) == []
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    option.wait_for()
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/nl/tools/whatsapp/$"))


def test_search_works_without_javascript(page_without_js, live_server):
    _catalogue()
    page = page_without_js
    page.goto(live_server.url + "/nl/")
    page.locator("#site-q").fill("itsmee")
    page.locator("#site-q").press("Enter")
    page.wait_for_url(re.compile(r"/nl/tools/\?q=itsmee"))
    assert "itsme" in page.locator(".tool-cards").inner_text()
    assert "We tonen resultaten voor" in page.content()

    page.locator("#site-q").fill("googel vertaling")
    page.locator("#site-q").press("Enter")
    # Pressing Enter only starts the navigation; read the page once the new one has loaded.
    page.wait_for_url(re.compile(r"/nl/tools/\?q=googel\+vertaling"))
    assert "Geen tools gevonden" in page.content()
    page.get_by_role("link", name="google vertaling").click()
    page.wait_for_url(re.compile(r"/nl/tools/\?q=google\+vertaling"))
    assert "Google Translate" in page.locator(".tool-cards").inner_text()
