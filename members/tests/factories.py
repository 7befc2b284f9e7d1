from members.models import MemberProfile
from reviews.tests.factories import member


def member_with_profile(*, sector=None, role=MemberProfile.Role.SOCIAL_WORKER, **kwargs):
    user = member(**kwargs)
    MemberProfile.objects.create(user=user, sector=sector, role=role)
    return user
