"""Parsing of the catalogue listing's query parameters.

The listing is a shareable GET URL, so bad input is never an error page: unknown slugs and
values are dropped, a bad page number becomes page 1, an over-long search text is cut.
The facet fields come from `catalogue.selectors.FACETS`; adding a facet there adds it here.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import selectors


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """A multiple choice that keeps the known values (once each) and drops the others."""

    widget = forms.CheckboxSelectMultiple

    def clean(self, value):
        if not isinstance(value, list | tuple):
            value = [value] if value else []
        known = (str(v) for v in value if self.valid_value(str(v)))
        return list(dict.fromkeys(known))


class LenientTextField(forms.CharField):
    """Free text that is trimmed and cut to `max_length` instead of being refused."""

    def clean(self, value):
        text = str(value or "").replace("\x00", "")
        return " ".join(text.split())[: self.max_length]


class ToolFilterForm(forms.Form):
    q = LenientTextField(label=_("Zoekterm"), required=False, max_length=selectors.QUERY_MAX_LENGTH)

    def __init__(self, data=None, *, choices=None):
        # Always bound: an empty query string is a valid (unfiltered) listing.
        super().__init__(data if data is not None else {})
        self.facet_choices = selectors.facet_choices() if choices is None else choices
        for facet in selectors.FACETS:
            self.fields[facet.param] = LenientMultipleChoiceField(
                label=facet.legend,
                required=False,
                choices=self.facet_choices.get(facet.param, []),
            )

    def include_archived(self) -> bool:
        """`archived=1`: a search also lists archived tools. Any other value is ignored."""
        raw = self.data.get("archived", "") if hasattr(self.data, "get") else ""
        return str(raw).strip() == "1"

    def page_number(self) -> int:
        raw = self.data.get("page", "") if hasattr(self.data, "get") else ""
        try:
            number = int(str(raw).strip())
        except ValueError:
            return 1
        return max(number, 1)

    def filters(self) -> selectors.ToolFilters:
        """The validated filters; never fails (bad values are simply left out)."""
        self.is_valid()
        data = self.cleaned_data
        selected = {
            facet.param: tuple(data.get(facet.param) or ())
            for facet in selectors.FACETS
            if data.get(facet.param)
        }
        return selectors.ToolFilters(
            q=data.get("q", ""),
            selected=selected,
            page=self.page_number(),
            # Browsing always lists archived tools; the choice only matters for a search.
            archived=bool(data.get("q")) and self.include_archived(),
        )
