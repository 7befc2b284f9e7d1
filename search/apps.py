from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Zoeken")
    # Built from the catalogue: never in a backup, rebuilt after a restore (core.backup).
    derived_models = ("SearchDocument", "SearchWord")

    def ready(self):
        from . import signals

        signals.connect()

    def rebuild_derived(self):
        from .indexing import rebuild_index

        rebuild_index()
