"""The review pages: who may do what, the one-review rule, hostile input, the queue."""

import pytest
from django.urls import reverse

from catalogue.models import Tool
from catalogue.tests.factories import SectorFactory, TargetGroupFactory, ToolFactory
from reviews.models import Review, ReviewReport
from reviews.tests.factories import ReviewFactory, member
from screening.tests.factories import UserFactory, curator, screener

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    return {
        "sector": SectorFactory(slug="jeugdwerk", name="Jeugdwerk"),
        "target_group": TargetGroupFactory(slug="jongeren", name="Jongeren"),
    }


def form_data(terms, **changes):
    return {
        "sector": terms["sector"].pk,
        "target_group": terms["target_group"].pk,
        "usage": "together",
        "duration": "months",
        "ease": "4",
        "fit": "5",
        "goals": "",
        "text": "Jongeren reageren snel.",
        **changes,
    }


def test_writing_a_review_needs_a_sign_in(client):
    tool = ToolFactory()
    response = client.get(f"/nl/tools/{tool.slug}/review/")
    assert response.status_code == 302
    assert response.url.startswith("/nl/accounts/login/")


def test_an_unverified_member_is_told_to_verify_first(client, terms):
    tool = ToolFactory()
    client.force_login(UserFactory(email="nog-niet@example.org"))
    page = client.get(f"/nl/tools/{tool.slug}/review/").content.decode()
    assert "Bevestig eerst je e-mailadres" in page
    client.post(f"/nl/tools/{tool.slug}/review/", form_data(terms))
    assert not Review.objects.exists()


def test_write_then_edit_the_one_review(client, terms):
    tool, author = ToolFactory(), member()
    client.force_login(author)
    response = client.post(f"/nl/tools/{tool.slug}/review/", form_data(terms))
    assert response.status_code == 302
    assert response.url == f"/nl/tools/{tool.slug}/reviews/"
    review = Review.objects.get()
    assert (review.ease, review.fit, review.goals) == (4, 5, None)
    page = client.get(f"/nl/tools/{tool.slug}/review/").content.decode()
    assert "Jongeren reageren snel." in page
    assert "Je schreef al een ervaring" in page
    client.post(f"/nl/tools/{tool.slug}/review/", form_data(terms, text="Aangepast."))
    assert Review.objects.get().text == "Aangepast."
    assert Review.objects.count() == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"ease": "9"},
        {"usage": "nooit"},
        {"sector": "999999"},
        {"text": "x" * 4001},
        {"target_group": ""},
    ],
)
def test_hostile_or_wrong_input_gets_a_clear_400(client, terms, changes):
    tool = ToolFactory()
    client.force_login(member())
    response = client.post(f"/nl/tools/{tool.slug}/review/", form_data(terms, **changes))
    assert response.status_code == 400
    assert "Controleer je invoer" in response.content.decode()
    assert not Review.objects.exists()


def test_the_text_is_shown_escaped_and_sanitised(client):
    review = ReviewFactory(text="<script>alert(1)</script> [link](javascript:alert(1)) **ok**")
    page = client.get(f"/nl/tools/{review.tool.slug}/reviews/").content.decode()
    assert "<script>alert(1)" not in page
    assert "javascript:" not in page
    assert "<strong>ok</strong>" in page


def test_unpublished_tools_and_reviews_are_not_shown(client):
    draft = ToolFactory(status=Tool.Status.DRAFT)
    assert client.get(f"/nl/tools/{draft.slug}/reviews/").status_code == 404
    waiting = ReviewFactory(status=Review.Status.PENDING, published_at=None, text="Wacht nog")
    page = client.get(f"/nl/tools/{waiting.tool.slug}/reviews/").content.decode()
    assert "Wacht nog" not in page
    url = f"/nl/tools/{waiting.tool.slug}/reviews/{waiting.pk}/report/"
    assert client.get(url).status_code == 404


def test_filters_and_breakdowns_on_the_reviews_page(client, terms):
    tool = ToolFactory(name="WhatsApp")
    ReviewFactory(tool=tool, text="Bij jongeren", **terms)
    ReviewFactory(tool=tool, text="Bij ouderen", target_group=TargetGroupFactory(slug="ouderen"))
    page = client.get(f"/nl/tools/{tool.slug}/reviews/?target_group=jongeren").content.decode()
    assert "Bij jongeren" in page
    assert "Bij ouderen" not in page
    unknown = client.get(f"/nl/tools/{tool.slug}/reviews/?sector=%00bestaat-niet&target_group[]=x")
    assert unknown.status_code == 200
    assert "Bij ouderen" in unknown.content.decode()


def test_the_tool_page_shows_the_figures_and_a_link_to_share(client, terms):
    tool = ToolFactory(name="WhatsApp")
    ReviewFactory(tool=tool, ease=5, **terms)
    page = client.get(tool.get_absolute_url()).content.decode()
    assert "Ervaringen van collega&#x27;s" in page or "Ervaringen van collega's" in page
    assert "Jongeren (1)" in page
    assert f"/nl/tools/{tool.slug}/review/" in page


def test_anyone_reports_a_review_and_it_reaches_the_queue(client, settings):
    settings.REVIEW_REPORT_RATE_LIMIT = 2
    review = ReviewFactory()
    url = f"/nl/tools/{review.tool.slug}/reviews/{review.pk}/report/"
    assert client.post(url, {"reason": ""}).status_code == 400
    assert client.post(url, {"reason": "Er staat een naam in."}).status_code == 302
    assert client.post(url, {"reason": "Nog eens."}).status_code == 429
    assert ReviewReport.objects.count() == 1
    moderator = curator()
    client.force_login(moderator)
    queue = client.get("/nl/reviews/moderation/").content.decode()
    assert "Er staat een naam in." in queue
    report = ReviewReport.objects.get()
    client.post(f"/nl/reviews/reports/{report.pk}/uphold/")
    review.refresh_from_db()
    assert review.status == Review.Status.REMOVED


def test_only_curators_moderate(client):
    review = ReviewFactory(status=Review.Status.PENDING, published_at=None)
    client.force_login(screener())
    assert client.get("/nl/reviews/moderation/").status_code == 403
    assert client.post(f"/nl/reviews/moderation/{review.pk}/approve/").status_code == 403
    client.force_login(member())
    assert client.post(f"/nl/reviews/moderation/{review.pk}/approve/").status_code == 403
    review.refresh_from_db()
    assert review.status == Review.Status.PENDING


def test_a_curator_approves_declines_and_trusts_from_the_queue(client):
    first = ReviewFactory(status=Review.Status.PENDING, published_at=None)
    second = ReviewFactory(status=Review.Status.PENDING, published_at=None)
    client.force_login(curator())
    work = client.get(reverse("screening:work")).content.decode()
    assert "Ervaringen van leden" in work
    assert "/nl/reviews/moderation/" in work
    assert client.get(f"/nl/reviews/moderation/{first.pk}/approve/").status_code == 405
    client.post(f"/nl/reviews/moderation/{first.pk}/approve/")
    client.post(f"/nl/reviews/moderation/{second.pk}/decline/", {"reason": "Reclame."})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Review.Status.PUBLISHED
    assert (second.status, second.removal_reason) == (Review.Status.REMOVED, "Reclame.")
    third = ReviewFactory(status=Review.Status.PENDING, published_at=None)
    client.post(f"/nl/reviews/moderation/{third.pk}/trust/")
    third.refresh_from_db()
    assert third.status == Review.Status.PUBLISHED
    assert third.author.review_trust
