from django.shortcuts import render

from . import selectors


def home(request):
    return render(
        request, "catalogue/home.html", {"purposes": selectors.purpose_list_with_counts()}
    )


def tool_list(request):
    return render(request, "catalogue/tool_list.html", {"tools": selectors.tool_list_published()})


def tool_detail(request, slug):
    tool = selectors.tool_get_published(slug=slug)
    return render(request, "catalogue/tool_detail.html", {"tool": tool})
