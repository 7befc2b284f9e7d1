"""A tool's figures: right after every change, and read in a fixed number of queries."""

import pytest

from catalogue.tests.factories import SectorFactory, TargetGroupFactory, ToolFactory
from members import services as member_services
from reviews import selectors, services
from reviews.models import Review
from reviews.tests.factories import ReviewFactory, member
from screening.tests.factories import curator

pytestmark = pytest.mark.django_db


@pytest.fixture
def context():
    return {
        "tool": ToolFactory(name="WhatsApp"),
        "youth": TargetGroupFactory(slug="jongeren", name="Jongeren"),
        "seniors": TargetGroupFactory(slug="ouderen", name="Ouderen"),
        "ocmw": SectorFactory(slug="ocmw", name="OCMW"),
        "jeugd": SectorFactory(slug="jeugdwerk", name="Jeugdwerk"),
    }


def figures(tool, **filters):
    summary = selectors.tool_review_summary(tool=tool, filters=selectors.ReviewFilters(**filters))
    return (
        summary.total,
        [(d.key, d.average, d.count) for d in summary.dimensions],
        {row.slug: row.count for row in summary.by_sector},
        {row.slug: row.count for row in summary.by_target_group},
    )


def test_averages_and_counts_per_dimension_and_breakdowns(context):
    c = context
    ReviewFactory(
        tool=c["tool"], sector=c["jeugd"], target_group=c["youth"], ease=5, fit=4, goals=None
    )
    ReviewFactory(
        tool=c["tool"], sector=c["ocmw"], target_group=c["youth"], ease=2, fit=None, goals=3
    )
    ReviewFactory(
        tool=c["tool"], sector=c["ocmw"], target_group=c["seniors"], ease=2, fit=2, goals=3
    )
    ReviewFactory(tool=c["tool"], status=Review.Status.PENDING, published_at=None, ease=1)
    ReviewFactory(sector=c["ocmw"], ease=1)  # another tool
    total, dimensions, sectors, groups = figures(c["tool"])
    assert total == 3
    assert dimensions == [("ease", 3.0, 3), ("fit", 3.0, 2), ("goals", 3.0, 2)]
    assert sectors == {"ocmw": 2, "jeugdwerk": 1}
    assert groups == {"jongeren": 2, "ouderen": 1}
    total, dimensions, sectors, groups = figures(c["tool"], target_group=c["youth"])
    assert total == 2
    assert dimensions[0] == ("ease", 3.5, 2)
    assert sectors == {"ocmw": 1, "jeugdwerk": 1}
    assert figures(c["tool"], sector=c["jeugd"], target_group=c["seniors"])[0] == 0


def test_figures_follow_edit_moderation_report_and_account_deletion(context):
    c = context
    author, moderator = member(), curator()
    values = {
        "sector": c["jeugd"],
        "target_group": c["youth"],
        "usage": Review.Usage.TOGETHER,
        "duration": Review.Duration.MONTHS,
        "ease": 4,
        "fit": 4,
        "goals": 4,
    }
    ReviewFactory(
        tool=c["tool"], sector=c["ocmw"], target_group=c["seniors"], ease=2, fit=2, goals=2
    )
    review = services.review_save(tool=c["tool"], author=author, **values)
    assert figures(c["tool"])[0] == 1  # waiting: not counted
    review = services.review_approve(review=review, by=moderator)
    total, dimensions, sectors, groups = figures(c["tool"])
    assert (total, dimensions[0], groups) == (2, ("ease", 3.0, 2), {"jongeren": 1, "ouderen": 1})
    # An edit goes back to moderation: out of the figures until approved again.
    review = services.review_save(tool=c["tool"], author=author, **{**values, "ease": 5})
    assert figures(c["tool"])[0] == 1
    review = services.review_approve(review=review, by=moderator)
    assert figures(c["tool"])[1][0] == ("ease", 3.5, 2)
    # Removed after a report.
    report = services.report_create(review=review, reason="Klopt niet.")
    services.report_uphold(report=report, by=moderator)
    assert figures(c["tool"])[3] == {"ouderen": 1}
    # Approved again after an edit, then the member deletes their account.
    review = services.review_save(tool=c["tool"], author=author, **values)
    review = services.review_approve(review=review, by=moderator)
    assert figures(c["tool"])[0] == 2
    member_services.account_delete(user=author, keep_texts=True)
    total, dimensions, sectors, groups = figures(c["tool"])
    assert (total, dimensions[0], sectors) == (1, ("ease", 2.0, 1), {"ocmw": 1})


@pytest.mark.parametrize("count", [1, 30])
def test_figures_and_a_page_of_reviews_in_a_fixed_number_of_queries(
    context, count, django_assert_num_queries
):
    c = context
    for n in range(count):
        ReviewFactory(
            tool=c["tool"],
            sector=c["ocmw"] if n % 2 else c["jeugd"],
            target_group=c["youth"] if n % 3 else c["seniors"],
        )
    with django_assert_num_queries(5):
        summary = selectors.tool_review_summary(tool=c["tool"])
        reviews = list(selectors.tool_reviews_published(tool=c["tool"])[:20])
        for review in reviews:
            list(review.success_factors.all())
            str(review.sector.label) + str(review.target_group.label)
    assert summary.total == count


def test_labels_follow_the_language(context, settings):
    from django.utils import translation

    c = context
    c["youth"].name_fr = "Jeunes"
    c["youth"].save()
    ReviewFactory(tool=c["tool"], target_group=c["youth"])
    with translation.override("fr"):
        summary = selectors.tool_review_summary(tool=c["tool"])
    assert [row.label for row in summary.by_target_group] == ["Jeunes"]
