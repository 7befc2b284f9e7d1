"""The site's URLs plus `/bench/trivial`: the cheapest Django response through every
middleware, the yardstick the pages are measured against. Only `benchmarks.settings` uses it."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial", trivial, name="bench_trivial"), *urlpatterns]
