from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import roles
from core.permissions import role_required
from core.ratelimit import rate_limit_exceeded

from . import selectors, services
from .forms import DeclineForm, ReportForm, ReviewForm
from .models import Review, ReviewReport

PAGE_SIZE = 20
MODERATION_PAGE_SIZE = 20
moderator_required = role_required(
    "reviews.moderate_review", role=roles.CURATORS, role_label=roles.LABELS[roles.CURATORS]
)


def _initial(review: Review | None) -> dict:
    if review is None:
        return {}
    return {
        "sector": review.sector_id,
        "target_group": review.target_group_id,
        "usage": review.usage,
        "duration": review.duration,
        "ease": review.ease,
        "fit": review.fit,
        "goals": review.goals,
        "success_factors": list(review.success_factors.all()),
        "text": review.text,
    }


@login_required
def review_edit(request, slug):
    tool = selectors.tool_get_reviewable(slug=slug)
    review = selectors.review_of(tool=tool, author=request.user)
    may_review = selectors.member_may_review(user=request.user)
    status = 200
    if request.method == "POST" and may_review:
        form = ReviewForm(request.POST)
        if form.is_valid():
            try:
                saved = services.review_save(tool=tool, author=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if saved.status == Review.Status.PUBLISHED:
                    messages.success(request, _("Bedankt! Je ervaring staat online."))
                else:
                    messages.success(
                        request,
                        _("Bedankt! Een curator leest je ervaring na; daarna verschijnt ze."),
                    )
                return redirect("reviews:list", slug=tool.slug)
        status = 400
    else:
        form = ReviewForm(initial=_initial(review))
    return render(
        request,
        "reviews/review_form.html",
        {"tool": tool, "form": form, "review": review, "may_review": may_review},
        status=status,
    )


def review_list(request, slug):
    tool = selectors.tool_get_reviewable(slug=slug)
    filters = selectors.ReviewFilters.from_query(request.GET)
    page = Paginator(
        selectors.tool_reviews_published(tool=tool, filters=filters), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "reviews/review_list.html",
        {
            "tool": tool,
            "filters": filters,
            "summary": selectors.tool_review_summary(tool=tool, filters=filters),
            "page_obj": page,
            "reviews": page.object_list,
            "anonymous_texts": selectors.tool_anonymous_texts(tool=tool)[:PAGE_SIZE],
            "options": selectors.filter_options(),
            "report_form": ReportForm(),
        },
    )


def review_report(request, slug, pk):
    tool = selectors.tool_get_reviewable(slug=slug)
    review = get_object_or_404(Review.objects.published(), pk=pk, tool=tool)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if rate_limit_exceeded(
            request=request,
            scope="review-report",
            limit=settings.REVIEW_REPORT_RATE_LIMIT,
            window_seconds=3600,
        ):
            form.is_valid()
            form.add_error(
                None,
                _("Je meldde het afgelopen uur al veel ervaringen. Probeer het later opnieuw."),
            )
            status = 429
        elif form.is_valid():
            try:
                services.report_create(review=review, reason=form.cleaned_data["reason"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Bedankt voor je melding. Een curator bekijkt ze."))
                return redirect("reviews:list", slug=tool.slug)
            status = 400
        else:
            status = 400
    return render(
        request,
        "reviews/report.html",
        {"tool": tool, "review": review, "form": form},
        status=status,
    )


@moderator_required
def moderation_queue(request):
    page = Paginator(selectors.moderation_queue(), MODERATION_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "reviews/moderation.html",
        {
            "page_obj": page,
            "reviews": page.object_list,
            "reports": selectors.reports_open()[:MODERATION_PAGE_SIZE],
            "report_count": selectors.reports_open().count(),
            "decline_form": DeclineForm(),
        },
    )


def _done(request, action):
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    return True


@moderator_required
@require_POST
def moderation_approve(request, pk):
    review = get_object_or_404(Review, pk=pk)
    if _done(request, lambda: services.review_approve(review=review, by=request.user)):
        messages.success(request, _("Gepubliceerd: ervaring met %(tool)s") % {"tool": review.tool})
    return redirect("reviews:moderation")


@moderator_required
@require_POST
def moderation_decline(request, pk):
    review = get_object_or_404(Review, pk=pk)
    form = DeclineForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    if _done(
        request, lambda: services.review_decline(review=review, by=request.user, reason=reason)
    ):
        messages.success(
            request, _("Niet gepubliceerd: ervaring met %(tool)s") % {"tool": review.tool}
        )
    return redirect("reviews:moderation")


@moderator_required
@require_POST
def moderation_trust(request, pk):
    review = get_object_or_404(Review, pk=pk)
    author = get_object_or_404(get_user_model(), pk=review.author_id)
    if _done(request, lambda: services.member_trust(user=author, by=request.user)):
        messages.success(
            request, _("Vertrouwd: de ervaringen van dit lid verschijnen voortaan meteen.")
        )
    return redirect("reviews:moderation")


@moderator_required
@require_POST
def report_uphold(request, pk):
    report = get_object_or_404(ReviewReport, pk=pk)
    if _done(request, lambda: services.report_uphold(report=report, by=request.user)):
        messages.success(request, _("De ervaring staat niet meer online."))
    return redirect("reviews:moderation")


@moderator_required
@require_POST
def report_dismiss(request, pk):
    report = get_object_or_404(ReviewReport, pk=pk)
    if _done(request, lambda: services.report_dismiss(report=report, by=request.user)):
        messages.success(request, _("De melding is afgehandeld; de ervaring blijft staan."))
    return redirect("reviews:moderation")
