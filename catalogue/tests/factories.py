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


class ToolTranslationFactory(factory.django.DjangoModelFactory):
    tool = factory.SubFactory(ToolFactory)
    language = "fr"
    summary = factory.LazyAttribute(lambda o: f"{o.tool.name} aide les clients.")

    class Meta:
        model = models.ToolTranslation


# Every fact the tool page can show, for a messaging app like WhatsApp (tests only).
MESSAGING_APP_FACTS = {
    "description": "Berichten en beeldbellen.\n\nVeel cliënten kennen het al.",
    "provider": "Meta",
    "website_url": "https://www.whatsapp.com/",
    "android_url": "https://play.google.com/store/apps/details?id=com.whatsapp",
    "ios_url": "https://apps.apple.com/app/whatsapp-messenger/id310633997",
    "cost_note": "Gratis, je hebt wel mobiele data nodig.",
    "privacy_policy_url": "https://www.whatsapp.com/legal/privacy-policy",
    "privacy_notes": "Berichten zijn end-to-end versleuteld.",
    "requires_account": True,
    "shows_ads": False,
    "is_must_use": True,
    "source": "Dossier Inspirerend digitaal sociaal werk",
}


def describe_fully(tool, **changes):
    """Give `tool` every fact of MESSAGING_APP_FACTS (with `changes`), without signals."""
    models.Tool.objects.filter(pk=tool.pk).update(**{**MESSAGING_APP_FACTS, **changes})
    tool.refresh_from_db()
    return tool


TERM_FACTORIES = {
    "purposes": PurposeFactory,
    "themes": ThemeFactory,
    "target_groups": TargetGroupFactory,
    "sectors": SectorFactory,
    "languages": LanguageFactory,
    "platforms": PlatformFactory,
    "accessibility_features": AccessibilityFeatureFactory,
    "requirements": RequirementFactory,
    "contact_modes": ContactModeFactory,
}


def seed_shaped_tool(*, name="WhatsApp", terms_each=4, neighbours=()):
    """A fully described, published tool shaped like the seed's busiest (WhatsApp): about
    40 links (four terms in each of the nine taxonomies, aliases, related tools and
    examples), for query-count tests and `make bench`."""
    tool = describe_fully(ToolFactory(name=name))
    for field, term_factory in TERM_FACTORIES.items():
        terms = [
            term_factory(slug=f"{field.replace('_', '-')}-{n}", name=f"{field} {n}", position=n)
            for n in range(terms_each)
        ]
        getattr(tool, field).set(terms)
    for n in range(2):
        models.ToolAlias.objects.create(
            tool=tool, name=f"{name} alias {n}", slug=f"{slugify(name)}-alias-{n}"
        )
    tool.related_tools.set(neighbours)
    tool.examples.set(neighbours[:2])
    return tool
