"""Writes of the catalogue: keyword-only, atomic, validated with `full_clean()` before saving.

Saves go through the model (not `update()`), so the search index and the content version
that page caches carry follow every change (search.signals): search, the listing and the
anonymous page cache show it at once. Writes that another app asks for (a proposal, a
publication) are also recorded in the admin's history of the tool (who did what, when).
"""

import datetime

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import TOOL_SUMMARY_MAX, FactGroup, Tool, ToolAlias, ToolFactCheck, ToolTranslation
from .selectors import tool_slug_unused

SUMMARY_MAX = TOOL_SUMMARY_MAX


def _log(*, by, tool: Tool, action_flag: int, message: str) -> None:
    LogEntry.objects.log_actions(
        user_id=by.pk,
        queryset=[tool],
        action_flag=action_flag,
        change_message=message,
        single_object=True,
    )


def tool_unique_slug(*, name: str) -> str:
    """The slugified name, numbered when a tool or an old address (alias) already has it."""
    return tool_slug_unused(name=name)


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


def _refresh_last_verified(tool: Tool) -> None:
    latest = tool.fact_checks.aggregate(latest=Max("verified_on"))["latest"]
    if tool.last_verified != latest:
        tool.last_verified = latest
        tool.save(update_fields=["last_verified", "updated_at"])


@transaction.atomic
def tool_facts_verify(
    *, tool: Tool, group: str, by, on: datetime.date | None = None
) -> ToolFactCheck:
    """Record that `by` verified the facts of `group` (a FactGroup) of `tool` on `on`
    (today by default). Verifying a group again replaces the earlier record."""
    group = FactGroup(group)
    check = ToolFactCheck.objects.filter(tool=tool, group=group).first() or ToolFactCheck(
        tool=tool, group=group
    )
    check.verified_by = by
    check.verified_on = on or timezone.localdate()
    check.full_clean()
    check.save()
    _refresh_last_verified(tool)
    return check


@transaction.atomic
def tool_facts_unverify(*, tool: Tool, group: str) -> None:
    """Withdraw the verification of `group`: the tool page says "not yet verified" again."""
    for check in ToolFactCheck.objects.filter(tool=tool, group=FactGroup(group)):
        check.delete()
    _refresh_last_verified(tool)


@transaction.atomic
def tool_archive(*, tool: Tool, reason: str, by, on: datetime.date | None = None) -> Tool:
    """The tool no longer exists or is no longer used: its page stays with a notice, the
    listing shows it last, search leaves it out unless asked, and it is never proposed."""
    tool.status = Tool.Status.ARCHIVED
    tool.archived_reason = (reason or "").strip()
    tool.archived_on = on or timezone.localdate()
    tool.archived_by = by
    tool.full_clean()
    tool.save()
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


def tool_unarchive(*, tool: Tool) -> Tool:
    """Undo an archiving (e.g. a mistake): the tool is current again."""
    tool.status = Tool.Status.PUBLISHED
    tool.archived_reason = ""
    tool.archived_on = None
    tool.archived_by = None
    tool.full_clean()
    tool.save()
    return tool


@transaction.atomic
def tool_alias_add(*, tool: Tool, name: str, slug: str = "") -> ToolAlias:
    """Give `tool` another name; its slug (by default the slugified name) redirects to the
    tool. An alias with that slug already pointing to this tool is reused."""
    slug = slug or slugify(name)
    alias = ToolAlias.objects.filter(slug=slug, tool=tool).first() or ToolAlias(
        tool=tool, slug=slug
    )
    alias.name = name
    alias.full_clean()
    alias.save()
    return alias


@transaction.atomic
def tool_translation_save(
    *,
    tool: Tool,
    language: str,
    name: str = "",
    summary: str = "",
    easy_summary: str = "",
    needs_review: bool = True,
) -> ToolTranslation:
    """Write the tool's texts in `language` (one translation per language)."""
    translation = ToolTranslation.objects.filter(tool=tool, language=language).first()
    if translation is None:
        translation = ToolTranslation(tool=tool, language=language)
    translation.name = name
    translation.summary = summary
    translation.easy_summary = easy_summary
    translation.needs_review = needs_review
    translation.full_clean()
    translation.save()
    return translation
