from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("accounts/profile/", views.account, name="account"),
    path("accounts/export/", views.export, name="export"),
    path("accounts/delete/", views.delete, name="delete"),
    path("accounts/deleted/", views.deleted, name="deleted"),
    path("privacy/", views.privacy, name="privacy"),
]
