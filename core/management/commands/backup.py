"""Write a backup of the whole database to a gzipped JSON-lines file (see core.backup).

Works the same on SQLite and PostgreSQL, so a backup can also move a site between them.
Restore with `manage.py restore FILE` into a freshly migrated database.
"""

from datetime import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, write_backup


class Command(BaseCommand):
    help = "Back up all data to a gzipped file (default: var/backups/toolwijzer-<time>.jsonl.gz)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write.")

    def handle(self, *args, **options):
        output = Path(
            options["output"]
            or Path("var/backups") / f"toolwijzer-{datetime.now():%Y%m%d-%H%M%S}.jsonl.gz"
        )
        try:
            counts = write_backup(output)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {output} ({sum(counts.values())} rows)")
