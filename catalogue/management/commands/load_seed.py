from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the seed catalogue (placeholder until the seed loader lands)."

    def handle(self, *args, **options):
        pass
