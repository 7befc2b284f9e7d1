"""Accessibility and phone-first layout beyond one page: every main page, in every interface
language, in real Chromium (issue 16, items 6 and 7).

axe-core catches what a machine can see; the checks here add what it cannot: headings in
order, landmarks, focus that stays where the person is, target sizes, reduced motion, form
errors tied to their fields, and layout on a phone (first screen, 320 px, text at 200 %).
"""

import io

import pytest
from django.core.management import call_command

from practices.models import Practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOOL = "/tools/whatsapp/"
PRACTICE = "/practices/whatsapp-laagdrempelig-contact-ocmw/"
GUIDE = "/guides/itsme-installeren-en-activeren/"
# The main pages a visitor meets, without the language prefix.
PAGES = [
    "/",
    "/tools/",
    "/tools/?q=vertalen",
    "/tools/?q=zzqqxx",
    TOOL,
    "/tools/whatsapp/card/",
    "/about/",
    "/advisor/",
    "/shortlist/",
    "/practices/",
    PRACTICE,
    "/practices/share/",
    "/guides/",
    GUIDE,
    "/screening/kader/",
    "/screening/submit/",
    "/accounts/login/",
    "/bestaat-niet/",
]
PHONE = {"width": 390, "height": 844}


def seed():
    call_command("load_seed", stdout=io.StringIO())


@pytest.fixture
def new_page(browser, live_server):
    """Pages with their own viewport or media settings (JavaScript on, nothing off-host)."""
    from conftest import _new_page

    contexts = []

    def make(viewport=None):
        context, page = _new_page(browser, javascript=True, viewport=viewport)
        contexts.append((context, page))
        return page

    yield make
    for context, page in contexts:
        context.close()
        assert not page.recorder.foreign_requests, page.recorder.foreign_requests


# JavaScript run in the page: what a keyboard or screen-reader user meets.
STRUCTURE = """() => {
  const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
    .filter(h => h.getClientRects().length || h.closest('.visually-hidden'))
    .map(h => Number(h.tagName[1]));
  const skips = headings.filter((level, i) => i > 0 && level > headings[i - 1] + 1);
  const count = selector => document.querySelectorAll(selector).length;
  const first = document.querySelector('a[href], button, input, select, textarea, summary');
  return {
    h1: count('h1'), firstHeading: headings[0], skips: skips,
    banner: count('body > header'), main: count('main#main'), footer: count('body > footer'),
    navigation: count('nav[aria-label]') === count('nav'),
    skipLink: first && first.classList.contains('skip-link') && first.getAttribute('href'),
    lang: document.documentElement.lang,
  };
}"""

# Controls smaller than 24 x 24 CSS px (WCAG 2.5.8); links inside running text are exempt.
SMALL_TARGETS = """() => [...document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, summary, nav a, .button, .chip')]
  .filter(el => el.getClientRects().length && !el.closest('.visually-hidden'))
  .filter(el => { const r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
  // A checkbox or radio button with its label: the label is part of the target.
  .filter(el => !(el.type === 'checkbox' || el.type === 'radio') || !el.labels.length)
  .map(el => el.outerHTML.slice(0, 80))"""

OVERFLOW = """() => ({
  scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
  wide: [...document.querySelectorAll('main *, header *, footer *')]
    .filter(el => el.getClientRects().length && !el.closest('.visually-hidden, .skip-link'))
    .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map(el => el.tagName + '.' + el.className).slice(0, 5),
})"""


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_page_is_accessible_in_each_interface_language(
    page, live_server, axe_violations, language
):
    seed()
    for path in PAGES:
        page.goto(f"{live_server.url}/{language}{path}")
        structure = page.evaluate(STRUCTURE)
        assert structure["lang"] == language, path
        assert structure["h1"] == 1 and structure["firstHeading"] == 1, (path, structure)
        assert structure["skips"] == [], (path, structure)
        assert structure["banner"] == structure["main"] == structure["footer"] == 1, path
        assert structure["navigation"], path
        assert structure["skipLink"] == "#main", path
        assert page.evaluate(SMALL_TARGETS) == [], path
        assert axe_violations(page) == [], path


def test_right_to_left_content_is_accessible_and_fits(new_page, live_server, axe_violations):
    """Pages with right-to-left text: a practice shared in Arabic script (its text gets
    dir="auto"), and every page of the sweep that has dir="rtl" content."""
    seed()
    practice = Practice.objects.published().get(slug=PRACTICE.split("/")[2])
    practice.title = "واتساب للتواصل مع العملاء"
    practice.summary = "نستخدم واتساب للتواصل السريع مع العملاء الذين لا يتحدثون الهولندية."
    practice.save()
    rtl_pages = [f"/nl{PRACTICE}", "/nl/practices/"] + [
        f"/nl{path}" for path in PAGES if 'dir="rtl"' in _html(live_server, f"/nl{path}")
    ]
    for viewport in (None, PHONE):
        page = new_page(viewport)
        for path in rtl_pages:
            page.goto(live_server.url + path)
            directions = page.evaluate(
                "[...document.querySelectorAll('main [dir]')]"
                ".map(el => getComputedStyle(el).direction)"
            )
            assert "rtl" in directions, path
            overflow = page.evaluate(OVERFLOW)
            assert overflow["scroll"] <= overflow["client"], (path, overflow)
            assert axe_violations(page) == [], path


def _html(live_server, path):
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(live_server.url + path) as response:  # noqa: S310 - local
            return response.read().decode()
    except urllib.error.HTTPError as error:  # the page for an unknown address
        return error.read().decode()


