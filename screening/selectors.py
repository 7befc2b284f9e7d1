"""Reads of the screening app, including the per-criterion profile of a public result.

Profile rule (per criterion, from the answers to its questions):
- answers "not applicable" are left out; what remains are the applicable answers;
- NOT ASSESSED when no applicable answer is yes, partly or no (all unknown, unanswered,
  not applicable, or the criterion has no questions);
- MET when every applicable answer is yes;
- NOT MET when no applicable answer is yes or partly (the known answers are all no);
- PARTLY in every other case (a mix of yes/partly/no, or yes next to unknown).
There is deliberately no overall score.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Tool

from .models import (
    Answer,
    Criterion,
    FrameworkVersion,
    Question,
    Screening,
    ScreeningAnswer,
    ScreeningEvent,
    SubmissionAnswer,
    ToolSubmission,
)


class Profile:
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"
    NOT_ASSESSED = "not_assessed"

    LABELS = {
        MET: _("Voldaan"),
        PARTLY: _("Gedeeltelijk voldaan"),
        NOT_MET: _("Niet voldaan"),
        NOT_ASSESSED: _("Niet beoordeeld"),
    }
    # A shape per result, so the profile reads without colour (and in print).
    SYMBOLS = {MET: "✔", PARTLY: "◐", NOT_MET: "✘", NOT_ASSESSED: "?"}
    CHOICES = list(LABELS.items())


def criterion_profile(values) -> str:
    applicable = [v for v in values if v != Answer.NOT_APPLICABLE]
    known = [v for v in applicable if v in (Answer.YES, Answer.PARTLY, Answer.NO)]
    if not known:
        return Profile.NOT_ASSESSED
    if all(v == Answer.YES for v in applicable):
        return Profile.MET
    if not any(v in (Answer.YES, Answer.PARTLY) for v in applicable):
        return Profile.NOT_MET
    return Profile.PARTLY


@dataclass
class CriterionResult:
    criterion: Criterion
    status: str
    answers: list = field(default_factory=list)

    @property
    def label(self):
        return Profile.LABELS[self.status]

    @property
    def symbol(self):
        return Profile.SYMBOLS[self.status]


def framework_version_current_queryset():
    """The version in use, as a one-row queryset (usable as a subquery)."""
    return FrameworkVersion.objects.filter(status=FrameworkVersion.Status.ACTIVE).order_by(
        "-number"
    )[:1]


def framework_version_current() -> FrameworkVersion | None:
    return framework_version_current_queryset().first()


def framework_criteria(*, version: FrameworkVersion):
    return list(
        Criterion.objects.filter(version=version).prefetch_related(
            Prefetch("questions", queryset=Question.objects.order_by("position", "pk"))
        )
    )


def _answers_prefetch():
    return Prefetch(
        "answers",
        queryset=ScreeningAnswer.objects.select_related("question__criterion").order_by(
            "question__criterion__position", "question__position", "question__pk"
        ),
    )


def screening_get(*, pk: int) -> Screening:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        Screening.objects.select_related(
            "tool", "version", "screener", "reviewer", "source_submission"
        ).prefetch_related(_answers_prefetch(), "events__actor"),
        pk=pk,
    )


def screening_sent_back_event(*, screening: Screening) -> ScreeningEvent | None:
    """The reviewer's send-back, while it is still the latest step (the screener's to-do)."""
    latest = screening.events.order_by("-pk").first()
    return latest if latest and latest.action == ScreeningEvent.Action.SENT_BACK else None


def screening_published_for_tool(*, tool: Tool) -> Screening | None:
    return (
        Screening.objects.published()
        .filter(tool=tool)
        .select_related("version")
        .prefetch_related(_answers_prefetch())
        .order_by("-published_at")
        .first()
    )


def screening_provider_claims(*, screening: Screening) -> dict[int, SubmissionAnswer]:
    """The provider's own answers (question id -> answer) for a screening of a proposed
    tool: claims to check, never answers of the screening."""
    if not screening.source_submission_id:
        return {}
    return {
        claim.question_id: claim
        for claim in SubmissionAnswer.objects.filter(submission_id=screening.source_submission_id)
    }


def screening_latest_for_tool(*, tool: Tool) -> Screening | None:
    return Screening.objects.filter(tool=tool).order_by("-created_at", "-pk").first()


def screening_open_for_tool(*, tool: Tool) -> Screening | None:
    return Screening.objects.open().filter(tool=tool).first()


def screening_profile(*, screening: Screening) -> list[CriterionResult]:
    """Criteria of the screening's version in order, each with its status and answers."""
    by_criterion: dict[int, list] = {}
    for answer in screening.answers.all():
        by_criterion.setdefault(answer.question.criterion_id, []).append(answer)
    results = []
    for criterion in Criterion.objects.filter(version_id=screening.version_id):
        answers = by_criterion.get(criterion.pk, [])
        results.append(
            CriterionResult(
                criterion=criterion,
                status=criterion_profile([a.value for a in answers]),
                answers=answers,
            )
        )
    return results


