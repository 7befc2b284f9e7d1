"""The read API: thin views over `selectors` (which objects) and `fields` (what of them)."""

import csv
import json

from django.http import JsonResponse, StreamingHttpResponse
from django.middleware.http import ConditionalGetMiddleware
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.decorators import decorator_from_middleware
from django.views.decorators.http import require_safe

from catalogue import selectors as catalogue_selectors
from core.cache import cache_page_for_anonymous
from screening import selectors as screening_selectors

from . import selectors
from .fields import RESOURCES, TOOLS, Context
from .openapi import document

# Answers are the same for everyone: any site may read them, caches may keep them briefly.
MAX_AGE = 300
# Far beyond any real page; keeps the offset a number every database accepts.
PAGE_MAX = 1_000_000
conditional = decorator_from_middleware(ConditionalGetMiddleware)


def _open(response):
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def _error(message: str, status: int) -> JsonResponse:
    return _open(JsonResponse({"error": message}, status=status))


def _unknown(name: str) -> JsonResponse:
    return _error(f"Unknown resource. Known: {', '.join(RESOURCES)}.", 404)


def _positive(value: str | None, default: int, *, maximum: int | None = None) -> int:
    if value in (None, ""):
        return default
    if not value.isdigit() or int(value) < 1 or (maximum and int(value) > maximum):
        raise ValueError
    return int(value)


@require_safe
@conditional
def index(request):
    return _open(
        JsonResponse(
            {
                "title": "Toolwijzer open data",
                "version": "v1",
                "openapi": request.build_absolute_uri(reverse("opendata:openapi")),
                "documentation": "docs/opendata.md in the source repository",
                "resources": {
                    name: {
                        "json": request.build_absolute_uri(reverse("opendata:list", args=[name])),
                        "csv": request.build_absolute_uri(reverse("opendata:csv", args=[name])),
                    }
                    for name in RESOURCES
                },
            }
        )
    )


@require_safe
@conditional
def openapi(request):
    return _open(JsonResponse(document(server=request.build_absolute_uri("/api/v1/"))))


@require_safe
@conditional
@cache_page_for_anonymous
def resource_list(request, name):
    resource = RESOURCES.get(name)
    if resource is None:
        return _unknown(name)
    try:
        number = _positive(request.GET.get("page"), 1, maximum=PAGE_MAX)
        size = _positive(
            request.GET.get("page_size"), selectors.PAGE_SIZE, maximum=selectors.PAGE_SIZE_MAX
        )
    except ValueError:
        return _error(
            f"'page' must be a whole number from 1 to {PAGE_MAX}, and 'page_size' one from 1 "
            f"to {selectors.PAGE_SIZE_MAX}.",
            400,
        )
    page = selectors.PAGES[name](offset=(number - 1) * size, limit=size)
    if number > 1 and not page.objects:
        return _error("There is no page with this number.", 404)

    def link(to: int) -> str:
        query = request.GET.copy()
        query["page"] = to
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    context = Context(absolute=request.build_absolute_uri, screenings=page.screenings)
    with translation.override("nl"):
        results = [resource.record(obj, context) for obj in page.objects]
    return _open(
        JsonResponse(
            {
                "count": page.total,
                "page": number,
                "page_size": size,
                "next": link(number + 1) if number * size < page.total else None,
                "previous": link(number - 1) if number > 1 else None,
                "results": results,
            }
        )
    )


@require_safe
@conditional
@cache_page_for_anonymous
def tool_detail(request, slug):
    tool = catalogue_selectors.tool_find_public(slug=slug)
    if tool is None:
        return _error("No tool with a public page has this slug.", 404)
    screenings = screening_selectors.screenings_published_for_tools(tool_ids=[tool.pk])
    context = Context(absolute=request.build_absolute_uri, screenings=screenings)
    with translation.override("nl"):
        return _open(JsonResponse(TOOLS.record(tool, context)))


class _Echo:
    def write(self, value):
        return value


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "|".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


@require_safe
def resource_csv(request, name):
    """Every record as CSV, read and written a page at a time (memory stays bounded)."""
    resource = RESOURCES.get(name)
    if resource is None:
        return _unknown(name)
    context = Context(absolute=request.build_absolute_uri)
    fetch = selectors.PAGES[name]

    def rows():
        writer = csv.writer(_Echo())
        yield "\ufeff" + writer.writerow([f.name for f in resource.fields])
        offset = 0
        while True:
            page = fetch(offset=offset, limit=selectors.PAGE_SIZE_MAX)
            context.screenings = page.screenings
            with translation.override("nl"):
                for obj in page.objects:
                    record = resource.record(obj, context)
                    yield writer.writerow([_cell(record[f.name]) for f in resource.fields])
            if len(page.objects) < selectors.PAGE_SIZE_MAX:
                return
            offset += selectors.PAGE_SIZE_MAX

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="toolwijzer-{name}.csv"'
    return _open(response)
