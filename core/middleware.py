from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import QueryDict
from django.urls import reverse
from django.utils.datastructures import MultiValueDict

from .views import bad_request


class RequestLimitsMiddleware:
    """Answer a request with too many parameters or too big a body with the friendly 400
    page, in every mode, before anything else reads it.

    Django raises on the first read of `request.GET`/`request.POST` past
    DATA_UPLOAD_MAX_NUMBER_FIELDS or DATA_UPLOAD_MAX_MEMORY_SIZE, and again on every later
    read: the debug page and any template showing the search box would fail on it too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.GET  # noqa: B018 - parsing is the check
            if request.method == "POST":
                request.POST  # noqa: B018
        except (TooManyFieldsSent, TooManyFilesSent, RequestDataTooBig) as refused:
            request.GET = QueryDict()
            request._post, request._files = QueryDict(), MultiValueDict()
            return bad_request(request, refused)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one exception: the Django admin sets inline style
    attributes, so its pages (for staff only) may use them. Everything else gets the policy
    of CONTENT_SECURITY_POLICY: nothing from another host (no CDN, fonts, trackers)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(reverse("admin:index")) and parts.replace is None:
            parts.replace = {"style-src": [SELF, UNSAFE_INLINE]}
        return parts


class PermissionsPolicyMiddleware:
    """Tell the browser that no page here may use the camera, microphone or location."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
