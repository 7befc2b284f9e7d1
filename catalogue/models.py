"""The catalogue: digital tools for social work and the taxonomies that describe them.

Taxonomies are data that curators edit in the admin, not code. Each term carries its Dutch
name and, where a curator filled them in, French and English names.

What the public may rely on is data too: which fact groups of a tool a curator verified
(`ToolFactCheck`), whether a tool still exists (status ARCHIVED with a date and a reason),
the other names and old addresses of a tool (`ToolAlias`), and which requirements are
alternatives to each other (`ToolRequirement`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.languages import TRANSLATION_CHOICES
from core.translation import in_active_language

# Length limits of a tool's text, shared by the model and by every form that fills it (a
# provider's proposal in screening too).
TOOL_NAME_MAX = 120
TOOL_SUMMARY_MAX = 300
TOOL_PROVIDER_MAX = 200
TOOL_WEBSITE_MAX = 500


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
        """Current tools: public and still in use."""
        return self.filter(status=Tool.Status.PUBLISHED)

    def public(self):
        """Tools with a public page: current ones and archived ones (kept for history)."""
        return self.filter(status__in=Tool.PUBLIC_STATUSES)

    def proposable(self):
        """Tools that may be proposed to a social worker (decision aid, suggestions):
        current tools only, never an archived one or a draft."""
        return self.published()


class Tool(models.Model):
    class Kind(models.TextChoices):
        # Unknown until a curator identified the tool: never guessed.
        UNKNOWN = "", _("Onbekend")
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

    name = models.CharField(_("naam"), max_length=TOOL_NAME_MAX)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    kind = models.CharField(
        _("soort"), max_length=20, choices=Kind.choices, default=Kind.UNKNOWN, blank=True
    )
    summary = models.CharField(
        _("samenvatting"),
        max_length=TOOL_SUMMARY_MAX,
        help_text=_("Eén of twee zinnen in eenvoudige taal."),
    )
    easy_summary = models.TextField(
        _("samenvatting in eenvoudige taal"),
        max_length=600,
        blank=True,
        help_text=_("Korte zinnen en gewone woorden, voor wie moeilijk leest."),
    )
    description = models.TextField(_("beschrijving"), blank=True)
    provider = models.CharField(_("aanbieder"), max_length=TOOL_PROVIDER_MAX, blank=True)

    website_url = models.URLField(_("website"), max_length=TOOL_WEBSITE_MAX, blank=True)
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
    # What a user needs. Each linked requirement is needed, unless links share a choice
    # group: then one alternative of the group is enough (see ToolRequirement).
    requirements = models.ManyToManyField(
        Requirement, blank=True, related_name="tools", through="ToolRequirement"
    )
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
    # The most recent day a curator verified one of the tool's fact groups (the groups
    # themselves are in ToolFactCheck); set by catalogue.services, never by hand.
    last_verified = models.DateField(_("laatst nagekeken"), null=True, blank=True, editable=False)
    archived_on = models.DateField(_("gearchiveerd op"), null=True, blank=True)
    archived_reason = models.TextField(
        _("reden van archivering"),
        max_length=1000,
        blank=True,
        help_text=_("Waarom de tool niet meer bestaat of niet meer gebruikt wordt. Publiek."),
    )
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gearchiveerd door"),
        editable=False,
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = ToolQuerySet.as_manager()

    PUBLIC_STATUSES = (Status.PUBLISHED, Status.ARCHIVED)

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
            # The listing's order: current tools before archived ones ("published" sorts
            # after "archived", so descending status), then by name. A page of a large
            # filtered listing reads this index until it has its tools instead of sorting
            # every match.
            models.Index(
                F("status").desc(), Lower("name"), F("id"), name="catalogue_tool_listing_order"
            ),
        ]
        verbose_name = _("tool")
        verbose_name_plural = _("tools")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalogue:tool_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.status == self.Status.ARCHIVED:
            errors = {}
            if not self.archived_on:
                errors["archived_on"] = _("Geef de datum waarop de tool gearchiveerd werd.")
            if not self.archived_reason.strip():
                errors["archived_reason"] = _(
                    "Zeg waarom de tool gearchiveerd wordt: bezoekers lezen het."
                )
            if errors:
                raise ValidationError(errors)
        elif self.archived_on or self.archived_reason:
            raise ValidationError(
                {"status": _("Een tool met een archiveringsdatum of -reden is gearchiveerd.")}
            )

    def validate_unique(self, exclude=None):
        """A tool's slug is also unique among the old slugs of other tools (ToolAlias)."""
        super().validate_unique(exclude=exclude)
        if self.slug and not (exclude and "slug" in exclude):
            taken = ToolAlias.objects.filter(slug=self.slug)
            if self.pk:
                taken = taken.exclude(tool_id=self.pk)
            alias = taken.select_related("tool").first()
            if alias is not None:
                raise ValidationError(
                    {
                        "slug": _("Dit adres verwijst al naar %(tool)s (een vroegere naam).")
                        % {"tool": alias.tool.name}
                    }
                )

    @property
    def is_archived(self) -> bool:
        return self.status == self.Status.ARCHIVED

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def has_anonymous_contact(self) -> bool:
        return any(mode.slug == ContactMode.ANONYMOUS for mode in self.contact_modes.all())

    def requirement_needs(self) -> "RequirementNeeds":
        """What a user needs, with alternatives grouped (reads `requirement_links`)."""
        return RequirementNeeds.from_links(self.requirement_links.all())


