"""Writes for practices: submission, moderation, erasing contact details, tool links."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from catalogue import selectors as catalogue_selectors
from catalogue.models import TOOL_NAME_MAX, Tool

from .models import MediaLink, Practice, Quote, ToolSuggestion
from .text import clean_line, clean_text

# Slugs that are page names in practices/urls.py.
RESERVED_SLUGS = {"share", "moderation", "bedankt", "thanks"}
MAX_NAMED_TOOLS = 20


def practice_unique_slug(*, title: str, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:200].strip("-") or "praktijk"
    slug, counter = base, 2
    others = Practice.objects.all()
    if exclude_pk:
        others = others.exclude(pk=exclude_pk)
    while slug in RESERVED_SLUGS or others.filter(slug=slug).exists():
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def split_tool_names(text: str) -> list[str]:
    """'WhatsApp, Zanzu; google translate' -> ['WhatsApp', 'Zanzu', 'google translate']."""
    names, seen = [], set()
    for part in re.split(r"[,;\n]+", clean_text(text)):
        name = clean_line(part)[:TOOL_NAME_MAX]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names[:MAX_NAMED_TOOLS]


def practice_link_named_tools(*, practice: Practice, names: list[str]) -> list[ToolSuggestion]:
    """Link each named tool found in the catalogue; the others become suggestions."""
    suggestions = []
    for name in names:
        tool = catalogue_selectors.tool_find_published_by_name(name=name)
        if tool is not None:
            practice.tools.add(tool)
            continue
        suggestion, _created = ToolSuggestion.objects.get_or_create(practice=practice, name=name)
        suggestions.append(suggestion)
    return suggestions


@transaction.atomic
def practice_submit(
    *,
    title: str,
    summary: str,
    story: str,
    submitter_email: str,
    consent_to_publish: bool,
    what_worked: str = "",
    what_did_not: str = "",
    organisation_name: str = "",
    organisation_type: str = "",
    organisation_region: str = "",
    sectors=(),
    target_groups=(),
    tool_names: str = "",
    quote_text: str = "",
    quote_role: str = "",
    media_url: str = "",
    submitter_name: str = "",
    language: str = "nl",
) -> Practice:
    """Store a practice shared through the public form; it waits for a curator."""
    if not consent_to_publish:
        raise ValidationError(_("Zonder toestemming kunnen we je praktijk niet publiceren."))
    title = clean_line(title)
    practice = Practice(
        title=title,
        slug=practice_unique_slug(title=title),
        summary=clean_text(summary),
        story=clean_text(story),
        what_worked=clean_text(what_worked),
        what_did_not=clean_text(what_did_not),
        organisation_name=clean_line(organisation_name),
        organisation_type=clean_line(organisation_type),
        organisation_region=clean_line(organisation_region),
        submitter_name=clean_line(submitter_name),
        submitter_email=clean_line(submitter_email),
        consent_to_publish=True,
        language=language,
        origin=Practice.Origin.SUBMISSION,
        status=Practice.Status.SUBMITTED,
    )
    practice.full_clean()
    practice.save()
    practice.sectors.set(sectors)
    practice.target_groups.set(target_groups)
    quote_text = clean_text(quote_text).strip()
    if quote_text:
        quote = Quote(practice=practice, text=quote_text, speaker_role=clean_line(quote_role))
        quote.full_clean()
        quote.save()
    media_url = clean_line(media_url)
    if media_url:
        link = MediaLink(practice=practice, url=media_url)
        link.full_clean()
        link.save()
    practice_link_named_tools(practice=practice, names=split_tool_names(tool_names))
    return practice


@transaction.atomic
def practice_publish(*, practice: Practice, by) -> Practice:
    if practice.status == Practice.Status.PUBLISHED:
        raise ValidationError(_("Deze praktijk is al gepubliceerd."))
    if practice.origin == Practice.Origin.SUBMISSION and not practice.consent_to_publish:
        raise ValidationError(_("De indiener gaf geen toestemming om te publiceren."))
    now = timezone.now()
    practice.status = Practice.Status.PUBLISHED
    practice.decline_reason = ""
    practice.moderated_by = by
    practice.moderated_at = now
    practice.published_at = practice.published_at or now
    practice.full_clean()
    practice.save()
    return practice


@transaction.atomic
def practice_decline(*, practice: Practice, by, reason: str) -> Practice:
    reason = clean_text(reason).strip()
    if not reason:
        raise ValidationError({"decline_reason": _("Geef een reden voor de afwijzing.")})
    if practice.status == Practice.Status.DECLINED:
        raise ValidationError(_("Deze praktijk is al afgewezen."))
    practice.status = Practice.Status.DECLINED
    practice.decline_reason = reason
    practice.moderated_by = by
    practice.moderated_at = timezone.now()
    practice.full_clean()
    practice.save()
    return practice


@transaction.atomic
def practice_erase_contact(*, practice: Practice, by) -> Practice:
    """Erase the submitter's name and e-mail for good (the practice itself stays)."""
    practice.submitter_name = ""
    practice.submitter_email = ""
    practice.contact_erased_at = timezone.now()
    note = _("Contactgegevens gewist door %(user)s.") % {"user": by}
    practice.curator_note = f"{practice.curator_note}\n{note}".strip()
    practice.full_clean()
    practice.save()
    return practice


@transaction.atomic
def tool_suggestion_link(*, suggestion: ToolSuggestion, tool: Tool) -> ToolSuggestion:
    """A curator links a suggested tool to a catalogue tool: the practice now uses it."""
    suggestion.tool = tool
    suggestion.status = ToolSuggestion.Status.LINKED
    suggestion.full_clean()
    suggestion.save()
    suggestion.practice.tools.add(tool)
    return suggestion
