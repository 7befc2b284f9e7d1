from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, QuerySet, Value
from django.db.models.functions import Cast, Concat, StrIndex

from ..cache import CACHE_SECONDS, cache_key
from ..models import SearchWord
from ..query import ParsedQuery


def max_results() -> int:
    """At most this many best matches are listed (and counted in facets): what a person
    reads of a result list is far less, and the cost of counting huge sets grows with them."""
    return getattr(settings, "SEARCH_MAX_RESULTS", 1000)


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

    def _ranked_ids(self, expression: str, limit: int) -> list[int]:
        """Ids of the best `limit` matching tools (any status), best first."""
        raise NotImplementedError

    def ranked_ids(self, parsed: ParsedQuery) -> list[int]:
        """Ids of the best matches, best first: at most max_results() + 1 (the extra one
        tells that there were more). Cached per index version."""
        expression = self.expression(parsed)
        key = cache_key("ids", expression)
        ids = cache.get(key)
        if ids is None:
            ids = self._ranked_ids(expression, max_results() + 1)
            cache.set(key, ids, CACHE_SECONDS)
        return ids

    def has_match(self, parsed: ParsedQuery) -> bool:
        return bool(self.ranked_ids(parsed))

    def match(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        """The tools of `queryset` among the best matches, best first."""
        ids = self.ranked_ids(parsed)[: max_results()]
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
        return len(self.ranked_ids(parsed)) > max_results()

    def similar_words(self, word: str, *, limit: int = 30) -> list[str]:
        """Vocabulary words that share trigrams with `word`, most similar first."""
        raise NotImplementedError

    def has_word_with_prefix(self, prefix: str) -> bool:
        # A range scan on the unique index: works alike on both databases.
        return SearchWord.objects.filter(word__gte=prefix, word__lt=prefix + "\uffff").exists()
