from django import template
from django.utils.safestring import mark_safe

from core.languages import active_language
from practices import selectors
from practices.text import render_markdown

register = template.Library()


@register.filter
def practice_markdown(value):
    """User text as sanitised Markdown (small allow-list; links get rel="nofollow ugc")."""
    return mark_safe(render_markdown(value))  # noqa: S308 - sanitised by nh3


@register.simple_tag
def practice_summary(practice):
    """`{% practice_summary practice as summary %}`: the summary in the page's language."""
    return selectors.practice_summary_in(practice=practice, language=active_language())


@register.inclusion_tag("practices/partials/_tool_practices.html")
def tool_practices(tool, limit=5):
    """On a tool page: the published practices that use the tool, and a "share" link."""
    practices, total = selectors.practices_for_tool(tool=tool, limit=limit)
    return {"tool": tool, "practices": practices, "total": total}
