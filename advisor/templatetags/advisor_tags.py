"""The advisor's links on other apps' pages, so those apps never import advisor:

- `{% tool_actions tool %}` on a tool page and a listing card: "add to shortlist" (a plain
  link that keeps the shortlist already in the page's URL) and "client card".
- `{% tool_cautions tool %}` on a tool page: the dossier's cautions that apply to it.
"""

from django import template
from django.urls import reverse

from .. import cautions, shortlist

register = template.Library()


@register.inclusion_tag("advisor/partials/_tool_actions.html", takes_context=True)
def tool_actions(context, tool, card=True):
    request = context.get("request")
    current = shortlist.parse(request.GET.getlist("tool")).slugs if request else []
    return {
        "tool": tool,
        "card": card and not tool.is_archived,
        "in_list": tool.slug in current,
        "add_url": reverse("advisor:shortlist")
        + "?"
        + shortlist.query(shortlist.added(current, tool.slug)),
        "card_url": reverse("advisor:card", kwargs={"slug": tool.slug}),
    }


@register.inclusion_tag("advisor/partials/_cautions.html")
def tool_cautions(tool):
    return {"cautions": cautions.for_tool(tool)}


@register.filter
def get_item(mapping, key):
    """`mapping[key]`, or None: for the advisor's guide lookups."""
    return mapping.get(key) if mapping else None
