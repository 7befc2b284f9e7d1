import factory
from django.utils.text import slugify

from catalogue import models


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        abstract = True


class PurposeFactory(TermFactory):
    class Meta:
        model = models.Purpose
        django_get_or_create = ["slug"]


class ThemeFactory(TermFactory):
    class Meta:
        model = models.Theme
        django_get_or_create = ["slug"]


class TargetGroupFactory(TermFactory):
    class Meta:
        model = models.TargetGroup
        django_get_or_create = ["slug"]


class SectorFactory(TermFactory):
    class Meta:
        model = models.Sector
        django_get_or_create = ["slug"]


class LanguageFactory(TermFactory):
    class Meta:
        model = models.Language
        django_get_or_create = ["slug"]


class PlatformFactory(TermFactory):
    class Meta:
        model = models.Platform
        django_get_or_create = ["slug"]


class AccessibilityFeatureFactory(TermFactory):
    class Meta:
        model = models.AccessibilityFeature
        django_get_or_create = ["slug"]


class RequirementFactory(TermFactory):
    class Meta:
        model = models.Requirement
        django_get_or_create = ["slug"]


class ContactModeFactory(TermFactory):
    class Meta:
        model = models.ContactMode
        django_get_or_create = ["slug"]


class ToolFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tool {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    summary = factory.LazyAttribute(lambda o: f"{o.name} helpt cliënten en sociaal werkers.")
    status = models.Tool.Status.PUBLISHED
    kind = models.Tool.Kind.APP

    class Meta:
        model = models.Tool
        skip_postgeneration_save = True

    @factory.post_generation
    def purposes(self, create, extracted, **kwargs):
        if create and extracted:
            self.purposes.set(extracted)
