"""Reads for the decision aid, the client card and the shortlist.

`advice()` builds the ranking's plain facts in a fixed number of queries, whatever the number
of tools: one query for the candidate tools with every to-many fact folded into a
comma-separated column (a correlated subquery each), plus a handful of small lookups.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Aggregate, CharField, Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat

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


class GroupConcat(Aggregate):
    """The values of a group joined by commas (GROUP_CONCAT / STRING_AGG)."""

    function = "GROUP_CONCAT"
    template = "%(function)s(%(expressions)s, ',')"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(CAST(%(expressions)s AS text), ',')",
            **extra,
        )


def _folded(through, column: str, *, extra: Q | None = None) -> Subquery:
    rows = through.objects.filter(tool_id=OuterRef("pk"))
    if extra is not None:
        rows = rows.filter(extra)
    return Subquery(
        rows.values("tool_id").annotate(folded=GroupConcat(column)).values("folded")[:1],
        output_field=CharField(),
    )


def _split(value: str | None) -> list[str]:
    return [part for part in (value or "").split(",") if part]


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
    """The ranking's facts of `tools` (a Tool queryset): 5 queries."""
    requirement_cell = Concat(
        "requirement__slug",
        Value(":"),
        Coalesce(Cast("choice_group", CharField()), Value("")),
        Value(":"),
        Coalesce(Cast("alternative", CharField()), Value("")),
        output_field=CharField(),
    )
    published_practice = Q(practice__status=Practice.Status.PUBLISHED)
    practice_counts = (
        Practice.tools.through.objects.filter(published_practice, tool_id=OuterRef("pk"))
        .values("tool_id")
        .annotate(n=Count("*"))
        .values("n")[:1]
    )
    screening = (
        Screening.objects.published().filter(tool_id=OuterRef("pk")).order_by("-published_at")
    )
    rows = tools.order_by().values_list(
        "pk",
        "slug",
        "name",
        "cost",
        "requires_account",
        _folded(Tool.purposes.through, "purpose__slug"),
        _folded(Tool.themes.through, "theme__slug"),
        _folded(Tool.languages.through, "language__slug"),
        _folded(Tool.platforms.through, "platform__slug"),
        _folded(Tool.accessibility_features.through, "accessibilityfeature__slug"),
        _folded(Tool.contact_modes.through, "contactmode__slug"),
        _folded(Tool.requirements.through, requirement_cell),
        Subquery(practice_counts),
        Subquery(screening.values("pk")[:1]),
        Subquery(screening.values("published_at")[:1]),
    )
    rows = list(rows)
    languages = {term.slug: term.label for term in Language.objects.all()} if rows else {}
    requirement_labels = (
        {term.slug: term.label for term in Requirement.objects.all()} if rows else {}
    )
    screenings = _screening_summaries({row[13]: row[14] for row in rows if row[13]})
    facts = []
    for (
        pk, slug, name, cost, requires_account, purposes, themes, langs, platforms, features,
        modes, requirements, practices, screening_pk, _published,
    ) in rows:  # fmt: skip
        links = []
        for cell in _split(requirements):
            req_slug, group, alternative = cell.split(":")
            links.append(
                ranking.RequirementLink(
                    slug=req_slug,
                    label=requirement_labels.get(req_slug, req_slug),
                    choice_group=int(group) if group else None,
                    alternative=int(alternative) if alternative else None,
                )
            )
        # The catalogue's order for requirements: grouped, then by name.
        links.sort(
            key=lambda link: (
                link.choice_group is not None,
                link.choice_group or 0,
                link.alternative or 0,
                link.slug,
            )
        )
        facts.append(
            ranking.ToolFacts(
                pk=pk,
                slug=slug,
                name=name,
                cost=cost,
                needs=frozenset(_split(purposes) + _split(themes)),
                languages={code: languages.get(code, code) for code in _split(langs)},
                platforms=frozenset(_split(platforms)),
                features=frozenset(_split(features)),
                contact_modes=frozenset(_split(modes)),
                requirements=tuple(links),
                requires_account=requires_account,
                practice_count=practices or 0,
                screening=screenings.get(screening_pk),
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
