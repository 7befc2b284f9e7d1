import factory
from django.utils.text import slugify

from guides import models


class GuideFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Stappenplan {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    for_whom = "Voor wie een cliënt helpt."
    intro = "Zo help je een cliënt op weg."
    status = models.Guide.Status.PUBLISHED

    class Meta:
        model = models.Guide
        skip_postgeneration_save = True

    @factory.post_generation
    def tools(self, create, extracted, **kwargs):
        if create and extracted:
            self.tools.set(extracted)

    @factory.post_generation
    def requirements(self, create, extracted, **kwargs):
        if create and extracted:
            self.requirements.set(extracted)


class GuideStepFactory(factory.django.DjangoModelFactory):
    guide = factory.SubFactory(GuideFactory)
    title = factory.Sequence(lambda n: f"Stap {n}")
    text = "Doe dit."
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = models.GuideStep


class ChecklistItemFactory(factory.django.DjangoModelFactory):
    guide = factory.SubFactory(GuideFactory)
    text = factory.Sequence(lambda n: f"Ding {n}")
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = models.ChecklistItem


class CommonProblemFactory(factory.django.DjangoModelFactory):
    guide = factory.SubFactory(GuideFactory)
    problem = factory.Sequence(lambda n: f"Probleem {n}")
    solution = "Zo los je het op."
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = models.CommonProblem


class HelpLinkFactory(factory.django.DjangoModelFactory):
    guide = factory.SubFactory(GuideFactory)
    title = "Officiële hulp"
    url = "https://www.itsme-id.com/nl-BE"
    position = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = models.HelpLink


def full_guide(**kwargs):
    """A published guide with two checklist items, two steps, a problem and a help link."""
    guide = GuideFactory(**kwargs)
    ChecklistItemFactory(guide=guide, text="Identiteitskaart", detail="met pincode")
    ChecklistItemFactory(guide=guide, text="Kaartlezer")
    GuideStepFactory(guide=guide, title="Installeer de app", tip="Laat je cliënt zelf tikken.")
    GuideStepFactory(guide=guide, title="Kies een code")
    CommonProblemFactory(guide=guide, problem="Pincode vergeten")
    HelpLinkFactory(guide=guide, title="itsme: hulp")
    return guide
