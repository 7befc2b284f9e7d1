"""The ranking's facts as the selector reads them from the database."""

import pytest

from advisor import ranking, selectors
from catalogue.models import Tool, ToolRequirement
from catalogue.tests import factories as f
from practices.tests.factories import PracticeFactory, SubmissionFactory
from screening.roles import roles_ensure
from screening.seeding import framework_v1_ensure
from screening.tests.factories import published_screening

pytestmark = pytest.mark.django_db


@pytest.fixture
def described():
    """A tool with a fact of every kind, and a bare one."""
    tool = f.ToolFactory(
        name="Alles", cost="freemium", purposes=[f.PurposeFactory(slug="communicatie")]
    )
    Tool.objects.filter(pk=tool.pk).update(requires_account=True)
    tool.themes.set([f.ThemeFactory(slug="taal")])
    tool.languages.set(
        [f.LanguageFactory(slug="ar", name="Arabisch"), f.LanguageFactory(slug="nl")]
    )
    tool.platforms.set([f.PlatformFactory(slug="web"), f.PlatformFactory(slug="android")])
    tool.accessibility_features.set([f.AccessibilityFeatureFactory(slug="voorleesfunctie")])
    tool.contact_modes.set([f.ContactModeFactory(slug="anonymous")])
    itsme = f.RequirementFactory(slug="itsme", name="itsme")
    eid = f.RequirementFactory(slug="eid", name="eID")
    phone = f.RequirementFactory(slug="smartphone", name="Smartphone")
    ToolRequirement.objects.create(tool=tool, requirement=itsme, choice_group=1)
    ToolRequirement.objects.create(tool=tool, requirement=eid, choice_group=1)
    ToolRequirement.objects.create(tool=tool, requirement=phone)
    PracticeFactory(tools=[tool])
    PracticeFactory(tools=[tool])
    SubmissionFactory(tools=[tool])  # not published: not counted
    roles_ensure()
    framework_v1_ensure()
    screening = published_screening(tool=tool)
    bare = f.ToolFactory(name="Kaal")
    return {"tool": tool, "bare": bare, "screening": screening}


def facts_by_slug(**kwargs):
    return {facts.slug: facts for facts in selectors.tool_facts(Tool.objects.all(), **kwargs)}


def test_every_fact_is_read(described):
    facts = facts_by_slug()
    full = facts["alles"]
    assert full.cost == "freemium" and full.requires_account is True
    assert full.needs == {"communicatie", "taal"}
    assert dict(full.languages) == {"ar": "Arabisch", "nl": full.languages["nl"]}
    assert full.platforms == {"web", "android"}
    assert full.features == {"voorleesfunctie"}
    assert full.contact_modes == {"anonymous"}
    # The catalogue's order: what is always needed first, then each choice group.
    assert [(link.slug, link.choice_group) for link in full.requirements] == [
        ("smartphone", None),
        ("eid", 1),
        ("itsme", 1),
    ]
    assert full.requirements[-1].label == "itsme"
    assert full.practice_count == 2
    assert full.screening.criteria_assessed > 0
    assert full.screening.criteria_met == full.screening.criteria_assessed
    assert facts["kaal"] == ranking.ToolFacts(
        pk=described["bare"].pk, slug="kaal", name="Kaal", cost=described["bare"].cost
    )._replace(languages={})


def test_only_what_the_answers_use_is_read(described):
    answers = ranking.Answers(needs=frozenset({"taal", "elders"}))
    narrowed = facts_by_slug(answers=answers)["alles"]
    assert narrowed.needs == {"taal"}
    assert not narrowed.languages and not narrowed.features and not narrowed.contact_modes
    # Always read: they weigh or are shown whatever the answers.
    assert narrowed.platforms == {"web", "android"}
    assert len(narrowed.requirements) == 3
    assert narrowed.practice_count == 2 and narrowed.screening is not None
    asked = ranking.Answers(languages=frozenset({"ar"}), anonymous=True, read_aloud=True)
    wider = facts_by_slug(answers=asked)["alles"]
    assert set(wider.languages) == {"ar", "nl"}
    assert wider.features == {"voorleesfunctie"} and wider.contact_modes == {"anonymous"}


def test_no_candidates_no_facts(described):
    assert selectors.tool_facts(Tool.objects.none()) == []
