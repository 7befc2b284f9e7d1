"""Writes of the screening app. Every workflow rule is enforced here, not in views.

Workflow: draft --submit--> in_review --approve--> approved --publish--> published
                              `--send back (with comment)--> draft
A newer published screening of the same tool supersedes the previous one. Each step is a
ScreeningEvent (who, when, what, comment).

Publishing rule: a tool that came in through a provider's proposal stays a draft in the
catalogue until its screening is published; publishing the screening puts the tool on-line
in the same transaction, unless the screening's decision is "not included".

A provider's self-assessment is a claim, never an answer: a screening starts empty, and a
screener can take over a claimed answer only by writing their own evidence for it.
"""

import calendar
import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue import services as catalogue_services
from catalogue.models import Tool
from core import content
from core.permissions import AccessDenied

from . import roles, selectors
from .models import (
    CLAIM_NOTE_MAX,
    COMMENT_MAX,
    EVIDENCE_MAX,
    PROPOSAL_AUDIENCE_MAX,
    PROPOSAL_DESCRIPTION_MAX,
    VERDICT_TEXT_MAX,
    Answer,
    FrameworkVersion,
    Question,
    Screening,
    ScreeningAnswer,
    ScreeningEvent,
    SubmissionAnswer,
    ToolSubmission,
)

PERM_DRAFT = "screening.draft_screening"
PERM_REVIEW = "screening.review_screening"
PERM_MODERATE = "screening.moderate_submission"


def _require(user, perm: str):
    if user is None or not user.is_active or not user.has_perm(perm):
        role = roles.role_for_permission(perm)
        raise AccessDenied(
            _("Je hebt geen toestemming voor deze stap."),
            role=role,
            role_label=roles.LABELS[role],
        )


def _event(screening, action, by, comment=""):
    return ScreeningEvent.objects.create(
        screening=screening, action=action, actor=by, comment=comment
    )


def add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


# --- Framework versions -------------------------------------------------------------------


@transaction.atomic
def framework_version_draft_copy(*, version: FrameworkVersion, by=None) -> FrameworkVersion:
    """A new draft version with a copy of every criterion and question of `version`."""
    if by is not None:
        _require(by, "screening.add_frameworkversion")
    last = FrameworkVersion.objects.order_by("-number").first()
    copy = FrameworkVersion.objects.create(
        number=last.number + 1,
        title=version.title,
        notes=_("Kopie van versie %(number)s.") % {"number": version.number},
        status=FrameworkVersion.Status.DRAFT,
    )
    for criterion in version.criteria.prefetch_related("questions"):
        questions = list(criterion.questions.all())
        criterion.pk = None
        criterion.version = copy
        criterion.save()
        for question in questions:
            question.pk = None
            question.criterion = criterion
            question.save()
    return copy


@transaction.atomic
def framework_version_publish(*, version: FrameworkVersion, by=None) -> FrameworkVersion:
    """Put a draft version in use; the version in use until now is retired (its screenings
    keep pointing at it)."""
    if by is not None:
        _require(by, "screening.change_frameworkversion")
    if version.status != FrameworkVersion.Status.DRAFT:
        raise ValidationError(_("Alleen een versie in voorbereiding kan in gebruik gaan."))
    if not Question.objects.filter(criterion__version=version).exists():
        raise ValidationError(_("Een versie zonder vragen kan niet in gebruik gaan."))
    FrameworkVersion.objects.filter(status=FrameworkVersion.Status.ACTIVE).update(
        status=FrameworkVersion.Status.RETIRED
    )
    version.status = FrameworkVersion.Status.ACTIVE
    version.published_at = timezone.now()
    version.save(update_fields=["status", "published_at"])
    content.changed()  # the listing's criterion choices change
    return version


# --- Screenings ---------------------------------------------------------------------------


@transaction.atomic
def screening_start(*, tool: Tool, by) -> Screening:
    """A new draft of `tool` against the framework version in use, one open per tool."""
    _require(by, PERM_DRAFT)
    if Screening.objects.open().filter(tool=tool).exists():
        raise ValidationError(_("Er loopt al een screening van deze tool."))
    version = selectors.framework_version_current()
    if version is None:
        raise ValidationError(_("Er is geen screeningskader in gebruik."))
    # The first screening of a proposed tool shows the provider's claims beside each
    # question (never as answers), when they were made against the same framework version.
    submission = None
    if not Screening.objects.filter(tool=tool).exists():
        submission = (
            ToolSubmission.objects.filter(
                tool=tool, status=ToolSubmission.Status.ACCEPTED, version=version
            )
            .order_by("-decided_at")
            .first()
        )
    screening = Screening(tool=tool, version=version, screener=by, source_submission=submission)
    screening.full_clean()
    screening.save()
    ScreeningAnswer.objects.bulk_create(
        ScreeningAnswer(screening=screening, question=question)
        for question in Question.objects.filter(criterion__version=version)
    )
    _event(screening, ScreeningEvent.Action.CREATED, by)
    return screening


