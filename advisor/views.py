from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE, get_content_language

from . import cautions, selectors, shortlist
from .card_text import card_summary
from .forms import AdvisorForm
from .qr import qr_svg, tool_address

CARD_SIZES = ("a4", "a6")
NOTE_MAX_LENGTH = 500


@require_safe
@never_cache  # a client's situation is in the URL: no shared cache keeps it
def advisor(request):
    form = AdvisorForm(request.GET or None)
    advice = None
    if form.is_bound and form.is_valid() and form.asked:
        advice = selectors.advice(answers=form.answers(), query=form.cleaned_data["q"])
    return render(
        request,
        "advisor/advisor.html",
        {"form": form, "advice": advice, "cautions": cautions.GENERAL if advice else ()},
    )


@require_safe
@never_cache
def client_card(request, slug):
    tool = selectors.tool_for_card(slug=slug)
    if tool is None:
        return render(request, "advisor/card_not_found.html", {"slug": slug[:80]}, status=404)
    messages = []
    language = request.GET.get("language", "")
    if language == SOURCE_LANGUAGE:
        language = ""
    client_language = None
    if language:
        client_language = get_content_language(language)
        if client_language is None:
            messages.append(_("Die taal kennen we niet: de kaart is in het Nederlands."))
            language = ""
    size = request.GET.get("size", "a4")
    if size not in CARD_SIZES:
        messages.append(_("Kies A4 of A6: de kaart is op A4."))
        size = "a4"
    note = request.GET.get("note", "")[:NOTE_MAX_LENGTH]
    address = tool_address(tool)
    return render(
        request,
        "advisor/card.html",
        {
            "tool": tool,
            "summary": card_summary(tool, language),
            "client_language": client_language,
            "size": size,
            "note": note,
            "note_max_length": NOTE_MAX_LENGTH,
            "address": address,
            "qr": qr_svg(address) if address else "",
            "needs": tool.requirement_needs(),
            "languages": [code for code in CONTENT_LANGUAGES if code.code != SOURCE_LANGUAGE],
            "form_messages": messages,
        },
    )


@require_safe
@never_cache
def shortlist_view(request):
    parsed = shortlist.parse(request.GET.getlist("tool"))
    found = selectors.tools_for_shortlist(slugs=parsed.slugs)
    slugs = [slug for slug in parsed.slugs if slug in found]
    unknown = [slug for slug in parsed.slugs if slug not in found] + parsed.malformed
    items = []
    for index, slug in enumerate(slugs):
        items.append(
            {
                "tool": found[slug],
                "up": shortlist.query(shortlist.moved(slugs, index, -1)) if index else "",
                "down": (
                    shortlist.query(shortlist.moved(slugs, index, 1))
                    if index < len(slugs) - 1
                    else ""
                ),
                "remove": shortlist.query(shortlist.removed(slugs, slug)),
            }
        )
    return render(
        request,
        "advisor/shortlist.html",
        {
            "items": items,
            "unknown": unknown,
            "capped": parsed.capped,
            "max_tools": shortlist.MAX_TOOLS,
            "share_query": shortlist.query(slugs),
        },
    )
