"""Search back ends: SQLite FTS5 (the embedded default) and PostgreSQL full-text search.

Both receive the same parsed query (search.query) and the same documents (search.indexing),
and behave alike; `get_backend()` picks the one that fits the database in use.
"""

from django.db import connection


def get_backend():
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite_fts5 import SqliteFts5Backend

    return SqliteFts5Backend()
