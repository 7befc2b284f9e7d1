"""Reads for the decision aid, the client card and the shortlist.

`advice()` builds the ranking's plain facts in a fixed number of queries, whatever the number
of tools: the candidate tools, all their links in one UNION ALL, and a few small lookups.
"""

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
from django.db.models import Count, Q

from catalogue.models import Language, Purpose, Requirement, Theme, Tool
from guides.models import Guide
from guides.selectors import guides_for_tools
from practices.models import Practice
from screening.models import Screening, ScreeningAnswer
from screening.selectors import Profile, criterion_profile

from . import ranking

# The results page shows this many tools; the rest are counted.
RESULT_LIMIT = 20
# The screening question whose "no" means the data is kept outside the EU (framework v1).
DATA_LOCATION = ("privacy", "locatie")


# The ranking's to-many facts (ToolFacts fields) and the Tool relations they are read from.
LINKED = {
    "needs": ("purposes", "themes"),
    "languages": ("languages",),
    "platforms": ("platforms",),
    "features": ("accessibility_features",),
    "contact_modes": ("contact_modes",),
    "requirements": ("requirements",),
}
RELATIONS = tuple(name for names in LINKED.values() for name in names)
REQUIREMENTS = RELATIONS.index("requirements")
# The relation number of a candidate tool's own row in `_facts_rows`.
TOOL_ROW = -1
# The columns of `_facts_rows`, each typed so that PostgreSQL can match the parts of the
# UNION ALL: (relation, tool, slug, name, cost, requires account, choice group, alternative).
# A tool's own row fills slug to requires account; a link row the term's slug (and, for a
# requirement, its choice group and alternative).
_NULL = {
    "name": "CAST(NULL AS varchar)",
    "cost": "CAST(NULL AS varchar)",
    "flag": "CAST(NULL AS boolean)",
    "number": "CAST(NULL AS integer)",
}


@functools.cache
def _link_sql(name: str) -> str:
    """The links of one relation of the tools in the `candidate` common table expression
    (term alias `t`, so a caller can add a condition on the term)."""
    quote = connection.ops.quote_name
    field = Tool._meta.get_field(name)
    through = field.remote_field.through._meta
    term = field.related_model._meta
    tool = quote(through.get_field(field.m2m_field_name()).column)
    link = quote(through.get_field(field.m2m_reverse_field_name()).column)
    if name == "requirements":
        group = quote(through.get_field("choice_group").column)
        alternative = quote(through.get_field("alternative").column)
        numbers = f"l.{group}, l.{alternative}"
    else:
        numbers = f"{_NULL['number']}, {_NULL['number']}"
    return (
        # Identifiers come from the models only; every value is a parameter.
        f"SELECT {RELATIONS.index(name)}, l.{tool}, t.{quote('slug')}, "  # noqa: S608
        f"{_NULL['name']}, {_NULL['cost']}, {_NULL['flag']}, {numbers} "
        f"FROM {quote(through.db_table)} l JOIN {quote(term.db_table)} t ON t.id = l.{link} "
        f"WHERE l.{tool} IN (SELECT id FROM candidate)"
    )


def _facts_rows(tools, *, relations, needs) -> Iterator[tuple]:
    """One query: a row per tool of `tools` (relation TOOL_ROW) and a row per link of
    `relations`; of purposes and themes only those with a slug in `needs`, if given. The
    candidates are a common table expression, so the database finds them once, not once
    per table."""
    try:
        candidate_sql, params = (
            tools.order_by()
            .values_list("pk", "slug", "name", "cost", "requires_account")
            .query.get_compiler(using=tools.db)
            .as_sql()
        )
    except EmptyResultSet:  # e.g. words that match no tool: nothing to read
        return
    params = list(params)
    parts = [
        # Constants only; every value is a parameter.
        f"SELECT {TOOL_ROW}, id, slug, name, cost, requires_account, "  # noqa: S608
        f"{_NULL['number']}, {_NULL['number']} FROM candidate"
    ]
    for name in relations:
        part = _link_sql(name)
        if needs is not None and name in LINKED["needs"]:
            placeholders = ", ".join(["%s"] * len(needs))
            part += f" AND t.{connection.ops.quote_name('slug')} IN ({placeholders})"
            params += needs
        parts.append(part)
    with connections[tools.db].cursor() as cursor:
        cursor.execute(
            f"WITH candidate(id, slug, name, cost, requires_account) AS ({candidate_sql}) "
            + " UNION ALL ".join(parts),
            params,
        )
        # Row by row: thousands of rows that die young instead of a list that outlives
        # them (fewer full garbage collections).
        yield from cursor


@dataclass
class Advice:
    result: ranking.Result
    shown: list[ranking.Ranked]
    # requirement slug -> guide; tool pk -> guides (for "nodig: itsme" and the tool's own).
    requirement_guides: dict[str, Guide]
    tool_guides: dict[int, list[Guide]]


