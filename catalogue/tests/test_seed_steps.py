"""Seed corrections reach installations that hold the first seed, and never overwrite what a
curator changed (catalogue/seed/steps.py).

`first_seed()` turns a fresh installation back into what the first seed wrote (written out
below from that seed: its source credit, kinds, must-use flags, requirements, term names and
the separate CST tool; the long old texts are the step's own frozen copies, which were
compared with the first seed's output when the step was written).
"""

import datetime
import io

import pytest

from catalogue import models, seeding, services
from catalogue.seed import steps

pytestmark = pytest.mark.django_db

FIRST_SEED_CREDIT = "Dossier Inspirerend digitaal sociaal werk (SAM / Arteveldehogeschool)"
FIRST_SEED_MUST_USE = {
    "itsme",
    "myminfin",
    "mijn-gezondheid",
    "covidsafe",
    "nmbs-app",
    "bankapps",
    "online-dossiers",
}
FIRST_SEED_REQUIREMENTS = {"itsme": {"smartphone"}, "myminfin": set(), "mijn-gezondheid": set()}
FIRST_SEED_EID = ("eID en kaartlezer", "eID et lecteur de carte", "eID and card reader")
OVERHEID = "toegang-overheid-en-dienstverlening"
TEXT_SUFFIX = ", lopende tekst van 'Welke apps en tools zetten praktijkwerkers in?'"

SNAPSHOT_FIELDS = [
    "name",
    "kind",
    "summary",
    "description",
    "provider",
    "source",
    "curator_note",
    "status",
    "archived_on",
    "archived_reason",
    "is_must_use",
]


def load() -> str:
    out = io.StringIO()
    seeding.load_seed(stdout=out)
    return out.getvalue()


def snapshot():
    tools = {}
    for tool in models.Tool.objects.prefetch_related(
        "requirement_links__requirement", "aliases", "purposes"
    ):
        tools[tool.slug] = {
            **{name: getattr(tool, name) for name in SNAPSHOT_FIELDS},
            "requirements": {
                (link.requirement.slug, link.choice_group, link.alternative)
                for link in tool.requirement_links.all()
            },
            "aliases": {(alias.name, alias.slug) for alias in tool.aliases.all()},
            "purposes": {purpose.slug for purpose in tool.purposes.all()},
        }
    terms = {
        term.slug: (term.name, term.name_fr, term.name_en)
        for term in models.Requirement.objects.all()
    }
    return tools, terms


def first_seed():
    """Make this (freshly seeded) installation hold what the first seed wrote."""
    new_credit = steps.NEW_DOSSIER
    # Written without signals (fast); the test that searches rebuilds the index.
    for tool in models.Tool.objects.all():
        assert tool.source.startswith(new_credit), tool.slug
        suffix = tool.source[len(new_credit) :]
        if tool.slug == "covidsafe":  # the first seed had CovidSafe from the text only
            suffix = TEXT_SUFFIX
        values = {
            "source": FIRST_SEED_CREDIT + suffix,
            "is_must_use": tool.slug in FIRST_SEED_MUST_USE,
        }
        if tool.kind == models.Tool.Kind.UNKNOWN:
            values["kind"] = "app"
            values["curator_note"] = tool.curator_note.replace(
                "de soort (nu 'onbekend')", "de soort (nu 'app' als standaard)"
            )
        for name, (old, _new) in steps.TOOL_TEXTS.get(tool.slug, {}).items():
            values[name] = old
        if tool.slug == "covidsafe":
            values.update(status=models.Tool.Status.PUBLISHED, archived_on=None, archived_reason="")
        models.Tool.objects.filter(pk=tool.pk).update(**values)
    models.ToolAlias.objects.all().delete()
    for slug, requirement_slugs in FIRST_SEED_REQUIREMENTS.items():
        tool = models.Tool.objects.get(slug=slug)
        tool.requirement_links.all().delete()
        for requirement in models.Requirement.objects.filter(slug__in=requirement_slugs):
            models.ToolRequirement.objects.create(tool=tool, requirement=requirement)
    models.Requirement.objects.filter(slug="eid-en-kaartlezer").update(
        **dict(zip(["name", "name_fr", "name_en"], FIRST_SEED_EID, strict=True))
    )
    models.Requirement.objects.filter(slug="bankapp").delete()
    cst = models.Tool.objects.create(slug="cst", **steps.CST_OLD)
    cst.purposes.set(models.Purpose.objects.filter(slug=OVERHEID))
    models.SeedStep.objects.all().delete()
    return cst


