from django.urls import path

from . import views

app_name = "advisor"

urlpatterns = [
    path("advisor/", views.advisor, name="advisor"),
    path("shortlist/", views.shortlist_view, name="shortlist"),
    path("tools/<slug:slug>/card/", views.client_card, name="card"),
]
