"""Backups restore losslessly into a fresh SQLite or PostgreSQL database, and across them.

The restore "hops" run as separate processes with their own DATABASE_URL, as an operator
runs them: a new SQLite file or a new PostgreSQL database (created and dropped here; the
server at TEST_POSTGRES_URL, 127.0.0.1:5432 by default, is always there in CI).
"""

import gzip
import json
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from io import StringIO

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from catalogue.models import Tool
from catalogue.tests.factories import PurposeFactory, ToolFactory
from core import backup, content
from core.tests.every_model import fill_every_model, project_models
from core.tests.restore_probe import records, search_names
from search import indexing
from search.indexing import rebuild_index
from search.models import SearchDocument

POSTGRES_SERVER = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
QUERIES = ["whatsapp", "pakhuis", "travis"]


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # The filled database has several people; PBKDF2 would make each one slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@contextmanager
def new_postgres_database():
    name = f"test_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_SERVER, autocommit=True, connect_timeout=10) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_SERVER.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(POSTGRES_SERVER, autocommit=True, connect_timeout=10) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restore_in_new_process(database_url, source, tmp_path, name, next_backup=None):
    """Migrate a new database, restore `source` into it, return its records (and back it
    up again to `next_backup`)."""
    out = tmp_path / f"{name}.json"
    command = [sys.executable, "-m", "core.tests.restore_probe", str(source), str(out)]
    if next_backup:
        command.append(str(next_backup))
    finished = subprocess.run(  # noqa: S603 - fixed arguments
        command,
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert finished.returncode == 0, f"{name}: {finished.stderr[-4000:]}"
    return json.loads(out.read_text())


def assert_same_records(found, expected, where):
    assert sorted(found) == sorted(expected), where
    for label, rows in expected.items():
        assert found[label] == rows, f"{where}: {label} differs"


@pytest.mark.django_db
def test_every_project_model_gets_rows_from_the_factories():
    fill_every_model()
    empty = [model._meta.label for model in project_models() if not model._base_manager.exists()]
    assert not empty, (
        f"No rows for {empty}: add them to core/tests/every_model.py so that backups are "
        "tested with them."
    )


@pytest.mark.django_db
def test_backup_restores_record_by_record_into_sqlite_and_postgresql_and_across(tmp_path):
    fill_every_model()
    first = tmp_path / "first.jsonl.gz"
    call_command("backup", output=str(first), stdout=StringIO())
    rebuild_index()  # what the restored databases' derived data must equal
    expected = records()
    expected_search = search_names(QUERIES)
    assert all(
        expected[model._meta.label_lower] for model in project_models(include_auto_created=False)
    )
    assert expected_search["whatsapp"] == ["WhatsApp"]

    hops = []  # (where, records) of each restore
    sqlite_first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    hops.append(
        (
            f"{connection.vendor} -> SQLite",
            restore_in_new_process(
                sqlite_first, first, tmp_path, "sqlite-1", tmp_path / "from-sqlite.jsonl.gz"
            ),
        )
    )
    with new_postgres_database() as postgres_first, new_postgres_database() as postgres_next:
        hops.append(
            (
                "SQLite -> PostgreSQL",
                restore_in_new_process(
                    postgres_first,
                    tmp_path / "from-sqlite.jsonl.gz",
                    tmp_path,
                    "postgres-1",
                    tmp_path / "from-postgres.jsonl.gz",
                ),
            )
        )
        hops.append(
            (
                "PostgreSQL -> PostgreSQL",
                restore_in_new_process(
                    postgres_next, tmp_path / "from-postgres.jsonl.gz", tmp_path, "postgres-2"
                ),
            )
        )
    sqlite_last = f"sqlite:///{tmp_path / 'last.sqlite3'}"
    hops.append(
        (
            "PostgreSQL -> SQLite",
            restore_in_new_process(
                sqlite_last, tmp_path / "from-postgres.jsonl.gz", tmp_path, "sqlite-2"
            ),
        )
    )
    for where, restored in hops:
        assert_same_records(restored["records"], expected, where)
        assert restored["search"] == expected_search, where
        assert restored["added_after_restore"] == ["Na de restore", "Na de restore"], where


@pytest.mark.django_db
def test_the_file_records_its_format_and_schema_and_leaves_out_what_migrate_makes(tmp_path):
    ToolFactory(name="WhatsApp")
    path = tmp_path / "backup.jsonl.gz"
    call_command("backup", output=str(path), stdout=StringIO())
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    header, rows, footer = json.loads(lines[0]), lines[1:-1], json.loads(lines[-1])
    assert header["format"] == "toolwijzer-backup" and header["format_version"] == 1
    assert "0001_initial" in header["schema"]["catalogue"]
    assert header["database"] == connection.vendor
    models = {json.loads(row)["model"] for row in rows}
    assert "catalogue.tool" in models
    assert not models & {
        "contenttypes.contenttype",
        "auth.permission",
        "sessions.session",
        "search.searchdocument",
        "search.searchword",
    }
    assert footer["counts"]["catalogue.tool"] == 1
    assert not (tmp_path / "backup.jsonl.gz.partial").exists()


@pytest.fixture
def backup_file(tmp_path):
    purpose = PurposeFactory(slug="communicatie", name="Communicatie")
    ToolFactory(name="WhatsApp", purposes=[purpose])
    path = tmp_path / "backup.jsonl.gz"
    call_command("backup", output=str(path), stdout=StringIO())
    return path


def write_backup_lines(path, lines):
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write("".join(json.dumps(line) + "\n" for line in lines))


def backup_lines(path):
    return [json.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()]


@pytest.mark.django_db
def test_restore_refuses_a_database_with_content_and_replace_empties_it(backup_file):
    ToolFactory(name="Signal")
    with pytest.raises(CommandError, match="not empty: .*catalogue.tool \\(2\\).*--replace"):
        call_command("restore", str(backup_file))
    call_command("restore", str(backup_file), replace=True, stdout=StringIO())
    assert list(Tool.objects.values_list("name", flat=True)) == ["WhatsApp"]
    restored = Tool.objects.get()
    assert [p.slug for p in restored.purposes.all()] == ["communicatie"]


@pytest.mark.django_db
def test_restore_loads_without_indexing_and_rebuilds_derived_data_once(backup_file, monkeypatch):
    batches, rebuilds = [], []
    monkeypatch.setattr(indexing, "index_after_commit", batches.append)
    original_rebuild = indexing.rebuild_index

    def counted_rebuild(**kwargs):
        rebuilds.append(1)
        return original_rebuild(**kwargs)

    monkeypatch.setattr(indexing, "rebuild_index", counted_rebuild)
    version = content.version()
    call_command("restore", str(backup_file), replace=True, stdout=StringIO())
    assert batches == []  # nothing from signals while the rows loaded
    assert rebuilds == [1]
    assert content.version() == version + 1
    assert list(SearchDocument.objects.values_list("name", flat=True)) == ["WhatsApp"]
    assert search_names(["whatsapp"]) == {"whatsapp": ["WhatsApp"]}


@pytest.mark.django_db
def test_restore_is_all_or_nothing(backup_file):
    lines = backup_lines(backup_file)
    tool_line = next(line for line in lines if line.get("model") == "catalogue.tool")
    tool_line["fields"]["purposes"] = [987654]  # a purpose that is not in the file
    write_backup_lines(backup_file, lines)
    ToolFactory(name="Signal")
    with pytest.raises(CommandError, match="could not be loaded"):
        call_command("restore", str(backup_file), replace=True)
    assert list(Tool.objects.values_list("name", flat=True)) == ["Signal", "WhatsApp"]


@pytest.mark.django_db
def test_restore_refuses_a_newer_schema_and_an_older_one_unless_allowed(backup_file):
    lines = backup_lines(backup_file)
    lines[0]["schema"]["catalogue"].append("9999_from_the_future")
    write_backup_lines(backup_file, lines)
    with pytest.raises(CommandError, match="newer schema: migrations catalogue.9999_from_the"):
        call_command("restore", str(backup_file), replace=True)

    lines[0]["schema"]["catalogue"].remove("9999_from_the_future")
    lines[0]["schema"]["catalogue"].remove("0002_tool_listing_order")
    write_backup_lines(backup_file, lines)
    with pytest.raises(CommandError, match="older schema: .*catalogue.0002_tool_listing_order"):
        call_command("restore", str(backup_file), replace=True)
    call_command(
        "restore", str(backup_file), replace=True, allow_older_schema=True, stdout=StringIO()
    )
    assert Tool.objects.get().name == "WhatsApp"


@pytest.mark.django_db
def test_restore_explains_a_file_it_cannot_use(tmp_path, backup_file):
    def refused(path, message):
        with pytest.raises(CommandError, match=message):
            call_command("restore", str(path), replace=True)

    refused(tmp_path / "missing.gz", "No backup file")
    not_gzip = tmp_path / "not-a-backup.gz"
    not_gzip.write_text("hello")
    refused(not_gzip, "not a gzipped backup")
    old_format = tmp_path / "dumpdata.json.gz"
    old_format.write_bytes(gzip.compress(b'[{"model": "catalogue.tool", "pk": 1}]'))
    refused(old_format, "not a Toolwijzer backup in a format this version knows")

    lines = backup_lines(backup_file)
    future = tmp_path / "future.jsonl.gz"
    write_backup_lines(future, [{**lines[0], "format_version": 2}, *lines[1:]])
    refused(future, "format version 2")
    cut = tmp_path / "cut.jsonl.gz"
    write_backup_lines(cut, lines[:-1])
    refused(cut, "incomplete")
    truncated = tmp_path / "truncated.jsonl.gz"
    truncated.write_bytes(backup_file.read_bytes()[:-20])
    refused(truncated, "damaged or incomplete|incomplete")
    assert Tool.objects.get().name == "WhatsApp"  # nothing was touched


def test_backup_models_leave_out_derived_and_migration_made_data():
    labels = {model._meta.label_lower for model in backup.backed_up_models()}
    assert {"catalogue.tool", "auth.user", "auth.group", "admin.logentry"} <= labels
    assert not labels & {"search.searchdocument", "search.searchword", "sessions.session"}
