"""Restore a backup made by `manage.py backup` into a freshly migrated, empty database."""

import gzip
import tempfile
from importlib.util import find_spec
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = "Restore a backup file (gzipped JSON) into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        source = Path(options["file"])
        if not source.is_file():
            raise CommandError(f"No backup file at {source}")
        with tempfile.TemporaryDirectory() as folder:
            plain = Path(folder) / "backup.json"
            try:
                with gzip.open(source, "rb") as packed:
                    plain.write_bytes(packed.read())
            except OSError as error:
                raise CommandError(f"{source} is not a gzipped backup: {error}") from error
            with transaction.atomic():
                call_command("loaddata", str(plain), verbosity=0)
        # Search documents are derived data: rebuild them from what was restored.
        if find_spec("search.management.commands.rebuild_search_index"):
            call_command("rebuild_search_index", verbosity=0)
        self.stdout.write(f"Restored {source}")
