import pytest
from django.contrib.auth.models import Permission

from catalogue.tests.factories import ToolFactory


@pytest.mark.django_db
def test_anonymous_listing_is_served_from_cache_until_the_catalogue_changes(
    client, django_assert_num_queries
):
    ToolFactory(name="WhatsApp")
    first = client.get("/nl/tools/?cost=free&q=whatsapp")
    assert first.status_code == 200

    with django_assert_num_queries(0):
        again = client.get("/nl/tools/?cost=free&q=whatsapp")
    assert again.content == first.content

    ToolFactory(name="Signal")  # any indexed change makes the cached page stale
    fresh = client.get("/nl/tools/")
    assert "Signal" in fresh.content.decode()


@pytest.mark.django_db
def test_each_language_and_query_has_its_own_page(client):
    ToolFactory(name="Zanzu")
    dutch = client.get("/nl/tools/").content.decode()
    french = client.get("/fr/tools/").content.decode()
    assert 'lang="nl"' in dutch and 'lang="fr"' in french
    assert client.get("/nl/tools/?q=bestaatniet").content.decode() != dutch


@pytest.mark.django_db
def test_signed_in_people_never_get_a_shared_page(client, django_user_model):
    ToolFactory(name="Itsme")
    client.get("/nl/tools/")
    user = django_user_model.objects.create_user("curator", password="lang-genoeg-wachtwoord-1")
    user.user_permissions.add(Permission.objects.get(codename="view_dashboard"))
    client.force_login(user)
    page = client.get("/nl/tools/").content.decode()
    assert "/nl/screening/dashboard/" in page  # the curator's own link, not the cached page


@pytest.mark.django_db
def test_page_cache_can_be_switched_off(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    ToolFactory(name="Zoom")
    client.get("/nl/tools/")
    with django_assert_max_num_queries(100) as queries:
        client.get("/nl/tools/")
    assert len(queries) > 0


@pytest.mark.django_db
def test_a_cached_page_keeps_every_header_of_the_page_it_copies(client):
    ToolFactory(name="Zanzu")
    first = client.get("/nl/tools/")
    again = client.get("/nl/tools/")
    assert again.content == first.content
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "Content-Language",
        "Vary",
        "Content-Type",
    ):
        assert again[header] == first[header], header
    assert "Cookie" in again["Vary"]


@pytest.mark.django_db
def test_a_cached_page_is_served_before_the_session_is_read(client, monkeypatch):
    from django.contrib.sessions.middleware import SessionMiddleware

    ToolFactory(name="Zanzu")
    first = client.get("/nl/tools/")

    def refuse(self, request):
        raise AssertionError("the session middleware ran for a cached page")

    monkeypatch.setattr(SessionMiddleware, "process_request", refuse)
    assert client.get("/nl/tools/").content == first.content


@pytest.mark.django_db
def test_anonymous_visitors_with_a_session_cookie_still_get_the_shared_page(
    client, settings, django_assert_num_queries
):
    ToolFactory(name="Zanzu")
    first = client.get("/nl/tools/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    with django_assert_num_queries(1):  # the session lookup, nothing else
        again = client.get("/nl/tools/")
    assert again.content == first.content


@pytest.mark.django_db
def test_a_visitor_with_a_waiting_message_gets_the_page_with_the_message(client):
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.test import RequestFactory

    ToolFactory(name="Zanzu")
    shared = client.get("/nl/tools/").content.decode()
    # A message left in its cookie (as after signing out, when the session is gone).
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(20, "Je bent afgemeld.")
    response = client.get("/nl/")  # any response to carry the cookie
    storage.update(response)
    client.cookies[CookieStorage.cookie_name] = response.cookies[CookieStorage.cookie_name].value
    page = client.get("/nl/tools/").content.decode()
    assert "Je bent afgemeld." in page and "Je bent afgemeld." not in shared