def _check_length(value: str, limit: int, label: str):
    if len(value) > limit:
        raise ValidationError(
            _("%(label)s is te lang (maximaal %(limit)s tekens).")
            % {"label": label, "limit": limit}
        )


def _take_over_claim(*, answer, data, claims, errors) -> str:
    """The value a screener takes over from the provider's claim, once they wrote their own
    evidence for it; errors are collected so the screener sees all of them at once."""
    claim = claims.get(answer.question_id)
    label = answer.question.label
    if claim is None or not claim.value:
        errors.append(
            _("Er is geen antwoord van de aanbieder om over te nemen (vraag: %(question)s).")
            % {"question": label}
        )
        return data.get("value", "")
    if not (data.get("evidence") or "").strip():
        errors.append(
            _(
                "Neem het antwoord van de aanbieder pas over als je het zelf nagegaan hebt: "
                "schrijf je eigen onderbouwing (vraag: %(question)s)."
            )
            % {"question": label}
        )
    chosen = data.get("value", "")
    if chosen and chosen != claim.value:
        errors.append(
            _(
                "Kies zelf een antwoord of neem dat van de aanbieder over, niet allebei "
                "(vraag: %(question)s)."
            )
            % {"question": label}
        )
    return claim.value


@transaction.atomic
def screening_save_draft(
    *,
    screening: Screening,
    by,
    answers: dict,
    strengths: str = "",
    attention_points: str = "",
    outcome: str = "",
) -> Screening:
    """Store the screener's work. `answers` maps question id -> {value, evidence,
    evidence_url, take_over}; `take_over` copies the provider's claimed value, and needs
    the screener's own evidence."""
    _require(by, PERM_DRAFT)
    screening = Screening.objects.select_for_update().get(pk=screening.pk)
    if screening.status != Screening.Status.DRAFT:
        raise ValidationError(_("Alleen een concept kan nog wijzigen."))
    _check_length(strengths, VERDICT_TEXT_MAX, _("Sterktes"))
    _check_length(attention_points, VERDICT_TEXT_MAX, _("Aandachtspunten"))
    screening.strengths = strengths
    screening.attention_points = attention_points
    screening.outcome = outcome
    screening.full_clean()
    screening.save()
    claims = selectors.screening_provider_claims(screening=screening)
    errors = []
    for answer in screening.answers.select_related("question"):
        data = answers.get(answer.question_id)
        if data is None:
            continue
        value = data.get("value", "")
        if data.get("take_over"):
            value = _take_over_claim(answer=answer, data=data, claims=claims, errors=errors)
        answer.value = value
        answer.evidence = data.get("evidence", "")
        answer.evidence_url = data.get("evidence_url", "")
        _check_length(answer.evidence, EVIDENCE_MAX, _("Onderbouwing"))
        answer.full_clean()
        answer.save()
    if errors:
        raise ValidationError(errors)
    _event(screening, ScreeningEvent.Action.SAVED, by)
    return screening


@transaction.atomic
def screening_submit_for_review(*, screening: Screening, by) -> Screening:
    _require(by, PERM_DRAFT)
    screening = Screening.objects.select_for_update().get(pk=screening.pk)
    if screening.status != Screening.Status.DRAFT:
        raise ValidationError(_("Alleen een concept kan ingediend worden."))
    errors = []
    unanswered = screening.answers.filter(value="").count()
    if unanswered:
        errors.append(
            _(
                "Beantwoord eerst alle vragen (nog %(count)s open). Kies 'Onbekend' als je het "
                "niet kon nagaan."
            )
            % {"count": unanswered}
        )
    if not screening.outcome:
        errors.append(_("Kies een besluit."))
    if (
        screening.outcome == Screening.Outcome.INCLUDED_WITH_ATTENTION
        and not screening.attention_points.strip()
    ):
        errors.append(_("Beschrijf de aandachtspunten bij dit besluit."))
    if errors:
        raise ValidationError(errors)
    screening.status = Screening.Status.IN_REVIEW
    screening.save(update_fields=["status", "updated_at"])
    _event(screening, ScreeningEvent.Action.SUBMITTED, by)
    return screening


