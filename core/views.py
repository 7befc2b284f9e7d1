from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control, never_cache

from . import health
from .permissions import AccessDenied


@never_cache
def healthz(request):
    """Load balancer check: 200 when everything a page needs answers, else 503 naming what
    failed (database, cache, rate-limit store, static manifest)."""
    failures = health.failed_checks()
    if failures:
        return JsonResponse({"status": "unavailable", "failed": failures}, status=503)
    return JsonResponse({"status": "ok"})


@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers and tools that ask /favicon.ico get the site's icon (pages link its hashed
    name; a missing icon is a console error in every browser that asks)."""
    return redirect(static("core/favicon.ico"))


def login_locked_out(request, response=None, credentials=None):
    """django-axes' lockout page (AXES_LOCKOUT_CALLABLE): what happened, what to do, and the
    sign-in form again with the typed user name, answered with HTTP 429."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    form = AuthenticationForm(request, initial={"username": str(username)[:150]})
    form.fields["username"].widget.attrs.pop("autofocus", None)
    minutes = int(get_cool_off(request).total_seconds() // 60)  # AXES_COOLOFF_TIME
    page = render(
        request,
        "core/locked_out.html",
        {"form": form, "minutes": minutes, "next": request.POST.get("next", "")},
        status=429,
    )
    page["Retry-After"] = str(minutes * 60)
    return page


# Posted fields never shown back: secrets, the CSRF token, redirects, the honeypot.
_NEVER_SHOWN = ("password", "token", "csrf", "secret")
_NEVER_SHOWN_NAMES = {"next", "website"}
_KEPT_FIELDS_MAX = 60
_KEPT_TEXT_MAX = 20_000


def _kept_texts(request) -> list[str]:
    """What the person typed in the form that could not be accepted, for them to copy."""
    if request.method != "POST":
        return []
    texts = []
    for name, values in request.POST.lists():
        lowered = name.lower()
        if lowered in _NEVER_SHOWN_NAMES or any(word in lowered for word in _NEVER_SHOWN):
            continue
        texts.extend(value[:_KEPT_TEXT_MAX] for value in values if value.strip())
    return texts[:_KEPT_FIELDS_MAX]


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form was refused (page open too long, cookies off, an old
    copy). Say what to do, and give back what was typed; it is escaped like all output."""
    return render(request, "core/csrf_failure.html", {"texts": _kept_texts(request)}, status=403)


def bad_request(request, exception=None):
    return render(request, "core/400.html", status=400)


def page_not_found(request, exception=None):
    return render(request, "core/404.html", status=404)


def permission_denied(request, exception=None):
    """Says, when the refusing view told it, why and which role is needed, and whom to ask."""
    denied = exception if isinstance(exception, AccessDenied) else None
    return render(
        request,
        "core/403.html",
        {
            "reason": denied.reason if denied else "",
            "role": denied.role if denied else "",
            "role_label": denied.role_label if denied else "",
            "access_contact": settings.ACCESS_CONTACT,
        },
        status=403,
    )


def server_error(request):
    return render(request, "core/500.html", status=500)


class SignInForm(AuthenticationForm):
    """The team signs in with a user name, members with their e-mail address (the
    authentication backends in settings try both)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Gebruikersnaam of e-mailadres")
        self.fields["username"].max_length = 254
        self.fields["username"].widget.attrs["maxlength"] = 254


class LoginView(auth_views.LoginView):
    """Everyone lands on LOGIN_REDIRECT_URL (the screening work page: a person without a
    role reads there how to get one), so core needs no knowledge of the apps' roles."""

    form_class = SignInForm
    template_name = "core/accounts/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    template_name = "core/accounts/logged_out.html"
