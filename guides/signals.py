"""Keep caches in step with guides: every change of a guide, its parts or its links bumps the
content version once the transaction commits, so cached pages (the tool listing with its
guides group, the guide pages) and the guide search index follow at once. Replaced or
deleted step images leave no file behind.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from core import content

from .models import ChecklistItem, CommonProblem, Guide, GuideStep, HelpLink

CONTENT_MODELS = (Guide, GuideStep, ChecklistItem, CommonProblem, HelpLink)


def content_changed(sender, **kwargs):
    content.changed()


def relations_changed(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        content.changed()


def _delete_file_on_commit(file):
    if not file:
        return
    storage, name = file.storage, file.name
    transaction.on_commit(lambda: storage.delete(name))


def step_image_replacing(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk:
        return
    previous = GuideStep.objects.filter(pk=instance.pk).values_list("image", flat=True).first()
    if previous and previous != instance.image.name:
        _delete_file_on_commit(GuideStep(image=previous).image)


def step_deleted(sender, instance, **kwargs):
    _delete_file_on_commit(instance.image)


def connect():
    uid = "guides-content"
    for model in CONTENT_MODELS:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}-{model.__name__}")
    for through in (Guide.tools.through, Guide.requirements.through):
        m2m_changed.connect(relations_changed, sender=through, dispatch_uid=f"{uid}-{through}")
    pre_save.connect(step_image_replacing, sender=GuideStep, dispatch_uid=f"{uid}-image")
    post_delete.connect(step_deleted, sender=GuideStep, dispatch_uid=f"{uid}-image-delete")
