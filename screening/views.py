"""Thin views: check the role, call a selector or service, render. Rules live in services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from catalogue.models import Tool
from core.ratelimit import rate_limit_exceeded

from . import selectors, services
from .forms import DeclineForm, ReviewForm, ScreeningForm, SubmissionForm
from .models import Screening, ScreeningEvent, ToolSubmission

DASHBOARD_ROWS = 100


def _role(perm):
    """Anonymous visitors go to the login page; signed-in people without the role get 403."""

    def decorator(view):
        return login_required(permission_required(perm, raise_exception=True)(view))

    return decorator


def _error_messages(error: ValidationError) -> list[str]:
    return list(error.messages)


# --- Accounts -----------------------------------------------------------------------------


class LoginView(auth_views.LoginView):
    template_name = "screening/accounts/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        if self.request.user.has_perm("screening.view_dashboard"):
            return reverse("screening:dashboard")
        return reverse("catalogue:home")


class LogoutView(auth_views.LogoutView):
    template_name = "screening/accounts/logged_out.html"


# --- Public -------------------------------------------------------------------------------


def framework(request):
    version = selectors.framework_version_current()
    if version is None:
        raise Http404
    return render(
        request,
        "screening/framework.html",
        {"version": version, "criteria": selectors.framework_criteria(version=version)},
    )


def submit(request):
    version = selectors.framework_version_current()
    if version is None:
        raise Http404
    criteria = selectors.framework_criteria(version=version)
    status = 200
    if request.method == "POST":
        form = SubmissionForm(request.POST, criteria=criteria)
        if form.is_valid():
            if form.is_spam():
                # Answer a bot as if it succeeded; store nothing.
                return redirect("screening:submit_thanks")
            if rate_limit_exceeded(
                request=request, scope="tool-submission", limit=settings.SUBMISSION_RATE_LIMIT
            ):
                form.add_error(
                    None,
                    _(
                        "Je stuurde het voorbije uur al veel voorstellen. Je tekst staat hieronder "
                        "nog: probeer het over een uur opnieuw."
                    ),
                )
                status = 429
            else:
                data = form.cleaned_data
                try:
                    services.submission_create(
                        tool_name=data["tool_name"],
                        website_url=data["website_url"],
                        provider_name=data["provider_name"],
                        contact_name=data["contact_name"],
                        contact_email=data["contact_email"],
                        description=data["description"],
                        audience=data["audience"],
                        purposes=data["purposes"],
                        answers=form.answers(),
                    )
                except ValidationError as error:
                    for message in _error_messages(error):
                        form.add_error(None, message)
                else:
                    return redirect("screening:submit_thanks")
        if form.errors:
            status = status if status != 200 else 400
    else:
        form = SubmissionForm(criteria=criteria)
    return render(
        request, "screening/submit.html", {"form": form, "version": version}, status=status
    )


def submit_thanks(request):
    return render(request, "screening/submit_thanks.html")


# --- Curators -----------------------------------------------------------------------------


@_role("screening.view_dashboard")
def dashboard(request):
    never_screened = selectors.tools_never_screened()
    return render(
        request,
        "screening/dashboard.html",
        {
            "submissions": selectors.submissions_pending(),
            "in_review": selectors.screenings_in_review(),
            "drafts": selectors.screenings_drafts(),
            "rescreens": selectors.screenings_rescreen_due()[:DASHBOARD_ROWS],
            "never_screened": never_screened[:DASHBOARD_ROWS],
            "never_screened_count": never_screened.count(),
            "dashboard_rows": DASHBOARD_ROWS,
        },
    )


@require_POST
@_role("screening.draft_screening")
def start(request, slug):
    tool = get_object_or_404(Tool.objects.exclude(status=Tool.Status.ARCHIVED), slug=slug)
    existing = selectors.screening_open_for_tool(tool=tool)
    if existing is not None:
        messages.info(request, _("Er loopt al een screening van deze tool."))
        return redirect(existing)
    try:
        screening = services.screening_start(tool=tool, by=request.user)
    except ValidationError as error:
        for message in _error_messages(error):
            messages.error(request, message)
        return redirect(tool)
    return redirect("screening:edit", pk=screening.pk)


def _can_see(user, screening) -> bool:
    return user.has_perm("screening.draft_screening") or user.has_perm("screening.review_screening")


@login_required
def detail(request, pk):
    screening = selectors.screening_get(pk=pk)
    if not _can_see(request.user, screening):
        raise PermissionDenied
    return _render_detail(request, screening, ReviewForm())


def _render_detail(request, screening, review_form, status=200):
    authors = {e.actor_id for e in screening.events.all() if e.action in ScreeningEvent.AUTHORING}
    authors.add(screening.screener_id)
    can_review = (
        screening.status == Screening.Status.IN_REVIEW
        and request.user.has_perm("screening.review_screening")
        and request.user.pk not in authors
    )
    return render(
        request,
        "screening/detail.html",
        {
            "screening": screening,
            "profile": selectors.screening_profile(screening=screening),
            "review_form": review_form,
            "can_review": can_review,
            "is_author": request.user.pk in authors,
            "can_edit": screening.status == Screening.Status.DRAFT
            and request.user.has_perm("screening.draft_screening"),
        },
        status=status,
    )


@_role("screening.draft_screening")
def edit(request, pk):
    screening = selectors.screening_get(pk=pk)
    if screening.status != Screening.Status.DRAFT:
        messages.info(request, _("Deze screening is geen concept meer en kan niet wijzigen."))
        return redirect(screening)
    criteria = selectors.framework_criteria(version=screening.version)
    status = 200
    if request.method == "POST":
        form = ScreeningForm(request.POST, screening=screening, criteria=criteria)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.screening_save_draft(
                    screening=screening,
                    by=request.user,
                    answers=form.service_answers(),
                    strengths=data["strengths"],
                    attention_points=data["attention_points"],
                    outcome=data["outcome"],
                )
                if request.POST.get("action") == "submit":
                    services.screening_submit_for_review(screening=screening, by=request.user)
                    messages.success(request, _("De screening wacht nu op een tweede lezer."))
                    return redirect(screening)
            except ValidationError as error:
                for message in _error_messages(error):
                    form.add_error(None, message)
                status = 400
            else:
                messages.success(request, _("Het concept is bewaard."))
                return redirect("screening:edit", pk=screening.pk)
        else:
            status = 400
    else:
        form = ScreeningForm(screening=screening, criteria=criteria)
    sent_back = selectors.screening_sent_back_event(screening=screening)
    return render(
        request,
        "screening/edit.html",
        {"screening": screening, "form": form, "sent_back": sent_back},
        status=status,
    )


@require_POST
@_role("screening.review_screening")
def review(request, pk):
    screening = selectors.screening_get(pk=pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, screening, form, status=400)
    decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"]
    try:
        if decision == "approve":
            services.screening_approve_and_publish(
                screening=screening, by=request.user, comment=comment
            )
            messages.success(request, _("De screening is goedgekeurd en staat nu online."))
        else:
            services.screening_send_back(screening=screening, by=request.user, comment=comment)
            messages.success(request, _("De screening is teruggestuurd naar de screener."))
    except ValidationError as error:
        for message in _error_messages(error):
            form.add_error(None, message)
        return _render_detail(request, selectors.screening_get(pk=pk), form, status=400)
    return redirect(screening)


@_role("screening.moderate_submission")
def submission_detail(request, pk):
    submission = selectors.submission_get(pk=pk)
    return _render_submission(request, submission, DeclineForm())


def _render_submission(request, submission, decline_form, status=200):
    answers = {a.question_id: a for a in submission.answers.all()}
    groups = [
        (criterion, [(q, answers.get(q.pk)) for q in criterion.questions.all()])
        for criterion in selectors.framework_criteria(version=submission.version)
    ]
    return render(
        request,
        "screening/submission_detail.html",
        {"submission": submission, "groups": groups, "decline_form": decline_form},
        status=status,
    )


@require_POST
@_role("screening.moderate_submission")
def submission_accept(request, pk):
    submission = get_object_or_404(ToolSubmission, pk=pk)
    try:
        screening = services.submission_accept(submission=submission, by=request.user)
    except ValidationError as error:
        for message in _error_messages(error):
            messages.error(request, message)
        return redirect(submission)
    messages.success(
        request,
        _(
            "Er is een conceptfiche en een screeningsconcept gemaakt. De antwoorden komen van "
            "de aanbieder: ga ze na."
        ),
    )
    return redirect(reverse("screening:edit", kwargs={"pk": screening.pk}))


@require_POST
@_role("screening.moderate_submission")
def submission_decline(request, pk):
    submission = selectors.submission_get(pk=pk)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _render_submission(request, submission, form, status=400)
    try:
        services.submission_decline(
            submission=submission, by=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        for message in _error_messages(error):
            messages.error(request, message)
        return redirect(submission)
    messages.success(request, _("Het voorstel is geweigerd en de contactgegevens zijn gewist."))
    return redirect("screening:dashboard")
