"""Seed the screening framework v1 and the workflow roles. Creates no screenings: seed tools
stay unscreened until a screener screens them."""

from django.db import transaction
from django.utils import timezone

from . import framework_v1
from .models import Criterion, FrameworkVersion, Question
from .roles import roles_ensure


@transaction.atomic
def framework_v1_ensure() -> FrameworkVersion:
    """Create version 1 with its criteria and questions, once; never touch an existing one."""
    version = FrameworkVersion.objects.filter(number=1).first()
    if version is not None:
        return version
    version = FrameworkVersion.objects.create(
        number=1,
        title=framework_v1.TITLE,
        notes=framework_v1.NOTES,
        status=FrameworkVersion.Status.ACTIVE,
        published_at=timezone.now(),
    )
    for position, data in enumerate(framework_v1.CRITERIA, start=1):
        name, name_fr, name_en = data["name"]
        description, description_fr, description_en = data["description"]
        criterion = Criterion.objects.create(
            version=version,
            key=data["key"],
            position=position,
            name=name,
            name_fr=name_fr,
            name_en=name_en,
            description=description,
            description_fr=description_fr,
            description_en=description_en,
        )
        for q_position, row in enumerate(data["questions"], start=1):
            key, text, text_fr, text_en, help_nl, help_fr, help_en = row
            Question.objects.create(
                criterion=criterion,
                key=key,
                position=q_position,
                text=text,
                text_fr=text_fr,
                text_en=text_en,
                help=help_nl,
                help_fr=help_fr,
                help_en=help_en,
            )
    return version


def load_seed(*, stdout):
    roles_ensure()
    version = framework_v1_ensure()
    stdout.write(
        f"screening: framework v{version.number} with "
        f"{Question.objects.filter(criterion__version=version).count()} questions; roles ready"
    )
