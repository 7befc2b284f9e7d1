import itertools

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from catalogue.tests.factories import SectorFactory, TargetGroupFactory, ToolFactory
from reviews import models
from screening.tests.factories import UserFactory

_numbers = itertools.count(1)


def member(**kwargs):
    """A member with a verified e-mail address, as after sign-up and verification."""
    kwargs.setdefault("email", f"lid{next(_numbers)}@example.org")
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


class ReviewFactory(factory.django.DjangoModelFactory):
    tool = factory.SubFactory(ToolFactory)
    author = factory.LazyFunction(member)
    sector = factory.SubFactory(SectorFactory)
    target_group = factory.SubFactory(TargetGroupFactory)
    usage = models.Review.Usage.TOGETHER
    duration = models.Review.Duration.MONTHS
    ease = 4
    fit = 3
    goals = 5
    text = "Werkt vlot voor korte vragen."
    status = models.Review.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Review
        skip_postgeneration_save = True

    @factory.post_generation
    def success_factors(self, create, extracted, **kwargs):
        if create and extracted:
            self.success_factors.set(extracted)
