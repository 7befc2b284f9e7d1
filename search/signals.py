"""Keep the search index in sync with every change of the catalogue, wherever it comes from
(admin, seed, services, API): tool saves and deletes, changes of its taxonomies and examples,
and renames or deletions of taxonomy terms.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from catalogue import models as catalogue
from catalogue.signals import tools_changed

from . import cache
from .indexing import TAXONOMIES, index_tools, remove_tools
from .models import Synonym

TERM_MODELS = (
    catalogue.Purpose,
    catalogue.Theme,
    catalogue.TargetGroup,
    catalogue.Sector,
    catalogue.Language,
    catalogue.Platform,
    catalogue.AccessibilityFeature,
    catalogue.Requirement,
    catalogue.ContactMode,
)


def _neighbours(tool_ids) -> set[int]:
    """Tools whose document shows these tools (types and their examples)."""
    through = catalogue.Tool.examples.through
    pairs = through.objects.filter(from_tool_id__in=tool_ids) | through.objects.filter(
        to_tool_id__in=tool_ids
    )
    related = set()
    for from_id, to_id in pairs.values_list("from_tool_id", "to_tool_id"):
        related.update((from_id, to_id))
    return related


def tool_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    index_tools({instance.pk} | _neighbours([instance.pk]))


def tool_deleting(sender, instance, **kwargs):
    instance._search_neighbours = _neighbours([instance.pk]) - {instance.pk}


def tool_deleted(sender, instance, **kwargs):
    remove_tools([instance.pk])
    index_tools(getattr(instance, "_search_neighbours", set()))


def tool_relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear", "pre_clear"}:
        return
    if isinstance(instance, catalogue.Tool):
        affected = {instance.pk}
        if model is catalogue.Tool:  # examples: the other side shows this one too
            if action == "pre_clear":
                field = "to_tool_id" if not reverse else "from_tool_id"
                key = "from_tool_id" if not reverse else "to_tool_id"
                instance._search_cleared = set(
                    sender.objects.filter(**{key: instance.pk}).values_list(field, flat=True)
                )
                return
            affected |= set(pk_set or ()) | getattr(instance, "_search_cleared", set())
        elif action == "pre_clear":
            return
    else:  # a term's tools changed from the term's side
        if action == "pre_clear":
            instance._search_cleared = set(instance.tools.values_list("pk", flat=True))
            return
        affected = set(pk_set or ()) | getattr(instance, "_search_cleared", set())
    index_tools(affected)


def term_saved(sender, instance, created, raw=False, **kwargs):
    if raw or created:
        return
    index_tools(set(instance.tools.values_list("pk", flat=True)))


def term_deleting(sender, instance, **kwargs):
    instance._search_tools = set(instance.tools.values_list("pk", flat=True))


def term_deleted(sender, instance, **kwargs):
    index_tools(getattr(instance, "_search_tools", set()))


def synonyms_changed(sender, **kwargs):
    cache.bump()


def tool_part_changed(sender, instance, raw=False, **kwargs):
    """An alias or a requirement link (edited on its own, e.g. an admin inline): the tool's
    document shows it."""
    if raw:
        return
    index_tools({instance.tool_id})


def tools_bulk_changed(sender, tool_ids, **kwargs):
    """Tools changed by a bulk write (catalogue.signals.tools_changed)."""
    index_tools(set(tool_ids) | _neighbours(tool_ids))


def fact_check_changed(sender, raw=False, **kwargs):
    """Verification is not searched, but pages that count it are cached per version."""
    if not raw:
        cache.bump()


def connect():
    uid = "search-sync"
    post_save.connect(synonyms_changed, sender=Synonym, dispatch_uid=uid)
    post_delete.connect(synonyms_changed, sender=Synonym, dispatch_uid=uid)
    for model in (catalogue.ToolAlias, catalogue.ToolRequirement):
        post_save.connect(tool_part_changed, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
        post_delete.connect(tool_part_changed, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
    tools_changed.connect(tools_bulk_changed, dispatch_uid=uid)
    post_save.connect(fact_check_changed, sender=catalogue.ToolFactCheck, dispatch_uid=uid)
    post_delete.connect(fact_check_changed, sender=catalogue.ToolFactCheck, dispatch_uid=uid)
    post_save.connect(tool_saved, sender=catalogue.Tool, dispatch_uid=uid)
    pre_delete.connect(tool_deleting, sender=catalogue.Tool, dispatch_uid=uid)
    post_delete.connect(tool_deleted, sender=catalogue.Tool, dispatch_uid=uid)
    for name in (*TAXONOMIES, "examples"):
        through = getattr(catalogue.Tool, name).through
        m2m_changed.connect(tool_relations_changed, sender=through, dispatch_uid=f"{uid}-{name}")
    for model in TERM_MODELS:
        post_save.connect(term_saved, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
        pre_delete.connect(term_deleting, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
        post_delete.connect(term_deleted, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
