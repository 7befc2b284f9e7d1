"""PostgreSQL full-text search back end.

The text search configuration `toolwijzer_nl` (a migration) is PostgreSQL's `dutch` with
`unaccent` before the Snowball Dutch stemmer. Documents carry a weighted tsvector (name A,
body B, detail C) with a GIN index; typos are looked up in the vocabulary with pg_trgm.
"""

from django.db import connection
from django.db.models.expressions import RawSQL

from ..models import SearchDocument
from ..query import Alternative, ParsedQuery
from .base import Backend, first_column

CONFIG = "toolwijzer_nl"
# Indexed by migration 0004 with exactly this expression.
NAME_VECTOR = f"to_tsvector('{CONFIG}'::regconfig, name)"


def _alternative(alternative: Alternative) -> str:
    # Words are [a-z0-9]+ only, so quoting cannot be broken out of.
    phrase = " <-> ".join(f"'{word}'" for word in alternative.words)
    if alternative.prefix:
        phrase += ":*"
    return f"({phrase})" if len(alternative.words) > 1 else phrase


def tsquery_expression(parsed: ParsedQuery) -> str:
    return " & ".join(
        "(" + " | ".join(_alternative(alternative) for alternative in group) + ")"
        for group in parsed.groups
    )


class PostgresBackend(Backend):
    def index(self, documents):
        if not documents:
            return
        ids = [doc[0] for doc in documents]
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE search_searchdocument SET vector =
                    setweight(to_tsvector('{CONFIG}', name), 'A')
                    || setweight(to_tsvector('{CONFIG}', body), 'B')
                    || setweight(to_tsvector('{CONFIG}', detail), 'C')
                WHERE tool_id = ANY(%s)
                """,  # noqa: S608 - CONFIG is a constant
                [ids],
            )

    def remove(self, tool_ids):
        SearchDocument.objects.filter(tool_id__in=tool_ids).update(vector=None)

    def clear(self):
        SearchDocument.objects.update(vector=None)

    def expression(self, parsed: ParsedQuery) -> str:
        return tsquery_expression(parsed)

    def id_list(self, ids):
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])

    def _window_start(self, expression, window):
        # The GIN index finds the matches; ordering ids needs no score per match.
        ids = first_column(
            f"""
            SELECT tool_id FROM search_searchdocument
            WHERE vector @@ to_tsquery('{CONFIG}', %s)
            ORDER BY tool_id DESC OFFSET %s LIMIT 1
            """,  # noqa: S608 - CONFIG is a constant
            [expression, window],
        )
        return ids[0] if ids else None

    def _rank(self, expression, limit, *, above=None):
        return first_column(
            f"""
            SELECT tool_id FROM search_searchdocument,
                to_tsquery('{CONFIG}', %s) AS query
            WHERE vector @@ query AND tool_id > %s
            ORDER BY ts_rank(vector, query) DESC, tool_id
            LIMIT %s
            """,  # noqa: S608 - CONFIG is a constant
            [expression, -1 if above is None else above, limit],
        )

    def _rank_names(self, expression, limit):
        # NAME_VECTOR has its own GIN index (migration 0004); the weighted document vector
        # cannot tell a name match from others without reading every match.
        return first_column(
            f"""
            SELECT tool_id FROM search_searchdocument,
                to_tsquery('{CONFIG}', %s) AS query
            WHERE {NAME_VECTOR} @@ query
            ORDER BY ts_rank({NAME_VECTOR}, query) DESC, tool_id
            LIMIT %s
            """,  # noqa: S608 - constants only
            [expression, limit],
        )

    def similar_words(self, word, *, limit=30):
        return first_column(
            "SELECT word FROM search_searchword WHERE word %% %s "
            "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
            [word, word, limit],
        )
