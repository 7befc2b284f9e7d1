"""Restore a backup made by `manage.py backup` into a freshly migrated database.

Refuses a database that holds content (unless --replace), a file in an unknown format, an
incomplete file and a file from a newer schema (see core.backup).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup file into a freshly migrated database (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete everything in this database first (it must be migrated).",
        )
        parser.add_argument(
            "--allow-older-schema",
            action="store_true",
            help="Load a backup made before this release's latest migrations.",
        )

    def handle(self, *args, **options):
        source = Path(options["file"])
        if not source.is_file():
            raise CommandError(f"No backup file at {source}")
        try:
            counts = restore_backup(
                source, replace=options["replace"], allow_older=options["allow_older_schema"]
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {source} ({sum(counts.values())} rows)")
