"""Reads for reviews. A tool's figures are computed from the published reviews on every
read (no stored totals that could drift), in a fixed number of queries."""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.core.validators import slug_re
from django.db.models import Avg, Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from catalogue import selectors as catalogue_selectors
from catalogue.models import Sector, TargetGroup
from practices.models import SuccessFactor

from .models import DIMENSIONS, AnonymousReviewText, Review, ReviewReport, TrustedMember


def member_may_review(*, user) -> bool:
    """Only a member with a verified e-mail address writes reviews."""
    if not getattr(user, "is_authenticated", False):
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def member_is_trusted(*, user) -> bool:
    return TrustedMember.objects.filter(user=user).exists()


def tool_get_reviewable(*, slug: str):
    """A published tool with what the review pages show of it (name, slug), in one query."""
    tool = catalogue_selectors.tool_queryset_published_for_links().filter(slug=slug).first()
    if tool is None:
        raise Http404("No published tool with this slug.")
    return tool


def review_of(*, tool, author) -> Review | None:
    if not getattr(author, "is_authenticated", False):
        return None
    return (
        Review.objects.filter(tool=tool, author=author).prefetch_related("success_factors").first()
    )


def _slug(value) -> str:
    """A slug as asked, or "" when it cannot be one (control characters such as NUL never
    reach the database: PostgreSQL refuses them)."""
    value = str(value)[:80]
    return value if slug_re.match(value) else ""


@dataclass(frozen=True)
class ReviewFilters:
    sector: Sector | None = None
    target_group: TargetGroup | None = None

    @classmethod
    def from_query(cls, query) -> "ReviewFilters":
        """Unknown or malformed slugs are ignored, like every filter on the site."""
        sector_slug = _slug(query.get("sector", ""))
        group_slug = _slug(query.get("target_group", ""))
        sector = Sector.objects.filter(slug=sector_slug).first() if sector_slug else None
        group = TargetGroup.objects.filter(slug=group_slug).first() if group_slug else None
        return cls(sector=sector, target_group=group)

    def as_q(self) -> Q:
        q = Q()
        if self.sector:
            q &= Q(sector=self.sector)
        if self.target_group:
            q &= Q(target_group=self.target_group)
        return q

    @property
    def active(self) -> bool:
        return bool(self.sector or self.target_group)


@dataclass
class Dimension:
    key: str
    label: str
    average: float | None
    count: int


@dataclass
class Breakdown:
    slug: str
    label: str
    count: int
    averages: list[float | None] = field(default_factory=list)


@dataclass
class ReviewSummary:
    total: int
    dimensions: list[Dimension]
    by_sector: list[Breakdown]
    by_target_group: list[Breakdown]

    @property
    def breakdowns(self) -> list[tuple[str, list[Breakdown], str]]:
        """(caption, rows, filter parameter) for each breakdown table."""
        return [
            (_("Per sector"), self.by_sector, "sector"),
            (_("Per doelgroep"), self.by_target_group, "target_group"),
        ]


def _figures():
    figures = {"total": Count("pk")}
    for key in DIMENSIONS:
        figures[f"{key}_avg"] = Avg(key)
        figures[f"{key}_count"] = Count(key)
    return figures


def _breakdown(reviews: QuerySet[Review], term_field: str, model) -> list[Breakdown]:
    """Counts and averages per term, the term's names read in the same query."""
    names = ("slug", "name", "name_fr", "name_en")
    rows = (
        reviews.order_by()
        .values(*(f"{term_field}__{name}" for name in names))
        .annotate(count=Count("pk"), **{f"{key}_avg": Avg(key) for key in DIMENSIONS})
    )
    breakdown = [
        Breakdown(
            slug=row[f"{term_field}__slug"],
            label=model(**{name: row[f"{term_field}__{name}"] for name in names}).label,
            count=row["count"],
            averages=[row[f"{key}_avg"] for key in DIMENSIONS],
        )
        for row in rows
    ]
    breakdown.sort(key=lambda row: (-row.count, row.label))
    return breakdown


def tool_review_summary(*, tool, filters: ReviewFilters | None = None) -> ReviewSummary:
    """Per dimension the average and the count, and the counts per sector and per target
    group, over the tool's published reviews within `filters`. At most three queries."""
    reviews = Review.objects.published().filter(tool=tool)
    if filters:
        reviews = reviews.filter(filters.as_q())
    figures = reviews.aggregate(**_figures())
    if not figures["total"]:
        return ReviewSummary(
            total=0,
            dimensions=[Dimension(k, str(label), None, 0) for k, label in DIMENSIONS.items()],
            by_sector=[],
            by_target_group=[],
        )
    return ReviewSummary(
        total=figures["total"],
        dimensions=[
            Dimension(key, str(label), figures[f"{key}_avg"], figures[f"{key}_count"])
            for key, label in DIMENSIONS.items()
        ],
        by_sector=_breakdown(reviews, "sector", Sector),
        by_target_group=_breakdown(reviews, "target_group", TargetGroup),
    )


def tool_reviews_published(*, tool, filters: ReviewFilters | None = None) -> QuerySet[Review]:
    """The tool's published reviews, newest first, with what a review shows."""
    reviews = Review.objects.published().filter(tool=tool)
    if filters:
        reviews = reviews.filter(filters.as_q())
    return (
        reviews.select_related("sector", "target_group")
        .prefetch_related(Prefetch("success_factors", queryset=SuccessFactor.objects.all()))
        .defer("removal_reason")
        .order_by("-published_at", "-pk")
    )


def tool_anonymous_texts(*, tool) -> QuerySet[AnonymousReviewText]:
    return AnonymousReviewText.objects.filter(tool=tool).order_by("-published_at", "-pk")


def moderation_queue() -> QuerySet[Review]:
    """Reviews waiting for a curator, oldest change first."""
    return (
        Review.objects.waiting()
        .select_related("tool", "author", "sector", "target_group")
        .order_by("updated_at", "pk")
    )


def reports_open() -> QuerySet[ReviewReport]:
    return (
        ReviewReport.objects.filter(outcome=ReviewReport.Outcome.OPEN)
        .select_related("review__tool", "review__author", "review__sector", "review__target_group")
        .order_by("created_at", "pk")
    )


def reviews_of_member(*, user) -> QuerySet[Review]:
    return (
        Review.objects.filter(author=user)
        .select_related("tool", "sector", "target_group")
        .prefetch_related("success_factors")
        .order_by("-updated_at", "-pk")
    )


def member_review_export(*, user) -> list[dict]:
    """Everything stored about the member's reviews, for their data export."""
    return [
        {
            "tool": review.tool.name,
            "tool_slug": review.tool.slug,
            "status": review.status,
            "sector": review.sector.slug,
            "target_group": review.target_group.slug,
            "usage": review.usage,
            "duration": review.duration,
            "ratings": {key: getattr(review, key) for key in DIMENSIONS},
            "success_factors": [factor.slug for factor in review.success_factors.all()],
            "text": review.text,
            "removal_reason": review.removal_reason,
            "created_at": review.created_at.isoformat(),
            "updated_at": review.updated_at.isoformat(),
            "published_at": review.published_at.isoformat() if review.published_at else None,
        }
        for review in reviews_of_member(user=user)
    ]


@dataclass
class FilterOptions:
    sectors: list[Sector]
    target_groups: list[TargetGroup]


def filter_options() -> FilterOptions:
    return FilterOptions(
        sectors=list(Sector.objects.all()), target_groups=list(TargetGroup.objects.all())
    )
