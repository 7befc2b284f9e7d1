"""Writes for guides. Curators edit guides in the admin; these are the rules it relies on."""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import Guide

ORDERED_RELATIONS = ("checklist", "steps", "problems", "help_links")


@transaction.atomic
def guide_positions_normalise(*, guide: Guide) -> None:
    """Number the checklist, steps, problems and links 1, 2, 3, ... in their current order.

    A curator reorders by typing numbers (3 before 2, or 15 to go between 1 and 2); after
    saving, the numbers are tidy again, so the next move is as easy.
    """
    for relation in ORDERED_RELATIONS:
        items = list(getattr(guide, relation).order_by("position", "pk"))
        changed = []
        for position, item in enumerate(items, start=1):
            if item.position != position:
                item.position = position
                changed.append(item)
        if changed:
            type(changed[0]).objects.bulk_update(changed, ["position"])


@transaction.atomic
def guide_mark_reviewed(
    *, guide: Guide, reviewed_by: str, on: datetime.date | None = None
) -> Guide:
    """A curator checked the guide against the official sources: it is current again."""
    guide.last_reviewed = on or timezone.localdate()
    guide.reviewed_by = reviewed_by
    guide.needs_review = False
    guide.full_clean()
    guide.save()
    return guide
