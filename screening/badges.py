"""The screening badge of a tool card: "gescreend op <date>" or "nog niet gescreend".

Registered in `ScreeningConfig.ready()` through `catalogue.selectors.register_card_badge`:
the date of the tool's public screening is a subquery of the listing's page query, so the
badge costs no query per card.
"""

from django.db.models import OuterRef, Subquery

from .models import Screening


def _annotations():
    latest = (
        Screening.objects.published()
        .filter(tool=OuterRef("pk"))
        .order_by("-published_at")
        .values("published_at")[:1]
    )
    return {"screened_on": Subquery(latest)}


def register():
    from catalogue.selectors import CardBadge, register_card_badge

    register_card_badge(
        CardBadge(
            key="screening",
            template="screening/partials/_card_badge.html",
            annotations=_annotations,
        )
    )
