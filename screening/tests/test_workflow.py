import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from catalogue.models import Purpose, Tool
from catalogue.tests.factories import PurposeFactory, ToolFactory
from screening import selectors, services
from screening.models import Answer, Question, Screening, ScreeningEvent, ToolSubmission

from .factories import (
    UserFactory,
    answer_all,
    curator,
    proposal,
    published_screening,
    reviewer,
    screener,
)


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
    return proposal(**data), question


def test_submission_accept_makes_a_draft_tool_and_no_screening(framework):
    submission, question = _submission(framework)
    by = curator()
    accepted = services.submission_accept(submission=submission, by=by)
    tool = accepted.tool
    assert tool.status == Tool.Status.DRAFT
    assert (tool.name, tool.slug, tool.website_url) == (
        "Babbelbox",
        "babbelbox",
        "https://babbelbox.example",
    )
    assert list(tool.purposes.all()) == list(Purpose.objects.filter(slug="communicatie"))
    # Accepting is not screening: nobody is named screener until someone starts one.
    assert not Screening.objects.exists()
    assert accepted.status == ToolSubmission.Status.ACCEPTED
    assert (accepted.contact_name, accepted.contact_email) == ("", "")
    assert list(selectors.tools_proposed_awaiting_screening()) == [tool]
    # The catalogue wrote it, and its history says who added it.
    from django.contrib.admin.models import ADDITION, LogEntry

    entry = LogEntry.objects.get(object_id=str(tool.pk))
    assert (entry.user, entry.action_flag) == (by, ADDITION)


def test_a_proposal_at_every_length_limit_fits_in_the_catalogue(framework):
    """The proposal's limits are the tool's: what a provider may send, a curator can accept."""
    from catalogue.models import TOOL_NAME_MAX, TOOL_PROVIDER_MAX, TOOL_WEBSITE_MAX

    url = "https://babbelbox.example/"
    submission, _question = _submission(
        framework,
        tool_name="B" * TOOL_NAME_MAX,
        provider_name="P" * TOOL_PROVIDER_MAX,
        website_url=url + "a" * (TOOL_WEBSITE_MAX - len(url)),
    )
    tool = services.submission_accept(submission=submission, by=curator()).tool
    assert len(tool.name) == TOOL_NAME_MAX
    assert len(tool.provider) == TOOL_PROVIDER_MAX
    assert len(tool.website_url) == TOOL_WEBSITE_MAX


def test_the_screening_of_a_proposed_tool_names_the_person_who_screens_it(framework):
    submission, question = _submission(framework)
    tool = services.submission_accept(submission=submission, by=curator()).tool
    by = screener()
    screening = services.screening_start(tool=tool, by=by)
    assert screening.screener == by
    assert screening.source_submission == submission
    # The provider's claim is not an answer: the screening starts empty.
    answer = screening.answers.get(question=question)
    assert (answer.value, answer.evidence) == ("", "")
    assert not screening.answers.exclude(value="").exists()
    assert selectors.screening_provider_claims(screening=screening)[question.pk].value == "yes"
    assert list(selectors.tools_proposed_awaiting_screening()) == []
    second = reviewer()
    _complete(screening, by)
    services.screening_approve_and_publish(screening=screening, by=second)
    screening.refresh_from_db()
    assert (screening.screener, screening.reviewer) == (by, second)


def test_a_curator_who_accepted_may_review_the_screening_someone_else_made(framework):
    submission, _question = _submission(framework)
    moderator = curator()
    tool = services.submission_accept(submission=submission, by=moderator).tool
    by = screener()
    screening = services.screening_start(tool=tool, by=by)
    _complete(screening, by)
    services.screening_approve_and_publish(screening=screening, by=moderator)
    screening.refresh_from_db()
    assert screening.reviewer == moderator and screening.screener == by


def test_submission_accept_avoids_slug_clash(framework):
    ToolFactory(name="Babbelbox")
    submission, _question = _submission(framework)
    accepted = services.submission_accept(submission=submission, by=curator())
    assert accepted.tool.slug == "babbelbox-2"


# --- One publishing rule -------------------------------------------------------------------


def _proposed_tool_in_review(framework, outcome=Screening.Outcome.INCLUDED):
    submission, _question = _submission(framework)
    tool = services.submission_accept(submission=submission, by=curator()).tool
    by = screener()
    screening = services.screening_start(tool=tool, by=by)
    services.screening_save_draft(
        screening=screening,
        by=by,
        answers=answer_all(screening),
        strengths="Sterk",
        outcome=outcome,
    )
    return services.screening_submit_for_review(screening=screening, by=by)


def test_publishing_the_screening_of_a_proposed_tool_puts_the_tool_online(framework):
    screening = _proposed_tool_in_review(framework)
    assert screening.tool.status == Tool.Status.DRAFT
    published = services.screening_approve_and_publish(screening=screening, by=reviewer())
    assert published.status == Screening.Status.PUBLISHED
    tool = Tool.objects.get(pk=screening.tool_id)
    assert tool.status == Tool.Status.PUBLISHED
    assert published.tool.status == Tool.Status.PUBLISHED


