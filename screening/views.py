"""Thin views: check the role, call a selector or service, render. Rules live in services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from catalogue import selectors as catalogue_selectors
from core.permissions import AccessDenied, role_required
from core.ratelimit import rate_limit_exceeded
from members import selectors as members_selectors
from practices import selectors as practices_selectors
from reviews import selectors as reviews_selectors

from . import roles, selectors, services
from .forms import DeclineForm, ReviewForm, ScreeningForm, SubmissionForm
from .models import Screening, ScreeningEvent, ToolSubmission

DASHBOARD_ROWS = 100
WORK_ROWS = 20


def _role(perm):
    """Anonymous visitors go to the login page; signed-in people without the role get a 403
    that names the role they would need."""
    role = roles.role_for_permission(perm)
    return role_required(perm, role=role, role_label=roles.LABELS[role])


def _error_messages(error: ValidationError) -> list[str]:
    return list(error.messages)


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


# --- Each person's own work ---------------------------------------------------------------


def _rows(queryset):
    """The first WORK_ROWS of a list and how many there are in all (two small queries)."""
    rows = list(queryset[:WORK_ROWS])
    return {"rows": rows, "count": len(rows) if len(rows) < WORK_ROWS else queryset.count()}


@login_required
def work(request):
    """What waits for this person, one section per role they have."""
    user = request.user
    context = {"work_rows": WORK_ROWS, "has_role": False}
    if user.has_perm(services.PERM_DRAFT):
        drafts = list(selectors.screenings_drafts_of(user=user))
        sent_back = [s for s in drafts if s.last_action == ScreeningEvent.Action.SENT_BACK]
        context.update(
            has_role=True,
            screener=True,
            sent_back=sent_back,
            drafts=[s for s in drafts if s.last_action != ScreeningEvent.Action.SENT_BACK],
            submitted=list(selectors.screenings_submitted_by(user=user)),
            proposed=_rows(selectors.tools_proposed_awaiting_screening()),
        )
    if user.has_perm(services.PERM_REVIEW):
        context.update(
            has_role=True,
            reviewer=True,
            to_review=list(selectors.screenings_awaiting_review_by(user=user)),
        )
    if user.has_perm("screening.view_dashboard"):
        context.update(
            has_role=True,
            curator=True,
            submissions=_rows(selectors.submissions_pending()),
            rescreens=_rows(selectors.screenings_rescreen_due()),
            unverified=_rows(catalogue_selectors.tool_list_unverified()),
            screened_not_public=_rows(selectors.tools_screened_not_public()),
        )
    if user.has_perm("practices.moderate_practice"):
        context.update(
            has_role=True,
            moderator=True,
            practices=_rows(practices_selectors.moderation_queue()),
        )
    if user.has_perm("reviews.moderate_review"):
        context.update(
            has_role=True,
            review_moderator=True,
            waiting_reviews=_rows(reviews_selectors.moderation_queue()),
            review_reports=_rows(reviews_selectors.reports_open()),
        )
    context["member"] = members_selectors.profile_of(user=user)
    if not context["has_role"]:
        context["access_contact"] = settings.ACCESS_CONTACT
    return render(request, "screening/work.html", context)


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
            "screened_not_public": selectors.tools_screened_not_public()[:DASHBOARD_ROWS],
            "dashboard_rows": DASHBOARD_ROWS,
        },
    )


@require_POST
@_role("screening.draft_screening")
def start(request, slug):
    tool = catalogue_selectors.tool_find_not_archived(slug=slug)
    if tool is None:
        raise Http404("No tool to screen with this slug.")
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
    return user.has_perm(services.PERM_DRAFT) or user.has_perm(services.PERM_REVIEW)


@login_required
def detail(request, pk):
    screening = selectors.screening_get(pk=pk)
    if not _can_see(request.user, screening):
        raise AccessDenied(
            role_label=_("%(screeners)s of %(reviewers)s")
            % {
                "screeners": roles.LABELS[roles.SCREENERS],
                "reviewers": roles.LABELS[roles.REVIEWERS],
            },
        )
    return _render_detail(request, screening, ReviewForm())


def _render_detail(request, screening, review_form, status=200):
    own_work = services.screening_is_own_work(screening=screening, user=request.user)
    can_review = (
        screening.status == Screening.Status.IN_REVIEW
        and request.user.has_perm("screening.review_screening")
        and not own_work
    )
    return render(
        request,
        "screening/detail.html",
        {
            "screening": screening,
            "profile": selectors.screening_profile(screening=screening),
            "review_form": review_form,
            "can_review": can_review,
            "is_author": own_work,
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
    claims = selectors.screening_provider_claims(screening=screening)
    status = 200
    if request.method == "POST":
        form = ScreeningForm(request.POST, screening=screening, criteria=criteria, claims=claims)
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
        form = ScreeningForm(screening=screening, criteria=criteria, claims=claims)
    sent_back = selectors.screening_sent_back_event(screening=screening)
    return render(
        request,
        "screening/edit.html",
        {"screening": screening, "form": form, "sent_back": sent_back, "has_claims": bool(claims)},
        status=status,
    )


def _publication_message(*, tool_was_public: bool, screening: Screening) -> str:
    """What publishing did, exactly: the screening, and whether the tool is on-line."""
    tool = screening.tool
    if tool.is_published:
        if tool_was_public:
            return _("De screening is gepubliceerd en staat nu op de pagina van de tool.")
        return _("De screening is gepubliceerd en de tool staat nu online.")
    if screening.outcome == Screening.Outcome.NOT_INCLUDED:
        return _(
            "De screening is gepubliceerd. Het besluit is 'niet opgenomen': de tool blijft offline."
        )
    return _(
        "De screening is gepubliceerd, maar de tool zelf is nog een concept en staat niet "
        "online. Een curator moet de fiche nog publiceren."
    )


@require_POST
@_role("screening.review_screening")
def review(request, pk):
    screening = selectors.screening_get(pk=pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, screening, form, status=400)
    decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"]
    tool_was_public = screening.tool.is_published
    try:
        if decision == "approve":
            published = services.screening_approve_and_publish(
                screening=screening, by=request.user, comment=comment
            )
            messages.success(
                request,
                _publication_message(tool_was_public=tool_was_public, screening=published),
            )
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
    tool = submission.tool
    screening = selectors.screening_latest_for_tool(tool=tool) if tool else None
    can_start = (
        tool is not None
        and screening is None
        and not tool.is_archived
        and request.user.has_perm(services.PERM_DRAFT)
    )
    return render(
        request,
        "screening/submission_detail.html",
        {
            "submission": submission,
            "groups": groups,
            "decline_form": decline_form,
            "screening": screening,
            "can_start": can_start,
        },
        status=status,
    )


@require_POST
@_role("screening.moderate_submission")
def submission_accept(request, pk):
    submission = get_object_or_404(ToolSubmission, pk=pk)
    try:
        services.submission_accept(submission=submission, by=request.user)
    except ValidationError as error:
        for message in _error_messages(error):
            messages.error(request, message)
        return redirect(submission)
    messages.success(
        request,
        _(
            "Aanvaard. De tool staat als concept in de catalogus, nog niet online: ze komt "
            "online als haar screening gepubliceerd wordt. Een screener kan de screening nu "
            "starten."
        ),
    )
    return redirect(submission)


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
