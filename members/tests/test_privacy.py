"""A member's data: the profile, the JSON export, deleting the account, the privacy page."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from catalogue.tests.factories import SectorFactory
from members.models import MemberProfile
from members.tests.factories import member_with_profile
from reviews.models import AnonymousReviewText, Review
from reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client):
    user = member_with_profile(email="lid@example.org", sector=SectorFactory(slug="ocmw"))
    client.force_login(user)
    return user


def test_the_profile_asks_sector_and_role_and_keeps_them(client, signed_in):
    sector = SectorFactory(slug="jeugdwerk", name="Jeugdwerk")
    response = client.post("/nl/accounts/profile/", {"sector": sector.pk, "role": "volunteer"})
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=signed_in)
    assert (profile.sector, profile.role) == (sector, "volunteer")
    refused = client.post("/nl/accounts/profile/", {"role": "<script>"})
    assert refused.status_code == 400
    assert (
        "&lt;script&gt;" in refused.content.decode() or "geldige keuze" in refused.content.decode()
    )


def test_the_export_holds_everything_stored_about_the_member(client, signed_in):
    ReviewFactory(author=signed_in, text="Mijn tekst 🙂", tool__name="WhatsApp")
    ReviewFactory(text="Van iemand anders")
    response = client.get("/nl/accounts/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "lid@example.org"
    assert data["email_addresses"] == [
        {"email": "lid@example.org", "verified": True, "primary": True}
    ]
    assert data["profile"]["sector"] == "ocmw"
    assert data["profile"]["role"] == "social_worker"
    assert data["trusted_reviewer"] is False
    assert [r["text"] for r in data["reviews"]] == ["Mijn tekst 🙂"]
    assert data["reviews"][0]["ratings"] == {"ease": 4, "fit": 3, "goals": 5}


def test_deleting_the_account_erases_the_member_and_their_reviews(client, signed_in):
    ReviewFactory(author=signed_in)
    kept = ReviewFactory()
    refused = client.post("/nl/accounts/delete/", {})
    assert refused.status_code == 400
    assert get_user_model().objects.filter(pk=signed_in.pk).exists()
    response = client.post("/nl/accounts/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert "Je account en je gegevens zijn gewist." in client.get(response.url).content.decode()
    assert not get_user_model().objects.filter(pk=signed_in.pk).exists()
    assert not MemberProfile.objects.exists()
    assert not EmailAddress.objects.filter(email="lid@example.org").exists()
    assert list(Review.objects.all()) == [kept]
    assert not AnonymousReviewText.objects.exists()
    assert "_auth_user_id" not in client.session


def test_deleting_the_account_may_leave_the_published_texts_anonymously(client, signed_in):
    review = ReviewFactory(author=signed_in, text="Een nuttige tip.")
    client.post("/nl/accounts/delete/", {"confirm": "on", "keep_texts": "on"})
    assert not Review.objects.exists()
    text = AnonymousReviewText.objects.get()
    assert (text.tool, text.text) == (review.tool, "Een nuttige tip.")
    page = client.get(f"/nl/tools/{review.tool.slug}/reviews/").content.decode()
    assert "Een nuttige tip." in page


def test_the_privacy_page_says_what_why_and_how_long_in_every_language(client):
    page = client.get("/nl/privacy/").content.decode()
    for words in ("e-mailadres", "sector", "zolang je account bestaat", "geen trackers"):
        assert words in page
    assert client.get("/fr/privacy/").status_code == 200
    assert 'href="/nl/privacy/"' in client.get("/nl/").content.decode()
