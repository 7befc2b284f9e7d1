"""Guides (stappenplannen) for must-use apps, written for the worker who helps a client.

A guide belongs to one or more catalogue tools (itsme, MyMinfin, bank apps) and to the
requirements it helps a client meet (having itsme, an eID and card reader). It holds what the
client must bring (a checklist), ordered steps with tips, common problems and what to do,
when to refer and to whom, and official help links. Guides go out of date when providers
change their apps, so each carries a last-reviewed date and an interval: once that has
passed, the public page says so and the guide is in the curators' queue.
"""

import calendar
import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    FileExtensionValidator,
    MaxValueValidator,
    MinValueValidator,
    URLValidator,
)
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TITLE_MAX = 200
SHORT_MAX = 300
TEXT_MAX = 4_000
URL_MAX = 500
REVIEW_MONTHS_MAX = 60
# The image formats a step may carry; every upload is re-encoded to its own format.
IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]


def review_months_default() -> int:
    """The review interval a new guide starts with (GUIDE_REVIEW_MONTHS)."""
    return settings.GUIDE_REVIEW_MONTHS


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def step_image_path(instance, filename) -> str:
    # A fresh name: the uploaded name is the curator's, and may say more than it should.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"guides/steps/{uuid.uuid4().hex}.{extension}"


class GuideQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Guide.Status.PUBLISHED)

    def review_due(self, *, today: datetime.date):
        """Guides a curator should look at: never reviewed, flagged, or past their interval."""
        return self.filter(
            Q(last_reviewed__isnull=True) | Q(needs_review=True) | Q(review_due_on__lte=today)
        )


