import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "share"),
    [("fr", "Pratiques", "Partagez votre pratique"), ("en", "Practices", "Share your practice")],
)
def test_pages_speak_the_visitor_language(client, language, heading, share):
    html = client.get(f"/{language}/practices/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert share in client.get(f"/{language}/practices/share/").content.decode()
