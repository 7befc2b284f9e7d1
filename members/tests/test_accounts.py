"""Member accounts: sign up, verify, sign in with the e-mail address (behind the lockout),
reset the password, change the address; the existing roles are untouched."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from catalogue.tests.factories import SectorFactory
from members.models import MemberProfile

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-genoeg-wachtwoord-7"
ADDRESS = "198.51.100.7"


def link_in(mail) -> str:
    return re.search(r"https?://[^\s]+", mail.body).group(0)


def sign_up(client, email="jeugdwerker@example.org", **extra):
    data = {
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "sector": SectorFactory(slug="jeugdwerk", name="Jeugdwerk").pk,
        "role": MemberProfile.Role.SOCIAL_WORKER,
        **extra,
    }
    return client.post("/nl/accounts/signup/", data, REMOTE_ADDR=ADDRESS)


def test_sign_up_asks_only_email_password_sector_and_role(client):
    page = client.get("/nl/accounts/signup/").content.decode()
    names = set(re.findall(r'name="([a-z_0-9]+)"', page)) - {
        "csrfmiddlewaretoken",
        "q",
        "description",
        "viewport",
    }
    assert names == {"email", "password1", "password2", "sector", "role"}
    assert '<html lang="nl">' in page
    assert "Toolwijzer" in page


def test_sign_up_sends_a_verification_link_and_the_link_verifies(client, mailoutbox):
    response = sign_up(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="jeugdwerker@example.org")
    assert user.member_profile.role == "social_worker"
    assert user.member_profile.sector.slug == "jeugdwerk"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mailoutbox) == 1
    link = link_in(mailoutbox[0])
    assert "/accounts/confirm-email/" in link
    confirm = client.get(link)
    assert confirm.status_code == 200
    client.post(link)
    assert EmailAddress.objects.get(user=user).verified


def test_a_short_or_common_password_is_refused_in_plain_words(client):
    response = client.post(
        "/nl/accounts/signup/",
        {"email": "a@example.org", "password1": "welkom", "password2": "welkom", "role": "student"},
    )
    assert response.status_code == 200
    assert "Controleer je invoer" in response.content.decode()
    assert not get_user_model().objects.filter(email="a@example.org").exists()


def test_a_member_signs_in_with_their_email_address_and_lands_on_their_work(client, mailoutbox):
    sign_up(client)
    client.post(link_in(mailoutbox[0]))
    other = Client()
    response = other.post(
        "/nl/accounts/login/",
        {"username": "jeugdwerker@example.org", "password": PASSWORD},
        REMOTE_ADDR=ADDRESS,
    )
    assert response.status_code == 302
    assert response.url == "/nl/screening/work/"
    work = other.get(response.url).content.decode()
    assert "Als lid" in work
    assert "Je hebt nog geen rol" not in work


def test_the_lockout_protects_members_signing_in_with_their_address(client, settings, mailoutbox):
    settings.AXES_FAILURE_LIMIT = 3
    sign_up(client)
    attacker = Client()
    codes = [
        attacker.post(
            "/nl/accounts/login/",
            {"username": "jeugdwerker@example.org", "password": "fout"},
            REMOTE_ADDR=ADDRESS,
        ).status_code
        for _ in range(4)
    ]
    assert codes == [200, 200, 429, 429]
    # Even the right password is refused while locked.
    response = attacker.post(
        "/nl/accounts/login/",
        {"username": "jeugdwerker@example.org", "password": PASSWORD},
        REMOTE_ADDR=ADDRESS,
    )
    assert response.status_code == 429


def test_password_reset_by_mail(client, mailoutbox):
    sign_up(client)
    client.post(link_in(mailoutbox[0]))
    mailoutbox.clear()
    response = Client().post(
        "/nl/accounts/password/reset/", {"email": "jeugdwerker@example.org"}, REMOTE_ADDR=ADDRESS
    )
    assert response.status_code == 302
    link = link_in(mailoutbox[0])
    stranger = Client()
    form_page = stranger.get(link, follow=True)
    assert form_page.status_code == 200
    new_password = "een-ander-lang-wachtwoord-8"
    done = stranger.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": new_password, "password2": new_password},
    )
    assert done.status_code == 302
    user = get_user_model().objects.get(email="jeugdwerker@example.org")
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_a_member_changes_their_address_after_verifying_the_new_one(client, mailoutbox):
    sign_up(client)
    client.post(link_in(mailoutbox[0]))
    mailoutbox.clear()
    response = client.post("/nl/accounts/email/", {"action_add": "", "email": "nieuw@example.org"})
    assert response.status_code == 302
    client.post(link_in(mailoutbox[-1]))
    user = get_user_model().objects.get(email__in=["nieuw@example.org", "jeugdwerker@example.org"])
    assert EmailAddress.objects.get(user=user, email="nieuw@example.org").verified
    assert user.email == "nieuw@example.org"


def test_the_account_pages_need_a_signed_in_member(client):
    for url in ("/nl/accounts/profile/", "/nl/accounts/export/", "/nl/accounts/delete/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/nl/accounts/login/")


@pytest.mark.parametrize("language,text", [("fr", "Mot de passe"), ("en", "Password")])
def test_sign_up_speaks_the_visitors_language(client, language, text):
    assert text in client.get(f"/{language}/accounts/signup/").content.decode()


def test_an_unverified_member_asks_for_the_link_again(client, mailoutbox):
    sign_up(client)
    # Not yet verified, they may still sign in (but not write a review).
    client.post(
        "/nl/accounts/login/",
        {"username": "jeugdwerker@example.org", "password": PASSWORD},
        REMOTE_ADDR=ADDRESS,
    )
    page = client.get("/nl/accounts/email/").content.decode()
    assert 'name="action_send"' in page
    # allauth sends a verification mail at most once per 3 minutes: let them pass.
    cache.clear()
    client.post("/nl/accounts/email/", {"action_send": "", "email": "jeugdwerker@example.org"})
    assert len(mailoutbox) == 2
    assert "/accounts/confirm-email/" in link_in(mailoutbox[-1])
