"""Load the seed data of every app that has a `seeding` module, in INSTALLED_APPS order.

Each `<app>/seeding.py` defines `load_seed(*, stdout)`: idempotent, and it never overwrites
what a curator changed.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the seed data (catalogue, screening framework, practices). Safe to run again."

    def handle(self, *args, **options):
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.seeding"
            if find_spec(module_name) is None:
                continue
            import_module(module_name).load_seed(stdout=self.stdout)
