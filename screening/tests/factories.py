import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from catalogue.tests.factories import ToolFactory
from screening import roles, services
from screening.models import Answer


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            roles.roles_ensure()
            self.groups.set(Group.objects.filter(name__in=extracted))


def screener(**kwargs):
    return UserFactory(groups=[roles.SCREENERS], **kwargs)


def reviewer(**kwargs):
    return UserFactory(groups=[roles.REVIEWERS], **kwargs)


def curator(**kwargs):
    return UserFactory(groups=[roles.CURATORS], is_staff=True, **kwargs)


def answer_all(screening, value=Answer.YES):
    """Answer every question of a draft with `value` (a screener's complete work)."""
    return {
        a.question_id: {"value": value, "evidence": "Nagekeken op de website.", "evidence_url": ""}
        for a in screening.answers.all()
    }


def proposal(**changes):
    """A provider's proposal, stored by the real service: the least a provider must give,
    with `changes` (any argument of `services.submission_create`)."""
    data = {
        "tool_name": "Voorstel",
        "website_url": "https://voorstel.example",
        "provider_name": "Aanbieder",
        "contact_name": "",
        "contact_email": "",
        "description": "Iets",
        "audience": "Iedereen",
        "purposes": [],
        "answers": {},
    }
    data.update(changes)
    return services.submission_create(**data)


def published_screening(*, tool=None, by=None, second=None, value=Answer.YES):
    """A screening taken through the real workflow by two different people."""
    tool = tool or ToolFactory()
    by = by or screener()
    second = second or reviewer()
    screening = services.screening_start(tool=tool, by=by)
    services.screening_save_draft(
        screening=screening,
        by=by,
        answers=answer_all(screening, value),
        strengths="Eenvoudig en gratis.",
        attention_points="Vraagt een e-mailadres.",
        outcome="included_attention",
    )
    services.screening_submit_for_review(screening=screening, by=by)
    services.screening_approve_and_publish(screening=screening, by=second)
    screening.refresh_from_db()
    return screening
