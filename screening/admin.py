"""Admin for curators: framework versions (criteria, questions) and a read-only audit view.

Screening itself happens on the public site (screening:edit, screening:detail). A framework
version that is used by a screening or submission is shown read-only; copy it to change it.
"""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .models import (
    Criterion,
    FrameworkVersion,
    Question,
    Screening,
    ScreeningAnswer,
    ScreeningEvent,
    ToolSubmission,
)


def _locked(obj) -> bool:
    if obj is None:
        return False
    version = obj if isinstance(obj, FrameworkVersion) else obj.framework_version()
    return version is not None and version.is_locked


class CriterionInline(admin.TabularInline):
    model = Criterion
    fields = ["position", "key", "name", "name_fr", "name_en"]
    extra = 0
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return not _locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)


class QuestionInline(CriterionInline):
    model = Question
    fields = ["position", "key", "text", "text_fr", "text_en", "help", "help_fr", "help_en"]
    show_change_link = False


@admin.register(FrameworkVersion)
class FrameworkVersionAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "status", "published_at"]
    readonly_fields = ["status", "published_at"]
    inlines = [CriterionInline]
    actions = ["draft_copy", "put_in_use"]

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)

    @admin.action(description=_("Nieuwe versie opstellen (kopie)"))
    def draft_copy(self, request, queryset):
        for version in queryset:
            copy = services.framework_version_draft_copy(version=version, by=request.user)
            messages.success(request, _("Versie %(number)s opgesteld.") % {"number": copy.number})

    @admin.action(description=_("In gebruik nemen"))
    def put_in_use(self, request, queryset):
        for version in queryset:
            try:
                services.framework_version_publish(version=version, by=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "version", "position"]
    list_filter = ["version"]
    inlines = [QuestionInline]

    def has_change_permission(self, request, obj=None):
        return not _locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AnswerInline(ReadOnlyInline):
    model = ScreeningAnswer
    fields = ["question", "value", "evidence", "evidence_url"]


class EventInline(ReadOnlyInline):
    model = ScreeningEvent
    fields = ["at", "action", "actor", "comment"]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Screening)
class ScreeningAdmin(ReadOnlyAdmin):
    list_display = ["tool", "version", "status", "screener", "reviewer", "published_at"]
    list_filter = ["status", "version", "outcome"]
    search_fields = ["tool__name"]
    inlines = [AnswerInline, EventInline]


@admin.register(ToolSubmission)
class ToolSubmissionAdmin(ReadOnlyAdmin):
    list_display = ["tool_name", "provider_name", "status", "created_at"]
    list_filter = ["status"]
    exclude = ["contact_email", "contact_name"]
