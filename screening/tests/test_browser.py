"""Real journeys in Chromium: a screening by one person approved by another, and a provider's
proposal with JavaScript off. Every page on the way is checked with axe-core."""

from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from catalogue.models import Tool
from catalogue.tests.factories import PurposeFactory
from screening.models import Screening, ToolSubmission
from screening.roles import roles_ensure
from screening.seeding import framework_v1_ensure

from .factories import curator, reviewer, screener

PASSWORD = "een-lang-test-wachtwoord"
LOCAL = {"127.0.0.1", "localhost"}


def _second_context(browser):
    context = browser.new_context(locale="nl-BE", viewport={"width": 1280, "height": 900})
    context.route(
        lambda url: url.startswith("http") and (urlsplit(url).hostname or "") not in LOCAL,
        lambda route: route.abort(),
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def _login(page, base, username, axe_violations=None):
    page.goto(f"{base}/nl/accounts/login/")
    if axe_violations is not None:
        assert axe_violations(page) == []
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")


def _user(factory, username):
    user = factory(username=username)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_screening_end_to_end_with_second_reader(browser, page, live_server, axe_violations):
    # The real seed: a seed tool, unscreened until these two people screen it.
    call_command("load_seed", stdout=StringIO())
    roles_ensure()  # groups do not survive the flush between live-server tests
    tool = Tool.objects.get(slug="zanzu", status=Tool.Status.PUBLISHED)
    _user(curator, "screener-an")
    _user(reviewer, "reviewer-bo")
    base = live_server.url

    # The curator signs in, lands on their own work, and sees the unscreened tool on the
    # curators' dashboard.
    _login(page, base, "screener-an", axe_violations)
    page.wait_for_url("**/nl/screening/work/")
    assert "Aangemeld als screener-an" in page.locator(".account").inner_text()
    assert axe_violations(page) == []
    page.goto(base + "/nl/screening/dashboard/")
    unscreened = Tool.objects.exclude(status=Tool.Status.ARCHIVED).count()
    assert page.locator("#never").inner_text() == f"Nooit gescreende tools ({unscreened})"
    assert axe_violations(page) == []

    # From the tool page, start a screening and fill the questionnaire.
    page.goto(base + tool.get_absolute_url())
    assert "nog niet gescreend" in page.locator(".screening-result").inner_text()
    page.click("text=Screening starten")
    page.wait_for_url("**/edit/")
    assert axe_violations(page) == []
    # Answer "yes" everywhere in one go (44 clicks add nothing), then a few by hand.
    page.locator("input[type=radio][value=yes]").evaluate_all(
        "radios => radios.forEach(radio => { radio.checked = true; })"
    )
    page.locator("#criterion-privacy input[type=radio][value=no]").first.check()
    page.locator("#criterion-onderbouwing input[type=radio][value=unknown]").nth(0).check()
    first_evidence = page.locator("#criterion-helderheid textarea").first
    first_evidence.fill("Staat op de startpagina van zanzu.be")
    page.fill("#id_strengths", "Meertalig en met beeld, ook voor wie weinig Nederlands kent.")
    page.fill("#id_attention_points", "Gevoelige thema's: kaderen in een gesprek.")
    page.check("input[name=outcome][value=included_attention]")
    page.click("button[value=save]")
    assert page.locator(".messages").inner_text().strip() == "Het concept is bewaard."
    assert page.locator("#id_strengths").input_value().startswith("Meertalig")
    page.click("button[value=submit]")
    page.wait_for_url("**/screening/*/")
    assert "Wacht op nalezing" in page.locator(".status-note").inner_text()
    assert page.locator("input[name=decision]").count() == 0  # no self-approval

    # A second person, in another browser, approves it.
    context, second = _second_context(browser)
    try:
        _login(second, base, "reviewer-bo")
        screening = Screening.objects.get(tool=tool)
        second.goto(base + f"/nl/screening/{screening.pk}/")
        assert axe_violations(second) == []
        second.check("input[name=decision][value=approve]")
        second.fill("#id_comment", "Bronnen nagekeken.")
        second.check("#id_confirm")
        second.click("text=Beslissing bevestigen")
        assert "Gepubliceerd" in second.locator(".status-note").inner_text()
    finally:
        context.close()

    # Anyone now sees the result on the tool page, readable without colour.
    context, visitor = _second_context(browser)
    try:
        visitor.goto(base + tool.get_absolute_url())
        result = visitor.locator(".screening-result")
        text = result.inner_text()
        assert "Voor jou gescreend" in text
        assert "versie 1" in text
        assert "Opgenomen met aandachtspunten" in text
        assert "Meertalig en met beeld" in text
        profile = result.locator(".profile li")
        assert profile.count() == 9
        assert "Helderheid" in profile.nth(0).inner_text()
        assert "Voldaan" in profile.nth(0).inner_text()
        assert "Gedeeltelijk voldaan" in result.locator(".profile-partly").first.inner_text()
        assert "Staat op de startpagina van zanzu.be" not in result.locator(".profile").inner_text()
        result.locator("summary").click()
        assert result.locator("text=Staat op de startpagina van zanzu.be").is_visible()
        assert axe_violations(visitor) == []
        result.locator("text=Hoe we screenen").click()
        assert visitor.locator("h1").inner_text() == "Hoe we screenen"
        assert axe_violations(visitor) == []
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_provider_submission_without_javascript(
    page_without_js, page, live_server, axe_violations, client
):
    framework_v1_ensure()
    PurposeFactory(slug="communicatie", name="Communicatie")
    url = live_server.url + "/nl/screening/submit/"

    # axe-core on the form showing its errors (JavaScript on for axe).
    page.goto(url)
    page.click("text=Voorstel versturen")
    assert page.locator(".error-summary").is_visible()
    assert axe_violations(page) == []

    form = page_without_js
    form.goto(url)
    form.fill("#id_tool_name", "Babbelbox")
    form.fill("#id_website_url", "geen adres")
    form.fill("#id_provider_name", "Babbel vzw")
    form.fill("#id_contact_name", "An Peeters")
    form.fill("#id_contact_email", "an@babbelbox.example")
    form.fill("#id_description", "Een chatapp waarmee jongeren anoniem vragen stellen.")
    form.fill("#id_audience", "Jongeren van 12 tot 18 jaar")
    form.check("text=Communicatie")
    form.locator("#criterion-privacy input[type=radio][value=partly]").first.check()
    form.locator("#criterion-privacy textarea").first.fill("Verklaring in het Nederlands")
    form.check("#id_consent")
    form.click("text=Voorstel versturen")

    summary = form.locator(".error-summary")
    assert "Geef een volledig webadres" in summary.inner_text()
    # Nothing typed is lost.
    assert form.locator("#id_tool_name").input_value() == "Babbelbox"
    assert form.locator("#id_website_url").input_value() == "geen adres"
    assert form.locator("#id_description").input_value().startswith("Een chatapp")
    assert form.locator("#criterion-privacy input[type=radio][value=partly]").first.is_checked()
    assert form.locator("#criterion-privacy textarea").first.input_value() == (
        "Verklaring in het Nederlands"
    )
    assert form.locator("text=Communicatie").is_checked()
    assert form.locator("#id_consent").is_checked()

    form.fill("#id_website_url", "https://babbelbox.example")
    form.click("text=Voorstel versturen")
    form.wait_for_url("**/submit/thanks/")
    assert "Bedankt voor je voorstel" in form.locator("h1").inner_text()
    submission = ToolSubmission.objects.get()
    assert submission.tool_name == "Babbelbox"
    assert submission.answers.get().note == "Verklaring in het Nederlands"

    # It waits in the curators' queue; their moderation page passes axe too.
    client.force_login(curator(username="cur"))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(live_server.url + f"/nl/screening/submissions/{submission.pk}/")
    assert "Voorstel: Babbelbox" in page.locator("h1").inner_text()
    assert axe_violations(page) == []


def _context_without_js(browser):
    context = browser.new_context(
        java_script_enabled=False, locale="nl-BE", viewport={"width": 1280, "height": 900}
    )
    context.route(
        lambda url: url.startswith("http") and (urlsplit(url).hostname or "") not in LOCAL,
        lambda route: route.abort(),
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_trust_loop_without_javascript(browser, page_without_js, live_server):
    """Provider proposes, curator accepts, screener screens, a second person approves and
    publishes, and a visitor finds the tool by search: every step with JavaScript off."""
    roles_ensure()  # groups do not survive the flush between live-server tests
    framework_v1_ensure()
    PurposeFactory(slug="communicatie", name="Communicatie")
    _user(curator, "carla")
    _user(screener, "sam")
    _user(reviewer, "rita")
    base = live_server.url

    # 1. The provider proposes the tool, with one self-assessed answer.
    provider = page_without_js
    provider.goto(base + "/nl/screening/submit/")
    provider.fill("#id_tool_name", "Babbelbox")
    provider.fill("#id_website_url", "https://babbelbox.example")
    provider.fill("#id_provider_name", "Babbel vzw")
    provider.fill("#id_contact_name", "An Peeters")
    provider.fill("#id_contact_email", "an@babbelbox.example")
    provider.fill("#id_description", "Een chatapp waarmee jongeren anoniem vragen stellen.")
    provider.fill("#id_audience", "Jongeren van 12 tot 18 jaar")
    provider.check("text=Communicatie")
    provider.locator("#criterion-privacy input[type=radio][value=yes]").first.check()
    provider.locator("#criterion-privacy textarea").first.fill("Wij zijn volledig AVG-proof")
    provider.check("#id_consent")
    provider.click("text=Voorstel versturen")
    provider.wait_for_url("**/submit/thanks/")

    people = []
    try:
        # 2. A curator signs in, lands on their work and accepts the proposal.
        context, moderator = _context_without_js(browser)
        people.append(context)
        _login(moderator, base, "carla")
        moderator.wait_for_url("**/nl/screening/work/")
        assert "Aangemeld als carla" in moderator.locator(".account").inner_text()
        moderator.locator("#submissions + ul").get_by_role("link", name="Babbelbox").click()
        moderator.get_by_role("button", name="Aanvaarden").click()
        assert "nog niet online" in moderator.locator(".messages").inner_text()
        tool = Tool.objects.get(name="Babbelbox")
        assert tool.status == Tool.Status.DRAFT

        # 3. A screener signs in, starts the screening from their work and fills it in.
        context, screen = _context_without_js(browser)
        people.append(context)
        _login(screen, base, "sam")
        screen.wait_for_url("**/nl/screening/work/")
        proposed = screen.locator("#proposed + ul li", has_text="Babbelbox")
        proposed.get_by_role("button", name="Screening starten").click()
        screen.wait_for_url("**/edit/")
        claim = screen.locator("#criterion-privacy .provider-claim").first
        assert "Volgens de aanbieder (niet nagegaan): Ja" in claim.inner_text()
        assert "Wij zijn volledig AVG-proof" in claim.inner_text()
        assert screen.locator("input[type=radio]:checked").count() == 0  # nothing prefilled
        radios = screen.locator("input[type=radio][value=yes][name^=q]")
        for index in range(radios.count()):
            radios.nth(index).check()
        screen.locator("#criterion-privacy textarea").first.fill(
            "Zelf nagekeken in de privacyverklaring van Babbelbox."
        )
        screen.fill("#id_strengths", "Anoniem en gratis.")
        screen.check("input[name=outcome][value=included]")
        screen.click("button[value=submit]")
        screen.wait_for_url("**/screening/*/")
        assert "Wacht op nalezing" in screen.locator(".status-note").inner_text()

        # 4. A second person approves and publishes, after confirming.
        context, second = _context_without_js(browser)
        people.append(context)
        _login(second, base, "rita")
        second.wait_for_url("**/nl/screening/work/")
        second.locator("#to-review ~ ul").get_by_role("link", name="Babbelbox").click()
        second.check("input[name=decision][value=approve]")
        second.click("text=Beslissing bevestigen")
        assert "Vink aan dat je wilt goedkeuren" in second.locator(".error-summary").inner_text()
        second.check("input[name=decision][value=approve]")
        second.check("#id_confirm")
        second.click("text=Beslissing bevestigen")
        assert (
            second.locator(".messages").inner_text().strip()
            == "De screening is gepubliceerd en de tool staat nu online."
        )
        assert "<dt>Screener</dt><dd>sam</dd>" in second.content()
        assert "<dt>Nalezer</dt><dd>rita</dd>" in second.content()
        second.get_by_role("button", name="Afmelden").click()
        assert "Je bent afgemeld" in second.locator("h1").inner_text()

        # 5. An anonymous visitor finds it by search and reads its screening.
        context, visitor = _context_without_js(browser)
        people.append(context)
        visitor.goto(base + "/nl/")
        visitor.fill("#site-q", "babbelbox")
        visitor.get_by_role("button", name="Zoeken").click()
        visitor.wait_for_url("**/nl/tools/?q=babbelbox")
        visitor.locator("main").get_by_role("link", name="Babbelbox", exact=True).click()
        visitor.wait_for_url("**/nl/tools/babbelbox/")
        assert visitor.locator("h1").inner_text() == "Babbelbox"
        result = visitor.locator(".screening-result").inner_text()
        assert "Voor jou gescreend" in result and "versie 1" in result
        assert "Herscreening gepland voor" in result
        assert "AVG-proof" not in visitor.content()
        assert visitor.locator(".account").count() == 0
    finally:
        for context in people:
            context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_role_pages_pass_axe(page, live_server, axe_violations, client):
    roles_ensure()
    framework_v1_ensure()
    base = live_server.url

    def sign_in(user):
        client.force_login(user)
        page.context.clear_cookies()
        page.context.add_cookies(
            [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
        )

    sign_in(curator(username="carla"))
    page.goto(base + "/nl/screening/work/")
    assert page.locator("#curator-title").is_visible()
    assert axe_violations(page) == []
    sign_in(reviewer(username="rita"))
    page.goto(base + "/nl/screening/dashboard/")
    assert "Curatoren" in page.locator("main").inner_text()
    assert axe_violations(page) == []
