"""Reviews: members' experience with a tool in their own working context.

A review belongs to one member and one tool (one per member per tool). It carries its
context (sector, target group, how the tool was used and for how long), three ratings on a
1-5 scale (each may be left open), the success factors the member saw and a text. Nothing
is public before a curator approved it, unless a curator trusts the member. Anyone may
report a published review; the report waits in the curators' queue.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Sector, TargetGroup, Tool
from practices.models import SuccessFactor

TEXT_MAX = 4_000
REASON_MAX = 1_000

RATING_WORDS = {
    1: _("1 – heel slecht"),
    2: _("2 – eerder slecht"),
    3: _("3 – matig"),
    4: _("4 – goed"),
    5: _("5 – heel goed"),
}
RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]

# The three rated dimensions: field name -> label.
DIMENSIONS = {
    "ease": _("Gebruiksgemak voor de cliënt"),
    "fit": _("Past bij de doelgroep"),
    "goals": _("Draagt bij aan de werkdoelen"),
}


class ReviewQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Review.Status.PUBLISHED)

    def waiting(self):
        return self.filter(status=Review.Status.PENDING)


class Review(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op moderatie")
        PUBLISHED = "published", _("Gepubliceerd")
        REMOVED = "removed", _("Niet gepubliceerd")

    class Usage(models.TextChoices):
        ALONE = "alone", _("De cliënt gebruikt de tool alleen")
        TOGETHER = "together", _("Samen met de hulpverlener")
        GROUP = "group", _("In een groep")

    class Duration(models.TextChoices):
        WEEKS = "weeks", _("Minder dan een maand")
        MONTHS = "months", _("Eén tot zes maanden")
        YEAR = "year", _("Zes maanden tot een jaar")
        YEARS = "years", _("Langer dan een jaar")

    tool = models.ForeignKey(
        Tool, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("tool")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="tool_reviews",
        verbose_name=_("auteur"),
    )
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, related_name="+", verbose_name=_("sector")
    )
    target_group = models.ForeignKey(
        TargetGroup, on_delete=models.PROTECT, related_name="+", verbose_name=_("doelgroep")
    )
    usage = models.CharField(_("gebruikt"), max_length=10, choices=Usage.choices)
    duration = models.CharField(_("hoe lang"), max_length=10, choices=Duration.choices)
    ease = models.PositiveSmallIntegerField(
        DIMENSIONS["ease"], null=True, blank=True, validators=RATING_VALIDATORS
    )
    fit = models.PositiveSmallIntegerField(
        DIMENSIONS["fit"], null=True, blank=True, validators=RATING_VALIDATORS
    )
    goals = models.PositiveSmallIntegerField(
        DIMENSIONS["goals"], null=True, blank=True, validators=RATING_VALIDATORS
    )
    success_factors = models.ManyToManyField(
        SuccessFactor, blank=True, related_name="reviews", verbose_name=_("succesfactoren")
    )
    text = models.TextField(_("tekst"), max_length=TEXT_MAX, blank=True)

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    removal_reason = models.TextField(_("reden"), max_length=REASON_MAX, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemodereerd door"),
    )
    moderated_at = models.DateTimeField(_("gemodereerd op"), null=True, blank=True)
    created_at = models.DateTimeField(_("geschreven op"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd op"), default=timezone.now)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("ervaring")
        verbose_name_plural = _("ervaringen")
        permissions = [("moderate_review", "Mag ervaringen modereren")]
        constraints = [
            models.UniqueConstraint(fields=["tool", "author"], name="one_review_per_member_tool")
        ]
        indexes = [
            # Every read on a tool's page: its published reviews, newest first, per context.
            models.Index(fields=["tool", "status", "-published_at"], name="review_tool_newest"),
            models.Index(fields=["tool", "status", "sector"], name="review_tool_sector"),
            models.Index(fields=["tool", "status", "target_group"], name="review_tool_group"),
            models.Index(fields=["status", "updated_at"], name="review_queue"),
            # The catalogue's "well rated for" filter reads only this index.
            models.Index(
                fields=["status", "target_group", "tool", "fit"], name="review_well_rated"
            ),
        ]

    def __str__(self):
        return f"{self.tool} · {self.sector} · {self.target_group}"


class ReviewReport(models.Model):
    """Someone finds a published review wrong (personal data, abuse, spam...)."""

    class Outcome(models.TextChoices):
        OPEN = "open", _("Open")
        REMOVED = "removed", _("Ervaring verwijderd")
        DISMISSED = "dismissed", _("Ervaring blijft staan")

    review = models.ForeignKey(
        Review, on_delete=models.CASCADE, related_name="reports", verbose_name=_("ervaring")
    )
    reason = models.TextField(_("reden"), max_length=REASON_MAX)
    outcome = models.CharField(
        _("afhandeling"), max_length=10, choices=Outcome.choices, default=Outcome.OPEN
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("afgehandeld door"),
    )
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    created_at = models.DateTimeField(_("gemeld op"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        indexes = [models.Index(fields=["outcome", "created_at"], name="report_queue")]

    def __str__(self):
        return f"{self.review} · {self.get_outcome_display()}"


class TrustedMember(models.Model):
    """A member whose reviews a curator lets publish at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="review_trust",
        verbose_name=_("lid"),
    )
    trusted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vertrouwd door"),
    )
    trusted_at = models.DateTimeField(_("vertrouwd op"), default=timezone.now)

    class Meta:
        verbose_name = _("vertrouwd lid")
        verbose_name_plural = _("vertrouwde leden")

    def __str__(self):
        return str(self.user)


class AnonymousReviewText(models.Model):
    """The text of a published review whose author deleted their account and chose to leave
    it: no author, no context, no ratings (so it counts in no figure)."""

    tool = models.ForeignKey(
        Tool,
        on_delete=models.CASCADE,
        related_name="anonymous_review_texts",
        verbose_name=_("tool"),
    )
    text = models.TextField(_("tekst"), max_length=TEXT_MAX)
    published_at = models.DateTimeField(_("gepubliceerd op"))

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("anonieme ervaring")
        verbose_name_plural = _("anonieme ervaringen")

    def __str__(self):
        return f"{self.tool} · {self.published_at:%Y-%m-%d}"
