"""The catalogue: digital tools for social work and the taxonomies that describe them.

Taxonomies are data that curators edit in the admin, not code. Each term carries its Dutch
name and, where a curator filled them in, French and English names.
"""

from django.db import models
from django.db.models import F
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.translation import in_active_language


class Term(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("naam (Nederlands)"), max_length=120)
    name_fr = models.CharField(_("naam (Frans)"), max_length=120, blank=True)
    name_en = models.CharField(_("naam (Engels)"), max_length=120, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language, falling back to Dutch."""
        return in_active_language(self, "name")


class Purpose(Term):
    """One of the dossier's eight purposes (doelen) for which practitioners use tools."""

    class Meta(Term.Meta):
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")

    def get_absolute_url(self):
        return reverse("catalogue:tool_list") + f"?purpose={self.slug}"


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectoren")


class Language(Term):
    """A language a tool is available in; the slug is the ISO 639-1 code (nl, fr, ar, ...)."""

    class Meta(Term.Meta):
        verbose_name = _("taal")
        verbose_name_plural = _("talen")


class Platform(Term):
    """Where a tool runs: android, ios, web, windows, macos, device."""

    class Meta(Term.Meta):
        verbose_name = _("platform")
        verbose_name_plural = _("platformen")


class AccessibilityFeature(Term):
    class Meta(Term.Meta):
        verbose_name = _("toegankelijkheidskenmerk")
        verbose_name_plural = _("toegankelijkheidskenmerken")


class Requirement(Term):
    """What a user needs: a smartphone, an e-mail address, eID and card reader, itsme, ..."""

    class Meta(Term.Meta):
        verbose_name = _("vereiste")
        verbose_name_plural = _("vereisten")


class ContactMode(Term):
    """How a client and worker can be in touch through the tool: chat, video, anonymous, ..."""

    ANONYMOUS = "anonymous"

    class Meta(Term.Meta):
        verbose_name = _("contactvorm")
        verbose_name_plural = _("contactvormen")


class ToolQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Tool.Status.PUBLISHED)


class Tool(models.Model):
    class Kind(models.TextChoices):
        APP = "app", _("App")
        WEBSITE = "website", _("Website")
        PLATFORM = "platform", _("Platform")
        DEVICE = "device", _("Toestel")
        TOOL_TYPE = "tool_type", _("Soort tool")

    class Cost(models.TextChoices):
        FREE = "free", _("Gratis")
        FREEMIUM = "freemium", _("Gratis met betalende extra's")
        PAID = "paid", _("Betalend")
        UNKNOWN = "", _("Onbekend")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        PUBLISHED = "published", _("Gepubliceerd")
        ARCHIVED = "archived", _("Gearchiveerd")

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.APP)
    summary = models.CharField(
        _("samenvatting"), max_length=300, help_text=_("Eén of twee zinnen in eenvoudige taal.")
    )
    description = models.TextField(_("beschrijving"), blank=True)
    provider = models.CharField(_("aanbieder"), max_length=200, blank=True)

    website_url = models.URLField(_("website"), blank=True)
    android_url = models.URLField(_("Android-app (Google Play)"), blank=True)
    ios_url = models.URLField(_("iOS-app (App Store)"), blank=True)

    platforms = models.ManyToManyField(Platform, blank=True, related_name="tools")
    cost = models.CharField(_("kostprijs"), max_length=10, choices=Cost.choices, blank=True)
    cost_note = models.CharField(_("toelichting kostprijs"), max_length=200, blank=True)
    languages = models.ManyToManyField(Language, blank=True, related_name="tools")
    purposes = models.ManyToManyField(Purpose, blank=True, related_name="tools")
    themes = models.ManyToManyField(Theme, blank=True, related_name="tools")
    target_groups = models.ManyToManyField(TargetGroup, blank=True, related_name="tools")
    sectors = models.ManyToManyField(Sector, blank=True, related_name="tools")
    accessibility_features = models.ManyToManyField(
        AccessibilityFeature, blank=True, related_name="tools"
    )
    requirements = models.ManyToManyField(Requirement, blank=True, related_name="tools")
    contact_modes = models.ManyToManyField(ContactMode, blank=True, related_name="tools")

    # Privacy facts, in plain language; an empty field means "not yet checked".
    privacy_policy_url = models.URLField(_("privacyverklaring"), blank=True)
    privacy_notes = models.TextField(_("privacy in het kort"), blank=True)
    requires_account = models.BooleanField(_("account nodig"), null=True, blank=True)
    shows_ads = models.BooleanField(_("toont advertenties"), null=True, blank=True)

    is_must_use = models.BooleanField(
        _("moet-app"),
        default=False,
        help_text=_("Overheids- of basisdienst-app waar burgers moeilijk omheen kunnen."),
    )
    examples = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="example_of",
        verbose_name=_("voorbeelden"),
        help_text=_("Voor een soort tool (bv. vertaalapps): concrete tools in de catalogus."),
    )
    related_tools = models.ManyToManyField("self", blank=True, verbose_name=_("verwante tools"))

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    source = models.CharField(
        _("bron"), max_length=300, blank=True, help_text=_("Waar deze tool vandaan komt.")
    )
    curator_note = models.TextField(
        _("nog na te kijken"),
        blank=True,
        help_text=_("Wat een curator nog moet controleren. Niet publiek."),
    )
    last_verified = models.DateField(_("laatst nagekeken"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = ToolQuerySet.as_manager()

    # Every taxonomy of a tool: the search index reads their labels, the tool page and the
    # admin show them (a test checks that no taxonomy relation is missing here).
    TAXONOMY_FIELDS = (
        "purposes",
        "themes",
        "target_groups",
        "sectors",
        "languages",
        "platforms",
        "accessibility_features",
        "requirements",
        "contact_modes",
    )

    class Meta:
        ordering = ["name"]
        indexes = [
            # The listing's order: a page of a large filtered listing reads this index
            # until it has its tools instead of sorting every match.
            models.Index(Lower("name"), F("id"), name="catalogue_tool_listing_order"),
        ]
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalogue:tool_detail", kwargs={"slug": self.slug})

    @property
    def has_anonymous_contact(self) -> bool:
        return any(mode.slug == ContactMode.ANONYMOUS for mode in self.contact_modes.all())
