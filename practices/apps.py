from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "practices"

    def ready(self):
        from . import signals

        signals.connect()
