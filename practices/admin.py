from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db import models as db_models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from catalogue.admin import TermAdmin

from . import models, services


@admin.register(models.SuccessFactor)
class SuccessFactorAdmin(TermAdmin):
    list_display = ["name", "group", "slug", "name_fr", "name_en", "position"]
    list_filter = ["group"]


class QuoteInline(admin.TabularInline):
    model = models.Quote
    extra = 0


URL_FIELDS = {db_models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}


class MediaLinkInline(admin.TabularInline):
    model = models.MediaLink
    extra = 0
    formfield_overrides = URL_FIELDS


class PracticeTranslationInline(admin.TabularInline):
    model = models.PracticeTranslation
    extra = 0
    fields = ["language", "summary", "needs_review"]


class ToolSuggestionInline(admin.TabularInline):
    model = models.ToolSuggestion
    extra = 0
    fields = ["name", "status", "tool"]
    autocomplete_fields = ["tool"]


class ModerationActionsMixin:
    """Admin actions that go through the moderation services; curators need the permission."""

    def has_moderate_permission(self, request):
        return request.user.has_perm("practices.moderate_practice")

    def _confirmation(self, request, queryset, *, action: str, question):
        """A page that asks before an action that cannot be undone (no JavaScript needed);
        None once the curator confirmed."""
        if request.POST.get("confirmed") == "yes":
            return None
        return TemplateResponse(
            request,
            "admin/practices/confirm_action.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Bevestigen"),
                "question": question,
                "queryset": queryset,
                "action": action,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "opts": self.model._meta,
            },
        )

    def _run(self, request, queryset, action, done_message):
        done = 0
        for practice in queryset:
            try:
                action(practice)
            except ValidationError as error:
                self.message_user(
                    request, f"{practice}: {' '.join(error.messages)}", level=messages.ERROR
                )
            else:
                done += 1
        if done:
            self.message_user(request, done_message % {"count": done}, level=messages.SUCCESS)


@admin.register(models.Practice)
class PracticeAdmin(ModerationActionsMixin, admin.ModelAdmin):
    list_display = ["title", "status", "origin", "organisation_name", "created_at", "published_at"]
    list_filter = ["status", "origin", "success_factors", "sectors", "target_groups"]
    search_fields = ["title", "summary", "organisation_name", "tools__name"]
    readonly_fields = [
        "status",
        "moderated_by",
        "moderated_at",
        "published_at",
        "created_at",
        "updated_at",
        "contact_erased_at",
        "consent_to_publish",
    ]
    filter_horizontal = ["sectors", "target_groups", "success_factors"]
    prepopulated_fields = {"slug": ["title"]}
    formfield_overrides = URL_FIELDS
    autocomplete_fields = ["tools"]
    inlines = [QuoteInline, MediaLinkInline, PracticeTranslationInline, ToolSuggestionInline]
    actions = ["publish", "decline", "erase_contact"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "language",
                    "summary",
                    "story",
                    "what_worked",
                    "what_did_not",
                ]
            },
        ),
        (
            _("Organisatie"),
            {
                "fields": [
                    "organisation_name",
                    "organisation_type",
                    "organisation_region",
                    "sectors",
                    "target_groups",
                ]
            },
        ),
        (_("Tools en succesfactoren"), {"fields": ["tools", "success_factors"]}),
        (
            _("Moderatie"),
            {
                "fields": [
                    "status",
                    "decline_reason",
                    "curator_note",
                    "origin",
                    "source",
                    "source_url",
                    "moderated_by",
                    "moderated_at",
                    "published_at",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
        (
            _("Indiener (nooit publiek)"),
            {
                "fields": [
                    "submitter_name",
                    "submitter_email",
                    "consent_to_publish",
                    "contact_erased_at",
                ]
            },
        ),
    ]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is models.ToolSuggestion:
            # A suggestion linked to a catalogue tool makes the practice use that tool.
            for suggestion in formset.instance.tool_suggestions.filter(tool__isnull=False):
                if suggestion.status != models.ToolSuggestion.Status.LINKED or not (
                    formset.instance.tools.filter(pk=suggestion.tool_id).exists()
                ):
                    services.tool_suggestion_link(suggestion=suggestion, tool=suggestion.tool)

    @admin.action(description=_("Publiceren"), permissions=["moderate"])
    def publish(self, request, queryset):
        question = _("Deze praktijken komen voor iedereen online:")
        if asked := self._confirmation(request, queryset, action="publish", question=question):
            return asked
        self._run(
            request,
            queryset,
            lambda practice: services.practice_publish(practice=practice, by=request.user),
            _("%(count)d praktijk(en) gepubliceerd."),
        )

    @admin.action(
        description=_("Afwijzen (met de reden die in de praktijk is ingevuld)"),
        permissions=["moderate"],
    )
    def decline(self, request, queryset):
        question = _("Deze praktijken definitief afwijzen (met de reden die erin staat)?")
        if asked := self._confirmation(request, queryset, action="decline", question=question):
            return asked
        self._run(
            request,
            queryset,
            lambda practice: services.practice_decline(
                practice=practice, by=request.user, reason=practice.decline_reason
            ),
            _("%(count)d praktijk(en) afgewezen."),
        )

    @admin.action(description=_("Contactgegevens van de indiener wissen"), permissions=["moderate"])
    def erase_contact(self, request, queryset):
        question = _("De contactgegevens van de indiener voorgoed wissen bij deze praktijken?")
        if asked := self._confirmation(
            request, queryset, action="erase_contact", question=question
        ):
            return asked
        self._run(
            request,
            queryset,
            lambda practice: services.practice_erase_contact(practice=practice, by=request.user),
            _("Contactgegevens gewist bij %(count)d praktijk(en)."),
        )


@admin.register(models.ToolSuggestion)
class ToolSuggestionAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "practice", "tool", "created_at"]
    list_filter = ["status"]
    search_fields = ["name", "practice__title"]
    autocomplete_fields = ["tool", "practice"]
    list_select_related = ["practice", "tool"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.tool_id and not obj.practice.tools.filter(pk=obj.tool_id).exists():
            services.tool_suggestion_link(suggestion=obj, tool=obj.tool)
