"""The practice library's filters: facets of the catalogue's registry over `Practice`.

Same mechanism as the tool listing (`catalogue.selectors.FacetRegistry`): each facet says
how to filter practices on the values a visitor picked (OR within a facet, AND between
facets) and counts practices per value in one query. The query parameters are the
library's contract: `sector`, `target_group`, `tool`, `purpose`, `factor` (slugs,
repeatable), read by `selectors.PracticeFilters`.
"""

from collections.abc import Iterable, Mapping, Sequence

from django.db.models import CharField, Count, IntegerField, Q, QuerySet, Value
from django.utils.translation import gettext_lazy as _

from catalogue.models import Tool
from catalogue.selectors import Facet, FacetRegistry, TermFacet, tool_queryset_published_for_links

from .models import Practice, SuccessFactor

_PRACTICE_TOOLS = Practice.tools.through


def _links_to_published_tools() -> QuerySet:
    # A practice names archived tools too, but the library filters on current ones only.
    return _PRACTICE_TOOLS.objects.filter(tool__status=Tool.Status.PUBLISHED)


class ToolFacet(Facet):
    """`tool=<slug>`: practices that use that (published) tool; labels are tool names."""

    model = Practice

    def __init__(self, *, param: str, legend: str):
        self.param = param
        self.legend = legend

    def choices_queryset(self) -> QuerySet:
        return (
            tool_queryset_published_for_links()
            .order_by()
            .annotate(
                facet=Value(self.param, output_field=CharField()),
                name_fr=Value("", output_field=CharField()),
                name_en=Value("", output_field=CharField()),
                position=Value(0, output_field=IntegerField()),
            )
            .values("facet", "slug", "name", "name_fr", "name_en", "position")
        )

    def choices_from_rows(self, rows: Iterable[Mapping]) -> list[tuple[str, str]]:
        rows = sorted(rows, key=lambda row: row["name"].casefold())
        return [(row["slug"], row["name"]) for row in rows]

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        links = _links_to_published_tools().filter(tool__slug__in=values)
        return Q(pk__in=links.values("practice_id"))

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        rows = (
            _links_to_published_tools()
            .filter(practice_id__in=tool_ids)
            .values("tool__slug")
            .annotate(n=Count("practice_id"))
            .order_by()
        )
        return {row["tool__slug"]: row["n"] for row in rows}


class ToolPurposeFacet(Facet):
    """`purpose=<slug>`: practices that use a published tool with that purpose."""

    model = Practice

    def __init__(self, *, param: str, legend: str):
        self.param = param
        self.legend = legend
        # The purposes themselves, read like the tool listing's purpose facet.
        self._terms = TermFacet(param=param, legend=legend, relation="purposes")

    def choices_queryset(self) -> QuerySet:
        return self._terms.choices_queryset()

    def choices_from_rows(self, rows: Iterable[Mapping]) -> list[tuple[str, str]]:
        return self._terms.choices_from_rows(rows)

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        links = _links_to_published_tools().filter(tool__purposes__slug__in=values)
        return Q(pk__in=links.values("practice_id"))

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        slug = "tool__purposes__slug"
        rows = (
            _links_to_published_tools()
            .filter(practice_id__in=tool_ids, **{f"{slug}__isnull": False})
            .values(slug)
            .annotate(n=Count("practice_id", distinct=True))
            .order_by()
        )
        return {row[slug]: row["n"] for row in rows}


class SuccessFactorFacet(TermFacet):
    """`factor=<slug>`: practices coded with that success factor. A group's general factor
    ("laagdrempelig", shown in bold) also finds the practices coded with any factor of its
    group, and counts them."""

    def __init__(self, *, param: str, legend: str):
        super().__init__(param=param, legend=legend, relation="success_factors", model=Practice)

    def emphasised_values(self) -> frozenset[str]:
        return frozenset(SuccessFactor.Group.values)

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        links = self.through.objects.filter(
            Q(successfactor__slug__in=values) | Q(successfactor__group__in=values)
        )
        return Q(pk__in=links.values("practice_id"))

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        coded = self.through.objects.filter(practice_id__in=tool_ids).values_list(
            "practice_id", "successfactor__slug", "successfactor__group"
        )
        by_factor: dict[str, set[int]] = {}
        by_group: dict[str, set[int]] = {}
        for practice_id, slug, group in coded:
            by_factor.setdefault(slug, set()).add(practice_id)
            by_group.setdefault(group, set()).add(practice_id)
        counts = {slug: len(ids) for slug, ids in by_factor.items()}
        counts.update({group: len(ids) for group, ids in by_group.items()})
        return counts


PRACTICE_FACETS = FacetRegistry(
    name="practices",
    facets=[
        TermFacet(param="sector", legend=_("Sector"), relation="sectors", model=Practice),
        TermFacet(
            param="target_group", legend=_("Doelgroep"), relation="target_groups", model=Practice
        ),
        ToolFacet(param="tool", legend=_("Tool")),
        ToolPurposeFacet(param="purpose", legend=_("Doel van de tool")),
        SuccessFactorFacet(param="factor", legend=_("Succesfactor")),
    ],
)
