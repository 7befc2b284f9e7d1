from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models as db_models
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import models, services
from .forms import GuideStepForm, StepFormSet

URL_FIELDS = {db_models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}
POSITION_WIDGET = {
    db_models.PositiveSmallIntegerField: {"widget": forms.NumberInput(attrs={"size": 3})}
}


class ChecklistItemInline(admin.TabularInline):
    model = models.ChecklistItem
    extra = 0
    fields = ["position", "text", "detail"]
    formfield_overrides = POSITION_WIDGET


class GuideStepInline(admin.StackedInline):
    """Steps in their order; change the numbers to reorder (tidied to 1, 2, 3 on save)."""

    model = models.GuideStep
    form = GuideStepForm
    formset = StepFormSet
    extra = 0
    formfield_overrides = POSITION_WIDGET


class CommonProblemInline(admin.StackedInline):
    model = models.CommonProblem
    extra = 0
    fields = ["position", "problem", "solution"]
    formfield_overrides = POSITION_WIDGET


class HelpLinkInline(admin.TabularInline):
    model = models.HelpLink
    extra = 0
    fields = ["position", "title", "url"]
    formfield_overrides = {**URL_FIELDS, **POSITION_WIDGET}


class ReviewDueFilter(admin.SimpleListFilter):
    """The curators' queue in the admin: guides whose review is due (or never happened)."""

    title = _("herziening")
    parameter_name = "herziening"

    def lookups(self, request, model_admin):
        return [("te-doen", _("Na te kijken")), ("in-orde", _("In orde"))]

    def queryset(self, request, queryset):
        due = models.Guide.objects.review_due(today=timezone.localdate())
        if self.value() == "te-doen":
            return queryset.filter(pk__in=due.values("pk"))
        if self.value() == "in-orde":
            return queryset.exclude(pk__in=due.values("pk"))
        return queryset


@admin.register(models.Guide)
class GuideAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "last_reviewed",
        "review_due_on",
        "needs_review",
        "preview_link",
    ]
    # Only the tools that have a guide: the catalogue can hold many thousands.
    list_filter = [
        ReviewDueFilter,
        "status",
        "needs_review",
        ("tools", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title", "slug", "intro", "tools__name"]
    prepopulated_fields = {"slug": ["title"]}
    # Tools can be many (autocomplete); requirements are a short list (checkboxes), and
    # curators need no admin rights on them to pick one.
    autocomplete_fields = ["tools"]
    readonly_fields = ["review_due_on", "preview_link", "created_at", "updated_at"]
    inlines = [ChecklistItemInline, GuideStepInline, CommonProblemInline, HelpLinkInline]
    actions = ["mark_reviewed"]
    save_on_top = True
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "status",
                    "preview_link",
                    "for_whom",
                    "intro",
                    "tools",
                    "requirements",
                    "referral",
                ]
            },
        ),
        (
            _("Nakijken"),
            {
                "fields": [
                    "last_reviewed",
                    "reviewed_by",
                    "review_interval_months",
                    "review_due_on",
                    "needs_review",
                    "curator_note",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]

    @admin.display(description=_("bekijk"))
    def preview_link(self, guide):
        if not guide.pk:
            return "-"
        label = _("Bekijk op de site") if guide.is_published else _("Voorbeeld (concept)")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', guide.get_absolute_url(), label
        )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "requirements":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.guide_positions_normalise(guide=form.instance)

    @admin.action(description=_("Markeer als nagekeken (vandaag, door mij)"))
    def mark_reviewed(self, request, queryset):
        name = request.user.get_full_name() or request.user.get_username()
        done = 0
        for guide in queryset:
            try:
                services.guide_mark_reviewed(guide=guide, reviewed_by=name)
            except ValidationError as error:
                self.message_user(
                    request, f"{guide}: {' '.join(error.messages)}", level=messages.ERROR
                )
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext(
                    "%(count)d stappenplan gemarkeerd als nagekeken.",
                    "%(count)d stappenplannen gemarkeerd als nagekeken.",
                    done,
                )
                % {"count": done},
                level=messages.SUCCESS,
            )
