from django.shortcuts import render

from core.cache import cache_page_for_anonymous

from . import selectors
from .forms import ToolFilterForm


@cache_page_for_anonymous
def home(request):
    return render(
        request,
        "catalogue/home.html",
        {
            "purposes": selectors.purpose_list_with_counts(),
            "tool_count": selectors.tool_count_published(),
        },
    )


@cache_page_for_anonymous
def tool_list(request):
    form = ToolFilterForm(request.GET)
    result = selectors.tool_search(filters=form.filters(), choices=form.facet_choices)
    return render(request, "catalogue/tool_list.html", {"form": form, "result": result})


def tool_detail(request, slug):
    tool = selectors.tool_find_published(slug=slug)
    if tool is None:
        return render(
            request,
            "catalogue/tool_not_found.html",
            {"query": slug.replace("-", " ")[: selectors.QUERY_MAX_LENGTH]},
            status=404,
        )
    return render(request, "catalogue/tool_detail.html", {"tool": tool})