# --- Curator dashboard --------------------------------------------------------------------

RESCREEN_SOON_DAYS = 30


def submissions_pending():
    return ToolSubmission.objects.filter(status=ToolSubmission.Status.PENDING).order_by(
        "created_at"
    )


def submission_get(*, pk: int) -> ToolSubmission:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        ToolSubmission.objects.select_related("version", "decided_by", "tool").prefetch_related(
            "purposes",
            Prefetch(
                "answers",
                queryset=SubmissionAnswer.objects.select_related("question__criterion"),
            ),
        ),
        pk=pk,
    )


def screenings_in_review():
    return (
        Screening.objects.filter(status=Screening.Status.IN_REVIEW)
        .select_related("tool", "screener")
        .order_by("updated_at")
    )


def screenings_drafts():
    return (
        Screening.objects.filter(status__in=[Screening.Status.DRAFT, Screening.Status.APPROVED])
        .select_related("tool", "screener")
        .order_by("-updated_at")
    )


def screenings_rescreen_due(*, today: datetime.date | None = None):
    """Public screenings whose re-screen date has passed or falls within 30 days."""
    today = today or timezone.localdate()
    return (
        Screening.objects.published()
        .filter(rescreen_due__lte=today + datetime.timedelta(days=RESCREEN_SOON_DAYS))
        .select_related("tool")
        .order_by("rescreen_due")
    )


def tools_never_screened():
    """Catalogue tools (published or draft) without any public screening, now or before."""
    screened = Screening.objects.filter(
        tool=OuterRef("pk"),
        status__in=[Screening.Status.PUBLISHED, Screening.Status.SUPERSEDED],
    )
    return (
        Tool.objects.exclude(status=Tool.Status.ARCHIVED)
        .annotate(screened=Exists(screened))
        .filter(screened=False)
        .order_by("name")
    )


def tools_screened_not_public():
    """Draft tools with a public screening: a curator still has to put them on-line."""
    return (
        Tool.objects.filter(status=Tool.Status.DRAFT)
        .filter(Exists(Screening.objects.published().filter(tool=OuterRef("pk"))))
        .order_by("name")
    )


# --- Each person's own work ---------------------------------------------------------------


def _last_action():
    return Subquery(
        ScreeningEvent.objects.filter(screening=OuterRef("pk"))
        .order_by("-at", "-pk")
        .values("action")[:1]
    )


def screenings_drafts_of(*, user):
    """Drafts `user` screens, each with `last_action`; sent back ones first."""
    return (
        Screening.objects.filter(status=Screening.Status.DRAFT, screener=user)
        .annotate(last_action=_last_action())
        .select_related("tool")
        .order_by("-updated_at")
    )


def screenings_submitted_by(*, user):
    """`user`'s screenings that wait for a second reader."""
    return (
        Screening.objects.filter(status=Screening.Status.IN_REVIEW, screener=user)
        .select_related("tool")
        .order_by("updated_at")
    )


def screenings_awaiting_review_by(*, user):
    """Screenings waiting for a second reader that `user` may read: never their own work.

    The SQL form of `services.screening_is_own_work` (a test proves they agree)."""
    authored = ScreeningEvent.objects.filter(
        screening=OuterRef("pk"), action__in=ScreeningEvent.AUTHORING, actor=user
    )
    return (
        Screening.objects.filter(status=Screening.Status.IN_REVIEW)
        .exclude(screener=user)
        .exclude(Exists(authored))
        .select_related("tool", "screener")
        .order_by("updated_at")
    )


def tools_proposed_awaiting_screening():
    """Tools from accepted proposals that nobody has started to screen yet."""
    return (
        Tool.objects.filter(
            pk__in=ToolSubmission.objects.filter(status=ToolSubmission.Status.ACCEPTED).values(
                "tool_id"
            )
        )
        .exclude(status=Tool.Status.ARCHIVED)
        .exclude(Exists(Screening.objects.filter(tool=OuterRef("pk"))))
        .order_by("name")
    )


def screenings_published_for_tools(*, tool_ids: Iterable[int]) -> dict[int, Screening]:
    """Each tool's latest public screening with its framework version (1 query)."""
    latest: dict[int, Screening] = {}
    rows = (
        Screening.objects.published()
        .filter(tool_id__in=list(tool_ids))
        .select_related("version")
        .only("pk", "tool_id", "published_at", "rescreen_due", "version__number")
        .order_by("tool_id", "-published_at", "-pk")
    )
    for screening in rows:
        latest.setdefault(screening.tool_id, screening)
    return latest
