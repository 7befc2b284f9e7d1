"""Curators set what the public relies on in the admin: verification per fact group, archiving
(with a reason, after a confirmation page, no JavaScript needed), other names, requirements
with alternatives."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone, translation

from catalogue.models import FactGroup, Requirement, Tool, ToolAlias, ToolFactCheck
from catalogue.tests import factories as f

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/catalogue/tool/"


@pytest.fixture
def curator(client, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    person = get_user_model().objects.create_user(
        username="ann", password="x" * 20, first_name="Ann", last_name="Peeters", is_staff=True
    )
    person.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="catalogue",
            codename__in=["view_tool", "change_tool", "view_requirement", "add_toolalias"],
        )
    )
    client.force_login(person)
    return person


def action(client, name, tools, **extra):
    return client.post(
        CHANGELIST,
        {"action": name, "_selected_action": [tool.pk for tool in tools], **extra},
    )


def test_verify_a_fact_group_from_the_tool_list(client, curator):
    tools = [f.ToolFactory(name="Zanzu"), f.ToolFactory(name="Teams")]
    response = action(client, "verify_cost", tools)
    assert response.status_code == 302
    checks = ToolFactCheck.objects.all()
    assert {(c.tool.name, c.group, c.verified_by) for c in checks} == {
        ("Zanzu", FactGroup.COST, curator),
        ("Teams", FactGroup.COST, curator),
    }
    assert all(c.verified_on == timezone.localdate() for c in checks)
    action(client, "verify_all", tools[:1])
    assert ToolFactCheck.objects.filter(tool=tools[0]).count() == len(FactGroup)
    action(client, "unverify_all", tools[:1])
    assert not ToolFactCheck.objects.filter(tool=tools[0]).exists()
    # The change page shows who verified what, read-only.
    page = client.get(f"{CHANGELIST}{tools[1].pk}/change/").content.decode()
    assert "Nagekeken feitengroepen" in page and "Kostprijs" in page


def test_archive_asks_for_a_reason_and_a_confirmation_first(client, curator):
    tool = f.ToolFactory(name="CovidSafe")
    response = action(client, "archive", [tool])
    assert response.status_code == 200
    page = response.content.decode()
    assert "Deze tools worden gearchiveerd." in page and "CovidSafe" in page
    assert 'name="reason"' in page and 'name="confirm"' in page
    tool.refresh_from_db()
    assert tool.status == Tool.Status.PUBLISHED  # nothing happened yet
    # Without a reason: asked again, still nothing archived.
    response = action(client, "archive", [tool], confirm="1", reason=" ", archived_on="2026-12-02")
    assert response.status_code == 200
    tool.refresh_from_db()
    assert tool.status == Tool.Status.PUBLISHED
    response = action(
        client,
        "archive",
        [tool],
        confirm="1",
        reason="Het Covid Safe Ticket wordt niet meer gebruikt.",
        archived_on="2026-12-02",
    )
    assert response.status_code == 302
    tool.refresh_from_db()
    assert tool.status == Tool.Status.ARCHIVED
    assert tool.archived_on == datetime.date(2026, 12, 2)
    assert tool.archived_by == curator
    action(client, "unarchive", [tool])
    tool.refresh_from_db()
    assert tool.status == Tool.Status.PUBLISHED and tool.archived_reason == ""


def test_a_new_slug_keeps_the_old_address_working(client, curator, settings):
    settings.PAGE_CACHE_SECONDS = 0
    tool = f.ToolFactory(name="Myminfin")
    change = f"{CHANGELIST}{tool.pk}/change/"
    form = client.get(change).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        {
            "name": "MyMinfin",
            "slug": "my-minfin",
            "kind": "website",
            "summary": tool.summary,
            "status": Tool.Status.PUBLISHED,
            "requirement_links-TOTAL_FORMS": "0",
            "requirement_links-INITIAL_FORMS": "0",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
            "translations-TOTAL_FORMS": "0",
            "translations-INITIAL_FORMS": "0",
            "fact_checks-TOTAL_FORMS": "0",
            "fact_checks-INITIAL_FORMS": "0",
        }
    )
    for name in [*Tool.TAXONOMY_FIELDS, "examples", "related_tools"]:
        data.pop(name, None)
    response = client.post(change, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ToolAlias.objects.get(slug="myminfin").tool == tool
    assert client.get("/nl/tools/myminfin/")["Location"] == "/nl/tools/my-minfin/"


def test_requirements_with_alternatives_are_edited_inline(client, curator):
    tool = f.ToolFactory(name="MyMinfin")
    itsme = Requirement.objects.create(slug="itsme", name="itsme")
    eid = Requirement.objects.create(slug="eid-en-kaartlezer", name="eID-kaart met kaartlezer")
    change = f"{CHANGELIST}{tool.pk}/change/"
    data = {
        "name": tool.name,
        "slug": tool.slug,
        "kind": "website",
        "summary": tool.summary,
        "status": Tool.Status.PUBLISHED,
        "requirement_links-TOTAL_FORMS": "2",
        "requirement_links-INITIAL_FORMS": "0",
        "requirement_links-0-requirement": itsme.pk,
        "requirement_links-0-choice_group": "1",
        "requirement_links-0-alternative": "1",
        "requirement_links-1-requirement": eid.pk,
        "requirement_links-1-choice_group": "1",
        "requirement_links-1-alternative": "2",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "fact_checks-TOTAL_FORMS": "0",
        "fact_checks-INITIAL_FORMS": "0",
    }
    response = client.post(change, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = client.get("/nl/tools/myminfin/").content.decode()
    assert "<strong>itsme</strong> of <strong>eID-kaart met kaartlezer</strong>" in page
    # The search index saw the inline rows.
    response = client.get("/nl/tools/?q=kaartlezer")
    assert [t.name for t in response.context["result"].page.object_list] == ["MyMinfin"]


def test_curators_write_translations_inline_and_search_finds_them(client, curator):
    from search import selectors as search_selectors

    tool = f.ToolFactory(name="MyMinfin", summary="Website voor je belastingen.")
    change = f"{CHANGELIST}{tool.pk}/change/"
    data = {
        "name": tool.name,
        "slug": tool.slug,
        "kind": "website",
        "summary": tool.summary,
        "easy_summary": "Hier doe je je belastingen.",
        "status": Tool.Status.PUBLISHED,
        "requirement_links-TOTAL_FORMS": "0",
        "requirement_links-INITIAL_FORMS": "0",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "translations-TOTAL_FORMS": "2",
        "translations-INITIAL_FORMS": "0",
        "translations-0-language": "fr",
        "translations-0-summary": "Site pour vos impôts.",
        "translations-0-needs_review": "on",
        "translations-1-language": "ar",
        "translations-1-summary": "موقع للضرائب",
        "fact_checks-TOTAL_FORMS": "0",
        "fact_checks-INITIAL_FORMS": "0",
    }
    response = client.post(change, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert dict(tool.translations.values_list("language", "needs_review")) == {
        "fr": True,
        "ar": False,
    }
    page = client.get("/fr/tools/myminfin/").content.decode()
    assert '<p class="lead" lang="fr" dir="ltr">Site pour vos impôts.</p>' in page
    with translation.override("fr"):
        found = search_selectors.tool_queryset_matching(
            queryset=Tool.objects.published(), query="impôts"
        )
        assert [t.name for t in found] == ["MyMinfin"]
