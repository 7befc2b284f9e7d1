from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .permissions import AccessDenied


@never_cache
def healthz(request):
    """Load balancer check: the process answers and its database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return JsonResponse({"status": "ok"})
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "database unavailable"}, status=503)


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
