from django.shortcuts import get_object_or_404

from .models import Purpose, Tool


def purpose_list_with_counts():
    from django.db.models import Count, Q

    return Purpose.objects.annotate(
        tool_count=Count("tools", filter=Q(tools__status=Tool.Status.PUBLISHED))
    )


def tool_list_published():
    return Tool.objects.published().prefetch_related("purposes", "platforms")


def tool_get_published(*, slug: str) -> Tool:
    return get_object_or_404(
        Tool.objects.published().prefetch_related(
            "purposes",
            "platforms",
            "languages",
            "themes",
            "target_groups",
            "sectors",
            "accessibility_features",
            "requirements",
            "contact_modes",
            "examples",
            "related_tools",
        ),
        slug=slug,
    )
