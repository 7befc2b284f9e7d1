"""Writes for members: their profile, and erasing their account."""

from django.db import transaction

from reviews import services as review_services

from .models import MemberProfile


@transaction.atomic
def profile_save(*, user, sector, role: str) -> MemberProfile:
    profile = MemberProfile.objects.filter(user=user).first() or MemberProfile(user=user)
    profile.sector = sector
    profile.role = role
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def account_delete(*, user, keep_texts: bool) -> int:
    """Erase the member: their reviews (or, if they chose, only the text of the published
    ones, anonymously), profile, e-mail addresses and account. Returns the texts kept."""
    kept = review_services.reviews_erase_for_member(user=user, keep_texts=keep_texts)
    user.delete()  # cascades to the profile, allauth's e-mail addresses and sessions' owner
    return kept
