from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import TOOL_NAME_MAX, TOOL_PROVIDER_MAX, TOOL_WEBSITE_MAX, Purpose
from core.forms import HoneypotMixin, LengthHintsMixin

from . import models
from .models import Answer, Screening


@dataclass
class QuestionFields:
    question: object
    value: forms.BoundField
    note: forms.BoundField
    url: forms.BoundField | None = None
    # The provider's own answer (a SubmissionAnswer) and the control to take it over.
    claim: object = None
    take_over: forms.BoundField | None = None


@dataclass
class CriterionGroup:
    criterion: object
    rows: list


def _answer_field():
    return forms.ChoiceField(
        label=_("Antwoord"), choices=Answer.choices, required=False, widget=forms.RadioSelect
    )


class _QuestionnaireMixin:
    """Adds, per framework question, an answer field and a note field (and optionally a URL)."""

    value_prefix = "q"
    note_prefix = "n"
    url_prefix = None
    take_over_prefix = "t"
    claims: dict = {}
    note_label = _("Toelichting")
    note_max = models.CLAIM_NOTE_MAX

    def add_question_fields(self, criteria, initial=None):
        initial = initial or {}
        self._criteria = criteria
        for criterion in criteria:
            for question in criterion.questions.all():
                start = initial.get(question.pk, {})
                value_field = _answer_field()
                value_field.initial = start.get("value", "")
                value_field.help_text = question.help_label
                value_field.summary_label = question.label
                self.fields[f"{self.value_prefix}{question.pk}"] = value_field
                self.fields[f"{self.note_prefix}{question.pk}"] = forms.CharField(
                    label=self.note_label,
                    required=False,
                    max_length=self.note_max,
                    initial=start.get("note", ""),
                    widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
                )
                self.fields[
                    f"{self.note_prefix}{question.pk}"
                ].summary_label = f"{question.label} ({self.note_label})"
                if self.url_prefix:
                    self.fields[f"{self.url_prefix}{question.pk}"] = forms.URLField(
                        label=_("Link naar de bron"),
                        required=False,
                        max_length=models.SOURCE_URL_MAX,
                        assume_scheme="https",
                        initial=start.get("url", ""),
                    )
                    self.fields[f"{self.url_prefix}{question.pk}"].summary_label = question.label
                claim = self.claims.get(question.pk)
                if claim is not None and claim.value:
                    self.fields[f"{self.take_over_prefix}{question.pk}"] = forms.BooleanField(
                        label=_(
                            "Ik ging dit zelf na en neem het antwoord van de aanbieder over "
                            "(%(answer)s). Mijn onderbouwing staat hieronder."
                        )
                        % {"answer": claim.get_value_display()},
                        required=False,
                    )
                    self.fields[
                        f"{self.take_over_prefix}{question.pk}"
                    ].summary_label = question.label

    def groups(self):
        result = []
        for criterion in self._criteria:
            rows = []
            for question in criterion.questions.all():
                take_over = f"{self.take_over_prefix}{question.pk}"
                rows.append(
                    QuestionFields(
                        question=question,
                        value=self[f"{self.value_prefix}{question.pk}"],
                        note=self[f"{self.note_prefix}{question.pk}"],
                        url=self[f"{self.url_prefix}{question.pk}"] if self.url_prefix else None,
                        claim=self.claims.get(question.pk),
                        take_over=self[take_over] if take_over in self.fields else None,
                    )
                )
            result.append(CriterionGroup(criterion=criterion, rows=rows))
        return result

    def answers(self) -> dict:
        data = {}
        for criterion in self._criteria:
            for question in criterion.questions.all():
                row = {
                    "value": self.cleaned_data.get(f"{self.value_prefix}{question.pk}") or "",
                    "note": self.cleaned_data.get(f"{self.note_prefix}{question.pk}") or "",
                }
                if self.url_prefix:
                    row["url"] = self.cleaned_data.get(f"{self.url_prefix}{question.pk}") or ""
                row["take_over"] = bool(
                    self.cleaned_data.get(f"{self.take_over_prefix}{question.pk}")
                )
                data[question.pk] = row
        return data


