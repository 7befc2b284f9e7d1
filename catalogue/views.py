from django.shortcuts import redirect, render

from core.cache import cache_page_for_anonymous

from . import selectors
from .forms import ToolFilterForm


@cache_page_for_anonymous
def home(request):
    verification = selectors.tool_verification_counts()
    return render(
        request,
        "catalogue/home.html",
        {
            "purposes": selectors.purpose_list_with_counts(),
            # Every current tool is in the verification counts: no second count.
            "tool_count": verification.total,
            "verification": verification,
        },
    )


@cache_page_for_anonymous
def about(request):
    return render(
        request,
        "catalogue/about.html",
        {
            "verification": selectors.tool_verification_counts(),
            "archived_count": selectors.tool_count_archived(),
            # `screened` is the catalogue's filter contract; None when nothing screens.
            "screened_count": selectors.tool_count_for_flag("screened"),
        },
    )


@cache_page_for_anonymous
def tool_list(request):
    form = ToolFilterForm(request.GET)
    result = selectors.tool_search(filters=form.filters(), choices=form.facet_choices)
    return render(request, "catalogue/tool_list.html", {"form": form, "result": result})


def tool_detail(request, slug):
    tool = selectors.tool_find_public(slug=slug)
    if tool is None:
        renamed = selectors.tool_find_by_alias(slug=slug)
        if renamed is not None:
            return redirect(renamed, permanent=True)
        return render(
            request,
            "catalogue/tool_not_found.html",
            {"query": slug.replace("-", " ")[: selectors.QUERY_MAX_LENGTH]},
            status=404,
        )
    shown = selectors.tool_summary_for_client(tool=tool, language=request.GET.get("language", ""))
    return render(
        request,
        "catalogue/tool_detail.html",
        {
            "tool": tool,
            "client_languages": selectors.tool_translation_languages(tool=tool),
            "client_summary": shown,
            "needs": tool.requirement_needs(),
            "fact_groups": selectors.tool_fact_groups(tool=tool),
        },
    )
