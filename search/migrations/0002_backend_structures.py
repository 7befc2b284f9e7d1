"""Database-specific search structures.

PostgreSQL: the unaccent and pg_trgm extensions (no-ops on SQLite), a Dutch text search
configuration with unaccent, a GIN index on the document vectors and a trigram index on the
vocabulary. SQLite: the FTS5 table of stemmed documents (bm25 weights name 10, body 4,
detail 1) and an FTS5 trigram index over the vocabulary, kept in sync by triggers.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "name, body, detail, tokenize='unicode61 remove_diacritics 2', prefix='3')",
    "INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)')",
    "CREATE VIRTUAL TABLE search_word_trgm USING fts5("
    "word, content='search_searchword', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_word_ai AFTER INSERT ON search_searchword BEGIN "
    "INSERT INTO search_word_trgm (rowid, word) VALUES (new.id, new.word); END",
    "CREATE TRIGGER search_word_ad AFTER DELETE ON search_searchword BEGIN "
    "INSERT INTO search_word_trgm (search_word_trgm, rowid, word) "
    "VALUES ('delete', old.id, old.word); END",
    "CREATE TRIGGER search_word_au AFTER UPDATE ON search_searchword BEGIN "
    "INSERT INTO search_word_trgm (search_word_trgm, rowid, word) "
    "VALUES ('delete', old.id, old.word); "
    "INSERT INTO search_word_trgm (rowid, word) VALUES (new.id, new.word); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_word_au",
    "DROP TRIGGER IF EXISTS search_word_ad",
    "DROP TRIGGER IF EXISTS search_word_ai",
    "DROP TABLE IF EXISTS search_word_trgm",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    "CREATE TEXT SEARCH CONFIGURATION toolwijzer_nl (COPY = pg_catalog.dutch)",
    "ALTER TEXT SEARCH CONFIGURATION toolwijzer_nl "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem",
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (vector)",
    "CREATE INDEX search_word_trgm_gin ON search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_word_trgm_gin",
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS toolwijzer_nl",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        # Both are no-ops on databases other than PostgreSQL.
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
