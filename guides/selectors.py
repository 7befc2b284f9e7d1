"""Reads for guides: the public list and page, the tool page link, the curators' queue, the
search group, and the decision aid's `guides_for_tools`.

Catalogue data is read through `catalogue.selectors` only (published tools, requirements).
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import F, Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone

from catalogue import selectors as catalogue_selectors
from core.content import cache_key, cache_seconds
from search.text import STOPWORDS, stem, words

from .models import ChecklistItem, Guide

# A search shows this many guides above the tool results; the rest are one link away.
SEARCH_GROUP_SIZE = 3
MAX_QUERY_WORDS = 8


def _tools_prefetch() -> Prefetch:
    return Prefetch("tools", queryset=catalogue_selectors.tool_queryset_published_for_links())


def _requirements_prefetch() -> Prefetch:
    return Prefetch("requirements", queryset=catalogue_selectors.requirement_queryset_ordered())


# --- Public list ---------------------------------------------------------------------------


@dataclass
class GuideGroup:
    """Guides under one heading of the list: a tool, or a requirement they help with."""

    label: str
    url: str
    guides: list[Guide] = field(default_factory=list)


@dataclass
class GuideOverview:
    guides: list[Guide]
    by_tool: list[GuideGroup]
    by_requirement: list[GuideGroup]


def guide_list_published() -> list[Guide]:
    """Published guides by title, with their published tools and requirements (3 queries)."""
    return list(
        Guide.objects.published()
        .only("pk", "title", "slug", "for_whom", "last_reviewed", "review_interval_months")
        .prefetch_related(_tools_prefetch(), _requirements_prefetch())
        .order_by("title", "pk")
    )


def guide_overview() -> GuideOverview:
    """The list page: every published guide, grouped by tool and by requirement."""
    guides = guide_list_published()
    tool_list_url = reverse("catalogue:tool_list")
    tools, requirements = {}, {}
    for guide in guides:
        for tool in guide.tools.all():
            group = tools.setdefault(tool.pk, GuideGroup(tool.name, tool.get_absolute_url()))
            group.guides.append(guide)
        for requirement in guide.requirements.all():
            group = requirements.setdefault(
                requirement.pk,
                GuideGroup(
                    requirement.label,
                    f"{tool_list_url}?requirement={requirement.slug}",
                ),
            )
            group.guides.append(guide)
    return GuideOverview(
        guides=guides,
        by_tool=sorted(tools.values(), key=lambda group: group.label.casefold()),
        by_requirement=sorted(requirements.values(), key=lambda group: group.label.casefold()),
    )


# --- Guide page ----------------------------------------------------------------------------


def guide_find(*, slug: str, include_drafts: bool = False) -> Guide | None:
    """A guide with everything its page shows (7 queries), or None. Drafts only for a preview."""
    guides = Guide.objects.all() if include_drafts else Guide.objects.published()
    return (
        guides.prefetch_related(
            _tools_prefetch(),
            _requirements_prefetch(),
            "checklist",
            "steps",
            "problems",
            "help_links",
        )
        .filter(slug=slug)
        .first()
    )


@dataclass
class RequirementTools:
    requirement: object  # catalogue.Requirement
    tools: list


def other_tools_needing(*, guide: Guide) -> list[RequirementTools]:
    """Per requirement the guide helps with, the other published tools that need it (one
    query; none when the guide helps with no requirement)."""
    requirements = list(guide.requirements.all())
    if not requirements:
        return []
    tools = catalogue_selectors.tools_requiring(
        requirement_ids=[requirement.pk for requirement in requirements],
        exclude_tool_ids=[tool.pk for tool in guide.tools.all()],
    )
    return [
        RequirementTools(requirement=requirement, tools=tools.get(requirement.pk, []))
        for requirement in requirements
    ]


# --- Tool page and decision aid ------------------------------------------------------------


def guides_for_tools(tool_ids: Iterable[int]) -> dict[int, list[Guide]]:
    """Published guides per tool (tool pk -> guides by title), in one query.

    For the tool page's "Stappenplan" link and for the decision aid, when a result needs a
    must-use app.
    """
    tool_ids = list(tool_ids)
    if not tool_ids:
        return {}
    links = (
        Guide.tools.through.objects.filter(
            tool_id__in=tool_ids, guide__status=Guide.Status.PUBLISHED
        )
        .select_related("guide")
        .only("tool_id", "guide", "guide__title", "guide__slug", "guide__for_whom")
        .order_by("guide__title", "guide_id")
    )
    guides: dict[int, list[Guide]] = {}
    for link in links:
        guides.setdefault(link.tool_id, []).append(link.guide)
    return guides


# --- Curators ------------------------------------------------------------------------------


def guide_list_review_due(*, today: datetime.date | None = None) -> QuerySet[Guide]:
    """Guides (draft or published) a curator should review: never reviewed, flagged, or past
    their review interval. Never reviewed first (nobody checked them at all), then the
    longest overdue."""
    today = today or timezone.localdate()
    return (
        Guide.objects.review_due(today=today)
        .only(
            "pk",
            "title",
            "slug",
            "status",
            "last_reviewed",
            "review_due_on",
            "review_interval_months",
            "needs_review",
        )
        .order_by(F("review_due_on").asc(nulls_first=True), "title", "pk")
    )


# --- Search --------------------------------------------------------------------------------


def _word_forms(text: str) -> set[str]:
    forms = set()
    for word in words(text):
        forms.add(word)
        forms.add(stem(word))
    return forms


def _search_index() -> list[tuple[int, str, str, str, frozenset, frozenset]]:
    """(pk, title, slug, for_whom, name words, checklist words) per published guide. Name
    words come from the title, the tools and the requirements it helps with; checklist words
    from what the client must bring (e.g. a card reader). Cached per content version, which
    every guide and tool change bumps, so a search costs no query."""
    key = cache_key("search:guide-index", "")
    index = cache.get(key)
    if index is None:
        index = []
        checklists = {}
        for guide_id, text in ChecklistItem.objects.filter(
            guide__status=Guide.Status.PUBLISHED
        ).values_list("guide_id", "text"):
            checklists.setdefault(guide_id, []).append(text)
        for guide in guide_list_published():
            names = " ".join(
                [
                    guide.title,
                    *(tool.name for tool in guide.tools.all()),
                    *(
                        f"{requirement.name} {requirement.name_fr} {requirement.name_en}"
                        for requirement in guide.requirements.all()
                    ),
                ]
            )
            index.append(
                (
                    guide.pk,
                    guide.title,
                    guide.slug,
                    guide.for_whom,
                    frozenset(_word_forms(names)),
                    frozenset(_word_forms(" ".join(checklists.get(guide.pk, [])))),
                )
            )
        cache.set(key, index, cache_seconds())
    return index


def _query_words(query: str) -> list[str]:
    found = [word for word in words(query) if word not in STOPWORDS and len(word) >= 2]
    return list(dict.fromkeys(found))[:MAX_QUERY_WORDS]


def _matches(wanted: list[tuple[str, str]], forms: frozenset) -> bool:
    return all(
        any(form.startswith(word) or form.startswith(stemmed) for form in forms)
        for word, stemmed in wanted
    )


def guide_search(*, query: str) -> list[Guide]:
    """Published guides that hold every word of `query` in their title, tools, requirements
    or checklist; those that hold them all in title, tools and requirements come first.

    Uses the search app's normalisation (lowercase, no accents, Dutch stop words, Snowball
    stems); a word matches the start of a guide's word or of its stem, so "bankapp" finds
    "Bankapps" and "activeer" finds "activeren". Guides are few: matching runs in Python on
    the cached index.
    """
    query_words = _query_words(query)
    if not query_words:
        return []
    wanted = [(word, stem(word)) for word in query_words]
    by_name, by_checklist = [], []
    for pk, title, slug, for_whom, names, checklist in _search_index():
        guide = Guide(pk=pk, title=title, slug=slug, for_whom=for_whom)
        if _matches(wanted, names):
            by_name.append(guide)
        elif _matches(wanted, names | checklist):
            by_checklist.append(guide)
    return by_name + by_checklist
