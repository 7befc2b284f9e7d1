"""Curated synonyms (search.models.Synonym), as a lookup from a word's stem to its group."""

from functools import lru_cache

from .text import stem


def synonym_map() -> dict[str, tuple[str, ...]]:
    """{stem of a one-word entry: all entries of its groups}; read fresh so edits apply at once.

    The table is small; the map is rebuilt only when its rows change.
    """
    from .models import Synonym

    return _build(tuple(Synonym.objects.order_by("pk").values_list("words", flat=True)))


@lru_cache(maxsize=8)
def _build(rows: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    from .models import Synonym

    mapping: dict[str, list[str]] = {}
    for words in rows:
        entries = Synonym(words=words).entries
        for entry in entries:
            if " " in entry:
                continue
            group = mapping.setdefault(stem(entry), [])
            group.extend(other for other in entries if other not in group)
    return {key: tuple(group) for key, group in mapping.items()}
