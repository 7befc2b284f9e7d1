import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_missing_migrations():
    # Fails when a model changed without its migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_root_redirects_to_dutch_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


@pytest.mark.django_db
def test_root_redirects_to_visitor_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9")
    assert response["Location"] == "/fr/"


POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "script-src": "'self'",
    "style-src": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'self'",
    "object-src": "'none'",
}


def _directives(header: str) -> dict:
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


@pytest.mark.django_db
def test_pages_forbid_other_hosts(client):
    response = client.get("/nl/")
    assert _directives(response["Content-Security-Policy"]) == POLICY
    assert response["Permissions-Policy"] == "camera=(), microphone=(), geolocation=()"


@pytest.mark.django_db
def test_error_pages_carry_the_policy_too(client):
    response = client.get("/nl/bestaat-niet/")
    assert _directives(response["Content-Security-Policy"]) == POLICY


@pytest.mark.django_db
def test_only_the_admin_may_use_inline_styles(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert _directives(response["Content-Security-Policy"]) == {
        **POLICY,
        "style-src": "'self' 'unsafe-inline'",
    }


@pytest.mark.django_db
def test_unknown_page_is_a_helpful_404(client):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert b"/nl/tools/" in response.content


@pytest.mark.django_db
def test_permission_denied_page_explains_and_offers_a_way_on(client, django_user_model):
    user = django_user_model.objects.create_user("iemand", password="geheim-wachtwoord-1")
    client.force_login(user)
    response = client.get("/nl/screening/dashboard/")
    assert response.status_code == 403
    assert "Je hebt geen toegang tot deze pagina" in response.content.decode()
    assert 'href="/nl/tools/"' in response.content.decode()
