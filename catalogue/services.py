"""Writes of the catalogue that carry a public promise: verification, archiving, aliases.

Every function is keyword-only, atomic and validates with `full_clean()` before it saves.
Saves go through the model (not `update()`) so that the search index and the content
version that page caches carry follow every change (search.signals).
"""

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from .models import FactGroup, Tool, ToolAlias, ToolFactCheck


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
