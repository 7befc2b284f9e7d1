import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from catalogue.models import Purpose, Tool
from catalogue.tests.factories import PurposeFactory, ToolFactory
from screening import selectors, services
from screening.models import Answer, Question, Screening, ScreeningEvent, ToolSubmission

from .factories import UserFactory, answer_all, curator, published_screening, reviewer, screener


@pytest.fixture
def draft(framework):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(), by=by)
    return screening, by


def _complete(screening, by, value=Answer.YES):
    services.screening_save_draft(
        screening=screening,
        by=by,
        answers=answer_all(screening, value),
        strengths="Sterk",
        attention_points="",
        outcome=Screening.Outcome.INCLUDED,
    )
    return services.screening_submit_for_review(screening=screening, by=by)


def test_start_needs_the_screener_role(framework):
    with pytest.raises(PermissionDenied):
        services.screening_start(tool=ToolFactory(), by=UserFactory())
    with pytest.raises(PermissionDenied):
        services.screening_start(tool=ToolFactory(), by=reviewer())


def test_start_creates_one_blank_answer_per_question_and_records_who(draft, framework):
    screening, by = draft
    assert screening.status == Screening.Status.DRAFT
    assert screening.version == framework
    assert (
        screening.answers.count() == Question.objects.filter(criterion__version=framework).count()
    )
    assert set(screening.answers.values_list("value", flat=True)) == {""}
    event = screening.events.get()
    assert (event.action, event.actor) == (ScreeningEvent.Action.CREATED, by)


def test_only_one_open_screening_per_tool(draft):
    screening, by = draft
    with pytest.raises(ValidationError):
        services.screening_start(tool=screening.tool, by=screener())


def test_submit_requires_every_answer_and_an_outcome(draft):
    screening, by = draft
    with pytest.raises(ValidationError) as error:
        services.screening_submit_for_review(screening=screening, by=by)
    assert "Beantwoord eerst alle vragen" in str(error.value)
    assert "Kies een besluit" in str(error.value)
    screening.refresh_from_db()
    assert screening.status == Screening.Status.DRAFT


def test_included_with_attention_needs_attention_points(draft):
    screening, by = draft
    services.screening_save_draft(
        screening=screening,
        by=by,
        answers=answer_all(screening),
        outcome=Screening.Outcome.INCLUDED_WITH_ATTENTION,
    )
    with pytest.raises(ValidationError):
        services.screening_submit_for_review(screening=screening, by=by)


def test_no_self_approval(draft):
    screening, by = draft
    by.groups.add(*reviewer().groups.all())  # the screener also holds the reviewer role
    by = type(by).objects.get(pk=by.pk)  # fresh permission cache
    _complete(screening, by)
    with pytest.raises(PermissionDenied):
        services.screening_approve(screening=screening, by=by)
    with pytest.raises(PermissionDenied):
        services.screening_send_back(screening=screening, by=by, comment="Zelf terug")
    screening.refresh_from_db()
    assert screening.status == Screening.Status.IN_REVIEW


def test_someone_who_edited_the_draft_cannot_approve_it(draft):
    screening, by = draft
    helper = curator()
    services.screening_save_draft(screening=screening, by=helper, answers=answer_all(screening))
    _complete(screening, by)
    with pytest.raises(PermissionDenied):
        services.screening_approve(screening=screening, by=helper)


def test_approval_needs_the_reviewer_role(draft):
    screening, by = draft
    _complete(screening, by)
    with pytest.raises(PermissionDenied):
        services.screening_approve(screening=screening, by=screener())


def test_no_publication_without_approval(draft):
    screening, by = draft
    second = reviewer()
    with pytest.raises(ValidationError):
        services.screening_publish(screening=screening, by=second)
    _complete(screening, by)
    with pytest.raises(ValidationError):
        services.screening_publish(screening=screening, by=second)
    assert selectors.screening_published_for_tool(tool=screening.tool) is None
    with pytest.raises(ValidationError):  # a draft cannot be approved either
        services.screening_approve(
            screening=services.screening_start(tool=ToolFactory(), by=by), by=second
        )


def test_approve_then_publish_records_every_step_and_sets_rescreen_date(draft):
    screening, by = draft
    second = reviewer()
    _complete(screening, by)
    services.screening_approve(screening=screening, by=second, comment="Goed onderbouwd")
    screening.refresh_from_db()
    assert screening.status == Screening.Status.APPROVED
    assert selectors.screening_published_for_tool(tool=screening.tool) is None
    services.screening_publish(screening=screening, by=second)
    screening.refresh_from_db()
    assert screening.status == Screening.Status.PUBLISHED
    assert screening.reviewer == second
    today = timezone.localdate()
    assert screening.rescreen_due == services.add_months(today, 12)
    assert (screening.rescreen_due - today).days in (365, 366)
    steps = [(e.action, e.actor) for e in screening.events.all()]
    assert steps == [
        ("created", by),
        ("saved", by),
        ("submitted", by),
        ("approved", second),
        ("published", second),
    ]
    assert screening.events.get(action="approved").comment == "Goed onderbouwd"
    assert selectors.screening_published_for_tool(tool=screening.tool) == screening


