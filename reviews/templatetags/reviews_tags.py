from django import template

from reviews import selectors

register = template.Library()

TOOL_PAGE_REVIEWS = 3


@register.inclusion_tag("reviews/partials/_tool_reviews.html")
def tool_reviews(tool):
    """On a tool page: the figures of colleagues' reviews and the newest few."""
    summary = selectors.tool_review_summary(tool=tool)
    reviews = selectors.tool_reviews_published(tool=tool) if summary.total else []
    return {"tool": tool, "summary": summary, "reviews": list(reviews[:TOOL_PAGE_REVIEWS])}


@register.filter
def rating(value):
    """An average as "3,8" (one decimal, the active language's separator)."""
    if value is None:
        return "–"
    return template.defaultfilters.floatformat(value, 1)
