"""Search over the catalogue. Interface used by the catalogue listing:

    tool_queryset_matching(queryset=..., query="...") -> QuerySet

returns the tools of `queryset` that match `query`, ordered by relevance (the back end fits
the database: SQLite FTS5 or PostgreSQL full-text search). `search_tools` also tells which
typo correction was applied; `did_you_mean` proposes a spelling for the no-results page.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from catalogue.models import Purpose, Tool
from core.content import cache_key, remembered
from core.languages import active_language

from .backends import get_backend
from .query import MAX_QUERY_LENGTH, PREFIX_MIN_LENGTH, Alternative, ParsedQuery, parse
from .text import stem

SUGGESTION_LIMIT = 8


@dataclass
class SearchOutcome:
    tools: QuerySet
    query: str  # the words searched for, after any typo correction
    corrected: bool = False  # True when a typo was corrected automatically


def levenshtein(a: str, b: str, *, limit: int = 3) -> int:
    """Edit distance of a and b; any value above `limit` is returned as limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def _allowed_typos(word: str, *, loose: bool) -> int:
    """How many edits a word may be off: none for short words, more for long ones."""
    if len(word) < 4:
        return 1 if loose else 0
    if len(word) < 8:
        return 2 if loose else 1
    return 3 if loose else 2


def _closest_word(word: str, *, loose: bool) -> str | None:
    backend = get_backend()
    allowed = _allowed_typos(word, loose=loose)
    if not allowed:
        return None
    best = None
    for candidate in backend.similar_words(word):
        if candidate == word:
            continue
        distance = levenshtein(word, candidate, limit=allowed)
        if distance <= allowed and (best is None or distance < best[0]):
            best = (distance, candidate)
    return best[1] if best else None


def _is_known(word: str) -> bool:
    return get_backend().has_word_with_prefix(stem(word)) or get_backend().has_word_with_prefix(
        word
    )


def _corrected(parsed: ParsedQuery, *, loose: bool) -> ParsedQuery | None:
    """The query with its unknown words replaced by the closest indexed words, if any."""
    changed = False
    groups = []
    terms = []
    for term, group in zip(parsed.terms, parsed.groups, strict=True):
        replacement = None if _is_known(term) else _closest_word(term, loose=loose)
        if replacement:
            changed = True
            terms.append(replacement)
            groups.append([Alternative((replacement,)), *group[1:]])
        else:
            terms.append(term)
            groups.append(group)
    return ParsedQuery(terms=terms, groups=groups) if changed else None


def _resolve(query: str, prefix_min_length: int) -> tuple[ParsedQuery, bool]:
    """The parsed query, typo-corrected when nothing in the whole index matches it.

    Cached per index version (core.content), so a repeated search costs no extra queries.
    """

    language = active_language()

    def work_out() -> tuple[ParsedQuery, bool]:
        parsed = parse(query, prefix_min_length=prefix_min_length, language=language)
        if parsed:
            backend = get_backend()
            if not backend.has_match(parsed):
                fixed = _corrected(parsed, loose=False)
                if fixed is not None and backend.has_match(fixed):
                    return fixed, True
        return parsed, False

    return remembered(
        cache_key("search:resolve", f"{language}:{prefix_min_length}:{query}"), work_out
    )


def _named(query: str) -> list[int]:
    """Ids of the tools whose name (or other name, or translated name) is exactly `query`,
    case aside: a tool's full name always finds it, first, whatever its words and digits.
    Cached per index version."""
    # PostgreSQL refuses NUL in text; no name holds a control character anyway.
    name = " ".join("".join(char for char in query if char.isprintable()).split())
    if not name:
        return []

    def look_up() -> list[int]:
        # Only indexed tools: what search finds comes from the index, as the rest does.
        indexed = Tool.objects.filter(search_document__isnull=False)
        named = Q(name__iexact=name) | Q(aliases__name__iexact=name)
        named |= Q(translations__name__iexact=name)
        return sorted(set(indexed.filter(named).values_list("pk", flat=True)))

    return remembered(cache_key("search:named", name.lower()), look_up)


def search_tools(
    *, queryset: QuerySet, query: str, prefix_min_length: int = PREFIX_MIN_LENGTH
) -> SearchOutcome:
    """Match `query` against the tools of `queryset`, best first.

    When nothing in the whole index matches, words that the index does not know are
    replaced by a close indexed word (one typo in words of 4-7 letters, two in longer ones).
    An empty query returns `queryset` unchanged.
    """
    query = (query or "")[:MAX_QUERY_LENGTH]
    if not query.strip():
        return SearchOutcome(tools=queryset, query="")
    named = _named(query)
    parsed, corrected = _resolve(query, prefix_min_length)
    if named and corrected:  # a name is no typo
        parsed, corrected = parse(query, prefix_min_length=prefix_min_length), False
    if not parsed and not named:  # only stop words, symbols or emoji: nothing can match
        return SearchOutcome(tools=queryset.none(), query="")
    return SearchOutcome(
        tools=get_backend().match(queryset, parsed, first=named),
        query=parsed.text or query.strip(),
        corrected=corrected,
    )


def tool_queryset_matching(*, queryset: QuerySet, query: str) -> QuerySet:
    return search_tools(queryset=queryset, query=query).tools


def did_you_mean(*, query: str) -> str | None:
    """A nearby spelling of `query` that finds published tools, or None."""
    parsed = parse((query or "")[:MAX_QUERY_LENGTH])
    if not parsed or _named(query):
        return None
    fixed = _corrected(parsed, loose=True)
    if fixed is None:
        return None
    published = Tool.objects.published()
    if not get_backend().match(published, fixed).exists():
        return None
    return fixed.text


def search_is_capped(*, query: str) -> bool:
    """True when more tools match than are listed (only the most relevant are shown)."""
    if not (query or "").strip():
        return False
    parsed, _corrected_flag = _resolve(query[:MAX_QUERY_LENGTH], PREFIX_MIN_LENGTH)
    return bool(parsed) and get_backend().is_capped(parsed)


def search_correction(*, query: str) -> str | None:
    """The corrected words when a typo in `query` was corrected automatically, else None."""
    if not (query or "").strip():
        return None
    parsed, corrected = _resolve(query[:MAX_QUERY_LENGTH], PREFIX_MIN_LENGTH)
    return parsed.text if corrected else None


def suggest_tools(*, query: str, limit: int = SUGGESTION_LIMIT) -> list[Tool]:
    """A few published tools for the search box while typing (names that match first)."""
    if len((query or "").strip()) < 2:
        return []
    outcome = search_tools(queryset=Tool.objects.published(), query=query, prefix_min_length=2)
    return list(outcome.tools.only("name", "slug")[:limit])


def purposes_for_no_results() -> QuerySet:
    return Purpose.objects.all()
