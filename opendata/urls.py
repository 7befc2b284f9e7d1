from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", views.openapi, name="openapi"),
    path("tools/<slug:slug>/", views.tool_detail, name="tool"),
    path("<str:name>.csv", views.resource_csv, name="csv"),
    path("<str:name>/", views.resource_list, name="list"),
]
