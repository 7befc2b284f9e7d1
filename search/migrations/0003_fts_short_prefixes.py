"""SQLite: index one- and two-letter prefixes too, so a one-letter search ("a") reads one
prefix list instead of merging every word that starts with it. No-op on PostgreSQL."""

from django.db import migrations

RANK = "bm25(10.0, 4.0, 1.0)"


def _recreate(prefixes):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "sqlite":
            return
        for statement in [
            "CREATE VIRTUAL TABLE search_fts_rebuilt USING fts5(name, body, detail, "
            f"tokenize='unicode61 remove_diacritics 2', prefix='{prefixes}')",
            f"INSERT INTO search_fts_rebuilt (search_fts_rebuilt, rank) VALUES ('rank', '{RANK}')",
            "INSERT INTO search_fts_rebuilt (rowid, name, body, detail) "
            "SELECT rowid, name, body, detail FROM search_fts",
            "DROP TABLE search_fts",
            "ALTER TABLE search_fts_rebuilt RENAME TO search_fts",
        ]:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_backend_structures")]

    operations = [migrations.RunPython(_recreate("1 2 3"), _recreate("3"))]