class ToolRequirement(models.Model):
    """One requirement of a tool.

    Links without a choice group are each needed. Links with the same choice group are
    alternatives: one of them is enough ("itsme, or an eID card with a card reader"). Inside
    a group, links with the same alternative number are needed together ("an eID card with
    a card reader and a computer"); a link without a number is an alternative on its own.
    """

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="requirement_links")
    requirement = models.ForeignKey(
        Requirement,
        on_delete=models.CASCADE,
        related_name="tool_links",
        verbose_name=_("vereiste"),
    )
    choice_group = models.PositiveSmallIntegerField(
        _("keuzegroep"),
        null=True,
        blank=True,
        help_text=_(
            "Leeg: altijd nodig. Vereisten met hetzelfde nummer zijn alternatieven: één ervan "
            "volstaat (bv. itsme of eID-kaart met kaartlezer)."
        ),
    )
    alternative = models.PositiveSmallIntegerField(
        _("samen met"),
        null=True,
        blank=True,
        help_text=_(
            "Binnen een keuzegroep: vereisten met hetzelfde nummer zijn samen één alternatief "
            "(bv. eID-kaart met kaartlezer en een computer)."
        ),
    )

    class Meta:
        # The table of the former automatic many-to-many table: its rows stay as they were.
        db_table = "catalogue_tool_requirements"
        unique_together = [("tool", "requirement")]
        ordering = ["choice_group", "alternative", "requirement__position", "requirement__name"]
        verbose_name = _("vereiste van een tool")
        verbose_name_plural = _("vereisten van een tool")

    def __str__(self):
        return f"{self.tool_id}: {self.requirement_id}"

    def clean(self):
        super().clean()
        if self.alternative is not None and self.choice_group is None:
            raise ValidationError(
                {"alternative": _("Geef eerst een keuzegroep: 'samen met' geldt binnen een groep.")}
            )


class RequirementChoice:
    """One choice group of a tool's needs: a list of alternatives, each alternative a list
    of requirements needed together."""

    def __init__(self, options):
        self.options = options

    @property
    def simple(self) -> bool:
        """Every alternative is a single requirement ("itsme or eID card")."""
        return all(len(option) == 1 for option in self.options)


class RequirementNeeds:
    """A tool's needs: `always` (each needed) and `choices` (one alternative of each)."""

    def __init__(self, always, choices):
        self.always = always
        self.choices = choices

    def __bool__(self):
        return bool(self.always or self.choices)

    @classmethod
    def from_links(cls, links) -> "RequirementNeeds":
        always = []
        groups: dict[int, dict[object, list]] = {}
        for index, link in enumerate(links):
            if link.choice_group is None:
                always.append(link.requirement)
                continue
            key = link.alternative if link.alternative is not None else ("own", index)
            groups.setdefault(link.choice_group, {}).setdefault(key, []).append(link.requirement)
        choices = [RequirementChoice(list(groups[group].values())) for group in sorted(groups)]
        return cls(always=always, choices=choices)

    def is_met_by(self, available) -> bool:
        """Whether someone who has the requirements with slugs `available` can use the tool
        (for the decision aid)."""
        have = set(available)
        if any(term.slug not in have for term in self.always):
            return False
        return all(
            any(all(term.slug in have for term in option) for option in choice.options)
            for choice in self.choices
        )


