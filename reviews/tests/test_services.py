"""Writing, moderating, trusting and reporting reviews."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from catalogue.tests.factories import SectorFactory, TargetGroupFactory, ToolFactory
from practices.tests.factories import SuccessFactorFactory
from reviews import selectors, services
from reviews.models import Review, ReviewReport, TrustedMember
from reviews.tests.factories import ReviewFactory, member
from screening.tests.factories import UserFactory, curator

pytestmark = pytest.mark.django_db


def write(tool, author, **changes):
    values = {
        "sector": SectorFactory(slug="jeugd", name="Jeugdwerk"),
        "target_group": TargetGroupFactory(slug="jongeren", name="Jongeren"),
        "usage": Review.Usage.TOGETHER,
        "duration": Review.Duration.MONTHS,
        "ease": 4,
        "fit": 5,
        "goals": None,
        "success_factors": [SuccessFactorFactory(slug="laagdrempelig", name="Laagdrempelig")],
        "text": "Jongeren antwoorden snel.",
    }
    values.update(changes)
    return services.review_save(tool=tool, author=author, **values)


def test_a_new_review_waits_for_a_curator():
    review = write(ToolFactory(), member())
    assert review.status == Review.Status.PENDING
    assert review.published_at is None
    assert list(selectors.moderation_queue()) == [review]
    assert [f.slug for f in review.success_factors.all()] == ["laagdrempelig"]


def test_one_review_per_member_per_tool_an_edit_replaces_it_and_waits_again():
    tool, author, moderator = ToolFactory(), member(), curator()
    review = write(tool, author)
    services.review_approve(review=review, by=moderator)
    edited = write(tool, author, text="Na een jaar: nog steeds goed.", ease=2)
    assert edited.pk == review.pk
    assert Review.objects.filter(tool=tool, author=author).count() == 1
    assert edited.status == Review.Status.PENDING
    assert edited.published_at is None
    assert edited.ease == 2


def test_the_database_refuses_a_second_review_of_the_same_tool():
    review = ReviewFactory()
    with pytest.raises(IntegrityError):
        ReviewFactory(tool=review.tool, author=review.author)


def test_without_a_verified_address_no_review():
    unverified = UserFactory(email="nieuw@example.org")
    with pytest.raises(ValidationError, match="Bevestig eerst je e-mailadres"):
        write(ToolFactory(), unverified)
    assert not Review.objects.exists()


@pytest.mark.parametrize("value", [0, 6, -1])
def test_ratings_stay_between_one_and_five(value):
    with pytest.raises(ValidationError):
        write(ToolFactory(), member(), ease=value)


def test_text_is_cleaned_of_control_characters():
    review = write(ToolFactory(), member(), text="Goed\x00\x1b[31m  \r\nTweede regel")
    assert review.text == "Goed[31m  \nTweede regel"


def test_a_trusted_member_publishes_at_once_and_their_waiting_reviews_go_online():
    author, moderator = member(), curator()
    waiting = write(ToolFactory(), author)
    services.member_trust(user=author, by=moderator)
    waiting.refresh_from_db()
    assert waiting.status == Review.Status.PUBLISHED
    assert write(ToolFactory(), author).status == Review.Status.PUBLISHED
    services.member_untrust(user=author)
    assert not TrustedMember.objects.exists()
    assert write(ToolFactory(), author).status == Review.Status.PENDING


def test_only_a_waiting_review_is_approved():
    review = ReviewFactory()
    with pytest.raises(ValidationError):
        services.review_approve(review=review, by=curator())


def test_a_report_upheld_takes_the_review_offline_and_closes_every_report_on_it():
    review, moderator = ReviewFactory(), curator()
    first = services.report_create(review=review, reason="Naam van een cliënt in de tekst.")
    services.report_create(review=review, reason="Idem.")
    services.report_uphold(report=first, by=moderator)
    review.refresh_from_db()
    assert review.status == Review.Status.REMOVED
    assert review.removal_reason == "Naam van een cliënt in de tekst."
    assert not selectors.reports_open().exists()
    assert set(review.reports.values_list("outcome", flat=True)) == {ReviewReport.Outcome.REMOVED}


def test_a_report_dismissed_leaves_the_review_online():
    review = ReviewFactory()
    report = services.report_create(review=review, reason="Ik ben het niet eens.")
    services.report_dismiss(report=report, by=curator())
    review.refresh_from_db()
    assert review.status == Review.Status.PUBLISHED
    with pytest.raises(ValidationError):
        services.report_dismiss(report=report, by=curator())


def test_an_unpublished_review_cannot_be_reported():
    review = ReviewFactory(status=Review.Status.PENDING, published_at=None)
    with pytest.raises(ValidationError):
        services.report_create(review=review, reason="Spam")


def test_an_empty_report_reason_is_refused():
    with pytest.raises(ValidationError):
        services.report_create(review=ReviewFactory(), reason="\x00  ")


def test_erasing_a_member_keeps_only_the_text_of_published_reviews_if_asked():
    author = member()
    published = ReviewFactory(author=author, text="Blijft staan.")
    ReviewFactory(author=author, status=Review.Status.PENDING, published_at=None)
    assert services.reviews_erase_for_member(user=author, keep_texts=True) == 1
    assert not Review.objects.exists()
    texts = selectors.tool_anonymous_texts(tool=published.tool)
    assert [t.text for t in texts] == ["Blijft staan."]