class ScreeningForm(_QuestionnaireMixin, forms.Form):
    """The screener's questionnaire: one page, grouped by criterion."""

    note_prefix = "e"
    url_prefix = "u"
    note_label = _("Onderbouwing")
    note_max = models.EVIDENCE_MAX

    strengths = forms.CharField(
        label=_("Sterktes"),
        required=False,
        max_length=models.VERDICT_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Wat doet deze tool goed voor sociaal werkers en cliënten?"),
    )
    attention_points = forms.CharField(
        label=_("Aandachtspunten"),
        required=False,
        max_length=models.VERDICT_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Waar moet een sociaal werker op letten?"),
    )
    outcome = forms.ChoiceField(
        label=_("Besluit"),
        choices=Screening.Outcome.choices,
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, screening, criteria, claims=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.claims = claims or {}
        initial = {
            a.question_id: {"value": a.value, "note": a.evidence, "url": a.evidence_url}
            for a in screening.answers.all()
        }
        self.fields["strengths"].initial = screening.strengths
        self.fields["attention_points"].initial = screening.attention_points
        self.fields["outcome"].initial = screening.outcome
        self.add_question_fields(criteria, initial)

    def service_answers(self) -> dict:
        return {
            pk: {
                "value": row["value"],
                "evidence": row["note"],
                "evidence_url": row["url"],
                "take_over": row["take_over"],
            }
            for pk, row in self.answers().items()
        }


class ReviewForm(forms.Form):
    DECISIONS = [
        ("approve", _("Goedkeuren en publiceren")),
        ("send_back", _("Terugsturen naar de screener")),
    ]
    decision = forms.ChoiceField(label=_("Beslissing"), choices=DECISIONS, widget=forms.RadioSelect)
    comment = forms.CharField(
        label=_("Opmerking"),
        required=False,
        max_length=models.COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Verplicht als je de screening terugstuurt."),
    )

    confirm = forms.BooleanField(
        label=_(
            "Ik bevestig: goedkeuren en publiceren kan niet ongedaan gemaakt worden. De "
            "screening komt online, en een voorgestelde tool ook."
        ),
        required=False,
        help_text=_("Nodig als je goedkeurt."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].summary_label = _("Bevestigen")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "send_back" and not cleaned.get("comment", "").strip():
            self.add_error("comment", _("Schrijf wat de screener nog moet doen."))
        if cleaned.get("decision") == "approve" and not cleaned.get("confirm"):
            self.add_error(
                "confirm", _("Vink aan dat je wilt goedkeuren en publiceren: dat is definitief.")
            )
        return cleaned


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden van weigering"),
        max_length=models.COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=_(
            "Ik bevestig: weigeren is definitief. De contactgegevens van de aanbieder worden "
            "gewist."
        ),
        error_messages={"required": _("Vink aan dat je dit voorstel definitief wilt weigeren.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].summary_label = _("Bevestigen")


class SubmissionForm(LengthHintsMixin, HoneypotMixin, _QuestionnaireMixin, forms.Form):
    """A provider proposes a tool and, optionally, assesses it against the framework."""

    value_prefix = "a"
    note_prefix = "n"

    tool_name = forms.CharField(label=_("Naam van de tool"), max_length=TOOL_NAME_MAX)
    website_url = forms.URLField(
        label=_("Website van de tool"),
        max_length=TOOL_WEBSITE_MAX,
        assume_scheme="https",
        help_text=_("Bijvoorbeeld https://www.voorbeeld.be"),
        error_messages={
            "invalid": _("Geef een volledig webadres, bijvoorbeeld https://www.voorbeeld.be.")
        },
    )
    provider_name = forms.CharField(
        label=_("Aanbieder"),
        max_length=TOOL_PROVIDER_MAX,
        help_text=_("De organisatie of het bedrijf achter de tool."),
    )
    contact_name = forms.CharField(label=_("Je naam"), max_length=models.PROPOSAL_CONTACT_NAME_MAX)
    contact_email = forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=254,
        help_text=_("Alleen om je vragen te stellen. We tonen het nooit publiek."),
        error_messages={
            "invalid": _("Geef een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.be.")
        },
    )
    description = forms.CharField(
        label=_("Wat doet de tool?"),
        max_length=models.PROPOSAL_DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("In eenvoudige taal."),
    )
    audience = forms.CharField(
        label=_("Voor wie is de tool?"),
        max_length=models.PROPOSAL_AUDIENCE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    purposes = forms.ModelMultipleChoiceField(
        label=_("Waarvoor gebruiken sociaal werkers de tool?"),
        queryset=Purpose.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming om deze gegevens te bewaren om het voorstel te beoordelen. "
            "Na de beslissing wissen we mijn naam en e-mailadres."
        ),
        error_messages={"required": _("Vink dit aan om je voorstel te kunnen versturen.")},
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_question_fields(criteria)
        # The self-assessment is optional but its fields come after the consent box in
        # the page, so keep the consent last in the error summary as well.
        self.order_fields([name for name in self.fields if name != "consent"] + ["consent"])
        self.add_length_hints()