def screening_is_own_work(*, screening: Screening, user) -> bool:
    """The two-person rule: whoever screened or edited a screening may not review it.

    Reads `screening.events` (prefetched on the detail page). Its SQL form, for lists, is
    `selectors.screenings_awaiting_review_by`; a test proves the two agree."""
    authors = {e.actor_id for e in screening.events.all() if e.action in ScreeningEvent.AUTHORING}
    authors.add(screening.screener_id)
    return user.pk in authors


def _check_second_reader(screening: Screening, by):
    if screening_is_own_work(screening=screening, user=by):
        raise AccessDenied(
            _(
                "Een tweede persoon moet de screening nalezen: je kunt je eigen werk niet "
                "goedkeuren."
            )
        )


@transaction.atomic
def screening_send_back(*, screening: Screening, by, comment: str) -> Screening:
    _require(by, PERM_REVIEW)
    screening = Screening.objects.select_for_update().get(pk=screening.pk)
    if screening.status != Screening.Status.IN_REVIEW:
        raise ValidationError(_("Alleen een screening die wacht op nalezing kan terug."))
    _check_second_reader(screening, by)
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError({"comment": _("Schrijf wat de screener nog moet doen.")})
    _check_length(comment, COMMENT_MAX, _("Opmerking"))
    screening.status = Screening.Status.DRAFT
    screening.save(update_fields=["status", "updated_at"])
    _event(screening, ScreeningEvent.Action.SENT_BACK, by, comment)
    return screening


@transaction.atomic
def screening_approve(*, screening: Screening, by, comment: str = "") -> Screening:
    _require(by, PERM_REVIEW)
    screening = Screening.objects.select_for_update().get(pk=screening.pk)
    if screening.status != Screening.Status.IN_REVIEW:
        raise ValidationError(
            _("Alleen een screening die wacht op nalezing kan goedgekeurd worden.")
        )
    _check_second_reader(screening, by)
    _check_length(comment or "", COMMENT_MAX, _("Opmerking"))
    screening.status = Screening.Status.APPROVED
    screening.reviewer = by
    screening.approved_at = timezone.now()
    screening.save(update_fields=["status", "reviewer", "approved_at", "updated_at"])
    _event(screening, ScreeningEvent.Action.APPROVED, by, (comment or "").strip())
    return screening


def _tool_goes_public_with(screening: Screening) -> bool:
    """The publishing rule (see the module docstring)."""
    return (
        screening.tool.status == Tool.Status.DRAFT
        and screening.outcome != Screening.Outcome.NOT_INCLUDED
        and ToolSubmission.objects.filter(
            tool_id=screening.tool_id, status=ToolSubmission.Status.ACCEPTED
        ).exists()
    )


@transaction.atomic
def screening_publish(*, screening: Screening, by) -> Screening:
    """Make an approved screening public; it replaces the tool's previous public screening.
    A proposed tool goes on-line with it (see the publishing rule above)."""
    _require(by, PERM_REVIEW)
    screening = Screening.objects.select_for_update().select_related("tool").get(pk=screening.pk)
    if screening.status != Screening.Status.APPROVED:
        raise ValidationError(_("Alleen een goedgekeurde screening kan gepubliceerd worden."))
    for previous in Screening.objects.published().filter(tool_id=screening.tool_id):
        previous.status = Screening.Status.SUPERSEDED
        previous.save(update_fields=["status", "updated_at"])
        _event(previous, ScreeningEvent.Action.SUPERSEDED, by)
    now = timezone.now()
    screening.status = Screening.Status.PUBLISHED
    screening.published_at = now
    screening.rescreen_due = add_months(timezone.localdate(now), settings.SCREENING_RESCREEN_MONTHS)
    screening.save(update_fields=["status", "published_at", "rescreen_due", "updated_at"])
    _event(screening, ScreeningEvent.Action.PUBLISHED, by)
    if _tool_goes_public_with(screening):
        screening.tool = catalogue_services.tool_publish(
            tool=screening.tool,
            by=by,
            reason=_("Gepubliceerd samen met zijn eerste screening (screening %(pk)s).")
            % {"pk": screening.pk},
        )
    # The listing's screening filters and counts are cached per content version.
    content.changed()
    return screening


@transaction.atomic
def screening_approve_and_publish(*, screening: Screening, by, comment: str = "") -> Screening:
    screening = screening_approve(screening=screening, by=by, comment=comment)
    return screening_publish(screening=screening, by=by)


# --- Provider submissions -----------------------------------------------------------------