def test_screening_and_tool_go_public_together_or_not_at_all(framework, monkeypatch):
    screening = _proposed_tool_in_review(framework)
    from catalogue import services as catalogue_services

    def broken(**kwargs):
        raise ValidationError("tool kan niet online")

    monkeypatch.setattr(catalogue_services, "tool_publish", broken)
    with pytest.raises(ValidationError):
        services.screening_approve_and_publish(screening=screening, by=reviewer())
    screening.refresh_from_db()
    assert screening.status == Screening.Status.IN_REVIEW
    assert Tool.objects.get(pk=screening.tool_id).status == Tool.Status.DRAFT


def test_a_not_included_decision_keeps_the_proposed_tool_offline(framework):
    screening = _proposed_tool_in_review(framework, outcome=Screening.Outcome.NOT_INCLUDED)
    services.screening_approve_and_publish(screening=screening, by=reviewer())
    assert Tool.objects.get(pk=screening.tool_id).status == Tool.Status.DRAFT


def test_a_draft_tool_that_nobody_proposed_stays_a_draft(framework):
    # A curator's own draft: publishing it is the curator's call, and the dashboard lists it.
    tool = ToolFactory(status=Tool.Status.DRAFT)
    screening = published_screening(tool=tool)
    assert Tool.objects.get(pk=tool.pk).status == Tool.Status.DRAFT
    assert list(selectors.tools_screened_not_public()) == [tool]
    assert screening.status == Screening.Status.PUBLISHED


# --- The provider's word is not evidence ---------------------------------------------------


def _claimed_draft(framework):
    submission, question = _submission(framework)
    tool = services.submission_accept(submission=submission, by=curator()).tool
    by = screener()
    return services.screening_start(tool=tool, by=by), by, question


def test_taking_over_a_claim_needs_the_screeners_own_evidence(framework):
    screening, by, question = _claimed_draft(framework)
    answers = {question.pk: {"value": "", "evidence": "", "take_over": True}}
    with pytest.raises(ValidationError) as error:
        services.screening_save_draft(screening=screening, by=by, answers=answers)
    assert "schrijf je eigen onderbouwing" in " ".join(error.value.messages)
    assert screening.answers.get(question=question).value == ""  # nothing stored

    answers[question.pk]["evidence"] = "Zelf getest met een tracker-blokker op 1/12."
    services.screening_save_draft(screening=screening, by=by, answers=answers)
    answer = screening.answers.get(question=question)
    assert (answer.value, answer.evidence) == (
        "yes",
        "Zelf getest met een tracker-blokker op 1/12.",
    )


def test_taking_over_a_claim_and_choosing_another_answer_is_refused(framework):
    screening, by, question = _claimed_draft(framework)
    answers = {question.pk: {"value": "no", "evidence": "Zelf nagegaan", "take_over": True}}
    with pytest.raises(ValidationError) as error:
        services.screening_save_draft(screening=screening, by=by, answers=answers)
    assert "niet allebei" in " ".join(error.value.messages)


def test_nothing_to_take_over_where_the_provider_made_no_claim(framework):
    screening, by, question = _claimed_draft(framework)
    other = screening.answers.exclude(question=question).first().question_id
    answers = {other: {"value": "", "evidence": "Nagegaan", "take_over": True}}
    with pytest.raises(ValidationError):
        services.screening_save_draft(screening=screening, by=by, answers=answers)


def test_a_claim_never_counts_towards_the_published_result(framework):
    # Every self-answer says "yes"; the screener could check nothing.
    submission, _question = _submission(framework)
    submission.answers.all().delete()
    from screening.models import SubmissionAnswer

    SubmissionAnswer.objects.bulk_create(
        SubmissionAnswer(submission=submission, question=q, value="yes", note="Zeker")
        for q in Question.objects.filter(criterion__version=framework)
    )
    tool = services.submission_accept(submission=submission, by=curator()).tool
    by = screener()
    screening = services.screening_start(tool=tool, by=by)
    _complete(screening, by, value=Answer.UNKNOWN)
    services.screening_approve_and_publish(screening=screening, by=reviewer())
    profile = selectors.screening_profile(
        screening=selectors.screening_published_for_tool(tool=tool)
    )
    assert {row.status for row in profile} == {selectors.Profile.NOT_ASSESSED}
    assert not any("Zeker" in a.evidence for row in profile for a in row.answers)


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


def test_the_two_person_rule_reads_the_same_in_python_and_in_sql(draft):
    """`services.screening_is_own_work` (detail page, review services) and
    `selectors.screenings_awaiting_review_by` (work lists) decide alike for every person:
    the screener, someone who saved a draft, someone who only commented, a stranger."""
    screening, first = draft
    editor = curator()
    services.screening_save_draft(
        screening=screening,
        by=editor,
        answers=answer_all(screening, Answer.YES),
        strengths="Sterk",
        attention_points="",
        outcome=Screening.Outcome.INCLUDED,
    )
    screening = _complete(screening, first)
    commenter, stranger = reviewer(), reviewer()
    ScreeningEvent.objects.create(
        screening=screening, action=ScreeningEvent.Action.SENT_BACK, actor=commenter
    )
    verdicts = {}
    for person in (first, editor, commenter, stranger):
        screening = Screening.objects.prefetch_related("events").get(pk=screening.pk)
        own = services.screening_is_own_work(screening=screening, user=person)
        listed = selectors.screenings_awaiting_review_by(user=person).filter(pk=screening.pk)
        assert own is not listed.exists(), person
        verdicts[person.pk] = own
    assert verdicts == {first.pk: True, editor.pk: True, commenter.pk: False, stranger.pk: False}
