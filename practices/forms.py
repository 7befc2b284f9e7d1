from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import Sector, TargetGroup
from core.forms import HoneypotMixin, LengthHintsMixin

from . import models
from .text import clean_line, clean_text


class CleanTextMixin:
    """Normalise every text value (NFC, no control characters) before fields validate it.

    So a NUL byte or an escape code never reaches the database, and text made only of
    invisible control characters counts as empty.
    """

    one_line_fields: tuple[str, ...] = ()

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for key in list(data.keys()):
                clean = clean_line if key in self.one_line_fields else clean_text
                data.setlist(key, [clean(value) for value in data.getlist(key)])
        super().__init__(data, *args, **kwargs)


class PlainTextarea(forms.Textarea):
    def __init__(self, rows=5, attrs=None):
        super().__init__(attrs={"rows": rows, "dir": "auto", **(attrs or {})})


class ShareForm(CleanTextMixin, LengthHintsMixin, HoneypotMixin, forms.Form):
    """ "Deel je praktijk": the public submission form."""

    one_line_fields = (
        "title",
        "organisation_name",
        "organisation_type",
        "organisation_region",
        "quote_role",
        "media_url",
        "submitter_name",
        "submitter_email",
    )

    title = forms.CharField(
        label=_("Titel van je praktijk"),
        max_length=models.TITLE_MAX,
        help_text=_("Bijvoorbeeld: 'WhatsApp voor snelle vragen van cliënten'."),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    summary = forms.CharField(
        label=_("Korte samenvatting"),
        max_length=models.SUMMARY_MAX,
        help_text=_("Eén of twee zinnen."),
        widget=PlainTextarea(rows=3),
    )
    story = forms.CharField(
        label=_("Je verhaal: wat deden jullie, en voor wie?"),
        max_length=models.STORY_MAX,
        widget=PlainTextarea(rows=8),
    )
    what_worked = forms.CharField(
        label=_("Wat werkte goed?"),
        required=False,
        max_length=models.SECTION_MAX,
        widget=PlainTextarea(),
    )
    what_did_not = forms.CharField(
        label=_("Wat werkte niet of minder?"),
        required=False,
        max_length=models.SECTION_MAX,
        widget=PlainTextarea(),
    )
    tool_names = forms.CharField(
        label=_("Welke tools gebruikten jullie?"),
        required=False,
        max_length=500,
        help_text=_("Scheid de namen met komma's, bv. WhatsApp, Zanzu."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    organisation_name = forms.CharField(
        label=_("Organisatie"),
        required=False,
        max_length=models.NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "organization", "dir": "auto"}),
    )
    organisation_type = forms.CharField(
        label=_("Soort organisatie"),
        required=False,
        max_length=models.NAME_MAX,
        help_text=_("bv. OCMW, CAW, jeugdhuis, woonzorgcentrum"),
    )
    organisation_region = forms.CharField(
        label=_("Regio"), required=False, max_length=models.NAME_MAX
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.all(),
        required=False,
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
    )
    target_groups = forms.ModelMultipleChoiceField(
        label=_("Doelgroep"),
        queryset=TargetGroup.objects.all(),
        required=False,
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
    )
    quote_text = forms.CharField(
        label=_("Een citaat (mag leeg blijven)"),
        required=False,
        max_length=models.QUOTE_MAX,
        widget=PlainTextarea(rows=3),
    )
    quote_role = forms.CharField(
        label=_("Wie zei dit? Alleen de rol"),
        required=False,
        max_length=models.ROLE_MAX,
        help_text=_("Bijvoorbeeld 'maatschappelijk werker' of 'cliënt'. Nooit een naam."),
    )
    media_url = forms.URLField(
        label=_("Link naar een filmpje, foto of artikel"),
        required=False,
        max_length=models.URL_MAX,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"inputmode": "url"}),
    )
    submitter_name = forms.CharField(
        label=_("Je naam of functie"),
        required=False,
        max_length=models.NAME_MAX,
        help_text=_("Niet publiek."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    submitter_email = forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=254,
        help_text=_("Niet publiek. Alleen om je vragen te stellen over je praktijk."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent_to_publish = forms.BooleanField(
        label=_("Ik geef toestemming om deze praktijk na nalezing op Toolwijzer te publiceren."),
        error_messages={
            "required": _("Vink dit aan: zonder toestemming kunnen we je praktijk niet publiceren.")
        },
    )

    error_messages_plain = {
        "title": _("Geef je praktijk een titel."),
        "summary": _("Schrijf een korte samenvatting."),
        "story": _("Vertel kort wat jullie deden en voor wie."),
        "submitter_email": _("Vul je e-mailadres in, zodat we je iets kunnen vragen."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.error_messages_plain.items():
            self.fields[name].error_messages["required"] = message
        self.fields["submitter_email"].error_messages["invalid"] = _(
            "Dit lijkt geen e-mailadres. Kijk het na, bv. naam@organisatie.be."
        )
        self.fields["media_url"].error_messages["invalid"] = _(
            "Dit lijkt geen webadres. Begin met https://"
        )
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and field.max_length:
                field.error_messages["max_length"] = _(
                    "Dit is te lang: maximaal %(limit_value)d tekens (nu %(show_value)d)."
                )
        self.add_length_hints()

    def full_clean(self):
        super().full_clean()
        # Screen readers read a field's error (and its help) when the field gets focus.
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                ids = [f"{bound.auto_id}_error"]
                if self.fields[name].help_text:
                    ids.append(f"{bound.auto_id}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)

    def clean(self):
        data = super().clean()
        if data.get("quote_text") and not data.get("quote_role"):
            self.add_error(
                "quote_role", _("Zeg wie het citaat uitsprak: alleen de rol, geen naam.")
            )
        return data


class PublishForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Ik bevestig: deze praktijk komt voor iedereen online."),
        error_messages={"required": _("Vink aan dat je deze praktijk wilt publiceren.")},
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden van afwijzing"),
        max_length=models.SECTION_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Geef een reden voor de afwijzing.")},
    )
    confirm = forms.BooleanField(
        label=_("Ik bevestig: afwijzen is definitief."),
        error_messages={"required": _("Vink aan dat je deze praktijk definitief wilt afwijzen.")},
    )
