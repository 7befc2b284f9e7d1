from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    """A field people never see nor fill in; bots that fill every field give themselves away.

    Templates render it inside an element hidden with CSS and aria-hidden, with tabindex -1.
    """

    website = forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get(self.add_prefix("website"), "").strip())
