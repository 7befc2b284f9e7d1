from django.urls import path

from . import views

app_name = "screening"

urlpatterns = [
    path("kader/", views.framework, name="framework"),
    path("submit/", views.submit, name="submit"),
    path("submit/thanks/", views.submit_thanks, name="submit_thanks"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("work/", views.work, name="work"),
    path("tools/<slug:slug>/start/", views.start, name="start"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/review/", views.review, name="review"),
    path("submissions/<int:pk>/", views.submission_detail, name="submission_detail"),
    path("submissions/<int:pk>/accept/", views.submission_accept, name="submission_accept"),
    path("submissions/<int:pk>/decline/", views.submission_decline, name="submission_decline"),
]
