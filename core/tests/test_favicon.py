import pytest
from django.contrib.staticfiles import finders


@pytest.mark.django_db
def test_favicon_is_served_locally_and_linked(client):
    # Browsers ask /favicon.ico on their own; a 404 there is a console error on every page.
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/core/favicon.ico"
    assert "max-age=86400" in response["Cache-Control"]
    assert finders.find("core/favicon.ico")
    page = client.get("/nl/").content.decode()
    assert '<link rel="icon" href="/static/core/favicon.ico"' in page
