from django.contrib import admin

from . import models


@admin.register(models.MemberProfile)
class MemberProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "sector", "created_at"]
    list_filter = ["role", "sector"]
    raw_id_fields = ["user"]
