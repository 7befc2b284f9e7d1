"""The whole flow in headless Chromium: a worker describes a client on a phone, gets an
explained list, puts two tools on a shortlist and opens a client card; also without
JavaScript; axe-core clean."""

import pytest
from playwright.sync_api import expect

from catalogue.models import Tool, ToolRequirement
from catalogue.tests import factories as f

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def catalogue():
    communicatie = f.PurposeFactory(slug="communicatie", name="Communicatie")
    arabic = f.LanguageFactory(slug="ar", name="Arabisch")
    dutch = f.LanguageFactory(slug="nl", name="Nederlands")
    web = f.PlatformFactory(slug="web", name="Website")
    smartphone = f.RequirementFactory(slug="smartphone", name="Smartphone")
    for name, languages, cost in (
        ("Zanzu", [arabic, dutch], Tool.Cost.FREE),
        ("Travis", [arabic], Tool.Cost.PAID),
    ):
        tool = f.ToolFactory(
            name=name,
            cost=cost,
            purposes=[communicatie],
            website_url=f"https://{name.lower()}.example/",
        )
        tool.languages.set(languages)
        tool.platforms.set([web])
    app = f.ToolFactory(name="Alleen App", purposes=[communicatie])
    ToolRequirement.objects.create(tool=app, requirement=smartphone)


def _phone(browser, javascript):
    context = browser.new_context(java_script_enabled=javascript, locale="nl-BE", viewport=PHONE)
    context.route(
        lambda url: "127.0.0.1" not in url and "localhost" not in url, lambda route: route.abort()
    )
    return context, context.new_page()


@pytest.mark.parametrize("javascript", [True, False])
def test_flow_on_a_phone(browser, live_server, catalogue, axe_violations, javascript):
    context, page = _phone(browser, javascript)
    try:
        page.goto(f"{live_server.url}/nl/advisor/")
        if javascript:
            # One question group per screen: the later steps are hidden until "Volgende".
            expect(page.locator('[data-step="2"]')).to_be_hidden()
            page.get_by_label("Communicatie").check()
            for _ in range(2):
                page.locator(".advisor-step:visible").get_by_role(
                    "button", name="Volgende vraag"
                ).click()
            page.get_by_label("Geen eigen toestel").check()
            page.locator(".advisor-step:visible").get_by_role(
                "button", name="Volgende vraag"
            ).click()
            page.locator(".advisor-step:visible").get_by_role(
                "button", name="Volgende vraag"
            ).click()
            page.get_by_label("Het moet gratis zijn").check()
            page.get_by_role("button", name="Toon passende tools").click()
        else:
            page.get_by_label("Communicatie").check()
            page.get_by_label("Geen eigen toestel").check()
            page.get_by_label("Het moet gratis zijn").check()
            page.get_by_role("button", name="Toon passende tools").click()
        assert (
            "need=communicatie" in page.url and "device=none" in page.url and "free=1" in page.url
        )
        results = page.locator(".advisor-result h3")
        expect(results).to_have_text(["Zanzu", "Travis"])
        expect(page.locator('[data-constraint="device"]')).to_contain_text("1")
        expect(page.locator(".advisor-result").first).to_contain_text("gratis")
        if javascript:
            assert axe_violations(page) == []
        page.get_by_role("link", name="Zanzu op keuzelijst zetten").click()
        expect(page.locator(".shortlist h2")).to_have_text(["Zanzu"])
        page.get_by_role("link", name="Zanzu", exact=True).click()
        page.goto(page.url.replace("/tools/zanzu/", "/tools/travis/"))
        page.get_by_role("link", name="Travis op keuzelijst zetten").click()
        expect(page.locator(".shortlist h2")).to_have_text(["Zanzu", "Travis"])
        page.get_by_role("link", name="Travis hoger").click()
        expect(page.locator(".shortlist h2")).to_have_text(["Travis", "Zanzu"])
        if javascript:
            assert axe_violations(page) == []
        page.locator(".shortlist li").first.get_by_role("link", name="Cliëntkaart").click()
        expect(page.locator(".client-card h2")).to_have_text("Travis")
        expect(page.locator(".client-card svg.qr")).to_be_visible()
        page.get_by_label("Notitie voor de cliënt (wordt mee afgedrukt)").fill("Dinsdag 10 uur")
        page.get_by_label("A6 (een kwart van een A4)").check()
        page.get_by_role("button", name="Kaart bijwerken").click()
        expect(page.locator(".client-card-a6 .card-note")).to_contain_text("Dinsdag 10 uur")
        if javascript:
            assert axe_violations(page) == []
        page.emulate_media(media="print")
        expect(page.locator(".card-form")).to_be_hidden()
        expect(page.locator(".client-card .card-note")).to_be_visible()
    finally:
        context.close()