@pytest.fixture
def fresh():
    load()
    return snapshot()


def test_an_installation_with_the_first_seed_receives_every_correction(fresh, client):
    first_seed()
    from search.indexing import rebuild_index

    rebuild_index()
    before = snapshot()
    assert before != fresh
    assert before[0]["cst"]["kind"] == "app"
    assert before[0]["itsme"]["requirements"] == {("smartphone", None, None)}

    out = load()

    assert "Seedstap 2026-12-trust:" in out
    assert "0 door een curator gewijzigde waarden behouden" in out
    assert snapshot() == fresh
    # The search index followed: the merged CST is found under CovidSafe, as archived.
    response = client.get("/nl/tools/?q=cst&archived=1")
    assert [tool.slug for tool in response.context["result"].page.object_list] == ["covidsafe"]
    assert client.get("/nl/tools/cst/")["Location"] == "/nl/tools/covidsafe/"
    # A step runs once.
    assert "Seedstap" not in load()


def test_a_fresh_installation_has_nothing_to_correct():
    out = load()
    assert "Seedstap 2026-12-trust: 0 waarden verbeterd, 0 door een curator" in out
    assert models.SeedStep.objects.filter(key="2026-12-trust").exists()


def test_what_a_curator_changed_or_verified_is_kept(fresh):
    first_seed()
    itsme = models.Tool.objects.get(slug="itsme")
    models.ToolRequirement.objects.create(
        tool=itsme, requirement=models.Requirement.objects.get(slug="e-mailadres")
    )
    models.Tool.objects.filter(slug="zipster").update(kind="website")
    models.Tool.objects.filter(slug="whatsapp").update(source="Eigen onderzoek van de curator")
    models.Requirement.objects.filter(slug="eid-en-kaartlezer").update(name="Elektronische id")
    nmbs = models.Tool.objects.get(slug="nmbs-app")
    services.tool_facts_verify(
        tool=nmbs, group=models.FactGroup.DESCRIPTION, by=None, on=datetime.date(2026, 12, 1)
    )
    models.Tool.objects.filter(slug="covidsafe").update(status=models.Tool.Status.DRAFT)
    models.Tool.objects.filter(slug="cst").update(summary="Het Covid Safe Ticket (curator).")

    out = load()

    tools, terms = snapshot()
    assert tools["itsme"]["requirements"] == {
        ("smartphone", None, None),
        ("e-mailadres", None, None),
    }
    assert tools["zipster"]["kind"] == "website"
    assert tools["whatsapp"]["source"] == "Eigen onderzoek van de curator"
    assert terms["eid-en-kaartlezer"][0] == "Elektronische id"
    assert terms["eid-en-kaartlezer"][1:] == fresh[1]["eid-en-kaartlezer"][1:]
    assert tools["nmbs-app"]["is_must_use"] is True  # verified: the curator's call
    assert tools["covidsafe"]["status"] == models.Tool.Status.DRAFT
    # The changed CST stays a tool of its own; its address cannot become an alias.
    assert tools["cst"]["summary"] == "Het Covid Safe Ticket (curator)."
    assert tools["cst"]["kind"] == ""  # an unchanged old value is still corrected
    assert tools["covidsafe"]["aliases"] == {("Covid Safe Ticket", "covid-safe-ticket")}
    for kept in [
        "itsme: requirements",
        "zipster: kind",
        "vereiste eid-en-kaartlezer: name",
        "covidsafe: status",
        "cst: niet samengevoegd",
        "covidsafe: andere naam CST",
    ]:
        assert f"behouden: {kept}" in out, kept
    # Everything else was corrected.
    assert tools["myminfin"]["requirements"] == fresh[0]["myminfin"]["requirements"]
    assert tools["bankapps"]["is_must_use"] is False
    assert tools["smartateljee"] == fresh[0]["smartateljee"]


def test_a_cst_tool_that_something_uses_is_kept(fresh):
    from practices.models import Practice

    cst = first_seed()
    practice = Practice.objects.create(
        slug="cst-in-de-digibank", title="CST", summary="s", story="s", status="published"
    )
    practice.tools.add(cst)
    out = load()
    assert models.Tool.objects.filter(slug="cst").exists()
    assert "behouden: cst: niet samengevoegd" in out
    assert "behouden: covidsafe: andere naam CST" in out
