"""Data migrations of the screening app, run on data as older versions left it."""

import importlib

import pytest
from django.apps import apps as django_apps

from catalogue.tests.factories import ToolFactory
from screening import services
from screening.models import Answer, Question, Screening, ScreeningAnswer, SubmissionAnswer

from .factories import answer_all, curator, proposal, reviewer, screener

claims_migration = importlib.import_module(
    "screening.migrations.0003_provider_claims_are_not_answers"
)
PREFIX = "Zelfbeoordeling van de aanbieder, nog na te gaan:"


def _old_style_prefilled(framework, *, status):
    """A screening as `submission_accept` used to make it: the provider's answers and notes
    copied into the screening's answers."""
    submission = proposal(tool_name="Oud", website_url="https://oud.example")
    questions = list(Question.objects.filter(criterion__version=framework)[:3])
    for question in questions:
        SubmissionAnswer.objects.create(
            submission=submission, question=question, value="yes", note="Zeker weten"
        )
    by = screener()
    screening = services.screening_start(tool=ToolFactory(), by=by)
    Screening.objects.filter(pk=screening.pk).update(source_submission=submission)
    answers = answer_all(screening, Answer.YES)
    for question in questions:
        answers[question.pk]["evidence"] = f"{PREFIX} Zeker weten"
    # The screener checked the third one and wrote their own evidence after the copy.
    answers[questions[2].pk]["evidence"] = f"{PREFIX} Zeker weten Zelf getest."
    services.screening_save_draft(screening=screening, by=by, answers=answers, outcome="included")
    if status != "draft":
        services.screening_submit_for_review(screening=screening, by=by)
    if status == "published":
        services.screening_approve_and_publish(screening=screening, by=reviewer())
    return Screening.objects.get(pk=screening.pk), questions


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["draft", "in_review", "published"])
def test_copied_claims_no_longer_count_as_answers(framework, status):
    curator()  # the roles exist
    screening, questions = _old_style_prefilled(framework, status=status)
    claims_migration.claims_out_of_answers(django_apps, None)
    screening.refresh_from_db()
    first, _second, third = (
        ScreeningAnswer.objects.get(screening=screening, question=q) for q in questions
    )
    assert first.evidence == ""
    assert first.value == ("unknown" if status == "published" else "")
    assert (third.value, third.evidence) == ("yes", "Zelf getest.")
    assert not ScreeningAnswer.objects.filter(evidence__startswith=PREFIX).exists()
    expected = "published" if status == "published" else "draft"
    assert screening.status == expected
    assert "zelfbeoordeling" in screening.events.order_by("-pk").first().comment
    # Untouched answers of questions the provider did not claim stay as they were.
    others = ScreeningAnswer.objects.filter(screening=screening).exclude(question__in=questions)
    assert set(others.values_list("value", flat=True)) == {"yes"}