class Guide(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        PUBLISHED = "published", _("Gepubliceerd")

    class Review(models.TextChoices):
        NEVER = "never", _("Nog niet nagekeken")
        DUE = "due", _("Opnieuw na te kijken")
        CURRENT = "current", _("Nagekeken")

    title = models.CharField(_("titel"), max_length=TITLE_MAX)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    for_whom = models.CharField(
        _("voor wie"),
        max_length=SHORT_MAX,
        help_text=_("Voor wie is dit stappenplan? Bv. 'Voor wie een cliënt helpt met itsme.'"),
    )
    intro = models.TextField(_("inleiding"), max_length=TEXT_MAX)
    tools = models.ManyToManyField(
        "catalogue.Tool", blank=True, related_name="guides", verbose_name=_("tools")
    )
    requirements = models.ManyToManyField(
        "catalogue.Requirement",
        blank=True,
        related_name="guides",
        verbose_name=_("helpt met deze vereisten"),
        help_text=_("Bv. 'itsme': dit stappenplan helpt iemand itsme te krijgen."),
    )
    referral = models.TextField(
        _("wanneer doorverwijzen, en naar wie"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("Bv. de digibank, het OCMW, de helpdesk van de aanbieder."),
    )

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    last_reviewed = models.DateField(_("laatst nagekeken op"), null=True, blank=True)
    reviewed_by = models.CharField(
        _("nagekeken door"),
        max_length=TITLE_MAX,
        blank=True,
        help_text=_("Naam of rol van wie de stappen naast de officiële bron legde."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("opnieuw nakijken na (maanden)"),
        default=review_months_default,
        validators=[MinValueValidator(1), MaxValueValidator(REVIEW_MONTHS_MAX)],
    )
    # Derived from the two fields above on every save, so the queue is one indexed query.
    review_due_on = models.DateField(
        _("opnieuw na te kijken op"), null=True, blank=True, editable=False, db_index=True
    )
    needs_review = models.BooleanField(
        _("een curator moet dit nakijken"),
        default=False,
        help_text=_("Bv. een stappenplan uit de startgegevens, of na een melding."),
    )
    curator_note = models.TextField(
        _("nog na te kijken"),
        blank=True,
        help_text=_("Wat een curator nog moet controleren, en de gebruikte bronnen. Niet publiek."),
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = GuideQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("stappenplan")
        verbose_name_plural = _("stappenplannen")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.review_due_on = self.compute_review_due_on()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"last_reviewed", "review_interval_months"} & set(
            update_fields
        ):
            kwargs["update_fields"] = {*update_fields, "review_due_on"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("guides:detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def clean(self):
        errors = {}
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = _("Deze datum ligt in de toekomst.")
        if self.last_reviewed and not self.reviewed_by.strip():
            errors["reviewed_by"] = _("Vul in wie het stappenplan nakeek.")
        if self.reviewed_by.strip() and not self.last_reviewed:
            errors["last_reviewed"] = _("Vul in wanneer het stappenplan werd nagekeken.")
        if errors:
            raise ValidationError(errors)

    def compute_review_due_on(self) -> datetime.date | None:
        if self.last_reviewed is None or not self.review_interval_months:
            return None
        return add_months(self.last_reviewed, self.review_interval_months)

    def review_state(self, today: datetime.date | None = None) -> str:
        """NEVER (no review yet), DUE (its review date has come) or CURRENT."""
        if self.last_reviewed is None:
            return self.Review.NEVER
        today = today or timezone.localdate()
        due_on = self.compute_review_due_on()
        return self.Review.DUE if due_on is not None and due_on <= today else self.Review.CURRENT


class Positioned(models.Model):
    position = models.PositiveSmallIntegerField(
        _("volgorde"),
        default=0,
        help_text=_("Kleinste nummer eerst. Na opslaan wordt de volgorde 1, 2, 3, ..."),
    )

    class Meta:
        abstract = True
        ordering = ["position", "pk"]


class ChecklistItem(Positioned):
    """Something the client must bring: an identity card and its PIN code, a phone, ..."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="checklist")
    text = models.CharField(_("wat meebrengen"), max_length=TITLE_MAX)
    detail = models.CharField(
        _("toelichting"),
        max_length=SHORT_MAX,
        blank=True,
        help_text=_("Bv. 'de pincode van 4 cijfers die bij de kaart hoort'."),
    )

    class Meta(Positioned.Meta):
        verbose_name = _("mee te brengen")
        verbose_name_plural = _("mee te brengen (checklist)")

    def __str__(self):
        return self.text


class GuideStep(Positioned):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("stap"), max_length=TITLE_MAX)
    text = models.TextField(_("uitleg"), max_length=TEXT_MAX)
    tip = models.TextField(_("tip"), max_length=TEXT_MAX, blank=True)
    image = models.ImageField(
        _("afbeelding"),
        upload_to=step_image_path,
        blank=True,
        width_field="image_width",
        height_field="image_height",
        validators=[FileExtensionValidator(IMAGE_EXTENSIONS)],
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("wat staat er op de afbeelding?"),
        max_length=SHORT_MAX,
        blank=True,
        help_text=_("Voor wie de afbeelding niet ziet. Verplicht bij een afbeelding."),
    )

    class Meta(Positioned.Meta):
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")

    def __str__(self):
        return self.title

    def clean(self):
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Beschrijf in een zin wat er op de afbeelding staat.")}
            )


class CommonProblem(Positioned):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="problems")
    problem = models.CharField(_("probleem"), max_length=SHORT_MAX)
    solution = models.TextField(_("wat doe je?"), max_length=TEXT_MAX)

    class Meta(Positioned.Meta):
        verbose_name = _("veelvoorkomend probleem")
        verbose_name_plural = _("veelvoorkomende problemen")

    def __str__(self):
        return self.problem


class HelpLink(Positioned):
    """An official help page (the provider's, the government's): also the guide's sources."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="help_links")
    title = models.CharField(_("omschrijving"), max_length=TITLE_MAX)
    url = models.URLField(
        _("link"),
        max_length=URL_MAX,
        validators=[URLValidator(schemes=["https"])],
        help_text=_("Alleen officiële pagina's, met https."),
    )

    class Meta(Positioned.Meta):
        verbose_name = _("officiële hulplink")
        verbose_name_plural = _("officiële hulplinks (ook de bronnen)")

    def __str__(self):
        return self.title
