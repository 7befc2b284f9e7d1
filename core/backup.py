"""Database-independent backups: every table's rows as gzipped JSON lines.

A backup is one gzip file of JSON lines: a header (format, format version, when, from which
database, and the schema it came from: the applied migrations per app), one line per row in
Django's serialisation, and a footer with the row count per model. Without the footer the
file is incomplete (a disk filled up during the backup) and restore refuses it.

What is in it: every model of every installed app, except
- content types and permissions, which `migrate` creates (rows refer to them by natural key),
- sessions (after a restore people sign in again),
- derived data an app declares in its AppConfig (`derived_models`) and rebuilds with
  `rebuild_derived()`: the search index is rebuilt once after the rows are loaded.

The same file restores into SQLite and PostgreSQL, so it also moves a site between them.
Restore loads into a freshly migrated database in one transaction, with derived work
suspended (core.derived), checks every foreign key and the row count of every model, resets
PostgreSQL's id sequences, then rebuilds derived data and bumps the content version.
"""

import gzip
import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time
from itertools import islice
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from . import content, derived

FORMAT = "toolwijzer-backup"
FORMAT_VERSION = 1
# Created by `migrate` (rows point to them by natural key), or not worth keeping.
EXCLUDED = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
# Roles are groups a migration creates: a freshly migrated database already holds them, and
# restore replaces them with the backup's groups.
CREATED_BY_MIGRATIONS = {"auth.group"}
CHUNK = 2000


class BackupError(Exception):
    """A backup that cannot be written or restored; the message says why and what to do."""


def _label(model) -> str:
    return model._meta.label_lower


def derived_models() -> list:
    """Models whose rows are rebuilt from other data (AppConfig.derived_models)."""
    return [
        app_config.get_model(name)
        for app_config in apps.get_app_configs()
        for name in getattr(app_config, "derived_models", ())
    ]


def backed_up_models() -> list:
    """The models a backup holds, ordered so that natural-key dependencies come first."""
    skipped = EXCLUDED | {_label(model) for model in derived_models()}
    app_list = [
        (
            app_config,
            [
                model
                for model in app_config.get_models()
                if _label(model) not in skipped and model._meta.managed and not model._meta.proxy
            ],
        )
        for app_config in apps.get_app_configs()
    ]
    return serializers.sort_dependencies(app_list, allow_cycles=True)


def applied_schema() -> dict[str, list[str]]:
    """The applied migrations of this database, per app."""
    schema = defaultdict(list)
    for app_label, name in MigrationRecorder(connection).applied_migrations():
        schema[app_label].append(name)
    return {app_label: sorted(names) for app_label, names in sorted(schema.items())}


@contextmanager
def _snapshot():
    """One consistent view of the database for the whole backup, without blocking writers."""
    if connection.in_atomic_block:
        yield
    elif connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    elif connection.vendor == "sqlite":
        # A deferred read transaction: in WAL mode it sees one snapshot and never takes the
        # write lock (atomic() would: the project starts transactions IMMEDIATE).
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                yield
            finally:
                cursor.execute("ROLLBACK")
    else:
        with transaction.atomic():
            yield


def _rows(model) -> Iterator:
    many_to_many = [
        field.name
        for field in model._meta.many_to_many
        if field.remote_field.through._meta.auto_created
    ]
    queryset = model._base_manager.order_by("pk")
    if many_to_many:
        queryset = queryset.prefetch_related(*many_to_many)
    return queryset.iterator(chunk_size=CHUNK)


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Datetimes and times with their microseconds (DjangoJSONEncoder cuts them to ms)."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def _write_rows(model, stream) -> int:
    count = 0
    rows = _rows(model)
    while chunk := list(islice(rows, CHUNK)):
        for record in serializers.serialize("python", chunk, use_natural_foreign_keys=True):
            stream.write(json.dumps(record, cls=FullPrecisionEncoder, ensure_ascii=False) + "\n")
        count += len(chunk)
    return count