def candidate_tools(*, answers: ranking.Answers, query: str):
    """Proposable tools that serve one of the needs and match the free text."""
    tools = Tool.objects.proposable()
    if answers.needs:
        needs = list(answers.needs)
        tools = tools.filter(
            Q(
                pk__in=Tool.purposes.through.objects.filter(purpose__slug__in=needs).values(
                    "tool_id"
                )
            )
            | Q(pk__in=Tool.themes.through.objects.filter(theme__slug__in=needs).values("tool_id"))
        )
    if query:
        from search.selectors import tool_queryset_matching

        tools = Tool.objects.filter(
            pk__in=tool_queryset_matching(queryset=tools, query=query).values("pk")
        )
    return tools


def archived_count(*, answers: ranking.Answers, query: str) -> int:
    """Archived tools that would otherwise have matched the needs (1 query)."""
    tools = Tool.objects.filter(status=Tool.Status.ARCHIVED)
    if answers.needs:
        needs = list(answers.needs)
        tools = tools.filter(Q(purposes__slug__in=needs) | Q(themes__slug__in=needs))
    if query:
        tools = tools.filter(name__icontains=query)
    return tools.distinct().count()


def tool_facts(tools, *, answers: ranking.Answers | None = None) -> list[ranking.ToolFacts]:
    """The ranking's facts of `tools` (a Tool queryset): 5 queries, 6 with screenings.

    Plain queries, each fact read once: the candidate tools and all their links (one UNION
    ALL), the practice counts and latest published screenings (few: read whole), and the
    language and requirement labels. (A correlated subquery per fact and tool was most of
    the page's time at 10,000 tools.)

    With `answers`, only what the ranking reads for them (`ranking.facts_read`): the other
    to-many facts stay empty and `needs` holds only the needs asked, which ranks and
    explains the same with a fraction of the rows."""
    read = ranking.facts_read(answers) if answers is not None else LINKED.keys()
    # Equal facts of many tools share one object: less memory, and far fewer objects for
    # the garbage collector to walk (thousands of tools per request).
    shared: dict = {}

    def share(value):
        return shared.setdefault(value, value)

    rows = []
    # Per relation, tool pk -> a shared tuple of its terms (not a list per tool: thousands of
    # lists outliving the loop cost more in garbage collection than the tuples here).
    linked: list[dict[int, tuple]] = [{} for _ in RELATIONS]
    for relation, tool_pk, slug, name, cost, requires_account, group, alternative in _facts_rows(
        tools,
        relations=[name for fact in LINKED if fact in read for name in LINKED[fact]],
        needs=sorted(answers.needs) if answers is not None else None,
    ):
        if relation == TOOL_ROW:
            # SQLite has no boolean: 0 or 1.
            account = None if requires_account is None else bool(requires_account)
            rows.append((tool_pk, slug, name, cost, account))
        else:
            value = share((slug, group, alternative)) if relation == REQUIREMENTS else slug
            terms = linked[relation]
            terms[tool_pk] = share(terms.get(tool_pk, ()) + (value,))
    if not rows:
        return []
    practice_counts = dict(
        Practice.tools.through.objects.filter(practice__status=Practice.Status.PUBLISHED)
        .values("tool_id")
        .annotate(n=Count("*"))
        .values_list("tool_id", "n")
    )
    latest_screening: dict[int, tuple[int, object]] = {}
    for screening_pk, tool_pk, published_at in (
        Screening.objects.published()
        .order_by("tool_id", "-published_at")
        .values_list("pk", "tool_id", "published_at")
    ):
        latest_screening.setdefault(tool_pk, (screening_pk, published_at))
    screenings = _screening_summaries(
        dict(latest_screening[pk] for pk, *_ in rows if pk in latest_screening)
    )
    language_labels = {term.slug: term.label for term in Language.objects.all()}
    requirement_labels = {term.slug: term.label for term in Requirement.objects.all()}
    sets: dict[tuple, frozenset] = {}

    def as_set(terms: tuple) -> frozenset:
        if terms not in sets:
            sets[terms] = share(frozenset(terms))
        return sets[terms]

    language_maps: dict[tuple, Mapping[str, str]] = {}

    def language_map(codes: tuple) -> Mapping[str, str]:
        if codes not in language_maps:
            language_maps[codes] = MappingProxyType(
                {code: language_labels.get(code, code) for code in codes}
            )
        return language_maps[codes]

    requirement_links: dict[tuple, tuple[ranking.RequirementLink, ...]] = {}

    def links_of(cells: tuple) -> tuple[ranking.RequirementLink, ...]:
        if cells not in requirement_links:
            links = [
                ranking.RequirementLink(
                    slug=slug,
                    label=requirement_labels.get(slug, slug),
                    choice_group=group,
                    alternative=alternative,
                )
                for slug, group, alternative in cells
            ]
            # The catalogue's order for requirements: grouped, then by name.
            links.sort(
                key=lambda link: (
                    link.choice_group is not None,
                    link.choice_group or 0,
                    link.alternative or 0,
                    link.slug,
                )
            )
            requirement_links[cells] = tuple(links)
        return requirement_links[cells]

    purposes, themes, languages, platforms, features, modes, requirements = linked
    none = ()
    facts = []
    for pk, slug, name, cost, requires_account in rows:
        screening = latest_screening.get(pk)
        facts.append(
            ranking.ToolFacts(
                pk=pk,
                slug=slug,
                name=name,
                cost=cost,
                needs=as_set(purposes.get(pk, none) + themes.get(pk, none)),
                languages=language_map(languages.get(pk, none)),
                platforms=as_set(platforms.get(pk, none)),
                features=as_set(features.get(pk, none)),
                contact_modes=as_set(modes.get(pk, none)),
                requirements=links_of(requirements.get(pk, none)),
                requires_account=requires_account,
                practice_count=practice_counts.get(pk, 0),
                screening=screenings.get(screening[0]) if screening else None,
            )
        )
    return facts


