"""The decision aid's page: the URL contract, validation, results, nothing stored."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from catalogue.models import Tool, ToolRequirement
from catalogue.tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/nl/advisor/"


@pytest.fixture
def catalogue():
    communicatie = f.PurposeFactory(slug="communicatie", name="Communicatie")
    f.PurposeFactory(slug="ondersteunen", name="Ondersteunen")
    arabic = f.LanguageFactory(slug="ar", name="Arabisch")
    dutch = f.LanguageFactory(slug="nl", name="Nederlands")
    web = f.PlatformFactory(slug="web", name="Website")
    android = f.PlatformFactory(slug="android", name="Android")
    smartphone = f.RequirementFactory(slug="smartphone", name="Smartphone")
    itsme = f.RequirementFactory(slug="itsme", name="itsme")
    chat = f.ToolFactory(name="Chat Arabisch", cost="free", purposes=[communicatie])
    chat.languages.set([arabic, dutch])
    chat.platforms.set([web])
    ToolRequirement.objects.create(tool=chat, requirement=itsme)
    app = f.ToolFactory(name="App Nederlands", cost="paid", purposes=[communicatie])
    app.languages.set([dutch])
    app.platforms.set([android])
    ToolRequirement.objects.create(tool=app, requirement=smartphone)
    gone = f.ToolFactory(
        name="Oud",
        purposes=[communicatie],
        status=Tool.Status.ARCHIVED,
        archived_on="2025-01-01",
        archived_reason="bestaat niet meer",
    )
    return {"chat": chat, "app": app, "gone": gone}


def results(response):
    return re.findall(
        r'<li class="card advisor-result">\s*<h3><a href="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )


def test_empty_form_shows_every_step_and_no_results(client, catalogue):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("need", "q", "language", "device", "data", "skills", "free", "anonymous",
                 "together", "read_aloud", "easy_language"):  # fmt: skip
        assert f'name="{name}"' in html
    assert results(response) == []
    assert "no-store" in response["Cache-Control"]


def test_ranked_and_explained_with_what_was_left_out(client, catalogue):
    response = client.get(
        URL, {"need": "communicatie", "language": "ar", "device": "none", "free": "1"}
    )
    assert response.status_code == 200
    assert results(response) == ["Chat Arabisch"]
    html = response.content.decode()
    assert "gratis" in html and "in het Arabisch" in html and "werkt in de browser" in html
    assert "nodig: itsme" in html
    assert "nog niet gescreend" in html
    # The app is left out twice over (device, language), the archived tool once.
    assert re.search(
        r'data-constraint="device">Vraagt een toestel dat de cliënt niet heeft: <strong>1<', html
    )
    assert re.search(
        r'data-constraint="language">Niet in een taal die de cliënt leest: <strong>1<', html
    )
    assert re.search(
        r'data-constraint="archived">Bestaat niet meer \(gearchiveerd\): <strong>1<', html
    )
    assert "2 tools weggelaten" in html
    assert "Kanttekeningen" in html


def test_a_constraint_that_empties_the_list_says_so(client, catalogue):
    response = client.get(
        URL, {"need": "communicatie", "language": "ar", "device": "none", "together": ""}
    )
    Tool.objects.filter(pk=catalogue["chat"].pk).update(status=Tool.Status.DRAFT)
    response = client.get(URL, {"need": "communicatie", "device": "none"})
    assert results(response) == []
    html = response.content.decode()
    assert "Geen enkele tool past" in html
    assert 'data-constraint="device"' in html


@pytest.mark.parametrize(
    "params, field",
    [
        ({"need": "bestaat-niet"}, "need"),
        ({"language": "xx"}, "language"),
        ({"language": "<script>alert(1)</script>"}, "language"),
        ({"device": "tablet"}, "device"),
        ({"data": "veel"}, "data"),
        ({"skills": "expert"}, "skills"),
        ({"free": "yes"}, "free"),
        ({"read_aloud": "2"}, "read_aloud"),
        ({"q": "a" * 201}, "q"),
        ({"q": "tab\x00null"}, "q"),
        ({"language": ["ar"] * 21}, "language"),
    ],
)
def test_malformed_values_get_a_message_never_a_500(client, catalogue, params, field):
    response = client.get(URL, params)
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert response.context["advice"] is None
    assert "<script>alert(1)" not in response.content.decode()
    assert 'class="error"' in response.content.decode()


def test_url_round_trip(client, catalogue):
    params = {
        "need": ["communicatie", "ondersteunen"],
        "q": "chat",
        "language": ["ar", "nl"],
        "device": "smartphone",
        "data": "little",
        "skills": "first",
        "free": "1",
        "anonymous": "1",
        "together": "1",
        "read_aloud": "1",
        "easy_language": "1",
    }
    response = client.get(URL, params)
    form = response.context["form"]
    assert form.is_valid(), form.errors
    html = response.content.decode()
    # Every answer is shown back as chosen, so submitting the form again gives the same URL.
    for name in ("free", "anonymous", "together", "read_aloud", "easy_language"):
        assert re.search(rf'name="{name}" value="1"[^>]*checked', html)
    assert re.search(r'value="communicatie"[^>]*checked', html)
    assert re.search(r'value="ondersteunen"[^>]*checked', html)
    assert re.search(r'value="smartphone"[^>]*checked', html)
    assert re.search(r'value="little"[^>]*checked', html)
    assert re.search(r'value="first"[^>]*checked', html)
    assert re.search(r'<option value="ar" selected', html)
    assert 'value="chat"' in html
    answers = form.answers()
    assert answers.needs == {"communicatie", "ondersteunen"} and answers.languages == {"ar", "nl"}
    assert answers.little_data and answers.together and answers.skills == "first"


def test_nothing_about_the_client_is_stored(client, catalogue):
    response = client.get(URL, {"need": "communicatie", "language": "ar"})
    assert "sessionid" not in response.cookies
    assert not response.cookies.get("csrftoken")
    assert "private" in response["Cache-Control"]


def test_result_links_add_to_shortlist_and_card(client, catalogue):
    response = client.get(URL, {"need": "communicatie"})
    html = response.content.decode()
    shortlist = reverse("advisor:shortlist")
    links = re.findall(rf'href="({shortlist}\?[^"]+)"', html)
    assert any(parse_qs(urlsplit(link).query)["tool"] == ["chat-arabisch"] for link in links)
    assert reverse("advisor:card", kwargs={"slug": "chat-arabisch"}) in html


def test_query_count_is_fixed(client, catalogue, django_assert_num_queries):
    params = {"need": "communicatie", "language": "ar", "free": "1"}
    client.get(URL, params)  # warm up the translation catalogues
    # Form choices 3, candidates and links 1, practices 1, screenings 1, labels 2,
    # archived 1, guides 2: whatever the number of tools.
    with django_assert_num_queries(11):
        client.get(URL, params)
    for index in range(10):
        tool = f.ToolFactory(
            name=f"Extra {index}", purposes=list(Tool.purposes.field.related_model.objects.all())
        )
        tool.languages.set(catalogue["chat"].languages.all())
    with django_assert_num_queries(11):
        response = client.get(URL, params)
    assert len(results(response)) == 11


def test_words_that_match_no_tool_give_an_empty_list(client, catalogue):
    response = client.get(URL, {"need": "communicatie", "q": "zzqxv"})
    assert response.status_code == 200
    assert results(response) == []
    assert "Geen enkele tool past" in response.content.decode()
