import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation


def render(template: str, path: str) -> str:
    request = RequestFactory().get(path)
    return Template("{% load core_tags %}" + template).render(Context({"request": request}))


@pytest.mark.django_db
def test_language_links_point_to_the_same_page_in_every_language():
    with translation.override("nl"):
        html = render(
            "{% language_links as links %}"
            "{% for x in links %}{{ x.code }}={{ x.url }};{% endfor %}",
            "/nl/tools/?cost=free",
        )
    assert "fr=/fr/tools/?cost=free" in html
    assert "en=/en/tools/?cost=free" in html


@pytest.mark.django_db
def test_language_links_of_a_page_match_translate_url(client):
    from django.urls import translate_url

    catalogue_tool = "/nl/tools/?q=bellen&cost=free&purpose=a%26b"
    for path in ("/nl/", catalogue_tool, "/fr/practices/", "/en/tools/no-such-tool/"):
        html = client.get(path).content.decode()
        for code in ("nl", "fr", "en"):
            expected = translate_url(path, code).replace("&", "&amp;")
            assert f'href="{expected}" lang="{code}"' in html, (path, code)


@pytest.mark.django_db
def test_base_template_is_translated(client):
    html = client.get("/fr/").content.decode()
    assert "Aller au contenu" in html
    assert "Chercher un outil" in html
    html = client.get("/en/").content.decode()
    assert "Skip to content" in html


@pytest.mark.django_db
def test_404_page_is_translated(client):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "This page does not exist (any more)" in response.content.decode()


@pytest.mark.django_db
def test_search_boxes_take_as_much_text_as_the_views_read(client):
    import re

    from core.forms import SEARCH_TEXT_MAX_LENGTH

    for path, boxes in (("/nl/", 1), ("/nl/practices/", 2), ("/nl/guides/", 2)):
        html = client.get(path).content.decode()
        limits = re.findall(r'<input[^>]*type="search"[^>]*maxlength="([^"]*)"', html)
        assert limits == [str(SEARCH_TEXT_MAX_LENGTH)] * boxes, path
