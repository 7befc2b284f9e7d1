"""Screening: a versioned quality framework (criteria -> questions), screenings of tools
against it, their review workflow, and tools that providers propose with a self-assessment.

Workflow rules live in `services.py`; this module guards what the data itself must never
allow: once a framework version is used (by a screening or a submission), its criteria and
questions are frozen. A new version is drafted by copying (`framework_version_draft_copy`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import TOOL_NAME_MAX, TOOL_PROVIDER_MAX, TOOL_WEBSITE_MAX
from core.translation import in_active_language

# Length limits, shared by the models and the forms (and the length hints they show).
VERDICT_TEXT_MAX = 3000  # a screening's strengths, its attention points
EVIDENCE_MAX = 2000  # a screener's evidence for an answer
SOURCE_URL_MAX = 500
COMMENT_MAX = 2000  # a reviewer's comment, a curator's reason to decline a proposal
PROPOSAL_DESCRIPTION_MAX = 2000
PROPOSAL_AUDIENCE_MAX = 1000
PROPOSAL_CONTACT_NAME_MAX = 120
CLAIM_NOTE_MAX = 1000  # a provider's note to a self-assessment answer


class Translated(models.Model):
    """Framework text is data: Dutch always, French and English where a curator wrote them."""

    class Meta:
        abstract = True

    def translated(self, field: str) -> str:
        return in_active_language(self, field)


class Answer(models.TextChoices):
    """The answer scale of every framework question."""

    YES = "yes", _("Ja")
    PARTLY = "partly", _("Gedeeltelijk")
    NO = "no", _("Nee")
    UNKNOWN = "unknown", _("Onbekend")
    NOT_APPLICABLE = "na", _("Niet van toepassing")


class FrameworkVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("In voorbereiding")
        ACTIVE = "active", _("In gebruik")
        RETIRED = "retired", _("Vervangen")

    number = models.PositiveSmallIntegerField(_("versienummer"), unique=True)
    title = models.CharField(_("titel"), max_length=200)
    notes = models.TextField(_("wijzigingen en toelichting"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("in gebruik sinds"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("kaderversie")
        verbose_name_plural = _("kaderversies")

    def __str__(self):
        return f"v{self.number} · {self.title}"

    @property
    def is_locked(self) -> bool:
        """Used by a screening or a submission: its criteria and questions are frozen."""
        if not self.pk:
            return False
        return self.screenings.exists() or self.submissions.exists()

    def delete(self, *args, **kwargs):
        if self.is_locked:
            raise ValidationError(_("Deze kaderversie is al gebruikt en kan niet weg."))
        return super().delete(*args, **kwargs)


class FrozenWhenUsed(models.Model):
    """Criteria and questions of a used framework version can be neither changed nor removed."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self._check_unlocked()
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._check_unlocked()
        return super().delete(*args, **kwargs)

    def _check_unlocked(self):
        version = self.framework_version()
        if version is not None and version.is_locked:
            raise ValidationError(
                _(
                    "Kaderversie %(number)s is al gebruikt in een screening en kan niet meer "
                    "wijzigen. Maak een nieuwe versie."
                )
                % {"number": version.number}
            )

    def framework_version(self) -> FrameworkVersion:
        raise NotImplementedError


class Criterion(Translated, FrozenWhenUsed):
    version = models.ForeignKey(FrameworkVersion, on_delete=models.CASCADE, related_name="criteria")
    key = models.SlugField(_("sleutel"), max_length=60)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    name = models.CharField(_("naam (Nederlands)"), max_length=120)
    name_fr = models.CharField(_("naam (Frans)"), max_length=120, blank=True)
    name_en = models.CharField(_("naam (Engels)"), max_length=120, blank=True)
    description = models.TextField(_("omschrijving (Nederlands)"), blank=True)
    description_fr = models.TextField(_("omschrijving (Frans)"), blank=True)
    description_en = models.TextField(_("omschrijving (Engels)"), blank=True)

    class Meta:
        ordering = ["version", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="criterion_key_per_version")
        ]
        verbose_name = _("criterium")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.label

    def framework_version(self):
        return self.version if self.version_id else None

    @property
    def label(self) -> str:
        return self.translated("name")

    @property
    def description_label(self) -> str:
        return self.translated("description")


