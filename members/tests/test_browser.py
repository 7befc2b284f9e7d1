"""Real journeys in Chromium: a youth worker signs up, verifies, reviews WhatsApp, sees it
counted after a curator approved it, exports their data and deletes their account; and a
member who forgot their password resets it."""

import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from catalogue.seeding import load_seed as load_catalogue_seed
from practices.seeding import load_seed as load_practices_seed
from reviews.models import Review
from reviews.tests.factories import member
from screening.tests.factories import curator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "jeugdwerker@example.org"
PASSWORD = "een-lang-genoeg-wachtwoord-7"


def mailed_link() -> str:
    return re.search(r"https?://\S+", mail.outbox[-1].body).group(0)


def sign_in(page, live_server, username, password):
    page.goto(live_server.url + "/nl/accounts/login/")
    page.get_by_label("Gebruikersnaam of e-mailadres").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url("**/nl/screening/work/")


def sign_out(page):
    page.get_by_role("button", name="Afmelden").click()
    page.wait_for_load_state()


def test_a_youth_worker_reviews_whatsapp_and_takes_their_data_with_them(
    page, live_server, axe_violations, tmp_path
):
    load_catalogue_seed(stdout=io.StringIO())
    load_practices_seed(stdout=io.StringIO())
    curator(username="curator", password="correct horse battery staple")

    # Sign up.
    page.goto(live_server.url + "/nl/")
    page.get_by_role("link", name="Account aanmaken").click()
    page.wait_for_url("**/nl/accounts/signup/")
    assert axe_violations(page) == []
    page.get_by_label("E-mail").fill(EMAIL)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("In welke sector werk je?").select_option(label="Jeugdwerk")
    page.get_by_label("Sociaal werker").check()
    page.locator("form.plain-form button[type=submit]").click()
    page.wait_for_url("**/nl/accounts/confirm-email/")
    assert axe_violations(page) == []

    # Verify with the link from the mail.
    page.goto(mailed_link())
    assert axe_violations(page) == []
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/nl/screening/work/")
    assert "Als lid" in page.inner_text("main")

    # Review WhatsApp, used together with young clients.
    page.goto(live_server.url + "/nl/tools/whatsapp/")
    section = page.locator("section.tool-reviews")
    assert "Nog geen gepubliceerde ervaringen." in section.inner_text()
    assert axe_violations(page) == []
    section.get_by_role("link", name="Deel je ervaring met deze tool").click()
    page.wait_for_url("**/nl/tools/whatsapp/review/")
    assert axe_violations(page) == []
    page.get_by_label("In welke sector werk je met de tool?").select_option(label="Jeugdwerk")
    page.get_by_label("Voor welke doelgroep?").select_option(label="Jongeren")
    page.get_by_label("Samen met de hulpverlener").check()
    page.get_by_label("Eén tot zes maanden").check()
    page.get_by_role("group", name="Gebruiksgemak voor de cliënt").get_by_label(
        "5 – heel goed"
    ).check()
    page.get_by_role("group", name="Past bij de doelgroep").get_by_label("4 – goed").check()
    page.get_by_role("group", name="Welke succesfactoren zag je?").get_by_label(
        "Laagdrempelig", exact=True
    ).check()
    page.get_by_label("Je ervaring").fill("Jongeren antwoorden 's avonds snel; spreek uren af.")
    page.get_by_role("button", name="Ervaring versturen").click()
    page.wait_for_url("**/nl/tools/whatsapp/reviews/")
    assert "Een curator leest je ervaring na" in page.inner_text("main")
    assert "Nog geen gepubliceerde ervaringen." in page.inner_text("main")
    assert axe_violations(page) == []
    sign_out(page)

    # A curator approves it from their work page.
    sign_in(page, live_server, "curator", "correct horse battery staple")
    page.get_by_role("link", name="Naar de moderatie van ervaringen").click()
    page.wait_for_url("**/nl/reviews/moderation/")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Publiceren", exact=True).click()
    page.wait_for_url("**/nl/reviews/moderation/")
    assert "Gepubliceerd: ervaring met WhatsApp" in page.inner_text("main")
    sign_out(page)

    # The member signs in with their address and finds it counted among young people.
    sign_in(page, live_server, EMAIL, PASSWORD)
    page.goto(live_server.url + "/nl/tools/whatsapp/reviews/")
    youth = page.locator("#breakdown-target_group").get_by_role("row", name=re.compile("Jongeren"))
    assert youth.inner_text().split("\t")[:2] == ["Jongeren", "1"]
    assert "spreek uren af" in page.inner_text("main")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Jongeren").first.click()
    page.wait_for_url("**/reviews/?target_group=jongeren")

    # Export.
    page.get_by_role("link", name="Mijn account").click()
    page.wait_for_url("**/nl/accounts/profile/")
    assert axe_violations(page) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Al mijn gegevens downloaden (JSON)").click()
    path = tmp_path / "export.json"
    download.value.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["account"]["email"] == EMAIL
    assert data["reviews"][0]["target_group"] == "jongeren"
    assert data["reviews"][0]["usage"] == "together"

    # Delete the account.
    page.get_by_role("link", name="Mijn account verwijderen").click()
    page.wait_for_url("**/nl/accounts/delete/")
    assert axe_violations(page) == []
    page.get_by_label("Ik begrijp dat mijn account").check()
    page.get_by_role("button", name="Account definitief verwijderen").click()
    page.wait_for_url("**/nl/accounts/deleted/")
    assert axe_violations(page) == []
    assert "Je account en je gegevens zijn gewist." in page.inner_text("main")
    assert not get_user_model().objects.filter(email=EMAIL).exists()
    assert not Review.objects.exists()
    page.goto(live_server.url + "/nl/tools/whatsapp/reviews/")
    assert "Nog geen gepubliceerde ervaringen." in page.inner_text("main")


