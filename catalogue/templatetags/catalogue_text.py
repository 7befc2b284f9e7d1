"""A tool's texts in the language of the page, with a visible Dutch fallback."""

from django import template

from core.languages import active_language

from .. import selectors

register = template.Library()


@register.simple_tag
def tool_summary(tool, language=""):
    """`{% tool_summary tool as summary %}`: a LocalText in `language` (default: the page's)."""
    return selectors.tool_summary_in(tool=tool, language=language or active_language())


@register.simple_tag
def tool_easy_summary(tool, language=""):
    return selectors.tool_easy_summary_in(tool=tool, language=language or active_language())


@register.simple_tag
def tool_name(tool, language=""):
    """The tool's name in the page's language where a curator wrote one, else its name."""
    return selectors.tool_name_in(tool=tool, language=language or active_language())
