"""The decision aid's form: the URL's GET parameters (PRODUCT.md's contract), validated."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import SEARCH_TEXT_MAX_LENGTH

from . import selectors
from .ranking import Answers

MAX_REPEATS = 20


class FlagCheckbox(forms.CheckboxInput):
    """A checkbox whose raw value reaches the field, so `?free=yes` is an error, not a yes."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"value": "1", **(attrs or {})}, check_test=lambda v: v == "1")

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class FlagField(forms.Field):
    """A contract flag: `1` or absent."""

    widget = FlagCheckbox
    default_error_messages = {"invalid": _("Deze vraag kent alleen de waarde 1 (ja).")}

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return False
        if value == "1":
            return True
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


class LimitedMultipleChoiceField(forms.MultipleChoiceField):
    default_error_messages = {
        "invalid_choice": _("%(value)s is geen keuze die de beslishulp kent."),
        "too_many": _("Kies hoogstens %(max)s waarden."),
    }

    def validate(self, value):
        if len(value) > MAX_REPEATS:
            raise forms.ValidationError(
                self.error_messages["too_many"], code="too_many", params={"max": MAX_REPEATS}
            )
        super().validate(value)


class AdvisorForm(forms.Form):
    need = LimitedMultipleChoiceField(
        label=_("Waarvoor zoekt de cliënt een tool?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    q = forms.CharField(
        label=_("Of beschrijf het in een paar woorden"),
        required=False,
        max_length=SEARCH_TEXT_MAX_LENGTH,
    )
    language = LimitedMultipleChoiceField(
        label=_("Welke talen leest de cliënt?"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Houd Ctrl (of Cmd) ingedrukt om meer talen te kiezen."),
    )
    device = forms.ChoiceField(
        label=_("Welk toestel heeft de cliënt?"),
        required=False,
        choices=[
            ("", _("Weet ik niet")),
            ("smartphone", _("Een smartphone")),
            ("computer", _("Een computer of laptop")),
            ("none", _("Geen eigen toestel")),
        ],
        widget=forms.RadioSelect,
    )
    data = forms.ChoiceField(
        label=_("Mobiele data"),
        required=False,
        choices=[("", _("Geen beperking of weet ik niet")), ("little", _("Weinig mobiele data"))],
        widget=forms.RadioSelect,
    )
    skills = forms.ChoiceField(
        label=_("Hoe vlot gebruikt de cliënt digitale tools?"),
        required=False,
        choices=[
            ("", _("Weet ik niet")),
            ("first", _("Eerste stappen")),
            ("some", _("Een beetje")),
            ("confident", _("Vlot")),
        ],
        widget=forms.RadioSelect,
    )
    free = FlagField(label=_("Het moet gratis zijn"))
    anonymous = FlagField(label=_("Anoniem contact"))
    together = FlagField(label=_("We gebruiken het samen (op mijn toestel)"))
    read_aloud = FlagField(label=_("Met voorleesfunctie"))
    easy_language = FlagField(label=_("In eenvoudige taal"))

    # The steps of the form (one per screen on a phone): legend and fields.
    STEPS = [
        (_("Vraag"), ("need", "q")),
        (_("Taal"), ("language",)),
        (_("Toestel en data"), ("device", "data", "together")),
        (_("Vaardigheden"), ("skills",)),
        (_("Wensen"), ("free", "anonymous", "read_aloud", "easy_language")),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].choices = selectors.need_choices()
        self.fields["language"].choices = selectors.language_choices()

    def clean_q(self):
        value = self.cleaned_data["q"]
        if any(ord(char) < 32 for char in value):
            raise forms.ValidationError(_("Het zoekwoord bevat tekens die niet kunnen."))
        return value

    def steps(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.STEPS]

    @property
    def asked(self) -> bool:
        """Whether the worker asked something the ranking can answer: a need or words."""
        return bool(self.cleaned_data.get("need") or self.cleaned_data.get("q"))

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            needs=frozenset(data["need"]),
            languages=frozenset(data["language"]),
            device=data["device"],
            little_data=data["data"] == "little",
            skills=data["skills"],
            free=data["free"],
            anonymous=data["anonymous"],
            together=data["together"],
            read_aloud=data["read_aloud"],
            easy_language=data["easy_language"],
        )
