from django.db.models import QuerySet

from ..models import SearchWord
from ..query import ParsedQuery


class Backend:
    """What a back end does; the shared parts (vocabulary lookups) live here."""

    def index(self, documents: list[tuple[int, str, str, str]]) -> None:
        """(Re)index documents given as (tool id, name, body, detail)."""
        raise NotImplementedError

    def remove(self, tool_ids: list[int]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def match(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        """The tools of `queryset` that match, best first."""
        raise NotImplementedError

    def has_match(self, parsed: ParsedQuery) -> bool:
        raise NotImplementedError

    def similar_words(self, word: str, *, limit: int = 30) -> list[str]:
        """Vocabulary words that share trigrams with `word`, most similar first."""
        raise NotImplementedError

    def has_word_with_prefix(self, prefix: str) -> bool:
        # A range scan on the unique index: works alike on both databases.
        return SearchWord.objects.filter(word__gte=prefix, word__lt=prefix + "\uffff").exists()
