"""Reads for practices: the public library with its filters, a practice, a tool's practices."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet, Window
from django.http import QueryDict
from django.shortcuts import get_object_or_404

from catalogue.models import Tool
from catalogue.selectors import FacetResult
from core.forms import SEARCH_TEXT_MAX_LENGTH
from core.languages import LocalText, text_direction

from .facets import PRACTICE_FACETS
from .models import Practice, ToolSuggestion
from .text import clean_line

MAX_VALUES_PER_FILTER = 20


@dataclass(frozen=True)
class PracticeFilters:
    """The library's filters, read from a shareable GET query string.

    `selected` holds the picked values (slugs) per facet of `PRACTICE_FACETS`; several
    values of one filter match any of them, different filters must all match. Values are
    not checked against the choices: one nothing uses matches nothing, so an old link still
    shows a page.
    """

    q: str = ""
    selected: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: QueryDict) -> "PracticeFilters":
        def values(name):
            cleaned = []
            for value in query.getlist(name)[:MAX_VALUES_PER_FILTER]:
                value = clean_line(value)[:140]
                if value and value not in cleaned:
                    cleaned.append(value)
            return tuple(cleaned)

        q = clean_line(query.get("q", ""))[:SEARCH_TEXT_MAX_LENGTH]
        selected = {facet.param: values(facet.param) for facet in PRACTICE_FACETS}
        return cls(q=q, selected={param: picked for param, picked in selected.items() if picked})

    @property
    def active(self) -> bool:
        return bool(self.q or self.selected)


def _tools_prefetch():
    # Archived tools too: a practice's history names them, and their page still exists.
    return Prefetch("tools", queryset=Tool.objects.public().only("pk", "name", "slug", "status"))


def _public_prefetches():
    return [_tools_prefetch(), "success_factors", "translations"]


def practice_list_published(*, filters: PracticeFilters | None = None) -> QuerySet:
    practices = Practice.objects.published()
    filters = filters or PracticeFilters()
    if filters.q:
        for word in filters.q.split()[:8]:
            practices = practices.filter(
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(story__icontains=word)
                | Q(organisation_name__icontains=word)
                | Q(tools__name__icontains=word)
            )
        # Joins on the tools repeat rows; keep each practice once.
        practices = Practice.objects.filter(pk__in=practices.values("pk"))
    for facet in PRACTICE_FACETS:
        if values := filters.selected.get(facet.param):
            practices = practices.filter(facet.q(values))
    # A card names the practice's tools and shows its summary, not its success factors.
    return practices.order_by("-published_at", "-pk").prefetch_related(
        _tools_prefetch(), "translations"
    )


def practice_facets(*, filters: PracticeFilters) -> list[FacetResult]:
    """Every filter of the library with the values it offers: those used by a published
    practice (no dead ends), each counted over all published practices."""
    published = Practice.objects.published().values("pk")
    counts = {facet.param: facet.counts(published) for facet in PRACTICE_FACETS}
    return PRACTICE_FACETS.results(
        choices=PRACTICE_FACETS.choices(), counts=counts, selected=filters.selected
    )


def practice_get_published(*, slug: str) -> Practice:
    return get_object_or_404(
        Practice.objects.published().prefetch_related(
            *_public_prefetches(),
            "sectors",
            "target_groups",
            "quotes",
            "media_links",
            Prefetch(
                "tool_suggestions",
                queryset=ToolSuggestion.objects.filter(status=ToolSuggestion.Status.OPEN),
                to_attr="open_tool_suggestions",
            ),
        ),
        slug=slug,
    )


def practices_for_tool(*, tool: Tool, limit: int = 5) -> tuple[list[Practice], int]:
    """The newest published practices that use this tool, and how many there are in all."""
    practices = Practice.objects.published().filter(tools=tool)
    fields = ("title", "slug", "summary", "language")
    # The total rides along with each row (a window over the whole match): one query.
    newest = list(
        practices.annotate(total=Window(Count("pk")))
        .order_by("-published_at", "-pk")
        .only(*fields)[:limit]
    )
    return newest, newest[0].total if newest else 0


def moderation_queue() -> QuerySet:
    return (
        Practice.objects.waiting()
        .order_by("created_at", "pk")
        .prefetch_related("tools", "tool_suggestions")
    )


def practice_summary_in(*, practice: Practice, language: str) -> LocalText:
    """The practice's summary in `language` (a curator's translation), else the summary in
    the language it was written in, marked as not translated yet."""
    if language != practice.language:
        for translation in practice.translations.all():
            if translation.language == language and translation.summary:
                return LocalText(
                    text=translation.summary,
                    lang=language,
                    dir=text_direction(language),
                    needs_review=translation.needs_review,
                )
    return LocalText(
        text=practice.summary,
        lang=practice.language,
        dir=text_direction(practice.language),
        fallback=language != practice.language,
    )
