from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("", views.practice_list, name="list"),
    path("share/", views.practice_share, name="share"),
    path("share/thanks/", views.practice_share_done, name="share_done"),
    path("moderation/", views.moderation_queue, name="moderation"),
    path("moderation/<int:pk>/publish/", views.moderation_publish, name="moderation_publish"),
    path("moderation/<int:pk>/decline/", views.moderation_decline, name="moderation_decline"),
    path("<slug:slug>/", views.practice_detail, name="detail"),
]