def _screening_summaries(published: dict) -> dict[int, ranking.Screening]:
    """Screening pk -> its summary for the ranking (1 query, none without screenings)."""
    if not published:
        return {}
    values: dict[int, dict[str, list]] = {}
    outside_eu = set()
    for screening_pk, criterion, question, value in ScreeningAnswer.objects.filter(
        screening_id__in=list(published)
    ).values_list("screening_id", "question__criterion__key", "question__key", "value"):
        values.setdefault(screening_pk, {}).setdefault(criterion, []).append(value)
        if (criterion, question) == DATA_LOCATION and value == "no":
            outside_eu.add(screening_pk)
    summaries = {}
    for screening_pk, published_at in published.items():
        profiles = [criterion_profile(v) for v in values.get(screening_pk, {}).values()]
        assessed = [p for p in profiles if p != Profile.NOT_ASSESSED]
        summaries[screening_pk] = ranking.Screening(
            published_on=published_at,
            criteria_met=sum(1 for p in assessed if p == Profile.MET),
            criteria_assessed=len(assessed),
            data_outside_eu=screening_pk in outside_eu,
        )
    return summaries


def advice(*, answers: ranking.Answers, query: str = "") -> Advice:
    """The decision aid's result for a client situation."""
    tools = candidate_tools(answers=answers, query=query)
    result = ranking.rank(
        answers,
        tool_facts(tools, answers=answers),
        archived=archived_count(answers=answers, query=query),
        explain=RESULT_LIMIT,
    )
    shown = result.ranked[:RESULT_LIMIT]
    needed = {note.requirement for item in shown for note in item.watch if note.requirement}
    return Advice(
        result=result,
        shown=shown,
        requirement_guides=guides_for_requirements(needed),
        tool_guides=guides_for_tools(item.tool.pk for item in shown),
    )


def guides_for_requirements(slugs) -> dict[str, Guide]:
    """Requirement slug -> the first published guide (by title) that helps meet it."""
    slugs = sorted(slugs)
    if not slugs:
        return {}
    links = (
        Guide.requirements.through.objects.filter(
            requirement__slug__in=slugs, guide__status=Guide.Status.PUBLISHED
        )
        .select_related("guide", "requirement")
        .order_by("guide__title", "guide_id")
    )
    guides: dict[str, Guide] = {}
    for link in links:
        guides.setdefault(link.requirement.slug, link.guide)
    return guides


def need_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The `need` options: purposes and themes, grouped (2 queries)."""
    from django.utils.translation import gettext

    return [
        (gettext("Doel"), [(term.slug, term.label) for term in Purpose.objects.all()]),
        (gettext("Thema"), [(term.slug, term.label) for term in Theme.objects.all()]),
    ]


def language_choices() -> list[tuple[str, str]]:
    return [(term.slug, term.label) for term in Language.objects.all()]


# --- Client card and shortlist -------------------------------------------------------------


def tool_for_card(*, slug: str) -> Tool | None:
    """A published tool for its client card, with what the card shows."""
    return (
        Tool.objects.published()
        .filter(slug=slug)
        .prefetch_related(
            "platforms", "requirement_links__requirement", "languages", "translations"
        )
        .first()
    )


def tools_for_shortlist(*, slugs: Sequence[str]) -> dict[str, Tool]:
    """Slug -> public tool, for the slugs that exist (2 queries)."""
    return {
        tool.slug: tool
        for tool in Tool.objects.public().filter(slug__in=list(slugs)).prefetch_related("platforms")
    }