def write_backup(path: Path) -> dict[str, int]:
    """Write a backup of the whole database to `path`; returns the row count per model."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    counts = {}
    with _snapshot(), gzip.open(partial, "wt", encoding="utf-8") as stream:
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": connection.vendor,
            "schema": applied_schema(),
        }
        stream.write(json.dumps(header) + "\n")
        for model in backed_up_models():
            counts[_label(model)] = _write_rows(model, stream)
        stream.write(json.dumps({"end": FORMAT, "counts": counts}) + "\n")
    # Only a complete file gets the name: a failed backup never looks like a good one.
    partial.replace(path)
    return counts


def read_header(path: Path) -> dict:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            first = stream.readline()
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise BackupError(f"{path} is not a gzipped backup: {error}") from error
    try:
        header = json.loads(first)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupError(
            f"{path} is not a Toolwijzer backup in a format this version knows (no "
            f"'{FORMAT}' header). Make backups with `manage.py backup`."
        )
    if header.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} has backup format version {header.get('format_version')}; this version "
            f"of Toolwijzer reads version {FORMAT_VERSION}. Restore it with the release "
            "that made it."
        )
    return header


def schema_problems(backup_schema: dict[str, list[str]], *, allow_older: bool) -> list[str]:
    """Why the backup's schema does not fit this database (empty when it fits)."""
    loader = MigrationLoader(connection)
    known = set(loader.disk_migrations)
    for key, migration in loader.replacements.items():
        known.add(key)
        known.update(migration.replaces)
    applied = set(loader.applied_migrations)
    unapplied_here = sorted(set(loader.graph.nodes) - applied)
    if unapplied_here:
        names = ", ".join(f"{app}.{name}" for app, name in unapplied_here[:5])
        return [f"This database is not fully migrated ({names}): run `manage.py migrate` first."]
    in_backup = {(app, name) for app, names in backup_schema.items() for name in names}
    newer = sorted(in_backup - known)
    if newer:
        names = ", ".join(f"{app}.{name}" for app, name in newer[:5])
        return [
            f"The backup comes from a newer schema: migrations {names} are unknown to this "
            "release. Restore it with the release that made it (or a later one)."
        ]
    older = sorted(applied - in_backup)
    if older and not allow_older:
        names = ", ".join(f"{app}.{name}" for app, name in older[:5])
        more = f" and {len(older) - 5} more" if len(older) > 5 else ""
        return [
            f"The backup comes from an older schema: it predates migrations {names}{more}. "
            "Restore it with the release that made it and then upgrade, or pass "
            "--allow-older-schema to load it into this schema (fields added since get "
            "their defaults; data migrations since then are not applied to it)."
        ]
    return []


def content_in_database() -> dict[str, int]:
    """Row counts of the models a restore would replace (the roles migrations create aside)."""
    counts = {}
    for model in backed_up_models():
        if _label(model) in CREATED_BY_MIGRATIONS:
            continue
        count = model._base_manager.count()
        if count:
            counts[_label(model)] = count
    return counts


def _sessions() -> list:
    # Sessions are not restored; a replaced database keeps none that could point at a
    # different person under a reused user id.
    if apps.is_installed("django.contrib.sessions"):
        return [apps.get_model("sessions", "Session")]
    return []


def _tables(models) -> list[str]:
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        for field in model._meta.many_to_many:
            if field.remote_field.through._meta.auto_created:
                tables.append(field.remote_field.through._meta.db_table)
    return tables


def _empty(models) -> None:
    statements = connection.ops.sql_flush(
        no_style(), _tables(models), reset_sequences=False, allow_cascade=True
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # TRUNCATE refuses tables with foreign-key checks still pending in this
            # transaction: run them now, and defer them again for the load.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for statement in statements:
            cursor.execute(statement)
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def restore_backup(path: Path, *, replace: bool = False, allow_older: bool = False) -> dict:
    """Load a backup into this (migrated) database; returns the row count per model."""
    header = read_header(path)
    problems = schema_problems(header.get("schema", {}), allow_older=allow_older)
    if problems:
        raise BackupError(" ".join(problems))
    if not replace:
        existing = content_in_database()
        if existing:
            listed = ", ".join(f"{label} ({count})" for label, count in list(existing.items())[:5])
            raise BackupError(
                f"This database is not empty: {listed}. Restore into a freshly migrated "
                "database, or pass --replace to delete everything in it first."
            )
    models = backed_up_models()
    by_label = {_label(model): model for model in models}
    footer = {}
    with transaction.atomic():
        with derived.suspended():
            _empty([*models, *derived_models(), *_sessions()])
            _load(path, footer)
        counts = footer.get("counts", {})
        for label, expected in counts.items():
            if label not in by_label:
                raise BackupError(f"The backup holds rows of {label}, a model this release lacks.")
            found = by_label[label]._base_manager.count()
            if found != expected:
                raise BackupError(
                    f"{label}: {found} rows restored, the backup lists {expected}. "
                    "Nothing was restored."
                )
        for app_config in apps.get_app_configs():
            if hasattr(app_config, "rebuild_derived"):
                app_config.rebuild_derived()
        content.changed()
    return counts


def _load(path: Path, footer: dict) -> None:
    loaded_models = set()
    deferred = []
    try:
        with connection.constraint_checks_disabled():
            objects = serializers.deserialize(
                "python", _records_with_footer(path, footer), handle_forward_references=True
            )
            for item in objects:
                item.save()
                loaded_models.add(type(item.object))
                if item.deferred_fields:
                    deferred.append(item)
            for item in deferred:
                item.save_deferred_fields()
        connection.check_constraints(table_names=_tables(loaded_models))
    except (EOFError, OSError) as error:
        raise BackupError(f"{path} is damaged or incomplete: {error}") from error
    except (DatabaseError, DeserializationError, ValueError) as error:
        raise BackupError(f"The backup could not be loaded: {error}") from error
    statements = connection.ops.sequence_reset_sql(no_style(), list(loaded_models))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _records_with_footer(path: Path, footer: dict) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        stream.readline()  # the header, checked before
        for line in stream:
            record = json.loads(line)
            if "end" in record:
                footer.update(record)
                return
            yield record
    raise BackupError(f"{path} is incomplete (it has no end record): it cannot be restored.")
