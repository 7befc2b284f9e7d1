"""The lockout, expired-form and refused-request pages in Chromium: clear, accessible, no JS."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "een-lang-genoeg-wachtwoord-7"


def _sign_in(page, url, username, password):
    page.goto(url + "/nl/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    with page.expect_navigation() as navigation:
        page.locator("main").get_by_role("button", name="Aanmelden").click()
    return navigation.value


def test_lockout_page_is_plain_and_accessible(page, live_server, axe_violations, settings):
    settings.AXES_FAILURE_LIMIT = 2
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("anna", password=PASSWORD)
    assert _sign_in(page, live_server.url, "anna", "fout").status == 200
    response = _sign_in(page, live_server.url, "anna", "nog-fout")
    assert response.status == 429
    assert page.locator("h1").inner_text() == "Aanmelden lukt even niet"
    assert page.locator("#id_username").input_value() == "anna"
    assert page.locator("#id_password").input_value() == ""
    assert axe_violations(page) == []


def test_lockout_page_works_without_javascript(page_without_js, live_server, settings):
    settings.AXES_FAILURE_LIMIT = 1
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("bert", password=PASSWORD)
    response = _sign_in(page_without_js, live_server.url, "bert", "fout")
    assert response.status == 429
    # The form on the lockout page posts again (and is refused again while locked).
    page_without_js.locator("#id_password").fill(PASSWORD)
    with page_without_js.expect_navigation() as navigation:
        page_without_js.locator("main").get_by_role("button", name="Aanmelden").click()
    assert navigation.value.status == 429


def test_expired_form_page_gives_back_the_text_and_is_accessible(page, live_server, axe_violations):
    page.goto(live_server.url + "/nl/practices/share/")
    page.get_by_label("Titel van je praktijk").fill("Beeldbellen met jongeren")
    page.get_by_label("Je verhaal").fill("Jongeren bellen ons <b>liever</b> 's avonds.")
    # What a day-old tab or blocked cookies come down to: the form's cookie is gone.
    page.context.clear_cookies()
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Praktijk versturen").click()
    assert navigation.value.status == 403
    assert page.locator("h1").inner_text() == "Je formulier kon niet verstuurd worden"
    kept = [page.locator(f"#kept-{n}").input_value() for n in (1, 2)]
    assert kept == ["Beeldbellen met jongeren", "Jongeren bellen ons <b>liever</b> 's avonds."]
    assert axe_violations(page) == []
    page.get_by_role("link", name="Open het formulier opnieuw").click()
    page.get_by_label("Titel van je praktijk").wait_for()


def test_refused_request_page_is_accessible(page, live_server, axe_violations):
    query = "&".join(f"purpose=p{n}" for n in range(1001))
    response = page.goto(live_server.url + "/nl/tools/?" + query)
    assert response.status == 400
    assert page.locator("h1").inner_text() == "Dit verzoek kunnen we niet verwerken"
    assert axe_violations(page) == []
