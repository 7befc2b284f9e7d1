import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from guides.models import Guide, GuideStep, HelpLink, add_months
from guides.tests.factories import GuideFactory, GuideStepFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 1, 15), 12, datetime.date(2027, 1, 15)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2027, 11, 30), 3, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 12, 1), 1, datetime.date(2027, 1, 1)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month(day, months, expected):
    assert add_months(day, months) == expected


def test_review_interval_starts_from_the_setting(settings):
    settings.GUIDE_REVIEW_MONTHS = 6
    guide = GuideFactory(last_reviewed=datetime.date(2026, 1, 10), reviewed_by="Curator")
    assert guide.review_interval_months == 6
    assert guide.review_due_on == datetime.date(2026, 7, 10)


def test_review_due_date_follows_every_save():
    guide = GuideFactory(
        last_reviewed=datetime.date(2026, 1, 10), reviewed_by="Curator", review_interval_months=12
    )
    assert guide.review_due_on == datetime.date(2027, 1, 10)
    guide.review_interval_months = 3
    guide.save(update_fields=["review_interval_months"])
    guide.refresh_from_db()
    assert guide.review_due_on == datetime.date(2026, 4, 10)


def test_review_state_never_due_and_current():
    never = GuideFactory()
    assert never.review_state(TODAY) == Guide.Review.NEVER
    assert never.review_due_on is None
    due = GuideFactory(
        last_reviewed=datetime.date(2025, 12, 2), reviewed_by="Curator", review_interval_months=12
    )
    assert due.review_state(TODAY) == Guide.Review.DUE  # due today counts
    assert due.review_state(TODAY - datetime.timedelta(days=1)) == Guide.Review.CURRENT


def test_review_due_queryset_holds_never_reviewed_flagged_and_overdue():
    never = GuideFactory(title="Nooit")
    flagged = GuideFactory(
        title="Gemarkeerd", needs_review=True, last_reviewed=TODAY, reviewed_by="Curator"
    )
    overdue = GuideFactory(
        title="Over tijd",
        last_reviewed=datetime.date(2025, 1, 1),
        reviewed_by="Curator",
        review_interval_months=6,
    )
    GuideFactory(title="In orde", last_reviewed=TODAY, reviewed_by="Curator")
    due = set(Guide.objects.review_due(today=TODAY))
    assert due == {never, flagged, overdue}


def test_a_review_needs_both_a_date_and_a_reviewer():
    guide = GuideFactory.build(last_reviewed=TODAY, reviewed_by="")
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "reviewed_by" in error.value.message_dict
    guide = GuideFactory.build(reviewed_by="Curator")
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "last_reviewed" in error.value.message_dict


def test_review_date_cannot_lie_in_the_future():
    guide = GuideFactory.build(
        last_reviewed=datetime.date.today() + datetime.timedelta(days=3), reviewed_by="Curator"
    )
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "toekomst" in str(error.value.message_dict["last_reviewed"])


@pytest.mark.parametrize("months", [0, 61])
def test_review_interval_is_bounded(months):
    guide = GuideFactory.build(review_interval_months=months)
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "review_interval_months" in error.value.message_dict


def test_help_links_are_https_only():
    guide = GuideFactory()
    link = HelpLink(guide=guide, title="Hulp", url="http://example.org/")
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "url" in error.value.message_dict
    HelpLink(guide=guide, title="Hulp", url="https://www.itsme-id.com/nl-BE").full_clean()


def test_a_step_image_needs_a_description(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    step = GuideStepFactory.build(guide=GuideFactory(), image_alt=" ")
    step.image = ContentFile(b"x", name="scherm.png")
    with pytest.raises(ValidationError) as error:
        step.full_clean()
    assert "image_alt" in error.value.message_dict


def test_parts_come_in_position_order():
    guide = GuideFactory()
    GuideStepFactory(guide=guide, title="Tweede", position=2)
    GuideStepFactory(guide=guide, title="Eerste", position=1)
    assert [step.title for step in guide.steps.all()] == ["Eerste", "Tweede"]
    assert list(GuideStep.objects.filter(guide=guide).values_list("position", flat=True)) == [1, 2]


def test_slugs_are_unique():
    GuideFactory(slug="itsme")
    with pytest.raises(ValidationError):
        GuideFactory.build(slug="itsme").full_clean()
