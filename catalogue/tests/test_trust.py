"""What the public may rely on: verified fact groups, unknowns shown as unknown, archived
tools, other names and old addresses, and requirements with alternatives."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from catalogue import selectors, services
from catalogue.models import FactGroup, Requirement, Tool, ToolAlias, ToolFactCheck, ToolRequirement
from catalogue.tests import factories as f
from catalogue.tests.test_selectors import make_tool, naive_search  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

LIST = "/nl/tools/"


def user(username="ann", **fields):
    return get_user_model().objects.create_user(username=username, password="x" * 20, **fields)


def page_of(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def names(response) -> list[str]:
    return [tool.name for tool in response.context["result"].page.object_list]


def requirement(slug, name, position=0):
    return Requirement.objects.get_or_create(
        slug=slug, defaults={"name": name, "position": position}
    )[0]


def link(tool, slug, name, *, group=None, alternative=None, position=0):
    return ToolRequirement.objects.create(
        tool=tool,
        requirement=requirement(slug, name, position),
        choice_group=group,
        alternative=alternative,
    )


# --- Verification -------------------------------------------------------------------------


def test_verifying_a_fact_group_records_who_and_when_and_can_be_withdrawn():
    tool = f.ToolFactory(name="Zanzu")
    ann = user(first_name="Ann", last_name="Peeters")
    check = services.tool_facts_verify(
        tool=tool, group=FactGroup.COST, by=ann, on=datetime.date(2026, 11, 30)
    )
    assert (check.verified_by, check.verified_on) == (ann, datetime.date(2026, 11, 30))
    assert check.verifier_name == "Ann Peeters"
    tool.refresh_from_db()
    assert tool.last_verified == datetime.date(2026, 11, 30)
    # Verifying again replaces the record (one per group).
    bob = user("bob@example.org")
    services.tool_facts_verify(tool=tool, group="cost", by=bob, on=datetime.date(2026, 12, 1))
    check = ToolFactCheck.objects.get(tool=tool)
    assert check.verified_by == bob and check.verifier_name == "bob"  # no e-mail address shown
    services.tool_facts_unverify(tool=tool, group=FactGroup.COST)
    assert not ToolFactCheck.objects.exists()
    tool.refresh_from_db()
    assert tool.last_verified is None
    with pytest.raises(ValueError):
        services.tool_facts_verify(tool=tool, group="everything", by=ann)


def test_verification_counts_and_the_curators_list_of_unverified_tools():
    ann = user()
    full = f.ToolFactory(name="Volledig")
    part = f.ToolFactory(name="Deels")
    f.ToolFactory(name="Niets")
    f.ToolFactory(name="Concept", status=Tool.Status.DRAFT)
    for group in FactGroup:
        services.tool_facts_verify(tool=full, group=group, by=ann)
    services.tool_facts_verify(tool=part, group=FactGroup.PRIVACY, by=ann)
    counts = selectors.tool_verification_counts()
    assert (counts.total, counts.all_groups, counts.some_groups, counts.no_groups) == (3, 1, 1, 1)
    assert [tool.name for tool in selectors.tool_list_unverified()] == ["Deels", "Niets"]


def test_tool_page_shows_per_fact_group_who_verified_it_and_when(client):
    tool = f.ToolFactory(name="Zanzu")
    services.tool_facts_verify(
        tool=tool,
        group=FactGroup.COST,
        by=user(first_name="Ann", last_name="Peeters"),
        on=datetime.date(2026, 11, 30),
    )
    page = page_of(client, "/nl/tools/zanzu/")
    assert (
        '<dt>Kostprijs</dt><dd><span class="verified">nagekeken door Ann Peeters</span> op '
        '<time datetime="2026-11-30">30 november 2026</time></dd>'
    ) in page
    for group in FactGroup:
        if group != FactGroup.COST:
            assert f'<dt>{group.label}</dt><dd><span class="unknown">nog niet nagekeken</span>' in (
                page
            )
    page = page_of(client, "/en/tools/zanzu/")
    assert "checked by Ann Peeters" in page and "What has been checked?" in page


# --- Home and about: claims that hold ----------------------------------------------------


def test_home_claims_nothing_was_verified_while_nothing_was(client):
    f.ToolFactory(name="Zanzu")
    page = page_of(client, "/nl/")
    assert "We vermelden alleen feiten die we nagekeken hebben" not in page
    assert "Een curator heeft nog bij geen enkele tool de feiten nagekeken." in page
    assert "Arteveldehogeschool (opleiding sociaal werk)" in page
    assert "SAM – steunpunt mens en samenleving" in page
    assert 'href="/nl/about/"' in page


def test_home_counts_what_was_verified(client):
    ann = user()
    tools = [f.ToolFactory(name=name) for name in ("A", "B", "C")]
    for group in FactGroup:
        services.tool_facts_verify(tool=tools[0], group=group, by=ann)
    services.tool_facts_verify(tool=tools[1], group=FactGroup.COST, by=ann)
    page = page_of(client, "/nl/")
    assert (
        "Van de 3 tools heeft een curator bij 1 alle feiten nagekeken en bij 1 een deel; bij 1 "
        "nog niets."
    ) in page


def test_a_verification_refreshes_the_cached_home_page(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    tool = f.ToolFactory(name="Zanzu")
    assert "nog bij geen enkele tool" in page_of(client, "/nl/")
    services.tool_facts_verify(tool=tool, group=FactGroup.COST, by=user())
    assert "bij 0 alle feiten nagekeken en bij 1 een deel" in page_of(client, "/nl/")


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("nl", ["Over Toolwijzer", "Arteveldehogeschool (opleiding sociaal werk)", "38"]),
        ("fr", ["À propos de Toolwijzer", "Arteveldehogeschool"]),
        ("en", ["About Toolwijzer", "with the support of SAM"]),
    ],
)
def test_about_page_in_three_languages(client, language, texts):
    page = page_of(client, f"/{language}/about/")
    for text in texts:
        assert text in page, text


def test_about_page_states_what_the_data_says(client):
    f.ToolFactory(name="Zanzu")
    services.tool_archive(tool=f.ToolFactory(name="Oud"), reason="Stopgezet.", by=None)
    page = page_of(client, "/nl/about/")
    assert "Een curator heeft nog bij geen enkele tool de feiten nagekeken." in page
    assert "1 tool staat in het archief." in page
    # The screening app registers the `screened` filter: its count is stated.
    assert "0 tools hebben een gepubliceerde screening." in page
    assert "?screened=1" not in page  # no link to an empty list
    assert "footer" in page and 'href="/nl/about/"' in page


# --- Unknown kind ---------------------------------------------------------------------------


def test_a_tool_has_no_kind_until_someone_says_which():
    tool = Tool.objects.create(name="Nieuw", slug="nieuw", summary="Nog onbekend.")
    assert tool.kind == Tool.Kind.UNKNOWN == ""
    assert tool.get_kind_display() == "Onbekend"


def test_listing_card_says_the_kind_is_unknown(client):
    f.ToolFactory(name="Mezuri", kind=Tool.Kind.UNKNOWN)
    page = page_of(client, LIST)
    assert '<p class="kind">Soort nog niet bekend</p>' in page


def test_an_unknown_kind_is_not_a_search_word(client):
    f.ToolFactory(name="Mezuri", kind=Tool.Kind.UNKNOWN)
    f.ToolFactory(name="Zanzu", kind=Tool.Kind.WEBSITE)
    assert names(client.get(f"{LIST}?q=onbekend")) == []
    assert names(client.get(f"{LIST}?q=website")) == ["Zanzu"]


# --- Archived tools -------------------------------------------------------------------------


@pytest.fixture
def archived(db):
    f.PurposeFactory(slug="toegang-overheid-en-dienstverlening", name="Toegang")
    make_tool("Appel", purposes=["toegang-overheid-en-dienstverlening"])
    make_tool("Zebra", purposes=["toegang-overheid-en-dienstverlening"])
    old = make_tool("CovidSafe", purposes=["toegang-overheid-en-dienstverlening"], is_must_use=True)
    services.tool_archive(
        tool=old,
        reason="Het Covid Safe Ticket wordt sinds 2022 niet meer gebruikt.",
        by=user(),
        on=datetime.date(2026, 12, 2),
    )
    make_tool("Concept", status=Tool.Status.DRAFT)
    return old


def test_archiving_needs_a_reason_and_keeps_who_and_when(archived):
    archived.refresh_from_db()
    assert archived.status == Tool.Status.ARCHIVED and archived.is_archived
    assert archived.archived_on == datetime.date(2026, 12, 2)
    assert archived.archived_by.username == "ann"
    with pytest.raises(ValidationError) as error:
        services.tool_archive(tool=f.ToolFactory(name="Zonder reden"), reason="  ", by=None)
    assert "archived_reason" in error.value.message_dict
    services.tool_unarchive(tool=archived)
    archived.refresh_from_db()
    assert (archived.status, archived.archived_on, archived.archived_reason) == (
        Tool.Status.PUBLISHED,
        None,
        "",
    )


def test_model_refuses_an_archive_without_date_or_a_date_without_archive():
    tool = f.ToolFactory(name="Half")
    tool.status = Tool.Status.ARCHIVED
    with pytest.raises(ValidationError) as error:
        tool.full_clean()
    assert {"archived_on", "archived_reason"} <= set(error.value.message_dict)
    tool.status = Tool.Status.PUBLISHED
    tool.archived_on = datetime.date(2026, 1, 1)
    with pytest.raises(ValidationError):
        tool.full_clean()


def test_archived_tool_page_stays_with_a_clear_notice(client, archived):
    response = client.get("/nl/tools/covidsafe/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Gearchiveerd: niet meer in gebruik" in page
    assert '<time datetime="2026-12-02">2 december 2026</time>' in page
    assert "Het Covid Safe Ticket wordt sinds 2022 niet meer gebruikt." in page
    assert "Moet-app" not in page  # never presented as something a client must use
    assert "<title>CovidSafe (gearchiveerd) · Toolwijzer</title>" in page
    assert "Archived: no longer in use" in page_of(client, "/en/tools/covidsafe/")


def test_archived_tools_stay_in_their_purpose_listing_marked_and_last(client, archived):
    response = client.get(f"{LIST}?purpose=toegang-overheid-en-dienstverlening")
    assert names(response) == ["Appel", "Zebra", "CovidSafe"]
    page = response.content.decode()
    assert page.count("archived-mark") == 1
    assert "Gearchiveerd</strong> — bestaat niet meer of wordt niet meer gebruikt" in page
    assert "3 tools gevonden" in page
    assert names(client.get(LIST)) == ["Appel", "Zebra", "CovidSafe"]


@pytest.mark.usefixtures("naive_search")
def test_search_leaves_archived_tools_out_unless_asked(client, archived):
    response = client.get(f"{LIST}?q=e")
    assert names(response) == ["Appel", "Zebra"]
    page = response.content.decode()
    assert "laten we weg bij het zoeken" in page
    assert 'href="?q=e&amp;archived=1">Zoek ook in de gearchiveerde tools</a>' in page
    assert 'name="archived" value="1">' in page  # the control in the filter form
    response = client.get(f"{LIST}?q=e&archived=1")
    assert names(response) == ["Appel", "CovidSafe", "Zebra"]
    page = response.content.decode()
    assert 'name="archived" value="1" checked>' in page
    assert "laten we weg bij het zoeken" not in page
    assert 'href="/nl/tools/?q=e">' in page  # the chip takes the choice back
    for bad in ("yes", "0", "%00", "11"):
        assert names(client.get(f"{LIST}?q=e&archived={bad}")) == ["Appel", "Zebra"]
    # Without a search the choice means nothing (browsing lists them anyway): no chip.
    response = client.get(f"{LIST}?archived=1")
    assert names(response) == ["Appel", "Zebra", "CovidSafe"]
    assert not response.context["result"].active_filters


def test_search_with_the_real_search_app_finds_archived_tools_only_when_asked(client, archived):
    assert names(client.get(f"{LIST}?q=covidsafe")) == []
    assert names(client.get(f"{LIST}?q=covidsafe&archived=1")) == ["CovidSafe"]


@pytest.mark.usefixtures("naive_search")
def test_search_and_include_archived_are_cached_apart(archived):
    from catalogue.forms import ToolFilterForm

    def total(params):
        form = ToolFilterForm(params)
        return selectors.tool_search(filters=form.filters(), choices=form.facet_choices).total

    assert total({"q": "e"}) == 2
    assert total({"q": "e", "archived": "1"}) == 3


def test_the_decision_aid_never_gets_an_archived_tool(archived):
    proposable = set(selectors.tool_queryset_proposable().values_list("name", flat=True))
    assert proposable == {"Appel", "Zebra"}
    assert set(Tool.objects.proposable().values_list("name", flat=True)) == proposable
    assert "CovidSafe" in set(Tool.objects.public().values_list("name", flat=True))


# --- Other names and old addresses ------------------------------------------------------


def test_an_old_slug_redirects_permanently_to_the_tool(client, archived):
    services.tool_alias_add(tool=archived, name="CST")
    response = client.get("/nl/tools/cst/")
    assert response.status_code == 301
    assert response["Location"] == "/nl/tools/covidsafe/"
    assert client.get("/fr/tools/cst/")["Location"] == "/fr/tools/covidsafe/"
    assert "Ook bekend als: CST" in page_of(client, "/nl/tools/covidsafe/")
    # An alias of a draft leads nowhere; an unknown slug is a helpful 404.
    services.tool_alias_add(tool=Tool.objects.get(name="Concept"), name="Schets")
    assert client.get("/nl/tools/schets/").status_code == 404
    assert client.get("/nl/tools/bestaat-niet/").status_code == 404


def test_alias_slugs_and_tool_slugs_never_collide(archived):
    appel = Tool.objects.get(name="Appel")
    with pytest.raises(ValidationError):
        services.tool_alias_add(tool=archived, name="Appel")  # the slug of another tool
    services.tool_alias_add(tool=archived, name="CST")
    services.tool_alias_add(tool=archived, name="CST")  # again: the same alias, no error
    assert ToolAlias.objects.count() == 1
    appel.slug = "cst"
    with pytest.raises(ValidationError) as error:
        appel.full_clean()
    assert "CovidSafe" in str(error.value)


def test_an_alias_is_searchable(client):
    tool = f.ToolFactory(name="MyMinfin")
    assert names(client.get(f"{LIST}?q=tax-on-web")) == []
    services.tool_alias_add(tool=tool, name="Tax-on-web")
    assert names(client.get(f"{LIST}?q=tax-on-web")) == ["MyMinfin"]
    ToolAlias.objects.get(tool=tool).delete()
    assert names(client.get(f"{LIST}?q=tax-on-web")) == []


def test_a_new_tool_gets_a_slug_no_tool_or_old_address_uses(archived):
    services.tool_alias_add(tool=archived, name="CST")
    assert selectors.tool_slug_unused(name="CST") == "cst-2"
    assert selectors.tool_slug_unused(name="Appel") == "appel-2"
    assert selectors.tool_slug_unused(name="Nieuw ding") == "nieuw-ding"
    assert selectors.tool_slug_unused(name="!!!") == "tool"


# --- Requirements with alternatives ------------------------------------------------------


def test_requirements_read_one_of_these(client):
    tool = f.ToolFactory(name="MyMinfin")
    link(tool, "itsme", "itsme", group=1, alternative=1, position=5)
    link(tool, "eid-en-kaartlezer", "eID-kaart met kaartlezer", group=1, alternative=2, position=4)
    page = page_of(client, "/nl/tools/myminfin/")
    assert (
        '<p class="choice">Eén van deze: <strong>itsme</strong> of '
        "<strong>eID-kaart met kaartlezer</strong></p>"
    ) in page
    assert "One of these: <strong>itsme</strong> or" in page_of(client, "/en/tools/myminfin/")


def test_requirements_with_alternatives_that_need_several_things(client):
    tool = f.ToolFactory(name="itsme")
    link(tool, "smartphone", "Smartphone", position=1)
    link(tool, "eid-en-kaartlezer", "eID-kaart met kaartlezer", group=1, alternative=1, position=4)
    link(tool, "computer", "Computer of laptop", group=1, alternative=1, position=8)
    link(tool, "bankapp", "App van je bank", group=1, alternative=2, position=10)
    page = page_of(client, "/nl/tools/itsme/")
    assert '<li class="tag">Smartphone</li>' in page
    assert '<p class="choice">En één van deze:</p>' in page
    assert (
        "<li><strong>eID-kaart met kaartlezer</strong> samen met <strong>Computer of laptop"
        "</strong></li><li>of <strong>App van je bank</strong></li>"
    ) in page
    needs = Tool.objects.get(pk=tool.pk).requirement_needs()
    assert needs.is_met_by({"smartphone", "bankapp"})
    assert needs.is_met_by({"smartphone", "eid-en-kaartlezer", "computer"})
    assert not needs.is_met_by({"smartphone", "eid-en-kaartlezer"})
    assert not needs.is_met_by({"bankapp"})


def test_an_alternative_needs_a_choice_group():
    tool = f.ToolFactory(name="X")
    row = ToolRequirement(tool=tool, requirement=requirement("itsme", "itsme"), alternative=2)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert "alternative" in error.value.message_dict


def test_the_requirement_filter_finds_tools_that_name_it_as_an_alternative(client):
    tool = f.ToolFactory(name="MyMinfin")
    link(tool, "itsme", "itsme", group=1)
    link(tool, "eid-en-kaartlezer", "eID-kaart met kaartlezer", group=1)
    f.ToolFactory(name="Ander")
    assert names(client.get(f"{LIST}?requirement=itsme")) == ["MyMinfin"]
    assert names(client.get(f"{LIST}?q=kaartlezer")) == ["MyMinfin"]


# --- Card badges ---------------------------------------------------------------------------


def test_a_registered_card_badge_annotates_the_page_query_and_shows_on_each_card(
    client, django_assert_num_queries, settings, tmp_path
):
    import copy

    from django.db.models import F, Value
    from django.db.models.functions import Concat

    (tmp_path / "_badge.html").write_text("<p>{{ tool.shout }}</p>")
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0].get("DIRS", []), str(tmp_path)]
    settings.TEMPLATES = templates
    settings.PAGE_CACHE_SECONDS = 0
    f.ToolFactory(name="Zanzu")
    f.ToolFactory(name="Teams")
    client.get(LIST)  # choices and counts cached
    badge = selectors.CardBadge(
        key="test",
        template="_badge.html",
        annotations=lambda: {"shout": Concat(F("name"), Value("!"))},
    )
    selectors.register_card_badge(badge)
    try:
        with django_assert_num_queries(2):  # the page, and its cards' purposes and platforms
            page = page_of(client, LIST)
        assert "<p>Teams!</p>" in page and "<p>Zanzu!</p>" in page
    finally:
        selectors.CARD_BADGES.remove(badge)
