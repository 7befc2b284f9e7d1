"""The whole trust loop through real requests, as the people involved make them: a provider
proposes a tool, a curator accepts it, a screener screens it, a second person approves and
publishes, and an anonymous visitor finds the tool by search and reads its screening.

Runs on whichever database the suite runs on (SQLite and PostgreSQL in CI)."""

import re

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from catalogue.models import Tool
from catalogue.tests.factories import PurposeFactory
from screening.models import Question, Screening, ToolSubmission

from .factories import curator, reviewer, screener

PASSWORD = "correct horse battery staple"


def _signed_in(user) -> Client:
    """A browser of its own, signed in through the login page."""
    client = Client()
    response = client.post(
        reverse("login"), {"username": user.get_username(), "password": PASSWORD}
    )
    assert response.status_code == 302
    # Everyone lands on their own work.
    assert response["Location"] == reverse("screening:work")
    return client


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_a_proposed_tool_goes_online_with_its_screening_and_search_finds_it(framework):
    purpose = PurposeFactory(slug="communicatie", name="Communicatie")
    questions = list(Question.objects.filter(criterion__version=framework))
    claimed = questions[0]
    visitor = Client()
    search = reverse("catalogue:tool_list") + "?q=babbelbox"
    # A visitor searched before: that (empty) result page is now in the page cache.
    assert "Babbelbox" not in visitor.get(search).content.decode()

    # 1. The provider proposes the tool, with a self-assessment.
    provider = Client()
    response = provider.post(
        reverse("screening:submit"),
        {
            "tool_name": "Babbelbox",
            "website_url": "https://babbelbox.example",
            "provider_name": "Babbel vzw",
            "contact_name": "An Peeters",
            "contact_email": "an@babbelbox.example",
            "description": "Een chatapp waarmee jongeren anoniem vragen stellen.",
            "audience": "Jongeren",
            "purposes": [purpose.pk],
            f"a{claimed.pk}": "yes",
            f"n{claimed.pk}": "Wij gebruiken helemaal geen trackers, beloofd",
            "consent": "on",
            "website": "",
        },
    )
    assert response["Location"] == reverse("screening:submit_thanks")
    submission = ToolSubmission.objects.get()

    # 2. A curator signs in, finds it among the new proposals and accepts it.
    moderator = _signed_in(curator(username="carla"))
    work = moderator.get(reverse("screening:work")).content.decode()
    assert reverse("screening:submission_detail", args=[submission.pk]) in work
    response = moderator.post(reverse("screening:submission_accept", args=[submission.pk]))
    assert "nog niet online" in _messages(response)[0]
    tool = Tool.objects.get(name="Babbelbox")
    assert tool.status == Tool.Status.DRAFT
    assert visitor.get(tool.get_absolute_url()).status_code == 404

    # 3. A screener signs in, finds the proposed tool waiting and screens it.
    sam = screener(username="sam")
    screening_client = _signed_in(sam)
    work = screening_client.get(reverse("screening:work")).content.decode()
    start = reverse("screening:start", args=[tool.slug])
    assert start in work
    response = screening_client.post(start)
    screening = Screening.objects.get(tool=tool)
    assert response["Location"] == reverse("screening:edit", args=[screening.pk])
    edit = screening_client.get(response["Location"]).content.decode()
    # The provider's word sits beside the question, labelled as theirs, not as an answer.
    assert "Volgens de aanbieder (niet nagegaan):" in edit
    assert "Wij gebruiken helemaal geen trackers, beloofd" in edit
    assert f'name="q{claimed.pk}" value="yes" id="id_q{claimed.pk}_0" checked' not in edit
    assert screening.answers.get(question=claimed).value == ""
    data = {"strengths": "Anoniem en gratis.", "attention_points": "", "action": "submit"}
    data["outcome"] = Screening.Outcome.INCLUDED
    for question in questions:
        data.update({f"q{question.pk}": "yes", f"e{question.pk}": "", f"u{question.pk}": ""})
    data[f"e{claimed.pk}"] = "Zelf nagekeken in de privacyverklaring."
    response = screening_client.post(reverse("screening:edit", args=[screening.pk]), data)
    assert response["Location"] == reverse("screening:detail", args=[screening.pk])

    # 4. A second person approves and publishes; it asks for a confirmation first.
    rita = reviewer(username="rita")
    second = _signed_in(rita)
    work = second.get(reverse("screening:work")).content.decode()
    assert reverse("screening:detail", args=[screening.pk]) in work
    review = reverse("screening:review", args=[screening.pk])
    unconfirmed = second.post(review, {"decision": "approve", "comment": ""})
    assert unconfirmed.status_code == 400
    assert Screening.objects.get(pk=screening.pk).status == Screening.Status.IN_REVIEW
    response = second.post(review, {"decision": "approve", "comment": "", "confirm": "on"})
    assert _messages(response) == ["De screening is gepubliceerd en de tool staat nu online."]
    screening.refresh_from_db()
    assert screening.status == Screening.Status.PUBLISHED
    # The record names who really screened and who really reviewed.
    assert (screening.screener, screening.reviewer) == (sam, rita)
    record = second.get(reverse("screening:detail", args=[screening.pk])).content.decode()
    assert "<dt>Screener</dt><dd>sam</dd>" in record
    assert "<dt>Nalezer</dt><dd>rita</dd>" in record

    # 5. An anonymous visitor finds it by search at once, and reads its screening.
    found = visitor.get(search).content.decode()
    assert tool.get_absolute_url() in found
    page = visitor.get(tool.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Voor jou gescreend" in html
    assert "versie 1" in html
    assert timezone.localdate().strftime("%Y") in html
    assert "Herscreening gepland voor" in html
    assert "Zelf nagekeken in de privacyverklaring." in html
    # The provider's claim is nowhere on the public page, and it has no personal data.
    assert "beloofd" not in html
    assert "an@babbelbox.example" not in html
    assert not re.search(r"Aangemeld als", html)
