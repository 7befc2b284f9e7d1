"""Reads for members: their profile, and everything stored about them (the export)."""

from allauth.account.models import EmailAddress
from django.utils import timezone

from reviews import selectors as review_selectors

from .models import MemberProfile


def profile_of(*, user) -> MemberProfile | None:
    return MemberProfile.objects.filter(user=user).select_related("sector").first()


def member_export(*, user) -> dict:
    """All data Toolwijzer keeps about this member, as JSON-ready values."""
    profile = profile_of(user=user)
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "profile": {
            "sector": profile.sector.slug if profile and profile.sector else None,
            "role": profile.role if profile else None,
            "created_at": profile.created_at.isoformat() if profile else None,
        },
        "trusted_reviewer": review_selectors.member_is_trusted(user=user),
        "reviews": review_selectors.member_review_export(user=user),
    }
