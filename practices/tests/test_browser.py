"""Real journeys in Chromium: find a colleague's WhatsApp practice, share one from a phone."""

import io

import pytest
from django.contrib.auth.models import User

from catalogue.seeding import load_seed as load_catalogue_seed
from practices import services
from practices.models import Practice
from practices.seeding import load_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def seed():
    load_catalogue_seed(stdout=io.StringIO())
    load_seed(stdout=io.StringIO())


def test_from_the_whatsapp_page_to_the_ocmw_practice(page, live_server, axe_violations):
    seed()
    page.goto(live_server.url + "/nl/tools/whatsapp/")
    section = page.locator("section.tool-practices")
    assert "Zo gebruiken collega's deze tool" in section.inner_text()
    assert axe_violations(page) == []
    section.get_by_role("link", name="WhatsApp als laagdrempelig contact").click()
    page.wait_for_url("**/practices/whatsapp-laagdrempelig-contact-ocmw/")
    assert "respondent OCMW over gebruik van Whatsapp" in page.inner_text("main")
    assert axe_violations(page) == []
    # And from the library: filter on the tool with the GET form.
    page.get_by_role("link", name="Alle praktijken").click()
    page.get_by_role("group", name="Tool").get_by_label("WhatsApp").check()
    page.get_by_role("button", name="Toon praktijken").click()
    page.wait_for_url("**/practices/?*tool=whatsapp*")
    page.get_by_role("link", name="WhatsApp als laagdrempelig contact").wait_for()
    assert axe_violations(page) == []
    assert page.recorder.compressed_bytes() < 60_000


def fill_share_form(page, *, consent: bool):
    page.get_by_label("Titel van je praktijk").fill("Beeldbellen met jongeren")
    page.get_by_label("Korte samenvatting").fill("We bellen jongeren 's avonds via video.")
    page.get_by_label("Je verhaal").fill("Jongeren vinden het <b>makkelijker</b> 👍 dan komen.")
    page.get_by_label("Welke tools gebruikten jullie?").fill("WhatsApp, Onbekende app")
    page.get_by_label("Je e-mailadres").fill("sharer@example.org")
    if consent:
        page.get_by_label("Ik geef toestemming").check()


def publish_all():
    curator = User.objects.create_user("curator", password="x", is_staff=True)
    for practice in Practice.objects.waiting():
        services.practice_publish(practice=practice, by=curator)


def test_share_a_practice_from_a_phone(phone_page, live_server, axe_violations):
    page = phone_page
    load_catalogue_seed(stdout=io.StringIO())
    page.goto(live_server.url + "/nl/practices/share/")
    assert page.get_by_text("Geen persoonsgegevens van cliënten").is_visible()
    assert axe_violations(page) == []
    # The page fits a phone: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    fill_share_form(page, consent=False)
    page.get_by_role("button", name="Praktijk versturen").click()
    summary = page.locator(".error-summary")
    summary.wait_for()
    assert "zonder toestemming" in summary.inner_text()
    assert page.get_by_label("Titel van je praktijk").input_value() == "Beeldbellen met jongeren"
    assert axe_violations(page) == []
    page.get_by_label("Ik geef toestemming").check()
    page.get_by_role("button", name="Praktijk versturen").click()
    page.wait_for_url("**/practices/share/thanks/")
    assert axe_violations(page) == []
    practice = Practice.objects.get()
    assert practice.status == Practice.Status.SUBMITTED
    assert [t.slug for t in practice.tools.all()] == ["whatsapp"]
    publish_all()
    page.goto(live_server.url + "/nl/practices/?tool=whatsapp")
    page.get_by_role("link", name="Beeldbellen met jongeren").click()
    assert "<b>makkelijker</b> 👍" in page.inner_text("main")
    assert axe_violations(page) == []


def test_share_and_publish_without_javascript(page_without_js, live_server):
    page = page_without_js
    curator = User.objects.create_user("curator", password="x", is_staff=True)
    from django.contrib.auth.models import Permission

    curator.user_permissions.add(Permission.objects.get(codename="moderate_practice"))
    page.goto(live_server.url + "/nl/practices/share/")
    fill_share_form(page, consent=True)
    page.get_by_label("Je e-mailadres").fill("geen e-mail")
    page.get_by_role("button", name="Praktijk versturen").click()
    assert "Dit lijkt geen e-mailadres" in page.locator(".error-summary").inner_text()
    assert page.get_by_label("Korte samenvatting").input_value().startswith("We bellen")
    page.get_by_label("Je e-mailadres").fill("sharer@example.org")
    page.get_by_role("button", name="Praktijk versturen").click()
    page.wait_for_url("**/practices/share/thanks/")
    # A curator publishes it on the moderation page, without JavaScript too.
    page.goto(live_server.url + "/admin/login/?next=/nl/practices/moderation/")
    page.get_by_label("Gebruikersnaam").fill("curator")
    page.get_by_label("Wachtwoord").fill("x")
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/nl/practices/moderation/")
    page.get_by_label("Ik bevestig: deze praktijk komt voor iedereen online.").check()
    page.get_by_role("button", name="Publiceren").click()
    assert "Gepubliceerd: Beeldbellen met jongeren" in page.inner_text("main")
    page.goto(live_server.url + "/nl/practices/")
    page.get_by_role("link", name="Beeldbellen met jongeren").wait_for()
