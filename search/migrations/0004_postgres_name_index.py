"""PostgreSQL: a GIN index on the name alone, so a broad search finds its name matches
without reading every matching document (see PostgresBackend._rank_names). No-op on SQLite."""

from django.db import migrations

# The same expression as search.backends.postgres.NAME_VECTOR, which queries must use.
NAME_VECTOR = "to_tsvector('toolwijzer_nl'::regconfig, name)"


def _run(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fts_short_prefixes")]

    operations = [
        migrations.RunPython(
            _run(f"CREATE INDEX search_document_name_gin ON search_searchdocument USING gin ({NAME_VECTOR})"),
            _run("DROP INDEX IF EXISTS search_document_name_gin"),
        )
    ]
