"""Writes for reviews: keyword-only, atomic, validated with full_clean."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from practices.text import clean_text

from . import selectors
from .models import AnonymousReviewText, Review, ReviewReport, TrustedMember


@transaction.atomic
def review_save(
    *,
    tool,
    author,
    sector,
    target_group,
    usage: str,
    duration: str,
    ease: int | None,
    fit: int | None,
    goals: int | None,
    success_factors=(),
    text: str = "",
) -> Review:
    """Write or rewrite the member's review of `tool`. A new or edited review waits for a
    curator, unless a curator trusts the member: then it is published at once."""
    if not selectors.member_may_review(user=author):
        raise ValidationError(_("Bevestig eerst je e-mailadres; daarna kun je een ervaring delen."))
    review = Review.objects.select_for_update().filter(tool=tool, author=author).first() or Review(
        tool=tool, author=author
    )
    now = timezone.now()
    review.sector = sector
    review.target_group = target_group
    review.usage = usage
    review.duration = duration
    review.ease, review.fit, review.goals = ease, fit, goals
    review.text = clean_text(text).strip()
    review.updated_at = now
    review.removal_reason = ""
    review.moderated_by = None
    review.moderated_at = None
    if selectors.member_is_trusted(user=author):
        review.status = Review.Status.PUBLISHED
        review.published_at = now
    else:
        review.status = Review.Status.PENDING
        review.published_at = None
    review.full_clean()
    review.save()
    review.success_factors.set(success_factors)
    # Reports were about the text as it stood; the edit goes through moderation anew.
    review.reports.filter(outcome=ReviewReport.Outcome.OPEN).update(
        outcome=ReviewReport.Outcome.DISMISSED, handled_at=now
    )
    return review


@transaction.atomic
def review_approve(*, review: Review, by) -> Review:
    review = Review.objects.select_for_update().get(pk=review.pk)
    if review.status != Review.Status.PENDING:
        raise ValidationError(_("Deze ervaring wacht niet (meer) op moderatie."))
    now = timezone.now()
    review.status = Review.Status.PUBLISHED
    review.published_at = now
    review.moderated_by = by
    review.moderated_at = now
    review.full_clean()
    review.save()
    return review


@transaction.atomic
def review_decline(*, review: Review, by, reason: str = "") -> Review:
    review = Review.objects.select_for_update().get(pk=review.pk)
    now = timezone.now()
    review.status = Review.Status.REMOVED
    review.published_at = None
    review.removal_reason = clean_text(reason).strip()
    review.moderated_by = by
    review.moderated_at = now
    review.full_clean()
    review.save()
    return review


@transaction.atomic
def report_create(*, review: Review, reason: str) -> ReviewReport:
    if review.status != Review.Status.PUBLISHED:
        raise ValidationError(_("Deze ervaring staat niet (meer) online."))
    report = ReviewReport(review=review, reason=clean_text(reason).strip())
    report.full_clean()
    report.save()
    return report


@transaction.atomic
def report_uphold(*, report: ReviewReport, by, reason: str = "") -> ReviewReport:
    """The report is right: the review goes offline, and every open report on it is done."""
    report = ReviewReport.objects.select_for_update().get(pk=report.pk)
    review_decline(review=report.review, by=by, reason=reason or report.reason)
    report.review.reports.filter(outcome=ReviewReport.Outcome.OPEN).update(
        outcome=ReviewReport.Outcome.REMOVED, handled_by=by, handled_at=timezone.now()
    )
    report.refresh_from_db()
    return report


@transaction.atomic
def report_dismiss(*, report: ReviewReport, by) -> ReviewReport:
    report = ReviewReport.objects.select_for_update().get(pk=report.pk)
    if report.outcome != ReviewReport.Outcome.OPEN:
        raise ValidationError(_("Deze melding is al afgehandeld."))
    report.outcome = ReviewReport.Outcome.DISMISSED
    report.handled_by = by
    report.handled_at = timezone.now()
    report.full_clean()
    report.save()
    return report


@transaction.atomic
def member_trust(*, user, by) -> TrustedMember:
    """From now on the member's reviews publish at once; what waits now is published too."""
    trust, _created = TrustedMember.objects.get_or_create(user=user, defaults={"trusted_by": by})
    now = timezone.now()
    Review.objects.filter(author=user, status=Review.Status.PENDING).update(
        status=Review.Status.PUBLISHED, published_at=now, moderated_by=by, moderated_at=now
    )
    return trust


@transaction.atomic
def member_untrust(*, user) -> None:
    TrustedMember.objects.filter(user=user).delete()


@transaction.atomic
def reviews_erase_for_member(*, user, keep_texts: bool) -> int:
    """Before a member's account goes: remove their reviews and reports' links. With
    `keep_texts`, the text of each published review stays, without author, context or
    ratings. Returns how many texts were kept."""
    kept = 0
    if keep_texts:
        texts = [
            AnonymousReviewText(tool_id=review.tool_id, text=review.text, published_at=when)
            for review in Review.objects.published().filter(author=user).exclude(text="")
            if (when := review.published_at)
        ]
        AnonymousReviewText.objects.bulk_create(texts)
        kept = len(texts)
    Review.objects.filter(author=user).delete()
    TrustedMember.objects.filter(user=user).delete()
    return kept
