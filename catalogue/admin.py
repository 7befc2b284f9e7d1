from django import forms
from django.contrib import admin, messages
from django.db import models as db
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import models, services


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


class PartOfToolInline(admin.TabularInline):
    """Rows that are part of a tool (its requirements, its other names): whoever may change
    the tool may change them, as with the tool's other many-to-many relations."""

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("catalogue.view_tool") or self.has_change_permission(
            request, obj
        )

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("catalogue.change_tool")

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


class ToolRequirementInline(PartOfToolInline):
    model = models.ToolRequirement
    extra = 1
    fields = ["requirement", "choice_group", "alternative"]
    verbose_name_plural = _("Wat heb je nodig? (vereisten en alternatieven)")


class ToolAliasInline(PartOfToolInline):
    model = models.ToolAlias
    extra = 0
    fields = ["name", "slug"]


class ToolTranslationInline(PartOfToolInline):
    """The tool's texts in other languages; a seeded or new translation is marked "na te
    kijken" until a curator unticks it."""

    model = models.ToolTranslation
    extra = 0
    fields = ["language", "name", "summary", "easy_summary", "needs_review"]
    classes = ["collapse"]


class ToolFactCheckInline(admin.TabularInline):
    """Who verified which fact group and when. Written only by the actions of the tool list
    (catalogue.services), so it is read-only here."""

    model = models.ToolFactCheck
    extra = 0
    fields = ["group", "verified_by", "verified_on"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = _("Nagekeken feitengroepen (via de acties in de lijst van tools)")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("catalogue.view_tool")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ArchiveForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden (publiek)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Bv. 'De dienst is in 2022 stopgezet.' Bezoekers lezen dit op de pagina."),
    )
    archived_on = forms.DateField(label=_("Gearchiveerd op"), initial=timezone.localdate)


def _verify_action(group):
    def action(modeladmin, request, queryset):
        for tool in queryset:
            services.tool_facts_verify(tool=tool, group=group, by=request.user)
        modeladmin.message_user(
            request,
            ngettext(
                "%(group)s nagekeken voor %(count)d tool.",
                "%(group)s nagekeken voor %(count)d tools.",
                len(queryset),
            )
            % {"group": group.label, "count": len(queryset)},
            messages.SUCCESS,
        )

    action.__name__ = f"verify_{group.value}"
    action.short_description = _("Nagekeken: %(group)s") % {"group": group.label}
    action.allowed_permissions = ("change",)
    return action


@admin.register(models.Tool)
class ToolAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "cost", "is_must_use", "last_verified"]
    list_filter = ["status", "kind", "cost", "is_must_use", "purposes", "platforms"]
    search_fields = ["name", "slug", "summary", "provider", "aliases__name"]
    readonly_fields = ["last_verified", "archived_by", "created_at", "updated_at"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = [
        *(name for name in models.Tool.TAXONOMY_FIELDS if name != "requirements"),
        "examples",
        "related_tools",
    ]
    inlines = [ToolRequirementInline, ToolAliasInline, ToolTranslationInline, ToolFactCheckInline]
    date_hierarchy = "updated_at"
    # Links typed without a scheme are https (and Django 6's default, without its warning).
    formfield_overrides = {db.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}
    actions = [
        *(_verify_action(group) for group in models.FactGroup),
        "verify_all",
        "unverify_all",
        "archive",
        "unarchive",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "kind",
                    "status",
                    "summary",
                    "easy_summary",
                    "description",
                    "provider",
                ]
            },
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
            _("Gearchiveerd"),
            {
                "fields": ["archived_on", "archived_reason", "archived_by"],
                "description": _(
                    "Archiveer een tool die niet meer bestaat met de actie 'Archiveren' in de "
                    "lijst van tools: de pagina blijft bestaan met een melding."
                ),
            },
        ),
        (
            _("Curatie"),
            {"fields": ["source", "curator_note", "last_verified", "created_at", "updated_at"]},
        ),
    ]

    def save_model(self, request, obj, form, change):
        # A new slug: the old address keeps working (and the old name stays searchable).
        if change and "slug" in form.changed_data:
            previous = models.Tool.objects.get(pk=obj.pk)
            super().save_model(request, obj, form, change)
            services.tool_alias_add(tool=obj, name=previous.name, slug=previous.slug)
            return
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Nagekeken: alle feitengroepen"), permissions=["change"])
    def verify_all(self, request, queryset):
        for tool in queryset:
            for group in models.FactGroup:
                services.tool_facts_verify(tool=tool, group=group, by=request.user)
        self.message_user(
            request,
            ngettext(
                "Alle feitengroepen nagekeken voor %(count)d tool.",
                "Alle feitengroepen nagekeken voor %(count)d tools.",
                len(queryset),
            )
            % {"count": len(queryset)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Nakijken intrekken (alle feitengroepen)"), permissions=["change"])
    def unverify_all(self, request, queryset):
        for tool in queryset:
            for group in models.FactGroup:
                services.tool_facts_unverify(tool=tool, group=group)
        self.message_user(
            request,
            ngettext(
                "De tool staat weer als niet nagekeken.",
                "De %(count)d tools staan weer als niet nagekeken.",
                len(queryset),
            )
            % {"count": len(queryset)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Archiveren (bestaat niet meer)…"), permissions=["change"])
    def archive(self, request, queryset):
        """Asks for a reason and a confirmation on its own page (no JavaScript needed)."""
        form = ArchiveForm(request.POST if "confirm" in request.POST else None)
        if form.is_bound and form.is_valid():
            for tool in queryset:
                services.tool_archive(
                    tool=tool,
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                    on=form.cleaned_data["archived_on"],
                )
            self.message_user(
                request,
                ngettext(
                    "%(count)d tool gearchiveerd. De pagina blijft bestaan met een melding.",
                    "%(count)d tools gearchiveerd. De pagina's blijven bestaan met een melding.",
                    len(queryset),
                )
                % {"count": len(queryset)},
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/catalogue/tool/archive_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Tools archiveren"),
                "opts": self.model._meta,
                "tools": queryset,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description=_("Archivering ongedaan maken"), permissions=["change"])
    def unarchive(self, request, queryset):
        archived = [tool for tool in queryset if tool.is_archived]
        for tool in archived:
            services.tool_unarchive(tool=tool)
        self.message_user(
            request,
            ngettext(
                "%(count)d tool is weer actueel.",
                "%(count)d tools zijn weer actueel.",
                len(archived),
            )
            % {"count": len(archived)},
            messages.SUCCESS,
        )


@admin.register(models.ToolAlias)
class ToolAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "tool"]
    search_fields = ["name", "slug", "tool__name"]
    autocomplete_fields = ["tool"]
