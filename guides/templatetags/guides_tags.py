"""Guides shown on other apps' pages, so those apps never import guides:

- `{% tool_guides tool %}` on the tool page: its "Stappenplan" links;
- `{% guide_search_results q %}` on the search listing: the guides group;
- `{% guides_review_due %}` on a curator page: the guides whose review is due.

The filter `guide_text` shows a curator's text (see guides/text.py).
"""

from django import template
from django.utils.safestring import mark_safe

from .. import selectors
from ..text import render_plain_text

register = template.Library()


@register.filter
def guide_text(value):
    return mark_safe(render_plain_text(value))  # noqa: S308 - every piece is escaped


@register.inclusion_tag("guides/partials/_tool_guides.html")
def tool_guides(tool):
    return {"guides": selectors.guides_for_tools([tool.pk]).get(tool.pk, [])}


@register.inclusion_tag("guides/partials/_search_results.html")
def guide_search_results(query):
    guides = selectors.guide_search(query=query or "")
    return {
        "query": query,
        "guides": guides[: selectors.SEARCH_GROUP_SIZE],
        "total": len(guides),
    }


@register.inclusion_tag("guides/partials/_review_due.html")
def guides_review_due(limit=10):
    due = selectors.guide_list_review_due()
    guides = list(due[:limit])
    total = len(guides) if len(guides) < limit else due.count()
    return {"guides": guides, "total": total}
