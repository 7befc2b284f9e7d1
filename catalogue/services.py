"""Writes of the catalogue: keyword-only, atomic, validated with `full_clean()` before saving.

Saving a tool re-indexes it and bumps the content version (search.signals), so search, the
listing and the anonymous page cache show the change at once. Each write is also recorded in
the admin's history of the tool (who did what, when).
"""

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Tool

SUMMARY_MAX = Tool._meta.get_field("summary").max_length
SLUG_MAX = Tool._meta.get_field("slug").max_length


def _log(*, by, tool: Tool, action_flag: int, message: str) -> None:
    LogEntry.objects.log_actions(
        user_id=by.pk,
        queryset=[tool],
        action_flag=action_flag,
        change_message=message,
        single_object=True,
    )


def tool_unique_slug(*, name: str) -> str:
    """The slugified name; a number is added when another tool already has it."""
    base = slugify(name)[: SLUG_MAX - 10].strip("-") or "tool"
    slug, number = base, 2
    while Tool.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _summary_from(description: str) -> str:
    """The first part of a description, cut at a word, short enough for a summary."""
    if len(description) <= SUMMARY_MAX:
        return description
    return description[: SUMMARY_MAX - 3].rsplit(" ", 1)[0] + "…"


@transaction.atomic
def tool_create_from_submission(
    *,
    name: str,
    website_url: str,
    provider: str,
    description: str,
    purposes,
    source: str,
    curator_note: str,
    by,
) -> Tool:
    """A draft catalogue entry for a tool that its provider proposed. It stays off-line
    (a draft) until it is published, e.g. together with its first screening."""
    description = description.strip()
    tool = Tool(
        name=name.strip(),
        slug=tool_unique_slug(name=name),
        summary=_summary_from(description),
        description=description,
        provider=provider.strip(),
        website_url=website_url.strip(),
        status=Tool.Status.DRAFT,
        source=source,
        curator_note=curator_note,
    )
    tool.full_clean()
    tool.save()
    tool.purposes.set(purposes)
    _log(by=by, tool=tool, action_flag=ADDITION, message=source)
    return tool


@transaction.atomic
def tool_publish(*, tool: Tool, by, reason: str = "") -> Tool:
    """Put a draft tool on-line: its page answers, search and the listing find it.

    Who may publish is the caller's rule (the admin's change permission, the screening
    workflow's second reader); this service guards the tool's own states.
    """
    tool = Tool.objects.select_for_update().get(pk=tool.pk)
    if tool.status == Tool.Status.ARCHIVED:
        raise ValidationError(_("Een gearchiveerde tool kan niet opnieuw online."))
    if tool.status == Tool.Status.PUBLISHED:
        return tool
    tool.status = Tool.Status.PUBLISHED
    tool.full_clean()
    tool.save()  # the search signal re-indexes it and bumps the content version
    _log(
        by=by,
        tool=tool,
        action_flag=CHANGE,
        message=reason or _("Gepubliceerd."),
    )
    return tool
