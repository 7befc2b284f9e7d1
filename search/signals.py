"""Keep the search index in sync with every change of the catalogue, wherever it comes from
(admin, seed, services, API): tool saves and deletes, changes of its taxonomies and examples,
and renames or deletions of taxonomy terms.

Handlers only note which tools changed; the tools a transaction changed are indexed in one
batch after it commits, and the content version is bumped once (core.derived). Renaming a
term with thousands of tools is one quick write and one batch, not a long transaction.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from catalogue import models as catalogue
from catalogue.signals import tools_changed
from core import content, derived

from . import indexing
from .indexing import TAXONOMIES
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


def reindex(tool_ids) -> None:
    """Index these tools after the transaction commits, in one batch with the others."""
    tool_ids = set(tool_ids)
    if tool_ids:
        derived.after_commit("search-index", indexing.index_after_commit, tool_ids)
        content.changed()


def tool_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    reindex({instance.pk})  # the batch adds the tools whose document shows this one


def tool_deleting(sender, instance, **kwargs):
    # The links to its examples and types go with it: note them now.
    instance._search_neighbours = indexing.neighbours([instance.pk]) - {instance.pk}


def tool_deleted(sender, instance, **kwargs):
    # Indexing an id that no longer exists removes it from the index.
    reindex({instance.pk} | getattr(instance, "_search_neighbours", set()))


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
    reindex(affected)


def term_saved(sender, instance, created, raw=False, **kwargs):
    if raw or created:
        return
    reindex(instance.tools.values_list("pk", flat=True))


def term_deleting(sender, instance, **kwargs):
    instance._search_tools = set(instance.tools.values_list("pk", flat=True))


def term_deleted(sender, instance, **kwargs):
    reindex(getattr(instance, "_search_tools", set()))


def synonyms_changed(sender, **kwargs):
    content.changed()


def tool_part_changed(sender, instance, raw=False, **kwargs):
    """An alias, a requirement link or a translation (edited on its own, e.g. an admin
    inline): the tool's document shows it."""
    if raw:
        return
    reindex({instance.tool_id})


def tools_bulk_changed(sender, tool_ids, **kwargs):
    """Tools changed by a bulk write (catalogue.signals.tools_changed)."""
    reindex(tool_ids)  # the batch adds the tools whose document shows these


def fact_check_changed(sender, raw=False, **kwargs):
    """Verification is not searched, but pages that count it are cached per version."""
    if not raw:
        content.changed()


def connect():
    uid = "search-sync"
    post_save.connect(synonyms_changed, sender=Synonym, dispatch_uid=uid)
    post_delete.connect(synonyms_changed, sender=Synonym, dispatch_uid=uid)
    for model in (catalogue.ToolAlias, catalogue.ToolRequirement, catalogue.ToolTranslation):
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
