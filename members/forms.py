from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import Sector

from . import services
from .models import MemberProfile


class ProfileFieldsMixin(forms.Form):
    sector = forms.ModelChoiceField(
        label=_("In welke sector werk je?"),
        queryset=Sector.objects.all(),
        required=False,
        empty_label=_("Zeg ik liever niet"),
    )
    role = forms.ChoiceField(
        label=_("Wat is je rol?"), choices=MemberProfile.Role.choices, widget=forms.RadioSelect
    )


class MemberSignupForm(ProfileFieldsMixin):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    def signup(self, request, user):
        services.profile_save(
            user=user, sector=self.cleaned_data["sector"], role=self.cleaned_data["role"]
        )


class ProfileForm(ProfileFieldsMixin):
    pass


class AccountDeleteForm(forms.Form):
    keep_texts = forms.BooleanField(
        label=_(
            "Laat de tekst van mijn gepubliceerde ervaringen anoniem staan "
            "(zonder cijfers, context of naam)"
        ),
        required=False,
    )
    confirm = forms.BooleanField(
        label=_("Ik begrijp dat mijn account en mijn gegevens definitief gewist worden"),
        required=True,
    )