def test_nothing_overflows_at_320_px_or_with_text_at_200_percent(new_page, live_server):
    seed()
    narrow = new_page({"width": 320, "height": 640})
    wide = new_page({"width": 1280, "height": 900})
    for path in PAGES:
        narrow.goto(f"{live_server.url}/nl{path}")
        overflow = narrow.evaluate(OVERFLOW)
        assert overflow["scroll"] <= overflow["client"], (path, overflow)
        assert overflow["wide"] == [], (path, overflow)
        # Text enlarged to 200 % (every size is in rem): no loss, no sideways scrolling.
        wide.goto(f"{live_server.url}/nl{path}")
        wide.evaluate("document.documentElement.style.fontSize = '200%'")
        assert wide.evaluate("getComputedStyle(document.body).fontSize") == "34px", path
        overflow = wide.evaluate(OVERFLOW)
        assert overflow["scroll"] <= overflow["client"], (path, overflow)
        assert overflow["wide"] == [], (path, overflow)


def _on_first_screen(page, locator):
    box = locator.bounding_box()
    assert box is not None
    return box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_a_phone_shows_what_matters_on_its_first_screen(new_page, live_server):
    seed()
    page = new_page(PHONE)
    # A search: the first result's name and summary, above the folded filters' content.
    page.goto(live_server.url + "/nl/tools/?q=vertalen")
    first = page.locator(".tool-cards > li").first
    assert _on_first_screen(page, first.locator("h3"))
    assert _on_first_screen(page, first.locator("p[lang]"))
    fold = page.locator("details.filters-fold")
    assert fold.get_attribute("open") is None
    assert not page.locator("form.filters").is_visible()
    # The practice library: the first practice.
    page.goto(live_server.url + "/nl/practices/")
    first = page.locator(".practice-cards > li").first
    assert _on_first_screen(page, first.locator("h3"))
    assert page.locator("details.filters-fold").get_attribute("open") is None
    # A tool: its key facts.
    page.goto(live_server.url + "/nl" + TOOL)
    facts = page.locator(".key-facts")
    assert _on_first_screen(page, facts)
    assert "Gratis" in facts.inner_text()


def test_filters_fold_behind_one_control_without_javascript(page_without_js, live_server):
    seed()
    page = page_without_js
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/nl/tools/?q=vertalen")
    filters = page.locator("form.filters")
    assert not filters.is_visible()
    page.locator("details.filters-fold > summary").click()
    assert filters.is_visible()
    filters.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url("**/nl/tools/?q=vertalen*")
    # The server sends the same folded control again: nothing opens or closes after load.
    assert page.locator("details.filters-fold").get_attribute("open") is None
    # On a wide screen the same HTML shows the filters beside the results, no control.
    page.set_viewport_size({"width": 1280, "height": 900})
    assert filters.is_visible()
    assert not page.locator("details.filters-fold > summary").is_visible()
    page.goto(live_server.url + "/nl/practices/")
    assert page.locator("form.filters").get_by_role("button", name="Toon praktijken").is_visible()


def test_keyboard_focus_is_visible_and_stays_after_partial_updates(page, live_server):
    seed()
    page.goto(live_server.url + "/nl/tools/")
    # Every stop of the keyboard in the header shows a focus ring.
    for _ in range(8):
        page.keyboard.press("Tab")
        ring = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; })()"
        )
        assert ring[0] != "none" and ring[1] != "0px" and ring[2] != "none", ring
    # Search suggestions appear and close: the focus stays in the search box.
    box = page.locator("#site-q")
    box.click()
    box.press_sequentially("whats", delay=30)
    page.get_by_role("option", name="WhatsApp").wait_for()
    assert page.evaluate("document.activeElement.id") == "site-q"
    box.press("Escape")
    assert page.evaluate("document.activeElement.id") == "site-q"
    # The guide's checklist: clearing the ticks keeps the focus on the button pressed.
    page.goto(live_server.url + "/nl" + GUIDE)
    page.locator(".checklist input[type=checkbox]").first.check()
    reset = page.get_by_role("button", name="Wis alle vinkjes")
    reset.focus()
    page.keyboard.press("Enter")
    page.get_by_text("Alle vinkjes zijn gewist.").wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-checklist-reset')")


def test_reduced_motion_is_respected(new_page, live_server):
    seed()
    page = new_page(PHONE)
    page.emulate_media(reduced_motion="reduce")
    page.goto(live_server.url + "/nl/tools/?q=vertalen")
    # Open what opens (the filters, the suggestions): nothing moves on its own.
    page.locator("details.filters-fold > summary").click()
    page.locator("#site-q").fill("")
    page.locator("#site-q").press_sequentially("whats", delay=30)
    page.get_by_role("option", name="WhatsApp").wait_for()
    assert page.evaluate("document.getAnimations().length") == 0
    durations = page.evaluate(
        "[...document.querySelectorAll('a, button, summary, input, li')]"
        ".map(el => getComputedStyle(el).transitionDuration + getComputedStyle(el).animationName)"
    )
    assert set(durations) == {"0snone"}
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"


def test_form_errors_are_tied_to_their_fields(page, live_server, axe_violations):
    seed()
    page.goto(live_server.url + "/nl/practices/share/")
    page.get_by_role("button", name="Praktijk versturen").click()
    summary = page.locator("#error-summary")
    summary.wait_for()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    links = summary.locator("a")
    assert links.count() >= 3
    for link in links.all():
        field_id = link.get_attribute("href").removeprefix("#")
        field = page.locator(f"#{field_id}")
        assert field.get_attribute("aria-invalid") == "true", field_id
        described = field.get_attribute("aria-describedby").split()
        assert f"{field_id}_error" in described, field_id
        assert page.locator(f"#{field_id}_error").is_visible()
    # Following a link of the summary puts the focus in its field.
    first = links.first
    target = first.get_attribute("href").removeprefix("#")
    first.click()
    assert page.evaluate("document.activeElement.id") == target
    assert axe_violations(page) == []
