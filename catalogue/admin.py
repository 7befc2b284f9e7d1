from django import forms
from django.contrib import admin
from django.db import models as db_models
from django.utils.translation import gettext_lazy as _

from . import models


class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "name_fr", "name_en", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_fr", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


for term_model in [
    models.Purpose,
    models.Theme,
    models.TargetGroup,
    models.Sector,
    models.Language,
    models.Platform,
    models.AccessibilityFeature,
    models.Requirement,
    models.ContactMode,
]:
    admin.site.register(term_model, TermAdmin)


@admin.register(models.Tool)
class ToolAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "cost", "is_must_use", "last_verified"]
    list_filter = ["status", "kind", "cost", "is_must_use", "purposes", "platforms"]
    search_fields = ["name", "slug", "summary", "provider"]
    readonly_fields = ["created_at", "updated_at"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = [*models.Tool.TAXONOMY_FIELDS, "examples", "related_tools"]
    date_hierarchy = "updated_at"
    # Links typed without a scheme are https (and Django 6's default, without its warning).
    formfield_overrides = {
        db_models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}
    }
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "kind", "status", "summary", "description", "provider"]},
        ),
        (_("Links"), {"fields": ["website_url", "android_url", "ios_url"]}),
        (
            _("Feiten"),
            {
                "fields": [
                    "platforms",
                    "cost",
                    "cost_note",
                    "languages",
                    "purposes",
                    "themes",
                    "target_groups",
                    "sectors",
                    "accessibility_features",
                    "requirements",
                    "contact_modes",
                    "is_must_use",
                    "examples",
                    "related_tools",
                ]
            },
        ),
        (
            _("Privacy"),
            {"fields": ["privacy_policy_url", "privacy_notes", "requires_account", "shows_ads"]},
        ),
        (
            _("Curatie"),
            {"fields": ["source", "curator_note", "last_verified", "created_at", "updated_at"]},
        ),
    ]
