import pytest
from django.core.exceptions import ValidationError

from catalogue.tests.factories import ToolFactory
from screening import services
from screening.models import Answer, Criterion, FrameworkVersion, Question
from screening.selectors import Profile, criterion_profile, framework_version_current

from .factories import screener


def test_v1_has_the_nine_criteria_with_questions(framework):
    criteria = list(framework.criteria.all())
    assert [c.name for c in criteria] == [
        "Helderheid",
        "Laagdrempeligheid",
        "Gebruiksvriendelijkheid",
        "Doelgroepgerichtheid & inclusie",
        "Personaliseerbaarheid",
        "Betrouwbaarheid",
        "Privacy & gegevensbescherming",
        "Onderbouwing",
        "Bijdrage aan werkdoelen",
    ]
    for criterion in criteria:
        assert 4 <= criterion.questions.count() <= 6
        assert criterion.name_fr and criterion.name_en
        for question in criterion.questions.all():
            assert question.text_fr and question.text_en
    assert framework_version_current() == framework


def test_framework_text_follows_the_active_language(framework):
    from django.utils import translation

    criterion = framework.criteria.get(key="privacy")
    with translation.override("fr"):
        assert criterion.label == "Vie privée & protection des données"
    with translation.override("en"):
        assert criterion.label == "Privacy & data protection"
    with translation.override("nl"):
        assert criterion.label == "Privacy & gegevensbescherming"


def test_unused_version_can_still_be_edited(framework):
    question = Question.objects.filter(criterion__version=framework).first()
    question.text = "Nieuwe formulering?"
    question.save()
    assert Question.objects.get(pk=question.pk).text == "Nieuwe formulering?"


def test_used_version_is_immutable(framework):
    services.screening_start(tool=ToolFactory(), by=screener())
    criterion = framework.criteria.first()
    question = criterion.questions.first()
    question.text = "Stiekem gewijzigd?"
    with pytest.raises(ValidationError):
        question.save()
    with pytest.raises(ValidationError):
        question.delete()
    criterion.name = "Anders"
    with pytest.raises(ValidationError):
        criterion.save()
    with pytest.raises(ValidationError):
        criterion.delete()
    with pytest.raises(ValidationError):
        Criterion.objects.create(version=framework, key="nieuw", name="Nieuw")
    with pytest.raises(ValidationError):
        Question.objects.create(criterion=criterion, key="nieuw", text="Nieuw?")
    with pytest.raises(ValidationError):
        framework.delete()
    assert Question.objects.get(pk=question.pk).text != "Stiekem gewijzigd?"


def test_new_version_is_drafted_by_copy_without_touching_the_used_one(framework):
    started = services.screening_start(tool=ToolFactory(), by=screener())
    copy = services.framework_version_draft_copy(version=framework)
    assert copy.number == 2
    assert copy.status == FrameworkVersion.Status.DRAFT
    assert copy.criteria.count() == framework.criteria.count() == 9
    assert (
        Question.objects.filter(criterion__version=copy).count()
        == Question.objects.filter(criterion__version=framework).count()
    )
    # The copy is editable while v1 stays frozen.
    question = Question.objects.filter(criterion__version=copy).first()
    question.text = "Verbeterde vraag?"
    question.save()
    assert framework_version_current() == framework  # a draft is not in use yet

    services.framework_version_publish(version=copy)
    framework.refresh_from_db()
    assert framework.status == FrameworkVersion.Status.RETIRED
    assert framework_version_current() == copy
    started.refresh_from_db()
    assert started.version == framework  # the running screening keeps its version
    new = services.screening_start(tool=ToolFactory(), by=screener())
    assert new.version == copy
    assert new.answers.filter(question__text="Verbeterde vraag?").exists()


def test_only_a_draft_version_can_be_put_in_use(framework):
    with pytest.raises(ValidationError):
        services.framework_version_publish(version=framework)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([Answer.YES, Answer.YES, Answer.NOT_APPLICABLE], Profile.MET),
        ([Answer.YES, Answer.PARTLY], Profile.PARTLY),
        ([Answer.YES, Answer.NO], Profile.PARTLY),
        ([Answer.YES, Answer.UNKNOWN], Profile.PARTLY),
        ([Answer.NO, Answer.NO, Answer.UNKNOWN], Profile.NOT_MET),
        ([Answer.NO, Answer.NOT_APPLICABLE], Profile.NOT_MET),
        ([Answer.PARTLY, Answer.NO], Profile.PARTLY),
        ([Answer.UNKNOWN, Answer.UNKNOWN], Profile.NOT_ASSESSED),
        ([Answer.NOT_APPLICABLE], Profile.NOT_ASSESSED),
        (["", ""], Profile.NOT_ASSESSED),
        ([], Profile.NOT_ASSESSED),
    ],
)
def test_criterion_profile_rule(values, expected):
    assert criterion_profile(values) == expected
