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

from .factories import curator, reviewer

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

    # The curator signs in, lands on the dashboard and sees the unscreened tool.
    _login(page, base, "screener-an", axe_violations)
    page.wait_for_url("**/nl/screening/dashboard/")
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
