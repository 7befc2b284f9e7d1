from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("tools/<slug:slug>/review/", views.review_edit, name="edit"),
    path("tools/<slug:slug>/reviews/", views.review_list, name="list"),
    path("tools/<slug:slug>/reviews/<int:pk>/report/", views.review_report, name="report"),
    path("reviews/moderation/", views.moderation_queue, name="moderation"),
    path(
        "reviews/moderation/<int:pk>/approve/", views.moderation_approve, name="moderation_approve"
    ),
    path(
        "reviews/moderation/<int:pk>/decline/", views.moderation_decline, name="moderation_decline"
    ),
    path("reviews/moderation/<int:pk>/trust/", views.moderation_trust, name="moderation_trust"),
    path("reviews/reports/<int:pk>/uphold/", views.report_uphold, name="report_uphold"),
    path("reviews/reports/<int:pk>/dismiss/", views.report_dismiss, name="report_dismiss"),
]
