import datetime

import pytest
from django.template import Context, Template

from catalogue.tests.factories import RequirementFactory, ToolFactory
from core.content import version
from guides import selectors
from guides.models import Guide
from guides.tests.factories import ChecklistItemFactory, GuideFactory

pytestmark = pytest.mark.django_db


def titles(guides):
    return [guide.title for guide in guides]


@pytest.fixture
def guides():
    itsme = ToolFactory(name="itsme")
    bank = ToolFactory(name="Bankapps")
    requirement = RequirementFactory(slug="eid-en-kaartlezer", name="eID en kaartlezer")
    activate = GuideFactory(title="itsme activeren", tools=[itsme])
    ChecklistItemFactory(guide=activate, text="Computer met kaartlezer")
    banking = GuideFactory(title="Een bankapp gebruiken", tools=[bank])
    ChecklistItemFactory(guide=banking, text="Of: itsme")
    reader = GuideFactory(title="De eID-software installeren", requirements=[requirement])
    GuideFactory(title="itsme concept", status=Guide.Status.DRAFT, tools=[itsme])
    return {"itsme": itsme, "bank": bank, "activate": activate, "reader": reader}


# --- search --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("itsme", ["itsme activeren", "Een bankapp gebruiken"]),  # names first, then checklist
        ("ITSME", ["itsme activeren", "Een bankapp gebruiken"]),
        ("bankapp", ["Een bankapp gebruiken"]),  # a prefix of the tool name "Bankapps"
        ("bankapps", ["Een bankapp gebruiken"]),
        ("activeer", ["itsme activeren"]),  # a stem
        ("itsme activeren", ["itsme activeren"]),  # every word must match
        ("kaartlezer", ["De eID-software installeren", "itsme activeren"]),
        ("eid", ["De eID-software installeren"]),
        ("de", []),  # a stop word alone
        ("a", []),
        ("whatsapp", []),
        ("", []),
    ],
)
def test_guide_search(guides, query, expected):
    assert titles(selectors.guide_search(query=query)) == expected


def test_guide_search_folds_accents_and_finds_requirement_names_in_every_language(guides):
    requirement = RequirementFactory(slug="gsm", name="Gsm-nummer", name_fr="Numéro de GSM")
    GuideFactory(title="Nieuwe gsm", requirements=[requirement])
    assert titles(selectors.guide_search(query="numero")) == ["Nieuwe gsm"]
    assert titles(selectors.guide_search(query="Numéro GSM")) == ["Nieuwe gsm"]


def test_guide_search_costs_no_query_once_indexed(guides, django_assert_num_queries):
    selectors.guide_search(query="itsme")
    with django_assert_num_queries(0):
        assert selectors.guide_search(query="bankapp")


def test_guide_search_follows_changes_on_commit(guides, django_capture_on_commit_callbacks):
    assert titles(selectors.guide_search(query="mijn gezondheid")) == []
    before = version()
    with django_capture_on_commit_callbacks(execute=True):
        guide = guides["activate"]
        guide.tools.add(ToolFactory(name="Mijn Gezondheid"))
    assert version() > before
    assert titles(selectors.guide_search(query="mijn gezondheid")) == ["itsme activeren"]
    with django_capture_on_commit_callbacks(execute=True):
        guide.status = Guide.Status.DRAFT
        guide.save()
    assert titles(selectors.guide_search(query="mijn gezondheid")) == []


def test_every_guide_part_bumps_the_content_version(guides, django_capture_on_commit_callbacks):
    guide = guides["activate"]
    before = version()
    with django_capture_on_commit_callbacks(execute=True):
        item = ChecklistItemFactory(guide=guide)
    assert version() > before
    before = version()
    with django_capture_on_commit_callbacks(execute=True):
        item.delete()
    assert version() > before
    before = version()
    with django_capture_on_commit_callbacks(execute=True):
        guide.requirements.clear()
    assert version() > before


