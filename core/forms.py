from django import forms
from django.utils.translation import gettext_lazy as _

# The longest search text any search box takes (tools, practices, guides, the decision
# aid, suggestions); longer text is cut. Templates read it as `search_text_max_length`
# (core.context_processors).
SEARCH_TEXT_MAX_LENGTH = 200


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


class LengthHintsMixin:
    """Say under each text area how long its text may be (browsers stop typing at the
    `maxlength` Django already sets, without saying why). Call `add_length_hints()` once the
    form has all its fields."""

    def add_length_hints(self):
        for field in self.fields.values():
            if (
                isinstance(field, forms.CharField)
                and field.max_length
                and isinstance(field.widget, forms.Textarea)
            ):
                hint = _("Maximaal %(limit)s tekens.") % {"limit": field.max_length}
                field.help_text = f"{field.help_text} {hint}" if field.help_text else hint
