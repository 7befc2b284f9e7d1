from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from core import views as core_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("opendata.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("advisor.urls")),
    path("", include("catalogue.urls")),
    path("search/", include("search.urls")),
    path("screening/", include("screening.urls")),
    path("practices/", include("practices.urls")),
    path("guides/", include("guides.urls")),
    path("accounts/login/", core_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", core_views.LogoutView.as_view(), name="logout"),
    # Members' own pages, then allauth's flows (sign-up, verification, password reset, e-mail
    # change); sign-in and sign-out above come first and stay core's.
    path("", include("members.urls")),
    path("", include("reviews.urls")),
    path("accounts/", include("allauth.urls")),
)

# Uploaded media (guide step images) in development; production serves MEDIA_ROOT from the
# shared storage in front of the app (docs/deployment.md). `static()` is empty unless DEBUG.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

admin.site.site_header = "Toolwijzer"
admin.site.site_title = "Toolwijzer"