def test_nothing_is_bumped_when_the_change_is_rolled_back(guides):
    from django.db import transaction

    before = version()
    with pytest.raises(RuntimeError), transaction.atomic():
        guides["activate"].save()
        raise RuntimeError
    assert version() == before


# --- decision aid and tool page ------------------------------------------------------------


def test_guides_for_tools_gives_published_guides_per_tool(guides, django_assert_num_queries):
    other = ToolFactory(name="WhatsApp")
    with django_assert_num_queries(1):
        found = selectors.guides_for_tools([guides["itsme"].pk, guides["bank"].pk, other.pk])
    assert {tool_id: titles(items) for tool_id, items in found.items()} == {
        guides["itsme"].pk: ["itsme activeren"],
        guides["bank"].pk: ["Een bankapp gebruiken"],
    }
    assert found[guides["itsme"].pk][0].get_absolute_url() == "/nl/guides/itsme-activeren/"
    assert selectors.guides_for_tools([]) == {}


# --- overview ------------------------------------------------------------------------------


def test_overview_groups_by_tool_and_requirement(guides):
    overview = selectors.guide_overview()
    assert titles(overview.guides) == [
        "De eID-software installeren",
        "Een bankapp gebruiken",
        "itsme activeren",
    ]
    assert [(g.label, titles(g.guides)) for g in overview.by_tool] == [
        ("Bankapps", ["Een bankapp gebruiken"]),
        ("itsme", ["itsme activeren"]),
    ]
    assert [(g.label, g.url) for g in overview.by_requirement] == [
        ("eID en kaartlezer", "/nl/tools/?requirement=eid-en-kaartlezer")
    ]


def test_overview_leaves_out_unpublished_tools(guides):
    guides["itsme"].status = "draft"
    guides["itsme"].save()
    assert [g.label for g in selectors.guide_overview().by_tool] == ["Bankapps"]


# --- curators' queue -----------------------------------------------------------------------


def test_review_queue_lists_never_reviewed_then_longest_overdue():
    today = datetime.date(2026, 12, 2)
    GuideFactory(title="Net nagekeken", last_reviewed=today, reviewed_by="Ann")
    GuideFactory(title="Lang geleden", last_reviewed=datetime.date(2024, 1, 1), reviewed_by="Ann")
    GuideFactory(title="Vorig jaar", last_reviewed=datetime.date(2025, 6, 1), reviewed_by="Ann")
    GuideFactory(title="Nooit", status=Guide.Status.DRAFT)
    due = selectors.guide_list_review_due(today=today)
    assert titles(due) == ["Nooit", "Lang geleden", "Vorig jaar"]


def test_review_queue_partial_for_the_curator_page(admin_client):
    GuideFactory(title="Nooit nagekeken")
    GuideFactory(
        title="Over tijd",
        last_reviewed=datetime.date(2024, 3, 1),
        reviewed_by="Ann",
        review_interval_months=12,
    )
    flagged = GuideFactory(
        title="Gemeld", last_reviewed=datetime.date.today(), reviewed_by="Ann", needs_review=True
    )
    html = Template("{% load guides_tags %}{% guides_review_due %}").render(Context())
    assert "Stappenplannen na te kijken" in html
    assert "Nooit nagekeken</span></a> — nog nooit nagekeken" in html
    assert "Over tijd</span></a> — na te kijken sinds 1 maart 2025" in html
    assert "Gemeld</span></a> — gemarkeerd om na te kijken" in html
    assert f'href="/admin/guides/guide/{flagged.pk}/change/"' in html
    assert "Alle 3 stappenplannen na te kijken in het beheer" in html
    # The same partial, included with the selector's guides.
    html = Template('{% include "guides/partials/_review_due.html" %}').render(
        Context({"guides": selectors.guide_list_review_due()})
    )
    assert "Over tijd" in html and "Alle stappenplannen na te kijken in het beheer" in html


def test_review_queue_partial_when_all_is_reviewed():
    html = Template("{% load guides_tags %}{% guides_review_due %}").render(Context())
    assert "Geen stappenplannen na te kijken." in html
