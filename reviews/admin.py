from django.contrib import admin

from . import models


class ReportInline(admin.TabularInline):
    model = models.ReviewReport
    extra = 0
    fields = ["reason", "outcome", "handled_by", "handled_at", "created_at"]
    readonly_fields = ["created_at", "handled_by", "handled_at"]


@admin.register(models.Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["tool", "sector", "target_group", "status", "updated_at", "published_at"]
    list_filter = ["status", "sector", "target_group", "usage"]
    search_fields = ["tool__name", "text"]
    autocomplete_fields = ["tool"]
    raw_id_fields = ["author", "moderated_by"]
    filter_horizontal = ["success_factors"]
    readonly_fields = ["created_at", "moderated_at", "moderated_by"]
    inlines = [ReportInline]


@admin.register(models.ReviewReport)
class ReviewReportAdmin(admin.ModelAdmin):
    list_display = ["review", "outcome", "created_at", "handled_at"]
    list_filter = ["outcome"]
    raw_id_fields = ["review", "handled_by"]
    readonly_fields = ["created_at"]


@admin.register(models.TrustedMember)
class TrustedMemberAdmin(admin.ModelAdmin):
    list_display = ["user", "trusted_by", "trusted_at"]
    raw_id_fields = ["user", "trusted_by"]


@admin.register(models.AnonymousReviewText)
class AnonymousReviewTextAdmin(admin.ModelAdmin):
    list_display = ["tool", "published_at"]
    search_fields = ["text"]
    autocomplete_fields = ["tool"]
