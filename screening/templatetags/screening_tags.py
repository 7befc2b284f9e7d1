from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("screening/partials/_tool_screening.html", takes_context=True)
def tool_screening(context, tool):
    """The public screening result of a tool ("Voor jou gescreend"), or a plain 'not yet'."""
    screening = selectors.screening_published_for_tool(tool=tool)
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "request": request,
        "tool": tool,
        "screening": screening,
        "profile": selectors.screening_profile(screening=screening) if screening else [],
        "can_screen": bool(user and user.has_perm("screening.draft_screening")),
        "csrf_token": context.get("csrf_token"),
    }
