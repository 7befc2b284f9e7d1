"""Write a database-independent backup (gzipped JSON of every table) to a file.

Works the same on SQLite and PostgreSQL, so a backup can also move a site between them.
Restore with `manage.py restore FILE` into a freshly migrated database.
"""

import gzip
from datetime import datetime
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt by migrations or by Django itself; restoring them would clash.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]


class Command(BaseCommand):
    help = "Back up all data to a gzipped JSON file (default: var/backups/<timestamp>.json.gz)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write.")

    def handle(self, *args, **options):
        output = Path(
            options["output"]
            or Path("var/backups") / f"toolwijzer-{datetime.now():%Y%m%d-%H%M%S}.json.gz"
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(output, "wt", encoding="utf-8") as stream:
            call_command(
                "dumpdata",
                exclude=EXCLUDED,
                natural_foreign=True,
                natural_primary=False,
                stdout=stream,
                verbosity=0,
            )
        self.stdout.write(f"Backup written to {output}")
