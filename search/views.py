from django.http import JsonResponse
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from core.forms import SEARCH_TEXT_MAX_LENGTH

from . import selectors


@require_GET
def suggest(request):
    """Tool names for the search box while typing (JSON); the page works without it."""
    query = request.GET.get("q", "")[:SEARCH_TEXT_MAX_LENGTH]
    tools = selectors.suggest_tools(query=query)
    count = len(tools)
    response = JsonResponse(
        {
            "results": [{"name": tool.name, "url": tool.get_absolute_url()} for tool in tools],
            "status": ngettext("%(count)d suggestie", "%(count)d suggesties", count)
            % {"count": count},
        }
    )
    response["Cache-Control"] = "max-age=60"
    return response
