"""Reads of the catalogue: the home page, the faceted listing and the tool page.

Faceted listings
----------------
Every filtered listing of the site has one `FacetRegistry`: its filters, each a `Facet`.
A facet knows its query parameter, its legend, its choices, how to filter the listing's rows
on the values a visitor picked (OR within the facet; different facets combine with AND) and
how to count rows per choice in ONE aggregate query. The registry reads every facet's
choices at once (one UNION query for the taxonomy facets, cached per content version and
language) and turns choices and counts into the `FacetResult`s a template shows.

- Tools: `FACETS` below. The form (`catalogue.forms.ToolFilterForm`) builds its fields from
  it, and `tool_search` counts disjunctively: the count shown for a choice is the number of
  tools that match the search text, every OTHER active facet, and that choice. Another app
  adds a tool filter with `register_facet(...)` from its `AppConfig.ready()` (screening).
- Practices: `practices.facets.PRACTICE_FACETS`, the same facet classes over `Practice`
  (`TermFacet(model=Practice, relation="sectors", ...)`); counts there are over all
  published practices.
- A later listing (guides, reviews) does the same: a `FacetRegistry(name=..., facets=[...])`
  of facets with `model=` its model, in its own app; its selector filters with
  `facet.q(values)` and shows `registry.results(...)`; its template renders each
  `FacetResult` as a fieldset. Write a `Facet` subclass only for what `TermFacet`,
  `ChoiceFacet` and `FlagFacet` cannot say.

Archived tools
--------------
Browsing (no search text) lists archived tools too, marked and after every current tool, so
a purpose's listing keeps its history. A search leaves them out unless the visitor asks
with `archived=1`. Nothing in here proposes tools: a decision aid reads
`tool_queryset_proposable()`, which never holds an archived tool.

Card badges
-----------
Another app can show something on every tool card (screening shows "gescreend op <date>")
with `register_card_badge(...)`: an annotation added to the page query (so no query per
card) and a template included in each card.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    Model,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Lower
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.content import cache_seconds, version
from core.forms import SEARCH_TEXT_MAX_LENGTH
from core.languages import (
    CONTENT_LANGUAGES,
    SOURCE_LANGUAGE,
    ContentLanguage,
    LocalText,
    active_language,
    get_content_language,
    text_direction,
)

from .models import (
    ContactMode,
    FactGroup,
    Language,
    Purpose,
    Requirement,
    Tool,
    ToolAlias,
    ToolFactCheck,
    ToolRequirement,
    ToolTranslation,
)

PAGE_SIZE = 20
QUERY_MAX_LENGTH = SEARCH_TEXT_MAX_LENGTH


# --- Home --------------------------------------------------------------------------------


def purpose_list_with_counts() -> QuerySet[Purpose]:
    """The purposes in their curated order, each with `tool_count` (published tools)."""
    return Purpose.objects.annotate(
        tool_count=Count("tools", filter=Q(tools__status=Tool.Status.PUBLISHED))
    ).order_by("position", "name")


# --- What has been checked ------------------------------------------------------------------


@dataclass(frozen=True)
class VerificationCounts:
    """How many current tools a curator verified: every fact group, some, or none."""

    total: int
    all_groups: int
    some_groups: int

    @property
    def no_groups(self) -> int:
        return self.total - self.all_groups - self.some_groups


def tool_verification_counts() -> VerificationCounts:
    """One query: current tools by how many of their fact groups were verified."""
    checked = ToolFactCheck.objects.filter(tool=OuterRef("pk")).values("tool")
    per_tool = Tool.objects.published().annotate(
        checked=_count_subquery(checked),
    )
    groups = len(FactGroup)
    counts = per_tool.aggregate(
        total=Count("pk"),
        all_groups=Count("pk", filter=Q(checked__gte=groups)),
        some_groups=Count("pk", filter=Q(checked__gt=0, checked__lt=groups)),
    )
    return VerificationCounts(**counts)


def _count_subquery(queryset: QuerySet):
    """The number of rows of a correlated `queryset` (grouped by its outer reference)."""
    counted = queryset.annotate(n=Count("pk")).values("n").order_by()
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def tool_list_unverified() -> QuerySet[Tool]:
    """Current tools with at least one fact group that no curator has verified yet (the
    curators' to-do list), by name."""
    checked = ToolFactCheck.objects.filter(tool=OuterRef("pk")).values("tool")
    return (
        Tool.objects.published()
        .annotate(checked_groups=_count_subquery(checked))
        .filter(checked_groups__lt=len(FactGroup))
        .order_by(Lower("name"), "pk")
    )


def tool_count_archived() -> int:
    return Tool.objects.filter(status=Tool.Status.ARCHIVED).count()


def tool_count_for_flag(param: str) -> int | None:
    """Current tools a registered yes-only filter (e.g. `screened`) selects, or None when
    no such filter is registered: the about page states it only when it is known."""
    facet = next((f for f in FACETS if f.param == param), None)
    if facet is None:
        return None
    return Tool.objects.published().filter(facet.q(["1"])).count()


# --- Decision aid ---------------------------------------------------------------------------


def tool_queryset_proposable() -> QuerySet[Tool]:
    """The tools a decision aid may propose: current tools only (never archived, never a
    draft), with their requirements for `Tool.requirement_needs()`."""
    return Tool.objects.proposable().prefetch_related(
        Prefetch(
            "requirement_links", queryset=ToolRequirement.objects.select_related("requirement")
        )
    )


# --- Facets ------------------------------------------------------------------------------


class Facet:
    """One filter of a listing. Subclasses implement `choices`, `q` and `counts`."""

    param: str
    legend: str
    # What the listing lists: the rows `q` filters and `counts` counts.
    model: type[Model] = Tool
    # Shown unfolded in the filter form even when nothing is picked (the others fold away
    # in a <details> element, which needs no JavaScript).
    expanded: bool = False

    def choices(self) -> list[tuple[str, str]]:
        """(value, label) pairs a visitor can pick, in display order."""
        raise NotImplementedError

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        """A filter on `model` matching any of `values` (OR within the facet).

        `per_tool=True` asks for a check per row (EXISTS), for when few rows are checked:
        a search's best matches, or a page read in listing order from its index. Otherwise
        the list of rows with a value (IN), for counting over much of the listing.
        """
        raise NotImplementedError

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        """Rows per value among `tool_ids` (a queryset of `model` pks), in one query."""
        raise NotImplementedError

    def emphasised_values(self) -> frozenset[str]:
        """Values shown in bold (a group that also finds its members)."""
        return frozenset()

    def choices_queryset(self) -> QuerySet | None:
        """Rows (facet, slug, name, name_fr, name_en, position) that read this facet's
        choices within the registry's one UNION query, or None to use `choices()`."""
        return None

    def choices_from_rows(self, rows: Iterable[Mapping]) -> list[tuple[str, str]]:
        """The choices from this facet's rows of the UNION query."""
        raise NotImplementedError

    def counts_sql(self, tool_ids: tuple[str, Sequence]) -> tuple[str, list] | None:
        """The same counts as `counts()` as (SQL selecting value and n, parameters), over
        the tools of the subquery `tool_ids` (its SQL and parameters), so that `tool_search`
        reads every such facet in one query; None: count this facet with `counts()`."""
        return None


class TermFacet(Facet):
    """A facet over a many-to-many taxonomy of `model` (Tool's Purpose, Theme, Language, ...;
    Practice's sectors): the values are the terms' slugs."""

    def __init__(
        self,
        *,
        param: str,
        legend: str,
        relation: str,
        expanded: bool = False,
        model: type[Model] = Tool,
    ):
        self.param = param
        self.legend = legend
        self.expanded = expanded
        self.model = model
        self.relation = relation
        m2m = model._meta.get_field(relation)
        self.term_model = m2m.related_model
        self.through = m2m.remote_field.through
        self.tool_fk = m2m.m2m_field_name()  # "tool", "practice"
        self.term_fk = m2m.m2m_reverse_field_name()  # "purpose", "accessibilityfeature", ...

    def choices_queryset(self) -> QuerySet:
        """Rows for one UNION query over all term facets (see `FacetRegistry.choices`)."""
        return (
            self.term_model.objects.order_by()
            .annotate(facet=Value(self.param, output_field=CharField()))
            .values("facet", "slug", "name", "name_fr", "name_en", "position")
        )

    def choices_from_rows(self, rows: Iterable[Mapping]) -> list[tuple[str, str]]:
        rows = sorted(rows, key=lambda row: (row["position"], row["name"].casefold()))
        return [
            (
                row["slug"],
                self.term_model(
                    slug=row["slug"],
                    name=row["name"],
                    name_fr=row["name_fr"],
                    name_en=row["name_en"],
                ).label,
            )
            for row in rows
        ]

    def choices(self) -> list[tuple[str, str]]:
        return self.choices_from_rows(self.choices_queryset())

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        links = self.through.objects.filter(**{f"{self.term_fk}__slug__in": values})
        if per_tool:  # one lookup on the (tool, term) index
            return Q(Exists(links.filter(**{f"{self.tool_fk}_id": OuterRef("pk")})))
        return Q(pk__in=links.values(f"{self.tool_fk}_id"))

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        slug = f"{self.term_fk}__slug"
        rows = (
            self.through.objects.filter(**{f"{self.tool_fk}_id__in": tool_ids})
            .values(slug)
            .annotate(n=Count(f"{self.tool_fk}_id"))
            .order_by()
        )
        return {row[slug]: row["n"] for row in rows}

    def counts_sql(self, tool_ids: tuple[str, Sequence]) -> tuple[str, list]:
        quote = connection.ops.quote_name
        through = self.through._meta
        term = self.term_model._meta
        tool = quote(through.get_field(self.tool_fk).column)
        link = quote(through.get_field(self.term_fk).column)
        slug = quote(term.get_field("slug").column)
        # Identifiers come from the models only; values are parameters of the subquery.
        sql = (
            f"SELECT t.{slug} AS value, COUNT(l.{tool}) AS n "  # noqa: S608
            f"FROM {quote(through.db_table)} l JOIN {quote(term.db_table)} t ON t.id = l.{link} "
            f"WHERE l.{tool} IN ({tool_ids[0]}) GROUP BY t.{slug}"
        )
        return sql, list(tool_ids[1])


class ChoiceFacet(Facet):
    """A facet over a single-valued field of Tool with fixed choices (e.g. cost)."""

    def __init__(
        self,
        *,
        param: str,
        legend: str,
        field_name: str,
        choices,
        expanded: bool = False,
        model: type[Model] = Tool,
    ):
        self.param = param
        self.legend = legend
        self.expanded = expanded
        self.model = model
        self.field_name = field_name
        self._choices = choices

    def choices(self) -> list[tuple[str, str]]:
        return [(value, str(label)) for value, label in self._choices]

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        return Q(**{f"{self.field_name}__in": values})

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        rows = (
            self.model._default_manager.filter(pk__in=tool_ids)
            .values(self.field_name)
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {row[self.field_name]: row["n"] for row in rows}

    def counts_sql(self, tool_ids: tuple[str, Sequence]) -> tuple[str, list]:
        quote = connection.ops.quote_name
        meta = self.model._meta
        column = quote(meta.get_field(self.field_name).column)
        sql = (
            f"SELECT {column} AS value, COUNT(*) AS n FROM {quote(meta.db_table)} "  # noqa: S608
            f"WHERE {quote(meta.pk.column)} IN ({tool_ids[0]}) GROUP BY {column}"
        )
        return sql, list(tool_ids[1])


class FlagFacet(Facet):
    """A yes-only facet (`param=1`): tools that satisfy `condition`.

    `per_tool_condition`, when given, is the same condition checked per tool (see `q`).
    """

    def __init__(
        self,
        *,
        param: str,
        legend: str,
        label: str,
        condition: Q,
        per_tool_condition: Q | None = None,
        expanded: bool = False,
        model: type[Model] = Tool,
    ):
        self.param = param
        self.legend = legend
        self.expanded = expanded
        self.model = model
        self.label = label
        self.condition = condition
        self.per_tool_condition = per_tool_condition

    def choices(self) -> list[tuple[str, str]]:
        return [("1", str(self.label))]

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        if "1" not in values:
            return Q()
        if per_tool and self.per_tool_condition is not None:
            return self.per_tool_condition
        return self.condition

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        rows = self.model._default_manager.filter(pk__in=tool_ids).filter(self.condition)
        return {"1": rows.count()}

    def counts_sql(self, tool_ids: tuple[str, Sequence]) -> tuple[str, list] | None:
        try:
            condition, params = (
                self.model._default_manager.filter(self.condition)
                .values("pk")
                .order_by()
                .query.sql_with_params()
            )
        except EmptyResultSet:  # a condition that can match nothing: counted by `counts()`
            return None
        pk = connection.ops.quote_name(self.model._meta.pk.column)
        table = connection.ops.quote_name(self.model._meta.db_table)
        sql = (
            f"SELECT '1' AS value, COUNT(*) AS n FROM {table} "  # noqa: S608
            f"WHERE {pk} IN ({tool_ids[0]}) AND {pk} IN ({condition})"
        )
        return sql, [*tool_ids[1], *params]


_ANONYMOUS_LINKS = Tool.contact_modes.through.objects.filter(
    contactmode__slug=ContactMode.ANONYMOUS
)


class FacetRegistry:
    """The filters of one listing, in display order (see the module docstring)."""

    def __init__(self, *, name: str, facets: Iterable[Facet] = ()):
        self.name = name  # in cache keys
        self._facets = list(facets)

    def __iter__(self):
        return iter(self._facets)

    def __len__(self) -> int:
        return len(self._facets)

    def register(self, facet: Facet, *, before: str | None = None) -> None:
        """Add a facet (once; a facet with the same param is replaced), before the facet
        with param `before` or at the end."""
        for index, existing in enumerate(self._facets):
            if existing.param == facet.param:
                self._facets[index] = facet
                return
        facets = self._facets
        position = next((i for i, f in enumerate(facets) if f.param == before), len(facets))
        facets.insert(position, facet)

    def remove(self, facet: Facet) -> None:
        self._facets.remove(facet)

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """The choices of every facet, with labels in the active language.

        Read on every listing, so cached per content version (a term edit bumps it, see
        core.content) and language; all taxonomy facets are read in a single UNION query.
        """
        params = ",".join(f.param for f in self._facets)
        key = f"{self.name}:choices:{version()}:{get_language()}:{params}"
        choices = cache.get(key)
        if choices is None:
            choices = _facet_choices(self._facets)
            cache.set(key, choices, cache_seconds())
        return choices

    def results(
        self,
        *,
        choices: Mapping[str, list[tuple[str, str]]],
        counts: Mapping[str, Mapping[str, int]],
        selected: Mapping[str, Sequence[str]],
    ) -> list[FacetResult]:
        """Every facet as a template shows it: the choices that match something or were
        picked, each with its count."""
        facets = []
        for facet in self._facets:
            facet_counts = counts.get(facet.param, {})
            picked = set(selected.get(facet.param, ()))
            emphasised = facet.emphasised_values()
            options = [
                FacetOption(
                    value=value,
                    label=label,
                    count=facet_counts.get(value, 0),
                    selected=value in picked,
                    emphasised=value in emphasised,
                )
                for value, label in choices.get(facet.param, [])
            ]
            facets.append(
                FacetResult(
                    param=facet.param,
                    legend=str(facet.legend),
                    options=[o for o in options if o.count or o.selected],
                    expanded=facet.expanded or bool(picked),
                )
            )
        return facets


_TOOL_FACETS: list[Facet] = [
    TermFacet(param="purpose", legend=_("Doel"), relation="purposes", expanded=True),
    ChoiceFacet(
        param="cost",
        legend=_("Kostprijs"),
        field_name="cost",
        expanded=True,
        choices=[
            (Tool.Cost.FREE, Tool.Cost.FREE.label),
            (Tool.Cost.FREEMIUM, Tool.Cost.FREEMIUM.label),
            (Tool.Cost.PAID, Tool.Cost.PAID.label),
        ],
    ),
    TermFacet(param="language", legend=_("Taal"), relation="languages", expanded=True),
    TermFacet(param="target_group", legend=_("Doelgroep"), relation="target_groups"),
    TermFacet(param="theme", legend=_("Thema"), relation="themes"),
    TermFacet(param="sector", legend=_("Sector"), relation="sectors"),
    TermFacet(param="platform", legend=_("Platform"), relation="platforms"),
    TermFacet(param="feature", legend=_("Toegankelijkheid"), relation="accessibility_features"),
    TermFacet(param="requirement", legend=_("Wat heb je nodig?"), relation="requirements"),
    FlagFacet(
        param="anonymous",
        legend=_("Contact"),
        label=_("Anoniem contact mogelijk"),
        condition=Q(pk__in=_ANONYMOUS_LINKS.values("tool_id")),
        per_tool_condition=Q(Exists(_ANONYMOUS_LINKS.filter(tool_id=OuterRef("pk")))),
    ),
]

FACETS = FacetRegistry(name="catalogue", facets=_TOOL_FACETS)


def register_facet(facet: Facet, *, before: str | None = None) -> None:
    """Add a facet to the tool listing (once; a facet with the same param is replaced)."""
    FACETS.register(facet, before=before)


@dataclass(frozen=True)
class CardBadge:
    """Something another app shows on every tool card of the listing.

    `annotations()` returns expressions added to the page query (one query for the whole
    page, whatever the number of badges); `template` is included in each card, with the
    annotated `tool` in its context.
    """

    key: str
    template: str
    annotations: Callable[[], Mapping[str, object]]


CARD_BADGES: list[CardBadge] = []


def register_card_badge(badge: CardBadge) -> None:
    """Add a badge to the tool cards (once; a badge with the same key is replaced)."""
    for index, existing in enumerate(CARD_BADGES):
        if existing.key == badge.key:
            CARD_BADGES[index] = badge
            return
    CARD_BADGES.append(badge)


def facet_choices(facets: Sequence[Facet] | None = None) -> dict[str, list[tuple[str, str]]]:
    """The choices of the tool listing's facets (cached, see `FacetRegistry.choices`), or
    of `facets` (read now)."""
    if facets is not None:
        return _facet_choices(facets)
    return FACETS.choices()


_CHOICE_COLUMNS = ("slug", "name", "name_fr", "name_en", "position")


@functools.cache
def _term_choices_sql(models: tuple[type, ...]) -> str:
    """One UNION ALL over the term tables of these taxonomies: (index, choice columns). The
    same rows as the union of `TermFacet.choices_queryset()`, without building it each time."""
    quote = connection.ops.quote_name
    parts = []
    for index, model in enumerate(models):
        meta = model._meta
        columns = ", ".join(quote(meta.get_field(c).column) for c in _CHOICE_COLUMNS)
        # Identifiers come from the models only.
        parts.append(f"SELECT {index} AS facet, {columns} FROM {quote(meta.db_table)}")  # noqa: S608
    return " UNION ALL ".join(parts)


def _facet_choices(facets: Sequence[Facet]) -> dict[str, list[tuple[str, str]]]:
    # One query reads the choice rows of every facet that has them: built once from the
    # models when all are plain term facets (the tool listing), else as one ORM UNION.
    querysets = {f.param: f.choices_queryset() for f in facets}
    querysets = {param: qs for param, qs in querysets.items() if qs is not None}
    rows_by_param: dict[str, list[Mapping]] = {param: [] for param in querysets}
    with_rows = [f for f in facets if f.param in querysets]
    plain = all(
        isinstance(f, TermFacet) and type(f).choices_queryset is TermFacet.choices_queryset
        for f in with_rows
    )
    if with_rows and plain:
        with connection.cursor() as cursor:
            cursor.execute(_term_choices_sql(tuple(f.term_model for f in with_rows)))
            rows = cursor.fetchall()
        for index, *values in rows:
            row = dict(zip(_CHOICE_COLUMNS, values, strict=True))
            rows_by_param[with_rows[index].param].append(row)
    elif with_rows:
        first, *rest = querysets.values()
        for row in first.union(*rest, all=True) if rest else first:
            rows_by_param[row["facet"]].append(row)
    return {
        f.param: (
            f.choices_from_rows(rows_by_param[f.param]) if f.param in rows_by_param else f.choices()
        )
        for f in facets
    }


# --- Listing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ToolFilters:
    """What a visitor asked the listing for, already validated (see ToolFilterForm)."""

    q: str = ""
    selected: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    page: int | str = 1
    # `archived=1`: a search also lists archived tools (browsing always does).
    archived: bool = False

    @property
    def leaves_out_archived(self) -> bool:
        return bool(self.q) and not self.archived

    def without(self, param: str, value: str | None = None) -> QueryDict:
        """These filters as query parameters (no page), with one value or the whole
        parameter left out: what a chip links to, encoded by `{% querystring %}`."""
        params = QueryDict(mutable=True)
        if self.q:
            params["q"] = self.q
        for name, values in self.selected.items():
            params.setlist(name, list(values))
        if self.archived:
            params["archived"] = "1"
        kept = [v for v in params.getlist(param) if value is not None and v != value]
        params.setlist(param, kept)
        if not kept:
            del params[param]
        return params

    @property
    def is_active(self) -> bool:
        return bool(self.q or any(self.selected.values()) or self.archived)


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    emphasised: bool = False


@dataclass(frozen=True)
class FacetResult:
    param: str
    legend: str
    options: list[FacetOption]
    expanded: bool = False

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


@dataclass(frozen=True)
class ActiveFilter:
    """One active filter as a removable chip: `remove_params` are the listing's query
    parameters without it."""

    legend: str
    label: str
    remove_params: QueryDict


@dataclass(frozen=True)
class ToolSearchResult:
    page: Page
    facets: list[FacetResult]
    filters: ToolFilters
    badges: Sequence[CardBadge] = ()

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def active_filters(self) -> list[ActiveFilter]:
        chips = []
        if self.filters.q:
            chips.append(
                ActiveFilter(
                    legend=str(_("Zoekterm")),
                    label=self.filters.q,
                    remove_params=self.filters.without("q"),
                )
            )
        for facet in self.facets:
            for option in facet.selected:
                chips.append(
                    ActiveFilter(
                        legend=facet.legend,
                        label=option.label,
                        remove_params=self.filters.without(facet.param, option.value),
                    )
                )
        if self.filters.archived:
            chips.append(
                ActiveFilter(
                    legend=str(_("Gearchiveerd")),
                    label=str(_("ook tools die niet meer bestaan")),
                    remove_params=self.filters.without("archived"),
                )
            )
        return chips


TextSearch = Callable[..., QuerySet[Tool]]
_text_search: list[TextSearch] = []


def register_text_search(search: TextSearch) -> None:
    """Let the listing's `q` be answered by `search(queryset=, query=)`: the tools of
    `queryset` matching `query`, best first. The search app registers itself at start-up
    (search.apps), so the catalogue never imports it."""
    _text_search[:] = [search]


def _tool_queryset_matching(*, queryset: QuerySet[Tool], query: str) -> QuerySet[Tool]:
    if not _text_search:
        raise ImproperlyConfigured("No text search registered (is the search app installed?)")
    return _text_search[0](queryset=queryset, query=query)


def _matching(filters: ToolFilters) -> QuerySet[Tool]:
    if filters.q:
        tools = Tool.objects.published() if filters.leaves_out_archived else Tool.objects.public()
        return _tool_queryset_matching(queryset=tools, query=filters.q)
    # Current tools first ("published" > "archived"), in the order of the listing index.
    return Tool.objects.public().order_by(F("status").desc(), Lower("name"), "pk")


def _counts_cached(filters: ToolFilters, compute) -> tuple[dict[str, dict[str, int]], int]:
    """(Facet counts, total), cached per search-index version: counting is the costly part
    of the listing on a large catalogue, and it is the same for every visitor of a URL and
    for each of its pages. Every catalogue change that search indexes (tool, its links, a
    term) bumps the version (core.content), so counts never outlive a change in this
    process."""
    raw = repr(
        (
            filters.q,
            filters.archived,
            sorted((k, tuple(v)) for k, v in filters.selected.items()),
        )
    )
    key = f"catalogue:counts:{version()}:{hashlib.sha256(raw.encode()).hexdigest()[:32]}"
    counts = cache.get(key)
    if counts is None:
        counts = compute()
        cache.set(key, counts, cache_seconds())
    return counts


_CARD_RELATIONS = ("purposes", "platforms")


class _CountedPaginator(Paginator):
    """A paginator told its total, so a page costs no COUNT query."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def tool_search(
    *,
    filters: ToolFilters,
    choices: Mapping[str, list[tuple[str, str]]] | None = None,
    page_size: int = PAGE_SIZE,
) -> ToolSearchResult:
    """Published tools matching `filters`: one page of them plus every facet with counts.

    Queries are constant in the number of tools and terms: one for the total and the counts
    of every facet with `counts_sql` (each facet a visitor picked counts over its own
    subquery), one per other facet (both cached per content version, see `_counts_cached`),
    one for the page and one per prefetched relation (plus the facet choices, cached too,
    if the caller did not pass them).
    """
    choices = facet_choices() if choices is None else choices
    matching = _matching(filters)
    picked = [f for f in FACETS if filters.selected.get(f.param)]

    def narrowed(queryset: QuerySet, *, per_tool: bool, except_param: str = "") -> QuerySet:
        for facet in picked:
            if facet.param != except_param:
                condition = facet.q(filters.selected[facet.param], per_tool=per_tool)
                queryset = queryset.filter(condition)
        return queryset

    # Counting: a search hands over at most SEARCH_MAX_RESULTS tools, so check each one; a
    # listing counts over much of the catalogue, so use the lists of tools per value.
    per_tool = bool(filters.q)
    picked_params = {facet.param for facet in picked}

    def tool_ids(except_param: str = "") -> QuerySet:
        return narrowed(matching, per_tool=per_tool, except_param=except_param).values("pk")

    def count_all() -> tuple[dict[str, dict[str, int]], int]:
        # A facet nobody picked counts over the same tools as the total: its subquery is
        # compiled once. Facets with SQL counts and the total are read in one query.
        compiled: dict[str, tuple[str, tuple] | None] = {}

        def ids_sql(except_param: str) -> tuple[str, tuple] | None:
            key = except_param if except_param in picked_params else ""
            if key not in compiled:
                try:
                    compiled[key] = tool_ids(key).order_by().query.sql_with_params()
                except EmptyResultSet:  # e.g. a search of stop words only: no tool at all
                    compiled[key] = None
            return compiled[key]

        # Compiled by the ORM or built from the models' identifiers: values are parameters.
        parts, params = [], []
        if (every := ids_sql("")) is not None:
            parts.append(f"SELECT -1 AS facet, '' AS value, COUNT(*) AS n FROM ({every[0]}) ids")  # noqa: S608
            params.extend(every[1])
        counts: dict[str, dict[str, int]] = {}
        facet_list = list(FACETS)
        for index, facet in enumerate(facet_list):
            ids = ids_sql(facet.param)
            if ids is None:
                counts[facet.param] = {}
                continue
            part = facet.counts_sql(ids)
            if part is None:
                counts[facet.param] = facet.counts(tool_ids(facet.param))
                continue
            counts[facet.param] = {}
            parts.append(f"SELECT {index} AS facet, value, n FROM ({part[0]}) f{index}")  # noqa: S608
            params.extend(part[1])
        rows = []
        if parts:
            with connection.cursor() as cursor:
                cursor.execute(" UNION ALL ".join(parts), params)
                rows = cursor.fetchall()
        total = 0
        for index, value, n in rows:
            if index < 0:
                total = n
            else:
                counts[facet_list[index].param][value] = n
        return counts, total

    counts_by_param, total = _counts_cached(filters, count_all)
    facets = FACETS.results(choices=choices, counts=counts_by_param, selected=filters.selected)

    # The page is read in listing (or relevance) order, checking each tool as it goes.
    badges = tuple(CARD_BADGES)
    annotations = {name: value for badge in badges for name, value in badge.annotations().items()}
    tools = narrowed(matching, per_tool=True).annotate(**annotations)
    tools = prefetch_translations(tools, language=active_language())
    paginator = _CountedPaginator(tools, page_size, count=total)
    page = paginator.get_page(filters.page)
    # The cards' purposes and platforms: both in one query.
    page.object_list = list(page.object_list)
    prefetch_terms(page.object_list, names=_CARD_RELATIONS)
    return ToolSearchResult(page=page, facets=facets, filters=filters, badges=badges)


# --- Tool page ---------------------------------------------------------------------------

# The page shows requirements with their alternatives, read from the links.
_DETAIL_RELATIONS = [name for name in Tool.TAXONOMY_FIELDS if name != "requirements"]


_TERM_COLUMNS = ("id", "slug", "name", "name_fr", "name_en", "position")


@functools.cache
def _term_links_sql(names: tuple[str, ...]) -> str:
    """One UNION ALL over the link tables of these taxonomies: (relation, tool, term columns),
    in each taxonomy's own order (position, name)."""
    quote = connection.ops.quote_name
    parts = []
    for index, name in enumerate(names):
        field = Tool._meta.get_field(name)
        through = field.remote_field.through._meta
        term = field.related_model._meta
        link = quote(through.get_field(field.m2m_reverse_field_name()).column)
        tool = quote(through.get_field(field.m2m_field_name()).column)
        columns = ", ".join(f"t.{quote(term.get_field(c).column)}" for c in _TERM_COLUMNS)
        parts.append(
            # Identifiers come from the models only; the ids are parameters.
            f"SELECT {index} AS relation, l.{tool} AS tool_id, {columns} "  # noqa: S608
            f"FROM {quote(through.db_table)} l JOIN {quote(term.db_table)} t ON t.id = l.{link} "
            f"WHERE l.{tool} IN (%(ids)s)"
        )
    return " UNION ALL ".join(parts) + " ORDER BY 1, 2, 8, 5"


def prefetch_terms(tools: Sequence[Tool], *, names: Sequence[str]) -> None:
    """Fill `tool.<name>.all()` for each taxonomy in `names` with one query instead of one
    per taxonomy (a tool page shows eight): the same terms in the same order."""
    if not tools:
        return
    by_pk = {tool.pk: tool for tool in tools}
    found: dict[tuple[int, int], list] = {}
    sql = _term_links_sql(tuple(names)) % {"ids": ", ".join(["%s"] * len(by_pk))}
    with connection.cursor() as cursor:
        cursor.execute(sql, list(by_pk) * len(names))
        rows = cursor.fetchall()
    models = [Tool._meta.get_field(name).related_model for name in names]
    for relation, tool_pk, *values in rows:
        term = models[relation](**dict(zip(_TERM_COLUMNS, values, strict=True)))
        found.setdefault((relation, tool_pk), []).append(term)
    for tool in tools:
        cache = getattr(tool, "_prefetched_objects_cache", None)
        if cache is None:
            cache = tool._prefetched_objects_cache = {}
        for relation, name in enumerate(names):
            # What prefetch_related stores: a queryset whose results are already known.
            terms = getattr(tool, name).all()
            terms._result_cache = found.get((relation, tool.pk), [])
            terms._prefetch_done = True
            cache[name] = terms


# The links between tools a tool page shows, each to current tools only: (relation, the
# link table's column of the tool shown, its column of the linked tool).
_LINKED_TOOLS = (
    ("examples", "from_tool_id", "to_tool_id"),
    ("example_of", "to_tool_id", "from_tool_id"),
    ("related_tools", "from_tool_id", "to_tool_id"),
)
_LINKED_TOOL_COLUMNS = ("id", "name", "slug", "kind", "summary")


@functools.cache
def _linked_tools_sql() -> str:
    """One UNION ALL over the links of `_LINKED_TOOLS`: (relation, tool, linked tool's
    columns), each relation by name like Tool's default order."""
    quote = connection.ops.quote_name
    tool = Tool._meta
    columns = ", ".join(f"t.{quote(tool.get_field(c).column)}" for c in _LINKED_TOOL_COLUMNS)
    parts = []
    for index, (name, own, other) in enumerate(_LINKED_TOOLS):
        field = tool.get_field("examples" if name == "example_of" else name)
        links = quote(field.remote_field.through._meta.db_table)
        parts.append(
            # Identifiers come from the models only; the ids and the status are parameters.
            f"SELECT {index} AS relation, l.{quote(own)} AS owner, {columns} "  # noqa: S608
            f"FROM {links} l JOIN {quote(tool.db_table)} t ON t.id = l.{quote(other)} "
            f"WHERE l.{quote(own)} IN (%(ids)s) AND t.{quote(tool.get_field('status').column)} = "
            "%(status)s"
        )
    return " UNION ALL ".join(parts) + " ORDER BY 1, 2, 4"


def prefetch_linked_tools(tools: Sequence[Tool]) -> None:
    """Fill `tool.examples.all()`, `tool.example_of.all()` and `tool.related_tools.all()` with
    the current tools they link to (name, slug, kind and summary), in one query instead of
    three: the same tools in the same order."""
    if not tools:
        return
    by_pk = {tool.pk: tool for tool in tools}
    placeholders = ", ".join(["%s"] * len(by_pk))
    sql = _linked_tools_sql() % {"ids": placeholders, "status": "%s"}
    params = [*by_pk, Tool.Status.PUBLISHED] * len(_LINKED_TOOLS)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found: dict[tuple[int, int], list[Tool]] = {}
    for relation, owner, *values in rows:
        linked = Tool.from_db(connection.alias, _LINKED_TOOL_COLUMNS, values)
        found.setdefault((relation, owner), []).append(linked)
    for tool in tools:
        cache = getattr(tool, "_prefetched_objects_cache", None)
        if cache is None:
            cache = tool._prefetched_objects_cache = {}
        for relation, (name, _own, _other) in enumerate(_LINKED_TOOLS):
            # What prefetch_related stores: a queryset whose results are already known.
            linked = getattr(tool, name).all()
            linked._result_cache = found.get((relation, tool.pk), [])
            linked._prefetch_done = True
            cache[name] = linked


def _with_page_facts(tools: QuerySet[Tool]) -> QuerySet[Tool]:
    return tools.select_related("archived_by").prefetch_related(
        Prefetch(
            "requirement_links",
            queryset=ToolRequirement.objects.select_related("requirement"),
        ),
        Prefetch("fact_checks", queryset=ToolFactCheck.objects.select_related("verified_by")),
        "aliases",
        "translations",
    )


def _with_links(tool: Tool | None) -> Tool | None:
    if tool is not None:
        prefetch_terms([tool], names=_DETAIL_RELATIONS)
        prefetch_linked_tools([tool])
    return tool


def tool_find_published(*, slug: str) -> Tool | None:
    """A current (published) tool with every fact the tool page shows, or None."""
    return _with_links(_with_page_facts(Tool.objects.published()).filter(slug=slug).first())


def tool_find_public(*, slug: str) -> Tool | None:
    """A tool with a public page (current or archived) with every fact it shows, or None."""
    return _with_links(_with_page_facts(Tool.objects.public()).filter(slug=slug).first())


# --- For other apps (guides, ...) ----------------------------------------------------------


def tool_queryset_published_for_links() -> QuerySet[Tool]:
    """Published tools with what a link to them shows, for another app's prefetch."""
    return Tool.objects.published().only("pk", "name", "slug", "summary").order_by("name")


def requirement_queryset_ordered() -> QuerySet[Requirement]:
    """Requirements in their curated order, for another app's prefetch."""
    return Requirement.objects.order_by("position", "name")


def tool_find_published_by_name(*, name: str) -> Tool | None:
    """The published tool with this name or slug (case and accents aside), or None: what a
    person who names a tool most likely means."""
    slug = slugify(name)
    if not slug:
        return Tool.objects.published().filter(name__iexact=name).first()
    return Tool.objects.published().filter(Q(slug=slug) | Q(name__iexact=name)).first()


def tool_find_not_archived(*, slug: str) -> Tool | None:
    """A current tool or a draft (one a screener may screen), or None."""
    return Tool.objects.exclude(status=Tool.Status.ARCHIVED).filter(slug=slug).first()


def language_list() -> QuerySet[Language]:
    """The languages in their curated order."""
    return Language.objects.all()


def language_find(*, slug: str) -> Language | None:
    return Language.objects.filter(slug=slug).first()


def tool_list_by_slugs(*, slugs: Sequence[str]) -> list[Tool]:
    """Tools with these slugs, whatever their status (for seeding links to them)."""
    return list(Tool.objects.filter(slug__in=list(slugs)).order_by("name"))


def requirement_list_by_slugs(*, slugs: Sequence[str]) -> list[Requirement]:
    return list(Requirement.objects.filter(slug__in=list(slugs)).order_by("position", "name"))


def tools_requiring(
    *, requirement_ids: Iterable[int], exclude_tool_ids: Iterable[int] = ()
) -> dict[int, list[Tool]]:
    """Published tools that need each requirement (requirement pk -> tools by name), in one
    query: "which other tools need itsme?"."""
    through = Tool.requirements.through
    links = (
        through.objects.filter(
            requirement_id__in=list(requirement_ids), tool__status=Tool.Status.PUBLISHED
        )
        .exclude(tool_id__in=list(exclude_tool_ids))
        .select_related("tool")
        .only("requirement", "tool", "tool__name", "tool__slug", "tool__summary")
        .order_by(Lower("tool__name"), "tool_id")
    )
    tools: dict[int, list[Tool]] = {}
    for link in links:
        tools.setdefault(link.requirement_id, []).append(link.tool)
    return tools


def tool_slug_unused(*, name: str) -> str:
    """A slug for a new tool called `name`: its slugified name, numbered if a tool or an old
    address (ToolAlias) already uses it."""
    base = slugify(name)[:130] or "tool"
    slug, n = base, 2
    while Tool.objects.filter(slug=slug).exists() or ToolAlias.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def tool_find_by_alias(*, slug: str) -> Tool | None:
    """The public tool that a former slug or other name's slug now stands for, or None."""
    alias = (
        ToolAlias.objects.filter(slug=slug, tool__status__in=Tool.PUBLIC_STATUSES)
        .select_related("tool")
        .first()
    )
    return alias.tool if alias else None


@dataclass(frozen=True)
class FactGroupStatus:
    """One fact group of a tool as the tool page shows it: verified (by whom, when) or not."""

    group: FactGroup
    check: ToolFactCheck | None

    @property
    def label(self) -> str:
        return self.group.label

    @property
    def verified(self) -> bool:
        return self.check is not None


def tool_fact_groups(*, tool: Tool) -> list[FactGroupStatus]:
    """Every fact group of `tool` in a fixed order (reads the prefetched `fact_checks`)."""
    checks = {check.group: check for check in tool.fact_checks.all()}
    return [FactGroupStatus(group=group, check=checks.get(group)) for group in FactGroup]


__all__ = [
    "ActiveFilter",
    "CARD_BADGES",
    "CardBadge",
    "ChoiceFacet",
    "FACETS",
    "Facet",
    "FacetRegistry",
    "FacetOption",
    "FacetResult",
    "FactGroupStatus",
    "FlagFacet",
    "PAGE_SIZE",
    "TermFacet",
    "ToolFilters",
    "ToolSearchResult",
    "VerificationCounts",
    "facet_choices",
    "language_find",
    "language_list",
    "purpose_list_with_counts",
    "register_card_badge",
    "register_facet",
    "requirement_list_by_slugs",
    "requirement_queryset_ordered",
    "tool_count_archived",
    "tool_count_for_flag",
    "tool_fact_groups",
    "tool_find_by_alias",
    "tool_find_not_archived",
    "tool_find_published_by_name",
    "tool_find_public",
    "tool_find_published",
    "tool_list_by_slugs",
    "tool_list_unverified",
    "tool_queryset_proposable",
    "tool_queryset_published_for_links",
    "tool_search",
    "tool_slug_unused",
    "tool_verification_counts",
    "tools_requiring",
]


def tool_count_public() -> int:
    """Tools with a public page: current and archived."""
    return Tool.objects.public().count()


def tool_list_public_with_facts(*, offset: int, limit: int) -> list[Tool]:
    """A slice of the tools with a public page, in slug order, with every fact the open data
    gives (requirements, fact checks, aliases and the taxonomies): 4 queries."""
    tools = list(
        Tool.objects.public()
        .prefetch_related(
            Prefetch(
                "requirement_links",
                queryset=ToolRequirement.objects.select_related("requirement"),
            ),
            "fact_checks",
            "aliases",
        )
        .order_by("slug")[offset : offset + limit]
    )
    prefetch_terms(tools, names=_DETAIL_RELATIONS)
    return tools

# --- Texts in other languages ------------------------------------------------------------


def _translation(tool: Tool, language: str) -> ToolTranslation | None:
    """The tool's translation in `language`, from the prefetched `translations` (or one
    query), or None."""
    if language == SOURCE_LANGUAGE:
        return None
    translations = getattr(tool, "_prefetched_objects_cache", {}).get("translations")
    if translations is None:
        translations = tool.translations.filter(language=language)
    return next((t for t in translations if t.language == language), None)


def _local_text(tool: Tool, field_name: str, language: str) -> LocalText:
    translation = _translation(tool, language)
    text = getattr(translation, field_name, "") if translation else ""
    if text:
        return LocalText(
            text=text,
            lang=language,
            dir=text_direction(language),
            needs_review=translation.needs_review,
        )
    return LocalText(
        text=getattr(tool, field_name),
        lang=SOURCE_LANGUAGE,
        dir="ltr",
        fallback=language != SOURCE_LANGUAGE,
    )


def tool_summary_in(*, tool: Tool, language: str) -> LocalText:
    """The tool's summary in `language`, else its Dutch summary (marked as a fallback)."""
    return _local_text(tool, "summary", language)


def tool_easy_summary_in(*, tool: Tool, language: str) -> LocalText:
    """The easy-language summary in `language`, else the Dutch one; empty (falsy) when
    the tool has none in either."""
    text = _local_text(tool, "easy_summary", language)
    return text if text.text else LocalText(text="", lang=SOURCE_LANGUAGE, dir="ltr")


def tool_name_in(*, tool: Tool, language: str) -> str:
    """The tool's name in `language` where a curator wrote one (a tool type such as
    "Vertaalapps"), else its own name."""
    translation = _translation(tool, language)
    return (translation.name if translation else "") or tool.name


def tool_translation_languages(*, tool: Tool) -> list[ContentLanguage]:
    """The content languages the tool's summary can be shown in (Dutch first), in the
    order of core.languages."""
    available = {SOURCE_LANGUAGE} | {
        t.language for t in tool.translations.all() if t.summary or t.easy_summary
    }
    return [language for language in CONTENT_LANGUAGES if language.code in available]


@dataclass(frozen=True)
class ClientSummary:
    """The summary a worker asked to show a client (`?language=` on the tool page)."""

    language: ContentLanguage | None  # None: nothing asked, or a language we do not know
    summary: LocalText | None
    easy_summary: LocalText | None
    unknown: bool = False  # the visitor asked for a language that is not in the list


def tool_summary_for_client(*, tool: Tool, language: str) -> ClientSummary:
    code = (language or "")[:8]
    content_language = get_content_language(code) if code else None
    if content_language is None:
        return ClientSummary(language=None, summary=None, easy_summary=None, unknown=bool(code))
    easy = tool_easy_summary_in(tool=tool, language=code)
    return ClientSummary(
        language=content_language,
        summary=tool_summary_in(tool=tool, language=code),
        easy_summary=easy if easy and not easy.fallback else None,
    )


def prefetch_translations(tools: QuerySet[Tool], *, language: str) -> QuerySet[Tool]:
    """Prefetch the tools' translations in `language` only (a listing in that language)."""
    if language == SOURCE_LANGUAGE:
        return tools
    return tools.prefetch_related(
        Prefetch("translations", queryset=ToolTranslation.objects.filter(language=language))
    )
