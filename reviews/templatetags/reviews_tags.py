from django import template

from reviews import selectors

register = template.Library()

TOOL_PAGE_REVIEWS = 3


@register.inclusion_tag("reviews/partials/_tool_reviews.html", takes_context=True)
def tool_reviews(context, tool):
    """On a tool page: the figures of colleagues' reviews and the newest few."""
    return {
        "tool": tool,
        "summary": selectors.tool_review_summary(tool=tool),
        "reviews": list(selectors.tool_reviews_published(tool=tool)[:TOOL_PAGE_REVIEWS]),
        "user": context.get("user"),
    }


@register.filter
def rating(value):
    """An average as "3,8" (one decimal, the active language's separator)."""
    if value is None:
        return "–"
    return template.defaultfilters.floatformat(value, 1)