def test_send_back_needs_a_comment_and_returns_to_draft(draft):
    screening, by = draft
    second = reviewer()
    _complete(screening, by)
    with pytest.raises(ValidationError):
        services.screening_send_back(screening=screening, by=second, comment="  ")
    services.screening_send_back(screening=screening, by=second, comment="Bron ontbreekt")
    screening.refresh_from_db()
    assert screening.status == Screening.Status.DRAFT
    event = screening.events.last()
    assert (event.action, event.actor, event.comment) == ("sent_back", second, "Bron ontbreekt")
    assert selectors.screening_sent_back_event(screening=screening) == event
    # The screener can work on and submit again; the send-back is then dealt with.
    _complete(screening, by)
    assert selectors.screening_sent_back_event(screening=screening) is None


def test_published_screening_cannot_be_edited(framework):
    screening = published_screening()
    with pytest.raises(ValidationError):
        services.screening_save_draft(
            screening=screening, by=screening.screener, answers={}, strengths="Anders"
        )


def test_a_new_publication_supersedes_the_previous(framework):
    first = published_screening()
    second = published_screening(tool=first.tool, value=Answer.NO)
    first.refresh_from_db()
    assert first.status == Screening.Status.SUPERSEDED
    assert selectors.screening_published_for_tool(tool=first.tool) == second


def test_add_months_handles_month_ends():
    assert services.add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)
    assert services.add_months(datetime.date(2026, 11, 30), 12) == datetime.date(2027, 11, 30)
    assert services.add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)


def test_overdue_flag(framework):
    screening = published_screening()
    assert not screening.is_overdue
    Screening.objects.filter(pk=screening.pk).update(
        rescreen_due=timezone.localdate() - datetime.timedelta(days=1)
    )
    screening.refresh_from_db()
    assert screening.is_overdue
    assert list(selectors.screenings_rescreen_due()) == [screening]


def _submission(framework, **extra):
    question = framework.criteria.get(key="privacy").questions.get(key="trackers")
    purpose = PurposeFactory(slug="communicatie", name="Communicatie")
    data = {
        "tool_name": "Babbelbox",
        "website_url": "https://babbelbox.example",
        "provider_name": "Babbel vzw",
        "contact_name": "An Peeters",
        "contact_email": "an@babbelbox.example",
        "description": "Een chatapp voor jongeren.",
        "audience": "Jongeren van 12 tot 18",
        "purposes": [purpose],
        "answers": {question.pk: {"value": "yes", "note": "Geen trackers"}},
    }
    data.update(extra)
    return services.submission_create(**data), question


def test_submission_accept_makes_draft_tool_and_prefilled_screening(framework):
    submission, question = _submission(framework)
    by = curator()
    screening = services.submission_accept(submission=submission, by=by)
    tool = screening.tool
    assert tool.status == Tool.Status.DRAFT
    assert (tool.name, tool.slug, tool.website_url) == (
        "Babbelbox",
        "babbelbox",
        "https://babbelbox.example",
    )
    assert list(tool.purposes.all()) == list(Purpose.objects.filter(slug="communicatie"))
    assert screening.status == Screening.Status.DRAFT
    assert screening.source_submission == submission
    answer = screening.answers.get(question=question)
    assert answer.value == "yes"
    assert answer.evidence.startswith("Zelfbeoordeling van de aanbieder")
    assert "zelfbeoordeling" in screening.events.get().comment
    submission.refresh_from_db()
    assert submission.status == ToolSubmission.Status.ACCEPTED
    assert (submission.contact_name, submission.contact_email) == ("", "")
    # The curator who accepted cannot approve the screening that came out of it.
    _complete(screening, by)
    with pytest.raises(PermissionDenied):
        services.screening_approve(screening=screening, by=by)
    # Nothing is public: the tool is a draft and the screening unpublished.
    assert not Screening.objects.published().exists()


def test_submission_accept_avoids_slug_clash(framework):
    ToolFactory(name="Babbelbox")
    submission, _question = _submission(framework)
    screening = services.submission_accept(submission=submission, by=curator())
    assert screening.tool.slug == "babbelbox-2"


def test_submission_decline_needs_reason_and_erases_contact(framework):
    submission, _question = _submission(framework)
    by = curator()
    with pytest.raises(ValidationError):
        services.submission_decline(submission=submission, by=by, reason="")
    services.submission_decline(submission=submission, by=by, reason="Geen tool voor sociaal werk")
    submission.refresh_from_db()
    assert submission.status == ToolSubmission.Status.DECLINED
    assert submission.contact_email == ""
    with pytest.raises(ValidationError):
        services.submission_accept(submission=submission, by=by)


def test_moderation_needs_the_curator_role(framework):
    submission, _question = _submission(framework)
    for user in (screener(), reviewer(), UserFactory()):
        with pytest.raises(PermissionDenied):
            services.submission_accept(submission=submission, by=user)
        with pytest.raises(PermissionDenied):
            services.submission_decline(submission=submission, by=user, reason="Nee")


def test_dashboard_selectors(framework):
    never = ToolFactory(name="Nooit")
    screened = published_screening(tool=ToolFactory(name="Wel"))
    archived = ToolFactory(name="Weg", status=Tool.Status.ARCHIVED)
    waiting = services.screening_start(tool=ToolFactory(name="Bezig"), by=screener())
    _complete(waiting, waiting.screener)
    submission, _question = _submission(framework)
    never_ids = set(selectors.tools_never_screened().values_list("pk", flat=True))
    assert never.pk in never_ids and waiting.tool_id in never_ids
    assert screened.tool_id not in never_ids and archived.pk not in never_ids
    assert list(selectors.screenings_in_review()) == [waiting]
    assert list(selectors.submissions_pending()) == [submission]
    assert list(selectors.screenings_rescreen_due()) == []
