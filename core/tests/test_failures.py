"""Friendly failures: an expired form, a request too big, and limits said on the forms."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

SHARE = "/nl/practices/share/"


def test_refused_form_explains_and_gives_back_what_was_typed():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        SHARE,
        {
            "csrfmiddlewaretoken": "een-verlopen-token-van-gisteren",
            "title": "Onze <script>alert(1)</script> praktijk",
            "story": "Een lang verhaal\nover WhatsApp in het OCMW.",
            "password": "geheim-wachtwoord-99",
            "next": "/nl/elders/",
            "website": "",
        },
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "Je formulier kon niet verstuurd worden" in html
    assert "lang openstond" in html and "cookies" in html
    assert f'href="{SHARE}"' in html  # open the form again
    assert "Onze &lt;script&gt;alert(1)&lt;/script&gt; praktijk" in html
    assert "<script>alert(1)" not in html
    assert "Een lang verhaal\nover WhatsApp in het OCMW." in html
    assert "geheim-wachtwoord-99" not in html
    assert "een-verlopen-token-van-gisteren" not in html
    assert "/nl/elders/" not in html


def test_refused_form_speaks_the_visitors_language():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/practices/share/", {"title": "Our practice"})
    assert response.status_code == 403
    html = response.content.decode()
    assert 'lang="en"' in html and "Your form could not be sent" in html
    assert "Our practice" in html


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("post", SHARE),
        ("post", "/nl/screening/submit/"),
        ("post", "/nl/accounts/login/"),
        ("get", "/nl/tools/"),
        ("get", "/nl/practices/"),
        ("get", "/nl/"),
    ],
)
def test_too_many_parameters_is_a_friendly_400_in_every_mode(settings, debug, method, url):
    settings.DEBUG = debug
    fields = {f"veld{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    client = Client(raise_request_exception=True)
    response = client.get(url, fields) if method == "get" else client.post(url, fields)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit verzoek kunnen we niet verwerken" in html
    assert "Content-Security-Policy" in response


@pytest.mark.parametrize("debug", [False, True])
def test_too_big_a_body_is_a_friendly_400_in_every_mode(settings, debug):
    settings.DEBUG = debug
    client = Client(raise_request_exception=True)
    story = "y" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/fr/practices/share/", {"story": story})
    assert response.status_code == 400
    assert "Nous ne pouvons pas traiter cette demande" in response.content.decode()


def test_other_bad_requests_get_the_same_page(client):
    response = client.get("/nl/", HTTP_HOST="elders.example")
    assert response.status_code == 400
    assert "Dit verzoek kunnen we niet verwerken" in response.content.decode()


def test_share_form_says_how_long_each_text_may_be(client):
    from practices.forms import ShareForm

    html = client.get(SHARE).content.decode()
    story = ShareForm().fields["story"]
    assert f'maxlength="{story.max_length}"' in html
    assert f"Maximaal {story.max_length} tekens." in html
    assert 'aria-describedby="id_story_helptext"' in html


def test_submission_form_says_how_long_each_text_may_be(client):
    from screening.roles import roles_ensure
    from screening.seeding import framework_v1_ensure

    roles_ensure()
    framework_v1_ensure()
    html = client.get("/nl/screening/submit/").content.decode()
    assert 'maxlength="2000"' in html and "Maximaal 2000 tekens." in html  # description
    assert "In eenvoudige taal. Maximaal 2000 tekens." in html
    assert "Maximaal 1000 tekens." in html  # the self-assessment notes