def test_a_member_resets_a_forgotten_password(page, live_server, axe_violations):
    member(username="lid", email="lid@example.org")
    page.goto(live_server.url + "/nl/accounts/login/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Wachtwoord vergeten?").click()
    page.wait_for_url("**/nl/accounts/password/reset/")
    assert axe_violations(page) == []
    page.get_by_label("E-mail").fill("lid@example.org")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/nl/accounts/password/reset/done/")
    assert axe_violations(page) == []
    page.goto(mailed_link())
    page.wait_for_url("**/accounts/password/reset/key/**")
    assert axe_violations(page) == []
    page.locator("#id_password1").fill("een-ander-lang-wachtwoord-8")
    page.locator("#id_password2").fill("een-ander-lang-wachtwoord-8")
    page.get_by_role("button", name="Wachtwoord wijzigen").click()
    page.wait_for_url("**/nl/accounts/password/reset/key/done/")
    assert axe_violations(page) == []
    sign_in(page, live_server, "lid@example.org", "een-ander-lang-wachtwoord-8")
    # The member's own account pages, and allauth's e-mail and password pages.
    page.get_by_role("link", name="Mijn account").click()
    page.get_by_role("link", name="E-mailadres wijzigen of opnieuw bevestigen").click()
    page.wait_for_url("**/nl/accounts/email/")
    assert axe_violations(page) == []
    page.goto(live_server.url + "/nl/accounts/password/change/")
    assert axe_violations(page) == []


def test_the_privacy_page_and_a_report_are_accessible(page, live_server, axe_violations):
    from reviews.tests.factories import ReviewFactory

    review = ReviewFactory(tool__name="Signal")
    page.goto(live_server.url + "/nl/privacy/")
    assert axe_violations(page) == []
    page.goto(live_server.url + "/fr/accounts/signup/")
    assert axe_violations(page) == []
    page.goto(live_server.url + f"/nl/tools/{review.tool.slug}/reviews/")
    page.get_by_role("link", name="Meld deze ervaring").click()
    assert axe_violations(page) == []
    page.get_by_label("Wat is er mis met deze ervaring?").fill("Er staat een naam in.")
    page.get_by_role("button", name="Melding versturen").click()
    page.wait_for_url(f"**/nl/tools/{review.tool.slug}/reviews/")
    assert "Bedankt voor je melding" in page.inner_text("main")
