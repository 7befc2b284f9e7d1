"""The shortlist lives in its URL (`?tool=a&tool=b`): pure helpers that read and rewrite it."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.text import slugify

MAX_TOOLS = 20
SLUG_MAX_LENGTH = 140


@dataclass
class Slugs:
    slugs: list[str]  # valid-looking, without duplicates, at most MAX_TOOLS
    malformed: list[str]  # values that cannot be a tool's address
    capped: int  # how many were left out by the cap


def parse(values) -> Slugs:
    slugs, malformed, capped = [], [], 0
    for value in values:
        value = value.strip()
        if not value or len(value) > SLUG_MAX_LENGTH or slugify(value) != value:
            malformed.append(value[:60])
            continue
        if value in slugs:
            continue
        if len(slugs) >= MAX_TOOLS:
            capped += 1
            continue
        slugs.append(value)
    return Slugs(slugs=slugs, malformed=malformed, capped=capped)


def query(slugs) -> str:
    return urlencode([("tool", slug) for slug in slugs])


def added(slugs, slug) -> list[str]:
    return list(slugs) if slug in slugs else [*slugs, slug]


def removed(slugs, slug) -> list[str]:
    return [s for s in slugs if s != slug]


def moved(slugs, index: int, step: int) -> list[str]:
    order = list(slugs)
    other = index + step
    if 0 <= index < len(order) and 0 <= other < len(order):
        order[index], order[other] = order[other], order[index]
    return order
