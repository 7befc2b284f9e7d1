"""Build the search documents of tools and keep the index and its vocabulary in sync.

The signals in search.signals (admin, seed, services, any ORM write) gather the ids of the
tools a transaction changed and call `index_after_commit` once it has committed;
`manage.py rebuild_search_index` and a restore call `rebuild_index`.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from catalogue.models import Tool
from core import content

from .backends import get_backend
from .models import SearchDocument, SearchWord
from .text import words

TAXONOMIES = Tool.TAXONOMY_FIELDS
CHUNK = 2000
# Tools indexed per transaction after a commit: on SQLite each transaction holds the single
# write lock, so a large batch (a renamed term of thousands of tools) lets other writes in
# between its transactions.
AFTER_COMMIT_CHUNK = 50


def _labels(terms) -> list[str]:
    labels = []
    for term in terms:
        labels.extend(label for label in (term.name, term.name_fr, term.name_en) if label)
    return labels


def _choice_labels(tool: Tool) -> list[str]:
    """The tool's kind and cost in every interface language ("Gratis", "Gratuit", "Free"),
    whatever language the indexing runs in."""
    labels = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            if tool.kind:
                labels.append(str(tool.get_kind_display()))
            if tool.cost:
                labels.append(str(tool.get_cost_display()))
    return list(dict.fromkeys(labels))


def document_for(tool: Tool) -> tuple[int, str, str, str]:
    """(tool id, name, body, detail) of a tool whose relations are prefetched.

    The tool's other names (aliases: a former name, the dossier's label) count as its name.
    """
    translations = list(tool.translations.all())
    name = "\n".join(
        dict.fromkeys(
            [
                tool.name,
                *(alias.name for alias in tool.aliases.all()),
                *(t.name for t in translations if t.name),
            ]
        )
    )
    body = [tool.summary, tool.provider, *_choice_labels(tool)]
    for taxonomy in TAXONOMIES:
        body.extend(_labels(getattr(tool, taxonomy).all()))
    # Translations and the easy-language summary weigh least: a Dutch search on /nl/ still
    # lists the tools whose Dutch text matches first.
    detail = [tool.description, tool.easy_summary]
    for text in translations:
        detail.extend([text.summary, text.easy_summary])
    # A tool type ("Vertaalapps") is found by its examples' names, and an example by its type.
    for other in [*tool.examples.all(), *tool.example_of.all()]:
        detail.extend([other.name, other.summary])
    return (tool.pk, name, "\n".join(filter(None, body)), "\n".join(filter(None, detail)))


def _tools(tool_ids=None):
    tools = Tool.objects.order_by("pk").prefetch_related(
        *TAXONOMIES, "examples", "example_of", "aliases", "translations"
    )
    if tool_ids is not None:
        tools = tools.filter(pk__in=tool_ids)
    return tools


def _write(documents):
    SearchDocument.objects.bulk_create(
        [
            SearchDocument(tool_id=tool_id, name=name, body=body, detail=detail)
            for tool_id, name, body, detail in documents
        ],
        update_conflicts=True,
        unique_fields=["tool"],
        update_fields=["name", "body", "detail"],
    )
    get_backend().index(documents)
    vocabulary = set()
    for _tool_id, name, body, detail in documents:
        vocabulary.update(word for word in words(f"{name} {body} {detail}") if len(word) >= 3)
    add_words(vocabulary)


def add_words(vocabulary):
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in sorted(vocabulary)],
        ignore_conflicts=True,
        batch_size=500,
    )


def _index(tool_ids) -> None:
    tools = list(_tools(tool_ids))
    _write([document_for(tool) for tool in tools])
    _remove(set(tool_ids) - {tool.pk for tool in tools})


def _remove(tool_ids) -> None:
    tool_ids = list(tool_ids)
    if tool_ids:
        get_backend().remove(tool_ids)
        SearchDocument.objects.filter(tool_id__in=tool_ids).delete()


@transaction.atomic
def index_tools(tool_ids) -> None:
    """(Re)index these tools now; ids of tools that no longer exist leave the index."""
    tool_ids = set(tool_ids)
    if tool_ids:
        _index(tool_ids)
        content.changed()


def neighbours(tool_ids) -> set[int]:
    """These tools and the tools whose document shows them (types and their examples)."""
    through = Tool.examples.through
    pairs = through.objects.filter(from_tool_id__in=tool_ids) | through.objects.filter(
        to_tool_id__in=tool_ids
    )
    related = set(tool_ids)
    for from_id, to_id in pairs.values_list("from_tool_id", "to_tool_id"):
        related.update((from_id, to_id))
    return related


def index_after_commit(tool_ids) -> None:
    """Index the tools a committed transaction changed (and the tools that show them), in
    short transactions of at most AFTER_COMMIT_CHUNK tools. The content version is bumped
    once after it (core.content)."""
    ordered = sorted(neighbours(tool_ids))
    for start in range(0, len(ordered), AFTER_COMMIT_CHUNK):
        with transaction.atomic():
            _index(ordered[start : start + AFTER_COMMIT_CHUNK])


@transaction.atomic
def rebuild_index(*, stdout=None) -> int:
    """Rebuild the whole index and vocabulary from the catalogue; returns the tool count."""
    backend = get_backend()
    backend.clear()
    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    count = 0
    batch = []
    for tool in _tools().iterator(chunk_size=CHUNK):
        batch.append(document_for(tool))
        if len(batch) >= CHUNK:
            _write(batch)
            count += len(batch)
            batch = []
            if stdout:
                stdout.write(f"  {count} tools indexed")
    _write(batch)
    count += len(batch)
    content.changed()
    return count


def missing_tool_ids() -> list[int]:
    """Tools that have no search document (e.g. created before the search app existed)."""
    return list(Tool.objects.filter(search_document__isnull=True).values_list("pk", flat=True))
