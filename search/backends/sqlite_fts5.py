"""SQLite FTS5 back end.

FTS5 has no Dutch stemmer, so documents and queries are stemmed in Python (search.text) with
the same Snowball Dutch algorithm PostgreSQL uses. The FTS5 table `search_fts` (rowid = tool
id) holds the stemmed words in three columns weighted name > body > detail by its bm25 rank
configuration; `search_word_trgm` is a trigram index over the vocabulary for typos.
"""

import json

from django.db import connection
from django.db.models.expressions import RawSQL

from ..query import Alternative, ParsedQuery
from ..text import STOPWORDS, index_terms, stem
from .base import Backend, first_column


def _alternative(alternative: Alternative) -> str:
    stems = [stem(word) for word in alternative.words if word not in STOPWORDS]
    # Words are [a-z0-9]+ only, so quoting cannot be broken out of.
    return f'"{" ".join(stems)}"' + ("*" if alternative.prefix else "")


def fts_expression(parsed: ParsedQuery) -> str:
    return " AND ".join(
        "(" + " OR ".join(_alternative(alternative) for alternative in group) + ")"
        for group in parsed.groups
    )


class SqliteFts5Backend(Backend):
    def index(self, documents):
        if not documents:
            return
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(doc[0],) for doc in documents]
            )
            cursor.executemany(
                "INSERT INTO search_fts (rowid, name, body, detail) VALUES (%s, %s, %s, %s)",
                [
                    (tool_id, index_terms(name), index_terms(body), index_terms(detail))
                    for tool_id, name, body, detail in documents
                ],
            )

    def remove(self, tool_ids):
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(tool_id,) for tool_id in tool_ids]
            )

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")
            # The triggers remove the words from the external-content trigram index too.
            cursor.execute("DELETE FROM search_searchword")

    def expression(self, parsed: ParsedQuery) -> str:
        return fts_expression(parsed)

    def id_list(self, ids):
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])

    def _window_start(self, expression, window):
        # FTS5 walks a match in rowid order without scoring it: cheap even when huge.
        ids = first_column(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
            "ORDER BY rowid DESC LIMIT 1 OFFSET %s",
            [expression, window],
        )
        return ids[0] if ids else None

    def _rank(self, expression, limit, *, above=None):
        return first_column(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH %s AND rowid > %s "
            "ORDER BY rank LIMIT %s",
            [expression, -1 if above is None else above, limit],
        )

    def _rank_names(self, expression, limit):
        return self._rank(f"{{name}} : ({expression})", limit)

    def similar_words(self, word, *, limit=30):
        trigrams = sorted({word[i : i + 3] for i in range(len(word) - 2)})
        if not trigrams:
            return []
        expression = " OR ".join(f'"{trigram}"' for trigram in trigrams)
        return first_column(
            "SELECT word FROM search_word_trgm WHERE search_word_trgm MATCH %s "
            "ORDER BY rank LIMIT %s",
            [expression, limit],
        )
