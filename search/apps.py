from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Zoeken")
    # Built from the catalogue: never in a backup, rebuilt after a restore (core.backup).
    derived_models = ("SearchDocument", "SearchWord")

    def ready(self):
        from catalogue.selectors import register_text_search

        from . import signals
        from .selectors import tool_queryset_matching

        signals.connect()
        register_text_search(tool_queryset_matching)

    def rebuild_derived(self):
        from .indexing import rebuild_index

        rebuild_index()