class Question(Translated, FrozenWhenUsed):
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(_("sleutel"), max_length=60)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    text = models.CharField(_("vraag (Nederlands)"), max_length=300)
    text_fr = models.CharField(_("vraag (Frans)"), max_length=300, blank=True)
    text_en = models.CharField(_("vraag (Engels)"), max_length=300, blank=True)
    help = models.TextField(_("hulptekst (Nederlands)"), blank=True)
    help_fr = models.TextField(_("hulptekst (Frans)"), blank=True)
    help_en = models.TextField(_("hulptekst (Engels)"), blank=True)

    class Meta:
        ordering = ["criterion__position", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["criterion", "key"], name="question_key_per_criterion")
        ]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self):
        return self.label

    def framework_version(self):
        return self.criterion.version if self.criterion_id else None

    @property
    def label(self) -> str:
        return self.translated("text")

    @property
    def help_label(self) -> str:
        return self.translated("help")


class ScreeningQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Screening.Status.PUBLISHED)

    def open(self):
        return self.filter(status__in=Screening.OPEN_STATUSES)


class Screening(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        IN_REVIEW = "in_review", _("Wacht op nalezing")
        APPROVED = "approved", _("Goedgekeurd")
        PUBLISHED = "published", _("Gepubliceerd")
        SUPERSEDED = "superseded", _("Vervangen door een nieuwere screening")

    class Outcome(models.TextChoices):
        INCLUDED = "included", _("Opgenomen")
        INCLUDED_WITH_ATTENTION = "included_attention", _("Opgenomen met aandachtspunten")
        NOT_INCLUDED = "not_included", _("Niet opgenomen")

    OPEN_STATUSES = (Status.DRAFT, Status.IN_REVIEW, Status.APPROVED)

    tool = models.ForeignKey("catalogue.Tool", on_delete=models.CASCADE, related_name="screenings")
    version = models.ForeignKey(
        FrameworkVersion, on_delete=models.PROTECT, related_name="screenings"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    screener = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="screenings_drafted",
        verbose_name=_("screener"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="screenings_reviewed",
        verbose_name=_("nalezer"),
    )
    strengths = models.TextField(_("sterktes"), max_length=VERDICT_TEXT_MAX, blank=True)
    attention_points = models.TextField(
        _("aandachtspunten"), max_length=VERDICT_TEXT_MAX, blank=True
    )
    outcome = models.CharField(_("besluit"), max_length=20, choices=Outcome.choices, blank=True)
    source_submission = models.ForeignKey(
        "ToolSubmission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="screenings",
        verbose_name=_("voorstel van de aanbieder"),
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    approved_at = models.DateTimeField(_("goedgekeurd op"), null=True, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    rescreen_due = models.DateField(_("herscreening voor"), null=True, blank=True)

    objects = ScreeningQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["tool", "status"])]
        permissions = [
            ("draft_screening", _("Kan screenings opstellen")),
            ("review_screening", _("Kan screenings nalezen en goedkeuren")),
            ("moderate_submission", _("Kan voorgestelde tools modereren")),
            ("view_dashboard", _("Kan het curatorenoverzicht zien")),
        ]
        verbose_name = _("screening")
        verbose_name_plural = _("screenings")

    def __str__(self):
        return f"{self.tool} · v{self.version.number} · {self.get_status_display()}"

    def get_absolute_url(self):
        return reverse("screening:detail", kwargs={"pk": self.pk})

    @property
    def is_overdue(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.rescreen_due is not None
            and self.rescreen_due < timezone.localdate()
        )


class ScreeningAnswer(models.Model):
    screening = models.ForeignKey(Screening, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    value = models.CharField(_("antwoord"), max_length=10, choices=Answer.choices, blank=True)
    evidence = models.TextField(_("onderbouwing"), max_length=EVIDENCE_MAX, blank=True)
    evidence_url = models.URLField(_("bron (link)"), max_length=SOURCE_URL_MAX, blank=True)

    class Meta:
        ordering = ["question__criterion__position", "question__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["screening", "question"], name="one_answer_per_question"
            )
        ]
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")

    def __str__(self):
        return f"{self.question.key}: {self.value or '-'}"


class ScreeningEvent(models.Model):
    """The audit trail: every step of a screening, who took it and when."""

    class Action(models.TextChoices):
        CREATED = "created", _("Aangemaakt")
        SAVED = "saved", _("Concept bewaard")
        SUBMITTED = "submitted", _("Ingediend voor nalezing")
        SENT_BACK = "sent_back", _("Teruggestuurd")
        APPROVED = "approved", _("Goedgekeurd")
        PUBLISHED = "published", _("Gepubliceerd")
        SUPERSEDED = "superseded", _("Vervangen")

    # Who touched the content of a screening: none of them may approve it.
    AUTHORING = (Action.CREATED, Action.SAVED, Action.SUBMITTED)

    screening = models.ForeignKey(Screening, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("stap"), max_length=12, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("door"),
    )
    at = models.DateTimeField(_("op"), default=timezone.now)
    comment = models.TextField(_("opmerking"), max_length=COMMENT_MAX, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")

    def __str__(self):
        return f"{self.get_action_display()} · {self.at:%Y-%m-%d %H:%M}"


class ToolSubmission(models.Model):
    """A tool proposed by its provider, with a self-assessment. Never public as such."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op moderatie")
        ACCEPTED = "accepted", _("Aanvaard")
        DECLINED = "declined", _("Geweigerd")

    tool_name = models.CharField(_("naam van de tool"), max_length=TOOL_NAME_MAX)
    website_url = models.URLField(_("website"), max_length=TOOL_WEBSITE_MAX)
    provider_name = models.CharField(_("aanbieder"), max_length=TOOL_PROVIDER_MAX)
    contact_name = models.CharField(
        _("contactpersoon"), max_length=PROPOSAL_CONTACT_NAME_MAX, blank=True
    )
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    description = models.TextField(_("wat doet de tool"), max_length=PROPOSAL_DESCRIPTION_MAX)
    audience = models.TextField(_("voor wie"), max_length=PROPOSAL_AUDIENCE_MAX)
    purposes = models.ManyToManyField("catalogue.Purpose", blank=True, related_name="+")
    version = models.ForeignKey(
        FrameworkVersion, on_delete=models.PROTECT, related_name="submissions"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("ingediend"), default=timezone.now, editable=False)
    decided_at = models.DateTimeField(_("beslist op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beslist door"),
    )
    decline_reason = models.TextField(_("reden van weigering"), max_length=COMMENT_MAX, blank=True)
    tool = models.ForeignKey(
        "catalogue.Tool",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("catalogusfiche"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("voorgestelde tool")
        verbose_name_plural = _("voorgestelde tools")

    def __str__(self):
        return self.tool_name

    def get_absolute_url(self):
        return reverse("screening:submission_detail", kwargs={"pk": self.pk})


class SubmissionAnswer(models.Model):
    """The provider's own answer to a framework question: a self-assessment, not a screening."""

    submission = models.ForeignKey(ToolSubmission, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    value = models.CharField(_("antwoord"), max_length=10, choices=Answer.choices, blank=True)
    note = models.TextField(_("toelichting"), max_length=CLAIM_NOTE_MAX, blank=True)

    class Meta:
        ordering = ["question__criterion__position", "question__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "question"], name="one_self_answer_per_question"
            )
        ]
        verbose_name = _("antwoord van de aanbieder")
        verbose_name_plural = _("antwoorden van de aanbieder")

    def __str__(self):
        return f"{self.question.key}: {self.value or '-'}"
