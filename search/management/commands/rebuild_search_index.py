from django.core.management.base import BaseCommand

from search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index and its vocabulary from the catalogue."

    def handle(self, *args, **options):
        count = rebuild_index(stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(f"Search index rebuilt: {count} tools.")
