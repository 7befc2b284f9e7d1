"""Search pieces for the catalogue listing: the typo note and the no-results help."""

from django import template
from django.urls import NoReverseMatch, reverse

from .. import selectors
from ..backends.base import max_results

register = template.Library()


def _submit_url() -> str | None:
    try:
        return reverse("screening:submit")
    except NoReverseMatch:
        return None


@register.inclusion_tag("search/partials/_no_results.html", takes_context=True)
def search_no_results(context, query, show_purposes=True):
    """Did-you-mean, the eight purposes and a link to suggest a tool."""
    query = (query or "").strip()
    return {
        "request": context.get("request"),
        "query": query,
        "suggestion": selectors.did_you_mean(query=query) if query else None,
        "purposes": selectors.purposes_for_no_results() if show_purposes else None,
        "submit_url": _submit_url(),
    }


@register.inclusion_tag("search/partials/_correction.html")
def search_correction(query):
    """Tells the searcher that a typo was corrected (e.g. "itsmee" -> "itsme") and when only
    the most relevant of very many matches are listed."""
    return {
        "query": query,
        "corrected": selectors.search_correction(query=query),
        "capped": selectors.search_is_capped(query=query),
        "max_results": max_results(),
    }