class ToolAlias(models.Model):
    """Another name of a tool (a former name, the dossier's label, an abbreviation).

    Searching the alias finds the tool, and its slug, the address the tool had or would
    have under that name, redirects permanently to the tool's page.
    """

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("andere naam"), max_length=120)
    slug = models.SlugField(
        _("vroeger adres (slug)"),
        max_length=140,
        unique=True,
        help_text=_("/tools/<slug>/ verwijst voorgoed door naar de tool."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("andere naam")
        verbose_name_plural = _("andere namen")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.slug:
            owner = Tool.objects.filter(slug=self.slug).exclude(pk=self.tool_id).first()
            if owner is not None:
                raise ValidationError(
                    {"slug": _("%(tool)s heeft dit adres al.") % {"tool": owner.name}}
                )


class ToolTranslation(models.Model):
    """A tool's texts in another language, written by a curator (or seeded for review).

    An empty field falls back to the Dutch text of the tool, shown with `lang="nl"` and a
    note that it is not translated yet.
    """

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("taal"), max_length=8, choices=TRANSLATION_CHOICES, db_index=True)
    name = models.CharField(
        _("naam"), max_length=120, blank=True, help_text=_("Leeg: de naam van de tool.")
    )
    summary = models.CharField(_("samenvatting"), max_length=300, blank=True)
    easy_summary = models.TextField(
        _("samenvatting in eenvoudige taal"), max_length=600, blank=True
    )
    needs_review = models.BooleanField(
        _("na te kijken"),
        default=True,
        help_text=_("Een curator of vertaler moet deze vertaling nog nakijken."),
    )
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        ordering = ["tool", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["tool", "language"], name="one_translation_per_language"
            )
        ]
        verbose_name = _("vertaling")
        verbose_name_plural = _("vertalingen")

    def __str__(self):
        return f"{self.tool} · {self.language}"

    def clean(self):
        super().clean()
        if not (self.name.strip() or self.summary.strip() or self.easy_summary.strip()):
            raise ValidationError(_("Vul minstens een naam of een samenvatting in."))


class FactGroup(models.TextChoices):
    """The groups of facts a curator verifies one at a time (see FACT_GROUP_FIELDS)."""

    DESCRIPTION = "description", _("Doel en beschrijving")
    PROVIDER = "provider", _("Aanbieder")
    COST = "cost", _("Kostprijs")
    PLATFORMS = "platforms", _("Platformen en links")
    LANGUAGES = "languages", _("Talen en toegankelijkheid")
    REQUIREMENTS = "requirements", _("Wat je nodig hebt")
    PRIVACY = "privacy", _("Privacy")


# The Tool fields each fact group covers: what a curator checks when verifying the group.
FACT_GROUP_FIELDS = {
    FactGroup.DESCRIPTION: (
        "kind",
        "summary",
        "easy_summary",
        "description",
        "purposes",
        "themes",
        "target_groups",
        "sectors",
        "contact_modes",
        "is_must_use",
    ),
    FactGroup.PROVIDER: ("provider",),
    FactGroup.COST: ("cost", "cost_note"),
    FactGroup.PLATFORMS: ("platforms", "website_url", "android_url", "ios_url"),
    FactGroup.LANGUAGES: ("languages", "accessibility_features"),
    FactGroup.REQUIREMENTS: ("requirements",),
    FactGroup.PRIVACY: ("privacy_policy_url", "privacy_notes", "requires_account", "shows_ads"),
}


class ToolFactCheck(models.Model):
    """A curator verified one fact group of a tool, on a day. Shown on the tool page."""

    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="fact_checks")
    group = models.CharField(_("feitengroep"), max_length=20, choices=FactGroup.choices)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("nagekeken door"),
    )
    verified_on = models.DateField(_("nagekeken op"))

    class Meta:
        ordering = ["tool", "group"]
        constraints = [
            models.UniqueConstraint(fields=["tool", "group"], name="one_check_per_fact_group")
        ]
        verbose_name = _("nagekeken feitengroep")
        verbose_name_plural = _("nagekeken feitengroepen")

    def __str__(self):
        return f"{self.tool} · {self.get_group_display()}"

    @property
    def verifier_name(self) -> str:
        """How the tool page names the curator: their full name, else their user name (only
        the part before an @, so no e-mail address is published)."""
        user = self.verified_by
        if user is None:
            return ""
        return user.get_full_name().strip() or user.get_username().split("@")[0]


class SeedStep(models.Model):
    """A seed step (a correction of the seed, see catalogue/seed/steps.py) that ran in this
    installation: each runs once."""

    key = models.CharField(_("stap"), max_length=80, unique=True)
    applied_at = models.DateTimeField(_("uitgevoerd op"), default=timezone.now)

    class Meta:
        ordering = ["applied_at"]
        verbose_name = _("seedstap")
        verbose_name_plural = _("seedstappen")

    def __str__(self):
        return self.key
