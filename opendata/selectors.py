"""Reads for the open data: one page of a resource's objects, in a fixed number of queries
whatever the page size, through the owning apps' selectors."""

from dataclasses import dataclass

from catalogue import selectors as catalogue_selectors
from guides import selectors as guide_selectors
from practices import selectors as practice_selectors
from screening import selectors as screening_selectors

# Records per page: the default and the most a client may ask for.
PAGE_SIZE = 100
PAGE_SIZE_MAX = 500


@dataclass
class Page:
    objects: list
    total: int
    screenings: dict


def tools_page(*, offset: int, limit: int) -> Page:
    """Tools with a public page and their latest public screenings (7 queries)."""
    tools = catalogue_selectors.tool_list_public_with_facts(offset=offset, limit=limit)
    screenings = screening_selectors.screenings_published_for_tools(
        tool_ids=[tool.pk for tool in tools]
    )
    return Page(tools, catalogue_selectors.tool_count_public(), screenings)


def practices_page(*, offset: int, limit: int) -> Page:
    """Published practices, oldest first so that pages stay stable as new ones arrive."""
    practices = (
        practice_selectors.practice_list_published()
        .prefetch_related("sectors", "target_groups")
        .order_by("published_at", "pk")
    )
    return Page(list(practices[offset : offset + limit]), practices.count(), {})


def guides_page(*, offset: int, limit: int) -> Page:
    guides = guide_selectors.guide_list_published()
    return Page(guides[offset : offset + limit], len(guides), {})


PAGES = {"tools": tools_page, "practices": practices_page, "guides": guides_page}
