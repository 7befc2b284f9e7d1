from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import Sector, TargetGroup
from core.forms import LengthHintsMixin
from practices.forms import CleanTextMixin, PlainTextarea
from practices.models import SuccessFactor

from .models import DIMENSIONS, RATING_WORDS, REASON_MAX, TEXT_MAX, Review

NOT_RATED = _("Kan ik niet beoordelen")


def rating_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=[*((str(value), words) for value, words in RATING_WORDS.items()), ("", NOT_RATED)],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )


class ReviewForm(CleanTextMixin, LengthHintsMixin, forms.Form):
    sector = forms.ModelChoiceField(
        label=_("In welke sector werk je met de tool?"),
        queryset=Sector.objects.all(),
        empty_label=_("Kies een sector"),
    )
    target_group = forms.ModelChoiceField(
        label=_("Voor welke doelgroep?"),
        queryset=TargetGroup.objects.all(),
        empty_label=_("Kies een doelgroep"),
    )
    usage = forms.ChoiceField(
        label=_("Hoe wordt de tool gebruikt?"),
        choices=Review.Usage.choices,
        widget=forms.RadioSelect,
    )
    duration = forms.ChoiceField(
        label=_("Hoe lang gebruik je de tool al?"),
        choices=Review.Duration.choices,
        widget=forms.RadioSelect,
    )
    ease = rating_field(DIMENSIONS["ease"])
    fit = rating_field(DIMENSIONS["fit"])
    goals = rating_field(DIMENSIONS["goals"])
    success_factors = forms.ModelMultipleChoiceField(
        label=_("Welke succesfactoren zag je?"),
        queryset=SuccessFactor.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    text = forms.CharField(
        label=_("Je ervaring"),
        max_length=TEXT_MAX,
        required=False,
        help_text=_("Wat werkte, wat niet, waar moet een collega op letten?"),
        widget=PlainTextarea(rows=6),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_length_hints()


class ReportForm(CleanTextMixin, forms.Form):
    reason = forms.CharField(
        label=_("Wat is er mis met deze ervaring?"),
        max_length=REASON_MAX,
        widget=PlainTextarea(rows=3),
    )


class DeclineForm(CleanTextMixin, forms.Form):
    reason = forms.CharField(label=_("Reden (voor het lid)"), max_length=REASON_MAX, required=False)
