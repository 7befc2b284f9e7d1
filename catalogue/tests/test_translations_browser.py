"""The journey of issue 16 in headless Chromium: French page, search "traduire", WhatsApp's
summary in Arabic right to left, the Arabic client card; layout and axe-core checked."""

import io

import pytest

from catalogue import services
from catalogue.models import Tool
from catalogue.tests import factories as f
from search import seeding as search_seeding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARABIC = "تطبيق مجاني لإرسال الرسائل والصور والرسائل الصوتية، وللاتصال وإجراء مكالمات الفيديو."

# Where the text of the element ends, and where its box ends, and whether the page
# scrolls sideways.
LAYOUT = """(selector) => {
  const element = document.querySelector(selector);
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    textLeft: text.left, textRight: text.right,
    boxLeft: box.left + parseFloat(style.paddingLeft),
    boxRight: box.right - parseFloat(style.paddingRight),
    direction: style.direction,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}"""


def build():
    search_seeding.load_seed(stdout=io.StringIO())
    whatsapp = f.ToolFactory(
        name="WhatsApp",
        summary="Gratis app om berichten te sturen en te bellen.",
        easy_summary="Je stuurt berichten. Je kunt bellen. Het is gratis.",
        cost=Tool.Cost.FREE,
        website_url="https://www.whatsapp.com/",
    )
    services.tool_translation_save(
        tool=whatsapp, language="fr", summary="Application gratuite pour envoyer des messages."
    )
    services.tool_translation_save(tool=whatsapp, language="ar", summary=ARABIC)
    f.ToolFactory(name="Google Translate", summary="Gratis vertaaldienst van Google.")
    f.ToolFactory(name="Zoom", summary="Online vergaderen.")


def assert_right_to_left(page, selector):
    layout = page.evaluate(LAYOUT, selector)
    assert layout["direction"] == "rtl"
    # The text starts at the right edge of its box and stays inside it.
    assert abs(layout["textRight"] - layout["boxRight"]) <= 2, layout
    assert layout["textLeft"] >= layout["boxLeft"] - 1, layout
    assert layout["overflow"] <= 0, layout


def test_french_search_arabic_summary_and_card(phone_page, live_server, axe_violations):
    build()
    page = phone_page
    page.goto(live_server.url + "/nl/")
    page.click(".languages a[hreflang=fr]")
    page.wait_for_url("**/fr/**")
    page.fill("#site-q", "traduire")
    page.press("#site-q", "Enter")
    page.wait_for_url("**/fr/tools/?q=traduire**")
    page.wait_for_load_state("load")
    assert page.locator(".tool-card h3", has_text="Google Translate").count() == 1
    assert page.locator(".tool-card h3", has_text="Zoom").count() == 0

    page.goto(live_server.url + "/fr/tools/whatsapp/")
    lead = page.locator(".tool-header .lead")
    assert lead.get_attribute("lang") == "fr"
    assert "Application gratuite" in lead.inner_text()
    # Easy language: a details element, closed until opened.
    easy = page.locator("details.easy-language")
    assert not page.locator(".easy-summary").is_visible()
    easy.locator("summary").click()
    assert page.locator(".easy-summary").is_visible()
    assert page.locator(".easy-summary").get_attribute("lang") == "nl"

    page.select_option("#client-language", "ar")
    page.click(".client-language-form button")
    page.wait_for_url("**language=ar**")
    page.wait_for_load_state("load")
    arabic = page.locator(".client-summary-text")
    assert arabic.get_attribute("lang") == "ar" and arabic.get_attribute("dir") == "rtl"
    assert arabic.inner_text() == ARABIC
    assert_right_to_left(page, ".client-summary-text")
    assert axe_violations(page) == []

    page.click(".client-language a[href*='card']")
    page.wait_for_url("**/card/?language=ar**")
    page.wait_for_load_state("load")
    assert page.locator(".card-summary p").inner_text() == ARABIC
    assert_right_to_left(page, ".card-summary p")
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    assert_right_to_left(page, ".card-summary p")