@transaction.atomic
def submission_create(
    *,
    tool_name: str,
    website_url: str,
    provider_name: str,
    contact_name: str,
    contact_email: str,
    description: str,
    audience: str,
    purposes,
    answers: dict,
) -> ToolSubmission:
    """Store a provider's proposal. `answers` maps question id -> {value, note}."""
    version = selectors.framework_version_current()
    if version is None:
        raise ValidationError(_("Er is geen screeningskader in gebruik."))
    submission = ToolSubmission(
        tool_name=tool_name.strip(),
        website_url=website_url.strip(),
        provider_name=provider_name.strip(),
        contact_name=contact_name.strip(),
        contact_email=contact_email.strip(),
        description=description.strip(),
        audience=audience.strip(),
        version=version,
    )
    _check_length(submission.description, PROPOSAL_DESCRIPTION_MAX, _("Wat doet de tool"))
    _check_length(submission.audience, PROPOSAL_AUDIENCE_MAX, _("Voor wie"))
    submission.full_clean()
    submission.save()
    submission.purposes.set(purposes)
    rows = []
    for question in Question.objects.filter(criterion__version=version):
        data = answers.get(question.pk) or {}
        value, note = data.get("value", ""), (data.get("note") or "").strip()
        if value not in Answer.values:
            value = ""
        if value or note:
            _check_length(note, CLAIM_NOTE_MAX, _("Toelichting"))
            rows.append(
                SubmissionAnswer(submission=submission, question=question, value=value, note=note)
            )
    SubmissionAnswer.objects.bulk_create(rows)
    return submission


def _erase_contact(submission: ToolSubmission):
    submission.contact_name = ""
    submission.contact_email = ""


@transaction.atomic
def submission_accept(*, submission: ToolSubmission, by) -> ToolSubmission:
    """Turn a proposal into a draft catalogue entry that waits for its screening (whoever
    starts it is its screener). The provider's contact details are erased; their
    self-assessment stays with the proposal, as a claim."""
    _require(by, PERM_MODERATE)
    submission = ToolSubmission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != ToolSubmission.Status.PENDING:
        raise ValidationError(_("Over dit voorstel is al beslist."))
    tool = catalogue_services.tool_create_from_submission(
        name=submission.tool_name,
        website_url=submission.website_url,
        provider=submission.provider_name,
        description=submission.description,
        purposes=submission.purposes.all(),
        source=_("Voorgesteld door de aanbieder via Toolwijzer (%(date)s)")
        % {"date": timezone.localdate(submission.created_at).isoformat()},
        curator_note=_(
            "Voorgesteld door de aanbieder. Voor wie (volgens de aanbieder): %(audience)s\n"
            "Alle feiten nog nakijken."
        )
        % {"audience": submission.audience},
        by=by,
    )
    submission.status = ToolSubmission.Status.ACCEPTED
    submission.decided_by = by
    submission.decided_at = timezone.now()
    submission.tool = tool
    _erase_contact(submission)
    submission.full_clean()
    submission.save()
    return submission


@transaction.atomic
def submission_decline(*, submission: ToolSubmission, by, reason: str) -> ToolSubmission:
    _require(by, PERM_MODERATE)
    submission = ToolSubmission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != ToolSubmission.Status.PENDING:
        raise ValidationError(_("Over dit voorstel is al beslist."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Geef een reden.")})
    _check_length(reason, COMMENT_MAX, _("Reden"))
    submission.status = ToolSubmission.Status.DECLINED
    submission.decline_reason = reason
    submission.decided_by = by
    submission.decided_at = timezone.now()
    _erase_contact(submission)
    submission.save()
    return submission


# --- Roles --------------------------------------------------------------------------------


def _role_group(role: str) -> Group:
    if role not in roles.ROLES:
        raise ValidationError(
            _("Onbekende rol %(role)s. Kies uit: %(roles)s.")
            % {"role": role, "roles": ", ".join(roles.ROLES)}
        )
    roles.roles_ensure()
    return Group.objects.get(name=role)


@transaction.atomic
def role_grant(*, user, role: str) -> list[str]:
    """Give `user` a role; curators also get staff status, as their work includes the admin.
    Returns what changed, in words."""
    group = _role_group(role)
    changes = []
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
        changes.append(f"added to {role}")
    if role == roles.CURATORS and not user.is_staff:
        user.is_staff = True
        user.full_clean()
        user.save(update_fields=["is_staff"])
        changes.append("staff status on (admin access)")
    return changes


@transaction.atomic
def role_revoke(*, user, role: str) -> list[str]:
    """Take a role away; a former curator loses staff status (superusers keep theirs)."""
    group = _role_group(role)
    changes = []
    if user.groups.filter(pk=group.pk).exists():
        user.groups.remove(group)
        changes.append(f"removed from {role}")
    if role == roles.CURATORS and user.is_staff and not user.is_superuser:
        user.is_staff = False
        user.full_clean()
        user.save(update_fields=["is_staff"])
        changes.append("staff status off")
    return changes
