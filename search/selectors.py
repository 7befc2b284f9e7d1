"""Search over the catalogue. Interface used by the catalogue listing:

    tool_queryset_matching(queryset=..., query="...") -> QuerySet

returns the tools of `queryset` that match `query`, ordered by relevance.
"""

from django.db.models import Q, QuerySet


def tool_queryset_matching(*, queryset: QuerySet, query: str) -> QuerySet:
    # Naive placeholder until the search back ends land.
    query = query.strip()
    if not query:
        return queryset
    return queryset.filter(
        Q(name__icontains=query) | Q(summary__icontains=query) | Q(description__icontains=query)
    )
