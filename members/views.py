import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from reviews import selectors as review_selectors

from . import selectors, services
from .forms import AccountDeleteForm, ProfileForm


@login_required
def account(request):
    """The member's own page: profile, their reviews, and the links to manage the account."""
    profile = selectors.profile_of(user=request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            services.profile_save(user=request.user, **form.cleaned_data)
            messages.success(request, _("Je profiel is bewaard."))
            return redirect("members:account")
        status = 400
    else:
        initial = {"sector": profile.sector_id, "role": profile.role} if profile else {}
        form = ProfileForm(initial=initial)
        status = 200
    return render(
        request,
        "members/account.html",
        {
            "form": form,
            "profile": profile,
            "reviews": review_selectors.reviews_of_member(user=request.user),
        },
        status=status,
    )


@never_cache
@login_required
@require_GET
def export(request):
    """All of the member's data as a JSON download."""
    data = selectors.member_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="toolwijzer-mijn-gegevens.json"'
    return response


@login_required
def delete(request):
    if request.method == "POST":
        form = AccountDeleteForm(request.POST)
        if form.is_valid():
            services.account_delete(user=request.user, keep_texts=form.cleaned_data["keep_texts"])
            logout(request)
            return redirect("members:deleted")
        return render(request, "members/delete.html", {"form": form}, status=400)
    return render(request, "members/delete.html", {"form": AccountDeleteForm()})


def deleted(request):
    # A page of its own: the home page may be served from the cache, without messages.
    return render(request, "members/deleted.html")


def privacy(request):
    return render(request, "members/privacy.html")
