import factory
from django.utils import timezone
from django.utils.text import slugify

from practices import models


class SuccessFactorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Factor {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    group = models.SuccessFactor.Group.LOW_THRESHOLD

    class Meta:
        model = models.SuccessFactor
        django_get_or_create = ["slug"]


class PracticeFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Praktijk {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "Een korte samenvatting."
    story = "Wat we deden, en voor wie."
    status = models.Practice.Status.PUBLISHED
    origin = models.Practice.Origin.SEED
    consent_to_publish = True
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Practice
        skip_postgeneration_save = True

    @factory.post_generation
    def tools(self, create, extracted, **kwargs):
        if create and extracted:
            self.tools.set(extracted)

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def success_factors(self, create, extracted, **kwargs):
        if create and extracted:
            self.success_factors.set(extracted)


class SubmissionFactory(PracticeFactory):
    status = models.Practice.Status.SUBMITTED
    origin = models.Practice.Origin.SUBMISSION
    published_at = None
    submitter_name = "Maatschappelijk werker"
    submitter_email = "sharer@example.org"


class PracticeTranslationFactory(factory.django.DjangoModelFactory):
    practice = factory.SubFactory(PracticeFactory)
    language = "fr"
    summary = factory.LazyAttribute(lambda o: f"Résumé de {o.practice.title}.")

    class Meta:
        model = models.PracticeTranslation
