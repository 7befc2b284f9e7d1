"""A database with rows in every model of the project, for the backup and restore tests.

`fill_every_model()` uses the apps' factories and services. A model (or many-to-many
relation) of a project app without a row here makes tests/test_backup.py fail: when you add
a model, add a row for it below.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from catalogue import services as catalogue_services
from catalogue.models import FactGroup, SeedStep, Tool
from catalogue.tests import factories as catalogue_factories
from guides.tests.factories import full_guide
from members.models import MemberProfile
from practices import services as practice_services
from practices.models import MediaLink, Quote, ToolSuggestion
from practices.tests.factories import (
    PracticeFactory,
    PracticeTranslationFactory,
    SuccessFactorFactory,
)
from reviews import services as review_services
from reviews.models import AnonymousReviewText, Review
from reviews.tests.factories import member
from screening.roles import roles_ensure
from screening.seeding import framework_v1_ensure
from screening.tests.factories import UserFactory, curator, proposal, published_screening, screener
from search.models import Synonym

# Text that databases store differently if they can: accents, scripts, emoji, quotes, tabs,
# new lines, a backslash, and more than a short column would hold.
AWKWARD = 'Cliënt çà \'n "test"\t\\ عربى 🙂\nTweede regel – “aanhalingen”'
LONG = "Een lang verhaal. " * 600


def project_models(*, include_auto_created=True) -> list:
    """Every model of the apps in this repository (not Django's, not libraries')."""
    base = str(settings.BASE_DIR)
    return [
        model
        for app_config in apps.get_app_configs()
        if app_config.path.startswith(base) and "/.venv/" not in app_config.path
        for model in app_config.get_models(include_auto_created=include_auto_created)
    ]


def _terms():
    f = catalogue_factories
    return {
        "purposes": [f.PurposeFactory(slug="communicatie", name="Communicatie")],
        "themes": [f.ThemeFactory(slug="geld", name="Geld", name_fr="Argent", name_en="Money")],
        "target_groups": [f.TargetGroupFactory(slug="ouderen", name="Ouderen")],
        "sectors": [f.SectorFactory(slug="ocmw", name="OCMW", description=AWKWARD)],
        "languages": [f.LanguageFactory(slug="ar", name="Arabisch", position=3)],
        "platforms": [f.PlatformFactory(slug="android", name="Android")],
        "accessibility_features": [f.AccessibilityFeatureFactory(slug="voorlezen")],
        "requirements": [f.RequirementFactory(slug="smartphone", name="Smartphone")],
        "contact_modes": [f.ContactModeFactory(slug="anonymous", name="Anoniem contact")],
    }


def _tools(terms):
    whatsapp = catalogue_factories.ToolFactory(
        name="WhatsApp", summary=AWKWARD[:300], easy_summary=AWKWARD
    )
    catalogue_factories.describe_fully(whatsapp, description=LONG, shows_ads=None)
    catalogue_factories.ToolTranslationFactory(
        tool=whatsapp, language="ar", name="واتساب", summary=AWKWARD[:300], easy_summary=AWKWARD
    )
    for field, values in terms.items():
        getattr(whatsapp, field).set(values)
    kind = catalogue_factories.ToolFactory(
        name="Vertaalapps", kind=Tool.Kind.TOOL_TYPE, status=Tool.Status.DRAFT
    )
    travis = catalogue_factories.ToolFactory(name="Travis", cost=Tool.Cost.PAID)
    kind.examples.add(travis)
    whatsapp.related_tools.add(travis)
    return whatsapp, kind, travis


def _screening(whatsapp, terms):
    roles_ensure()
    framework_v1_ensure()
    published_screening(tool=whatsapp)
    submission = proposal(
        tool_name="Budgetplanner",
        website_url="https://budget.example.org/",
        provider_name="vzw Budget",
        contact_name="An Peeters",
        contact_email="an@example.org",
        description=AWKWARD,
        audience="Gezinnen met schulden.",
        purposes=terms["purposes"],
    )
    question = submission.version.criteria.first().questions.first()
    submission.answers.update_or_create(
        question=question, defaults={"value": "yes", "note": "Zie onze website."}
    )
    return submission


def _practices(terms, whatsapp):
    factor = SuccessFactorFactory(slug="laagdrempelig", name="Laagdrempelig")
    practice = PracticeFactory(
        title="Pakhuis online",
        story=LONG,
        what_worked=AWKWARD,
        tools=[whatsapp],
        sectors=terms["sectors"],
        target_groups=terms["target_groups"],
        success_factors=[factor],
    )
    Quote.objects.create(practice=practice, text=AWKWARD, speaker_role="jeugdwerker")
    PracticeTranslationFactory(
        practice=practice, language="ar", summary=AWKWARD, needs_review=False
    )
    MediaLink.objects.create(practice=practice, url="https://example.org/video", title="Video")
    ToolSuggestion.objects.create(practice=practice, name="Onbekende app", tool=whatsapp)
    shared = practice_services.practice_submit(
        title="Gedeeld via het formulier",
        summary="Samenvatting.",
        story="Verhaal.",
        submitter_email="deler@example.org",
        submitter_name="Maatschappelijk werker",
        consent_to_publish=True,
        tool_names="Nog een onbekende app",
    )
    return practice, shared


def _people():
    """Users in roles, one with its own permission, a group with permissions."""
    person = screener(first_name="Ann", email="ann@example.org", last_login=timezone.now())
    person.user_permissions.add(Permission.objects.get(codename="view_tool"))
    moderator = curator()
    group = Group.objects.create(name="Onderzoekers")
    group.permissions.add(Permission.objects.get(codename="view_practice"))
    UserFactory(username="inactief", is_active=False).groups.add(group)
    return moderator


def _reviews(whatsapp, terms, moderator):
    """A member with a profile, a published review (reported), one waiting, one trusted
    member, and the anonymous text a deleted member left."""
    writer = member(email="jeugdwerker@example.org")
    MemberProfile.objects.create(user=writer, sector=terms["sectors"][0], role="social_worker")
    factor = SuccessFactorFactory(slug="laagdrempelig", name="Laagdrempelig")
    context = {
        "sector": terms["sectors"][0],
        "target_group": terms["target_groups"][0],
        "usage": Review.Usage.TOGETHER,
        "duration": Review.Duration.MONTHS,
    }
    review = review_services.review_save(
        tool=whatsapp,
        author=writer,
        ease=4,
        fit=None,
        goals=5,
        text=AWKWARD,
        success_factors=[factor],
        **context,
    )
    review = review_services.review_approve(review=review, by=moderator)
    review_services.report_create(review=review, reason=AWKWARD[:200])
    trusted = member(email="vrijwilliger@example.org")
    review_services.member_trust(user=trusted, by=moderator)
    review_services.review_save(
        tool=whatsapp, author=trusted, ease=1, fit=2, goals=3, text=LONG[:3000], **context
    )
    AnonymousReviewText.objects.create(
        tool=whatsapp, text=AWKWARD, published_at=timezone.now() - datetime.timedelta(days=2)
    )


def _trust(whatsapp, archived, moderator):
    """Verified facts, an archived tool with another name, a seed step that ran."""
    catalogue_services.tool_facts_verify(tool=whatsapp, group=FactGroup.COST, by=moderator)
    archived.status = Tool.Status.PUBLISHED
    archived.save()
    catalogue_services.tool_archive(tool=archived, reason=AWKWARD[:200], by=moderator)
    catalogue_services.tool_alias_add(tool=archived, name="Oude naam")
    SeedStep.objects.create(key="proef-stap")


def fill_every_model():
    """Rows in every project model and many-to-many relation, plus users, groups, the admin
    log; dates with microseconds, nulls, awkward text."""
    terms = _terms()
    whatsapp, _kind, _travis = _tools(terms)
    Synonym.objects.create(words="videobellen, beeldbellen", note=AWKWARD[:200])
    _screening(whatsapp, terms)
    practice, shared = _practices(terms, whatsapp)
    moderator = _people()
    practice_services.practice_publish(practice=shared, by=moderator)
    _trust(whatsapp, _kind, moderator)
    _reviews(whatsapp, terms, moderator)
    guide = full_guide(title="itsme activeren", intro=AWKWARD)
    guide.tools.add(whatsapp)
    guide.requirements.add(*terms["requirements"])
    LogEntry.objects.create(
        user=moderator,
        content_type=ContentType.objects.get_for_model(Tool),
        object_id=str(whatsapp.pk),
        object_repr=str(whatsapp),
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Naam"]}}]',
        action_time=timezone.now() - datetime.timedelta(days=3, microseconds=17),
    )
    return {"tool": whatsapp, "practice": practice}
