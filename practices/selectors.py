"""Reads for practices: the public library with its filters, a practice, a tool's practices."""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet, Window
from django.http import QueryDict
from django.shortcuts import get_object_or_404

from catalogue.models import Purpose, Sector, TargetGroup, Tool

from .models import Practice, SuccessFactor, ToolSuggestion
from .text import clean_line

MAX_VALUES_PER_FILTER = 20
MAX_QUERY_LENGTH = 200


@dataclass
class PracticeFilters:
    """The library's filters, read from a shareable GET query string.

    Values are slugs; several values of one filter match any of them, different filters
    must all match. Unknown values are ignored, so an old link never breaks the page.
    """

    q: str = ""
    sector: list[str] = field(default_factory=list)
    target_group: list[str] = field(default_factory=list)
    tool: list[str] = field(default_factory=list)
    purpose: list[str] = field(default_factory=list)
    factor: list[str] = field(default_factory=list)

    FACETS = ("sector", "target_group", "tool", "purpose", "factor")

    @classmethod
    def from_query(cls, query: QueryDict) -> "PracticeFilters":
        def values(name):
            cleaned = []
            for value in query.getlist(name)[:MAX_VALUES_PER_FILTER]:
                value = clean_line(value)[:140]
                if value and value not in cleaned:
                    cleaned.append(value)
            return cleaned

        q = clean_line(query.get("q", ""))[:MAX_QUERY_LENGTH]
        return cls(q=q, **{name: values(name) for name in cls.FACETS})

    @property
    def active(self) -> bool:
        return bool(self.q or any(getattr(self, name) for name in self.FACETS))


def _tools_prefetch():
    # Archived tools too: a practice's history names them, and their page still exists.
    return Prefetch("tools", queryset=Tool.objects.public().only("pk", "name", "slug", "status"))


def _public_prefetches():
    return [_tools_prefetch(), "success_factors"]


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
    if filters.sector:
        practices = practices.filter(sectors__slug__in=filters.sector)
    if filters.target_group:
        practices = practices.filter(target_groups__slug__in=filters.target_group)
    if filters.tool:
        practices = practices.filter(
            tools__slug__in=filters.tool, tools__status=Tool.Status.PUBLISHED
        )
    if filters.purpose:
        practices = practices.filter(
            tools__purposes__slug__in=filters.purpose, tools__status=Tool.Status.PUBLISHED
        )
    if filters.factor:
        # A group's general factor ("laagdrempelig") also finds its specific ones.
        practices = practices.filter(
            Q(success_factors__slug__in=filters.factor)
            | Q(success_factors__group__in=filters.factor)
        )
    if filters.active:
        # Joins on many-valued relations repeat rows; keep each practice once.
        practices = Practice.objects.filter(pk__in=practices.values("pk"))
    # A card names the practice's tools, not its success factors.
    return practices.order_by("-published_at", "-pk").prefetch_related(_tools_prefetch())


def practice_filter_options() -> dict:
    """The values each filter offers: only those used by a published practice (no dead ends)."""
    published = Q(practices__status=Practice.Status.PUBLISHED)

    def used(model, lookup="practices"):
        return (
            model.objects.annotate(
                practice_count=Count(lookup, filter=Q(**{f"{lookup}__status": "published"}))
            )
            .filter(practice_count__gt=0)
            .order_by("position", "name")
        )

    return {
        "sector": used(Sector),
        "target_group": used(TargetGroup),
        "tool": Tool.objects.published()
        .annotate(practice_count=Count("practices", filter=published))
        .filter(practice_count__gt=0)
        .order_by("name"),
        "purpose": Purpose.objects.annotate(
            practice_count=Count(
                "tools__practices",
                filter=Q(
                    tools__practices__status=Practice.Status.PUBLISHED,
                    tools__status=Tool.Status.PUBLISHED,
                ),
                distinct=True,
            )
        )
        .filter(practice_count__gt=0)
        .order_by("position", "name"),
        "factor": _factor_options(),
    }


def _factor_options() -> list[SuccessFactor]:
    """Factors used by a published practice. A group's general factor counts every practice
    coded with any factor of its group, as the filter does."""
    factors = list(
        SuccessFactor.objects.annotate(
            practice_count=Count("practices", filter=Q(practices__status=Practice.Status.PUBLISHED))
        ).order_by("position", "name")
    )
    coded = (
        Practice.objects.published()
        .filter(success_factors__isnull=False)
        .values_list("pk", "success_factors__group")
        .distinct()
    )
    per_group: dict[str, set[int]] = {}
    for pk, group in coded:
        per_group.setdefault(group, set()).add(pk)
    for factor in factors:
        if factor.is_general:
            factor.practice_count = len(per_group.get(factor.group, ()))
    return [factor for factor in factors if factor.practice_count]


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
        .order_by("created_at")
        .prefetch_related("tools", "tool_suggestions")
    )
