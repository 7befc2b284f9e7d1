"""Practices (praktijkgetuigenissen): stories of how social workers use digital tools.

A practice is either seeded from a published source or shared by a visitor through the
"Deel je praktijk" form. Shared practices wait in a moderation queue until a curator
publishes or declines them. The submitter's contact details are for follow-up only: they are
never shown on a public page and a curator can erase them.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Sector, TargetGroup, Term, Tool
from core.languages import TRANSLATION_CHOICES

# Length limits, shared by the model and the public form.
TITLE_MAX = 200
SUMMARY_MAX = 600
STORY_MAX = 10_000
SECTION_MAX = 4_000
QUOTE_MAX = 1_500
ROLE_MAX = 200
NAME_MAX = 200
URL_MAX = 500


class SuccessFactor(Term):
    """A success factor or goal of the research (the dossier's controlled vocabulary).

    Each factor sits in one group. The factor whose slug equals its group's value is the
    general factor of that group ("Laagdrempelig"); filtering on it also finds practices
    coded with the group's more specific factors (vertrouwd, toegankelijk, gratis).
    """

    class Group(models.TextChoices):
        LOW_THRESHOLD = "laagdrempelig", _("Laagdrempelig")
        USABLE = "gebruiksvriendelijk", _("Gebruiksvriendelijk")
        ADAPTABLE = "personaliseerbaar", _("Personaliseerbaar")
        TARGETED = "doelgroepgericht", _("Doelgroepgericht")
        WORK_GOALS = "draagt-bij-aan-werkdoelen", _("Draagt bij aan werkdoelen")
        GOALS = "realiseert-doelen", _("Realiseert doelen")

    group = models.CharField(_("groep"), max_length=40, choices=Group.choices)

    class Meta(Term.Meta):
        ordering = ["position", "name"]
        verbose_name = _("succesfactor")
        verbose_name_plural = _("succesfactoren")


class PracticeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Practice.Status.PUBLISHED)

    def waiting(self):
        return self.filter(status=Practice.Status.SUBMITTED)


class Practice(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Ingediend, wacht op moderatie")
        PUBLISHED = "published", _("Gepubliceerd")
        DECLINED = "declined", _("Afgewezen")

    class Origin(models.TextChoices):
        SEED = "seed", _("Uit een gepubliceerde bron")
        SUBMISSION = "submission", _("Gedeeld via het formulier")

    title = models.CharField(_("titel"), max_length=TITLE_MAX)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    summary = models.TextField(_("samenvatting"), max_length=SUMMARY_MAX)

    organisation_name = models.CharField(_("organisatie"), max_length=NAME_MAX, blank=True)
    organisation_type = models.CharField(
        _("soort organisatie"), max_length=NAME_MAX, blank=True, help_text=_("bv. OCMW, CAW")
    )
    organisation_region = models.CharField(_("regio"), max_length=NAME_MAX, blank=True)
    sectors = models.ManyToManyField(
        Sector, blank=True, related_name="practices", verbose_name=_("sectoren")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="practices", verbose_name=_("doelgroepen")
    )
    tools = models.ManyToManyField(
        Tool, blank=True, related_name="practices", verbose_name=_("gebruikte tools")
    )

    language = models.CharField(
        _("taal van de tekst"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="nl",
        help_text=_("De taal waarin de praktijk geschreven is."),
    )
    story = models.TextField(
        _("het verhaal"),
        max_length=STORY_MAX,
        help_text=_("Wat werd er gedaan, voor wie? Eenvoudige Markdown mag."),
    )
    what_worked = models.TextField(_("wat werkte"), max_length=SECTION_MAX, blank=True)
    what_did_not = models.TextField(_("wat werkte niet"), max_length=SECTION_MAX, blank=True)
    success_factors = models.ManyToManyField(
        SuccessFactor, blank=True, related_name="practices", verbose_name=_("succesfactoren")
    )

    source = models.CharField(
        _("bron"), max_length=300, blank=True, help_text=_("Waar deze praktijk vandaan komt.")
    )
    source_url = models.URLField(_("link naar de bron"), max_length=URL_MAX, blank=True)
    origin = models.CharField(
        _("herkomst"), max_length=12, choices=Origin.choices, default=Origin.SUBMISSION
    )

    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.SUBMITTED,
        db_index=True,
    )
    decline_reason = models.TextField(_("reden van afwijzing"), max_length=SECTION_MAX, blank=True)
    curator_note = models.TextField(
        _("nog na te kijken"),
        blank=True,
        help_text=_("Wat een curator nog moet controleren. Niet publiek."),
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemodereerd door"),
    )
    moderated_at = models.DateTimeField(_("gemodereerd op"), null=True, blank=True)

    # Contact details of the person who shared the practice: never public, erasable.
    submitter_name = models.CharField(
        _("naam of rol van de indiener"), max_length=NAME_MAX, blank=True
    )
    submitter_email = models.EmailField(_("e-mail van de indiener"), blank=True)
    consent_to_publish = models.BooleanField(_("toestemming om te publiceren"), default=False)
    contact_erased_at = models.DateTimeField(_("contactgegevens gewist op"), null=True, blank=True)

    created_at = models.DateTimeField(_("ingediend op"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("praktijk")
        verbose_name_plural = _("praktijken")
        permissions = [("moderate_practice", _("Mag praktijken modereren"))]
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practices:detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def has_contact(self) -> bool:
        return bool(self.submitter_name or self.submitter_email)


class Quote(models.Model):
    """A quote, with the speaker's role only: never a client's name."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(_("citaat"), max_length=QUOTE_MAX)
    speaker_role = models.CharField(
        _("rol van de spreker"),
        max_length=ROLE_MAX,
        help_text=_("Alleen de rol (bv. 'maatschappelijk werker'), nooit de naam van een cliënt."),
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("citaat")
        verbose_name_plural = _("citaten")

    def __str__(self):
        return f"{self.speaker_role}: {self.text[:60]}"


class MediaLink(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="media_links")
    url = models.URLField(_("link"), max_length=URL_MAX)
    title = models.CharField(_("omschrijving"), max_length=NAME_MAX, blank=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("medialink")
        verbose_name_plural = _("medialinks")

    def __str__(self):
        return self.title or self.url


class ToolSuggestion(models.Model):
    """A tool a practice names that is not (yet) linked to a catalogue tool."""

    class Status(models.TextChoices):
        OPEN = "open", _("Te bekijken")
        LINKED = "linked", _("Gekoppeld aan een tool")
        DISMISSED = "dismissed", _("Niet opgenomen")

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="tool_suggestions"
    )
    name = models.CharField(_("naam van de tool"), max_length=120)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    tool = models.ForeignKey(
        Tool,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gekoppelde tool"),
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["status", "name"]
        verbose_name = _("voorgestelde tool")
        verbose_name_plural = _("voorgestelde tools")
        constraints = [
            models.UniqueConstraint(fields=["practice", "name"], name="unique_suggestion_name")
        ]

    def __str__(self):
        return self.name


class PracticeTranslation(models.Model):
    """A practice's summary in another language, written by a curator.

    Without one, the practice page shows the summary in the language it was written in,
    marked with its `lang` and a note that it is not translated yet.
    """

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("taal"), max_length=8, choices=TRANSLATION_CHOICES, db_index=True)
    summary = models.TextField(_("samenvatting"), max_length=SUMMARY_MAX)
    needs_review = models.BooleanField(
        _("na te kijken"),
        default=True,
        help_text=_("Een curator of vertaler moet deze vertaling nog nakijken."),
    )
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        ordering = ["practice", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "language"], name="one_practice_translation_per_language"
            )
        ]
        verbose_name = _("vertaling")
        verbose_name_plural = _("vertalingen")

    def __str__(self):
        return f"{self.practice} · {self.language}"
