"""Sign-in protection (django-axes with core.lockout's policy): who is stopped, who is not."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/nl/accounts/login/"
OFFICE = "192.0.2.10"
PASSWORD = "een-lang-genoeg-wachtwoord-7"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_ACCOUNT_FAILURE_LIMIT = 5


@pytest.fixture
def anna(django_user_model):
    return django_user_model.objects.create_user("anna", password=PASSWORD)


@pytest.fixture
def bert(django_user_model):
    return django_user_model.objects.create_user("bert", password=PASSWORD)


def sign_in(username, password, *, address=OFFICE, url=LOGIN, client=None):
    client = client or Client()
    response = client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)
    return response, client


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(username, times, *, address=OFFICE):
    return [sign_in(username, "fout", address=address)[0].status_code for _ in range(times)]


def test_wrong_passwords_lock_the_account_at_that_address_with_a_plain_429_page(anna):
    assert fail("anna", 3) == [200, 200, 429]
    response, client = sign_in("anna", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert "Aanmelden lukt even niet" in html
    assert "kan er de komende 60 minuten niet mee aangemeld worden" in html
    assert "ontgrendelen" in html
    assert 'value="anna"' in html  # the typed user name stays
    assert PASSWORD not in html and 'value="fout"' not in html
    assert response["Retry-After"] == "3600"


def test_lockout_page_speaks_the_visitors_language(anna):
    fail("anna", 3)
    response, _client = sign_in("anna", PASSWORD, url="/fr/accounts/login/")
    assert response.status_code == 429
    assert 'lang="fr"' in response.content.decode()
    assert "Connexion impossible pour le moment" in response.content.decode()


def test_colleagues_behind_the_same_address_still_sign_in(anna, bert):
    fail("anna", 3)
    response, client = sign_in("bert", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_the_account_itself_still_signs_in_from_another_address(anna):
    fail("anna", 3)
    response, client = sign_in("anna", PASSWORD, address="198.51.100.7")
    assert response.status_code == 302 and signed_in(client)


def test_a_successful_sign_in_clears_the_failures(anna):
    fail("anna", 2)
    response, _client = sign_in("anna", PASSWORD)
    assert response.status_code == 302
    assert fail("anna", 2) == [200, 200]
    assert sign_in("anna", PASSWORD)[0].status_code == 302


def test_an_account_cannot_be_guessed_at_from_many_addresses(anna, bert):
    # Failures spread over addresses, under the per-address limit (3) at each of them: the
    # fifth overall reaches the account's limit (5).
    assert fail("anna", 2, address="203.0.113.1") == [200, 200]
    assert fail("anna", 2, address="203.0.113.2") == [200, 200]
    assert fail("anna", 1, address="203.0.113.3") == [429]
    response, client = sign_in("anna", PASSWORD, address="203.0.113.99")
    assert response.status_code == 429 and not signed_in(client)
    # Only that account: a colleague at any of those addresses is not touched.
    assert sign_in("bert", PASSWORD, address="203.0.113.1")[0].status_code == 302


def test_failures_live_in_the_database_that_every_process_shares(anna):
    fail("anna", 3)
    assert AccessAttempt.objects.filter(username="anna", ip_address=OFFICE).exists()
    # A fresh client (no cookie, no session) at that address is refused all the same.
    assert sign_in("anna", PASSWORD, client=Client())[0].status_code == 429


def test_an_administrator_unlocks_an_account_with_a_command(anna):
    fail("anna", 3)
    call_command("axes_reset_username", "anna", verbosity=0)
    response, client = sign_in("anna", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_the_admin_sign_in_is_protected_too(anna):
    fail("anna", 3)
    response, _client = sign_in("anna", PASSWORD, url="/admin/login/")
    assert response.status_code == 429
