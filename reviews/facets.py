"""A catalogue filter from members' reviews: "well rated by people working with ...".

Registered in `ReviewsConfig.ready()` through `catalogue.selectors.register_facet`, so the
catalogue never imports this app. `well_rated_for=<target group slug>` (repeatable, OR like
every facet) keeps the tools whose published reviews for that target group rate the fit
for the target group WELL_RATED or better on average.
"""

from collections.abc import Sequence

from django.db.models import Avg, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from catalogue.models import TargetGroup, Tool
from catalogue.selectors import TermFacet

from .models import Review

WELL_RATED = 4.0


def well_rated_rows(*, slugs: Sequence[str] | None = None, tool_ids=None) -> QuerySet:
    """(tool id, target group slug) where the tool is well rated for that target group."""
    reviews = Review.objects.published().filter(fit__isnull=False)
    if slugs is not None:
        reviews = reviews.filter(target_group__slug__in=list(slugs))
    if tool_ids is not None:
        reviews = reviews.filter(tool_id__in=tool_ids)
    return (
        reviews.values("tool_id", "target_group__slug")
        .annotate(fit_average=Avg("fit"))
        .filter(fit_average__gte=WELL_RATED)
        .order_by()
    )


class WellRatedForFacet(TermFacet):
    """Its choices are the target groups, read with the taxonomy facets' choices (one
    query for all, see `catalogue.selectors.facet_choices`); the filter reads reviews."""

    def __init__(self):
        self.param = "well_rated_for"
        self.legend = _("Goed beoordeeld door wie werkt met")
        self.expanded = False
        self.model = Tool
        self.term_model = TargetGroup

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        return Q(pk__in=well_rated_rows(slugs=values).values("tool_id"))

    def counts_sql(self, tool_ids) -> None:
        return None  # counted from the reviews by `counts()`, not from a link table

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in well_rated_rows(tool_ids=tool_ids):
            slug = row["target_group__slug"]
            counts[slug] = counts.get(slug, 0) + 1
        return counts


def register():
    from catalogue.selectors import register_facet

    register_facet(WellRatedForFacet(), before="theme")
