from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .images import prepare_step_image
from .models import Guide, GuideStep


class StepImageField(forms.FileField):
    """An uploaded step image, checked and re-encoded (see guides/images.py).

    Not Django's ImageField: that one turns every problem into one generic message and lets
    a decompression bomb through with only a warning.
    """

    widget = forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return prepare_step_image(upload)


class GuideStepForm(forms.ModelForm):
    image = StepImageField(
        label=_("afbeelding"),
        required=False,
        help_text=_(
            "JPG, PNG of WebP. De afbeelding wordt verkleind en zonder metagegevens (zoals "
            "locatie of toestel) opnieuw bewaard."
        ),
    )

    class Meta:
        model = GuideStep
        fields = ["position", "title", "text", "tip", "image", "image_alt"]


class StepFormSet(forms.BaseInlineFormSet):
    """A published guide needs at least one step: a worker cannot follow an empty plan."""

    def clean(self):
        super().clean()
        if self.instance.status != Guide.Status.PUBLISHED:
            return
        kept = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk
            if not (self.can_delete and self._should_delete_form(form))
            if form.cleaned_data
        ]
        if not kept:
            raise ValidationError(_("Een gepubliceerd stappenplan heeft minstens één stap."))
