from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language_info, override

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language, for a switcher that works without JavaScript."""
    request = context["request"]
    full_path = request.get_full_path()
    match = getattr(request, "resolver_match", None)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {"code": code, "name": info["name_local"], "url": _in_language(full_path, match, code)}
        )
    return links


def _in_language(full_path: str, match, code: str) -> str:
    """What `translate_url(full_path, code)` gives, without resolving the path once more per
    language when the request already knows its view (every page but the error pages)."""
    if match is None or match.url_name is None:
        return translate_url(full_path, code)
    with override(code):
        try:
            path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return translate_url(full_path, code)
    query = full_path.partition("?")[2]
    return f"{path}?{query}" if query else path
