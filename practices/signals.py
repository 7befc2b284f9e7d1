"""Keep the library's cached filter choices in step with the success factors: a change of a
factor bumps the content version once the transaction commits (the other choices are
catalogue terms and tools, whose changes bump it already)."""

from django.db.models.signals import post_delete, post_save

from core import content

from .models import SuccessFactor


def success_factor_changed(sender, **kwargs):
    content.changed()


def connect() -> None:
    uid = "practices:success-factor-changed"
    post_save.connect(success_factor_changed, sender=SuccessFactor, dispatch_uid=uid)
    post_delete.connect(success_factor_changed, sender=SuccessFactor, dispatch_uid=uid)
