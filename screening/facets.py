"""Catalogue filters from screenings: "screened" and "meets criterion".

Registered in `ScreeningConfig.ready()` through `catalogue.selectors.register_facet`:
- `screened=1`: tools with a public screening;
- `criterion=<key>` (repeatable, OR like every facet): tools whose public screening gives
  that criterion the profile "met" (see `screening.selectors` for the rule). The SQL below
  is that rule: at least one "yes" and nothing but "yes" or "not applicable".
Criteria are matched by key, so screenings against an older framework version count too.
"""

from collections.abc import Sequence

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from catalogue.selectors import Facet, FlagFacet

from .models import Answer, Criterion, Screening, ScreeningAnswer


def _published_tool_ids():
    return Screening.objects.filter(status=Screening.Status.PUBLISHED).values("tool_id")


def criteria_met_rows(*, keys: Sequence[str] | None = None, tool_ids=None) -> QuerySet:
    """(tool id, criterion key) of public screenings in which that criterion is met: the SQL
    form of `selectors.criterion_profile(values) == Profile.MET`, for filtering and counting
    in the database (a test proves both agree on every combination of answers)."""
    answers = ScreeningAnswer.objects.filter(screening__status=Screening.Status.PUBLISHED)
    if keys is not None:
        answers = answers.filter(question__criterion__key__in=keys)
    if tool_ids is not None:
        answers = answers.filter(screening__tool_id__in=tool_ids)
    return (
        answers.values("screening__tool_id", "question__criterion__key")
        .annotate(
            yes=Count("pk", filter=Q(value=Answer.YES)),
            other=Count("pk", filter=~Q(value__in=[Answer.YES, Answer.NOT_APPLICABLE])),
        )
        .filter(yes__gt=0, other=0)
        .order_by()
    )


class CriterionMetFacet(Facet):
    param = "criterion"
    legend = _("Voldoet aan criterium")

    def choices(self) -> list[tuple[str, str]]:
        from .selectors import framework_version_current_queryset

        criteria = Criterion.objects.filter(version__in=framework_version_current_queryset())
        return [(criterion.key, criterion.label) for criterion in criteria]

    def q(self, values: Sequence[str], *, per_tool: bool = False) -> Q:
        rows = criteria_met_rows(keys=list(values))
        return Q(pk__in=rows.values("screening__tool_id"))

    def counts(self, tool_ids: QuerySet) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in criteria_met_rows(tool_ids=tool_ids):
            key = row["question__criterion__key"]
            counts[key] = counts.get(key, 0) + 1
        return counts


def screened_facet() -> FlagFacet:
    return FlagFacet(
        param="screened",
        legend=_("Screening"),
        label=_("Gescreend door Toolwijzer"),
        condition=Q(pk__in=_published_tool_ids()),
    )


def register():
    from catalogue.selectors import register_facet

    register_facet(screened_facet(), before="target_group")
    register_facet(CriterionMetFacet(), before="target_group")
