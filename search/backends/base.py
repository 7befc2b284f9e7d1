from django.conf import settings
from django.db import connection
from django.db.models import CharField, QuerySet, Value
from django.db.models.functions import Cast, Concat, StrIndex

from core.content import cache_key, remembered

from ..models import SearchWord
from ..query import PREFIX_MIN_LENGTH, ParsedQuery


def max_results() -> int:
    """At most this many best matches are listed (and counted in facets): what a person
    reads of a result list is far less, and the cost of counting huge sets grows with them."""
    return settings.SEARCH_MAX_RESULTS


def ranking_window() -> int:
    """Relevance is computed over at most this many matches. A broad query ("a", "app",
    "informatie") can match most of a large catalogue, and scoring every match is what
    grows with the catalogue; beyond the window, name matches come first (ranked), then
    the best of the `ranking_window()` most recently added matches."""
    return settings.SEARCH_RANKING_WINDOW


def first_column(sql: str, params: list) -> list:
    """The first column of every row a raw query returns (ids, words)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _names_first(parsed: ParsedQuery) -> bool:
    """One or two letters say little about a topic but much about a name: list the tools
    whose name has a word starting with them first, as in an A-Z index."""
    return len(parsed.terms) == 1 and len(parsed.terms[0]) < PREFIX_MIN_LENGTH


class Backend:
    """What a back end does; the shared parts (ranking cap, vocabulary) live here."""

    def index(self, documents: list[tuple[int, str, str, str]]) -> None:
        """(Re)index documents given as (tool id, name, body, detail)."""
        raise NotImplementedError

    def remove(self, tool_ids: list[int]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def expression(self, parsed: ParsedQuery) -> str:
        raise NotImplementedError

    def _window_start(self, expression: str, window: int) -> int | None:
        """The id below the `window` highest matching ids (None: at most `window` match)."""
        raise NotImplementedError

    def _rank(self, expression: str, limit: int, *, above: int | None = None) -> list[int]:
        """Ids of the best `limit` matches (any status), best first; only ids > `above`."""
        raise NotImplementedError

    def _rank_names(self, expression: str, limit: int) -> list[int]:
        """Like `_rank`, matching tool names only."""
        raise NotImplementedError

    def _ranked_ids(self, parsed: ParsedQuery, limit: int) -> tuple[list[int], bool]:
        """The best `limit` ids, and whether they are all the best ones (False when the
        ranking window left matches unscored)."""
        expression = self.expression(parsed)
        start = self._window_start(expression, ranking_window())
        if start is None and not _names_first(parsed):
            return self._rank(expression, limit), True
        names = self._rank_names(expression, limit)
        others = self._rank(expression, limit, above=start)
        return list(dict.fromkeys(names + others))[:limit], start is None

    def _ranking(self, parsed: ParsedQuery) -> tuple[list[int], bool]:
        """(ids of the best matches, best first, at most max_results() + 1; whether more
        tools match than are listed). Cached per index version."""

        def rank() -> tuple[list[int], bool]:
            ids, complete = self._ranked_ids(parsed, max_results() + 1)
            return ids, not complete or len(ids) > max_results()

        return remembered(cache_key("search:ids", self.expression(parsed)), rank)

    def ranked_ids(self, parsed: ParsedQuery) -> list[int]:
        return self._ranking(parsed)[0]

    def has_match(self, parsed: ParsedQuery) -> bool:
        return bool(self.ranked_ids(parsed))

    def match(self, queryset: QuerySet, parsed: ParsedQuery, *, first=()) -> QuerySet:
        """The tools of `queryset` among the best matches, best first; the ids in `first`
        (tools named exactly as searched) before every other."""
        ranked = self.ranked_ids(parsed) if parsed else []
        ids = list(dict.fromkeys([*first, *ranked]))[: max_results()]
        if not ids:
            return queryset.none()
        # The position in ",id1,id2,...," orders by relevance in one cheap string lookup.
        positions = Value("," + ",".join(map(str, ids)) + ",", output_field=CharField())
        return (
            queryset.filter(pk__in=self.id_list(ids))
            .annotate(
                search_rank=StrIndex(
                    positions,
                    Concat(
                        Value(","), Cast("pk", CharField()), Value(","), output_field=CharField()
                    ),
                )
            )
            .order_by("search_rank")
        )

    def id_list(self, ids: list[int]):
        """An SQL expression for a list of ids, passed as ONE parameter: listing and facet
        queries embed it many times, and compiling a thousand parameters each time is slow."""
        raise NotImplementedError

    def is_capped(self, parsed: ParsedQuery) -> bool:
        return self._ranking(parsed)[1]

    def similar_words(self, word: str, *, limit: int = 30) -> list[str]:
        """Vocabulary words that share trigrams with `word`, most similar first."""
        raise NotImplementedError

    def has_word_with_prefix(self, prefix: str) -> bool:
        # A range scan on the unique index: works alike on both databases.
        return SearchWord.objects.filter(word__gte=prefix, word__lt=prefix + "\uffff").exists()
