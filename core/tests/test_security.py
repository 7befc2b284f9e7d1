"""Session, redirect and production settings that docs/security.md relies on."""

import json

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client

from .test_settings import production_env, run

PASSWORD = "een-lang-genoeg-wachtwoord-7"


@pytest.fixture
def anna(django_user_model, db):
    return django_user_model.objects.create_user("anna", password=PASSWORD)


def test_signing_in_gives_a_new_session_and_signing_out_ends_it(anna):
    client = Client()
    client.get("/nl/accounts/login/")
    session = client.session
    session["voor"] = "aanmelden"
    session.save()
    before = session.session_key
    client.post("/nl/accounts/login/", {"username": "anna", "password": PASSWORD})
    after = client.session.session_key
    assert after and after != before
    assert client.get("/nl/accounts/logout/").status_code == 405  # only a form posts it
    client.post("/nl/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_sign_in_never_redirects_to_another_site(anna):
    response = Client().post(
        "/nl/accounts/login/?next=https://elders.example/",
        {"username": "anna", "password": PASSWORD, "next": "https://elders.example/"},
    )
    assert response.status_code == 302
    assert "elders.example" not in response["Location"]


def test_passwords_are_at_least_twelve_characters_without_composition_rules():
    with pytest.raises(ValidationError):
        validate_password("kort-11-tkn")
    validate_password("twaalf tekens lang genoeg")


def test_production_cookies_sessions_and_headers():
    printed = run(
        "-c",
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({k: getattr(s, k) for k in ("
        "'SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', "
        "'SESSION_COOKIE_NAME', 'SESSION_COOKIE_AGE', 'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_NAME', "
        "'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_CONTENT_TYPE_NOSNIFF', "
        "'SECURE_REFERRER_POLICY', 'X_FRAME_OPTIONS', 'DEBUG')}))",
        env=production_env(DJANGO_SETTINGS_MODULE="config.settings"),
    )
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout) == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_NAME": "__Host-sessionid",
        "SESSION_COOKIE_AGE": 12 * 3600,
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_NAME": "__Host-csrftoken",
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "X_FRAME_OPTIONS": "DENY",
        "DEBUG": False,
    }


def test_responses_carry_the_protective_headers(client, db):
    response = client.get("/nl/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
