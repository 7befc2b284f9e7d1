from django.urls import path

from . import views

app_name = "catalogue"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("tools/", views.tool_list, name="tool_list"),
    path("tools/<slug:slug>/", views.tool_detail, name="tool_detail"),
]
