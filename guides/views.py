from django.http import Http404
from django.shortcuts import render

from core.cache import cache_page_for_anonymous
from core.forms import SEARCH_TEXT_MAX_LENGTH

from . import selectors
from .permissions import can_preview_drafts


@cache_page_for_anonymous
def guide_list(request):
    query = request.GET.get("q", "").strip()[:SEARCH_TEXT_MAX_LENGTH]
    context = {"query": query}
    if query:
        context["matches"] = selectors.guide_search(query=query)
    else:
        context["overview"] = selectors.guide_overview()
    return render(request, "guides/guide_list.html", context)


@cache_page_for_anonymous
def guide_detail(request, slug):
    guide = selectors.guide_find(slug=slug, include_drafts=can_preview_drafts(request.user))
    if guide is None:
        raise Http404("No guide with this slug.")
    if request.GET.get("print") == "1":
        context = {"guide": guide, "review_state": guide.review_state()}
        return render(request, "guides/guide_print.html", context)
    context = {
        "guide": guide,
        "review_state": guide.review_state(),
        "other_tools": selectors.other_tools_needing(guide=guide),
    }
    return render(request, "guides/guide_detail.html", context)
