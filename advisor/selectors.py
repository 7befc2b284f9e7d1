"""Reads for the decision aid, the client card and the shortlist.

`advice()` builds the ranking's plain facts in a fixed number of queries, whatever the number
of tools: the candidate tools, all their links in one UNION ALL, and a few small lookups.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass

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


# The to-many facts the ranking reads, in the order of the columns `_links_sql` numbers them.
LINKED = (
    "purposes",
    "themes",
    "languages",
    "platforms",
    "accessibility_features",
    "contact_modes",
    "requirements",
)
(
    PURPOSES,
    THEMES,
    LANGUAGES,
    PLATFORMS,
    FEATURES,
    CONTACT_MODES,
    REQUIREMENTS,
) = range(len(LINKED))


@functools.cache
def _links_sql() -> str:
    """One UNION ALL over the link tables of `LINKED`: (relation, tool, term slug, choice
    group, alternative) of the tools of the `candidate` common table expression, which the
    caller puts in front (the database then finds the candidates once, not per table)."""
    quote = connection.ops.quote_name
    parts = []
    for relation, name in enumerate(LINKED):
        field = Tool._meta.get_field(name)
        through = field.remote_field.through._meta
        term = field.related_model._meta
        tool = quote(through.get_field(field.m2m_field_name()).column)
        link = quote(through.get_field(field.m2m_reverse_field_name()).column)
        if name == "requirements":
            group = quote(through.get_field("choice_group").column)
            alternative = quote(through.get_field("alternative").column)
            extra = f"l.{group}, l.{alternative}"
        else:
            # Typed NULLs: PostgreSQL cannot match an untyped NULL column to an integer one.
            extra = "CAST(NULL AS integer), CAST(NULL AS integer)"
        parts.append(
            # Identifiers come from the models only; the candidates' values are parameters.
            f"SELECT {relation}, l.{tool}, t.{quote('slug')}, {extra} "  # noqa: S608
            f"FROM {quote(through.db_table)} l JOIN {quote(term.db_table)} t ON t.id = l.{link} "
            f"WHERE l.{tool} IN (SELECT id FROM candidate)"
        )
    return " UNION ALL ".join(parts)


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


def tool_facts(tools) -> list[ranking.ToolFacts]:
    """The ranking's facts of `tools` (a Tool queryset): 6 queries, 7 with screenings.

    Plain queries over the candidates, each fact read once: the tools, their links (one
    UNION ALL), practice counts, latest published screenings, and the language and
    requirement labels. (A correlated subquery per fact and tool was most of the page's time
    at 10,000 tools.)"""
    rows = list(tools.order_by().values_list("pk", "slug", "name", "cost", "requires_account"))
    if not rows:
        return []
    candidates = tools.order_by().values("pk")
    linked: list[dict[int, list]] = [{} for _ in LINKED]
    candidate_sql, params = candidates.query.get_compiler(using=tools.db).as_sql()
    with connections[tools.db].cursor() as cursor:
        cursor.execute(f"WITH candidate(id) AS ({candidate_sql}) {_links_sql()}", params)
        for relation, tool_pk, slug, group, alternative in cursor.fetchall():
            value = slug if relation != REQUIREMENTS else (slug, group, alternative)
            linked[relation].setdefault(tool_pk, []).append(value)
    practice_counts = dict(
        Practice.tools.through.objects.filter(
            practice__status=Practice.Status.PUBLISHED, tool_id__in=candidates
        )
        .values("tool_id")
        .annotate(n=Count("*"))
        .values_list("tool_id", "n")
    )
    latest_screening: dict[int, tuple[int, object]] = {}
    for screening_pk, tool_pk, published_at in (
        Screening.objects.published()
        .filter(tool_id__in=candidates)
        .order_by("tool_id", "-published_at")
        .values_list("pk", "tool_id", "published_at")
    ):
        latest_screening.setdefault(tool_pk, (screening_pk, published_at))
    screenings = _screening_summaries(dict(latest_screening.values()))
    language_labels = {term.slug: term.label for term in Language.objects.all()}
    requirement_labels = {term.slug: term.label for term in Requirement.objects.all()}
    # One RequirementLink per distinct link: many tools share the same few.
    requirement_links: dict[tuple, ranking.RequirementLink] = {}

    def requirement_link(slug, group, alternative) -> ranking.RequirementLink:
        key = (slug, group, alternative)
        if key not in requirement_links:
            requirement_links[key] = ranking.RequirementLink(
                slug=slug,
                label=requirement_labels.get(slug, slug),
                choice_group=group,
                alternative=alternative,
            )
        return requirement_links[key]

    purposes, themes, languages, platforms, features, modes, requirements = linked
    facts = []
    for pk, slug, name, cost, requires_account in rows:
        links = [requirement_link(*cell) for cell in requirements.get(pk, ())]
        # The catalogue's order for requirements: grouped, then by name.
        links.sort(
            key=lambda link: (
                link.choice_group is not None,
                link.choice_group or 0,
                link.alternative or 0,
                link.slug,
            )
        )
        screening = latest_screening.get(pk)
        facts.append(
            ranking.ToolFacts(
                pk=pk,
                slug=slug,
                name=name,
                cost=cost,
                needs=frozenset(purposes.get(pk, []) + themes.get(pk, [])),
                languages={code: language_labels.get(code, code) for code in languages.get(pk, ())},
                platforms=frozenset(platforms.get(pk, ())),
                features=frozenset(features.get(pk, ())),
                contact_modes=frozenset(modes.get(pk, ())),
                requirements=tuple(links),
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
        tool_facts(tools),
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
        .prefetch_related("platforms", "requirement_links__requirement", "languages")
        .first()
    )


def tools_for_shortlist(*, slugs: Sequence[str]) -> dict[str, Tool]:
    """Slug -> public tool, for the slugs that exist (2 queries)."""
    return {
        tool.slug: tool
        for tool in Tool.objects.public().filter(slug__in=list(slugs)).prefetch_related("platforms")
    }
