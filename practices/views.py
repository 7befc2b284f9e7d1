from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import roles
from core.permissions import role_required
from core.ratelimit import rate_limit_exceeded

from . import selectors, services
from .forms import DeclineForm, PublishForm, ShareForm
from .models import Practice
from .text import clean_line

PAGE_SIZE = 20
MODERATION_PAGE_SIZE = 20
MODERATE = "practices.moderate_practice"
# Moderating practices is the curators' job (a 403 tells others whom to ask).
moderator_required = role_required(
    MODERATE, role=roles.CURATORS, role_label=roles.LABELS[roles.CURATORS]
)


def get_language_code() -> str:
    """The page's language: people usually write in the language they read the form in."""
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def practice_list(request):
    filters = selectors.PracticeFilters.from_query(request.GET)
    paginator = Paginator(selectors.practice_list_published(filters=filters), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "practices/practice_list.html",
        {
            "page_obj": page,
            "practices": page.object_list,
            "filters": filters,
            "facets": selectors.practice_facets(filters=filters),
        },
    )


def practice_detail(request, slug):
    practice = selectors.practice_get_published(slug=slug)
    return render(request, "practices/practice_detail.html", {"practice": practice})


def practice_share(request):
    if request.method == "POST":
        form = ShareForm(request.POST)
        if form.is_spam():
            # Say thanks, store nothing: the bot learns nothing.
            return redirect("practices:share_done")
        limited = rate_limit_exceeded(
            request=request,
            scope="practice-share",
            limit=settings.SUBMISSION_RATE_LIMIT,
            window_seconds=3600,
        )
        if limited:
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Je deelde het afgelopen uur al enkele praktijken. Probeer het later opnieuw; "
                    "wat je typte staat er nog."
                ),
            )
            return render(request, "practices/share.html", {"form": form}, status=429)
        if form.is_valid():
            data = dict(form.cleaned_data)
            data.pop("website", None)
            try:
                services.practice_submit(**data, language=get_language_code())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect("practices:share_done")
        return render(request, "practices/share.html", {"form": form}, status=400)
    initial = {}
    tool = clean_line(request.GET.get("tool", ""))[:120]
    if tool:
        initial["tool_names"] = tool
    return render(request, "practices/share.html", {"form": ShareForm(initial=initial)})


def practice_share_done(request):
    return render(request, "practices/share_done.html")


@moderator_required
def moderation_queue(request):
    # Oldest first, a page at a time: a long queue must not make every curator's page slow.
    page = Paginator(selectors.moderation_queue(), MODERATION_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "practices/moderation.html",
        {"page_obj": page, "practices": page.object_list, "decline_form": DeclineForm()},
    )


@moderator_required
@require_POST
def moderation_publish(request, pk):
    practice = get_object_or_404(Practice, pk=pk)
    if not PublishForm(request.POST).is_valid():
        messages.error(
            request,
            _("Niet gepubliceerd: vink aan dat je %(title)s wilt publiceren.")
            % {"title": practice.title},
        )
        return redirect("practices:moderation")
    try:
        services.practice_publish(practice=practice, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Gepubliceerd: %(title)s") % {"title": practice.title})
    return redirect("practices:moderation")


@moderator_required
@require_POST
def moderation_decline(request, pk):
    practice = get_object_or_404(Practice, pk=pk)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            _("Niet afgewezen (%(title)s): %(errors)s")
            % {
                "title": practice.title,
                "errors": " ".join(e for errors in form.errors.values() for e in errors),
            },
        )
        return redirect("practices:moderation")
    try:
        services.practice_decline(
            practice=practice, by=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Afgewezen: %(title)s") % {"title": practice.title})
    return redirect("practices:moderation")
