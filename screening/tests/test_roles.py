"""Every role can do its job: where each person lands, what every page shows a signed-in
person, the 403 page, the `assign_role` command, and one test per promise README makes
about the roles."""

import datetime
import importlib
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from catalogue import services as catalogue_services
from catalogue.models import FactGroup, Tool
from catalogue.tests.factories import ToolFactory
from core.cache import cache_page_for_anonymous
from practices.models import Practice
from practices.tests.factories import SubmissionFactory
from reviews import services as review_services
from reviews.models import Review
from reviews.tests.factories import ReviewFactory
from screening import roles, services
from screening.models import Screening
from search.models import Synonym

from .factories import (
    UserFactory,
    answer_all,
    curator,
    proposal,
    published_screening,
    reviewer,
    screener,
)

TAXONOMIES = [
    ("catalogue", "purpose"),
    ("catalogue", "theme"),
    ("catalogue", "targetgroup"),
    ("catalogue", "sector"),
    ("catalogue", "language"),
    ("catalogue", "platform"),
    ("catalogue", "accessibilityfeature"),
    ("catalogue", "requirement"),
    ("catalogue", "contactmode"),
    ("practices", "successfactor"),
]


def _draft(by, name):
    return services.screening_start(tool=ToolFactory(name=name), by=by)


def _in_review(by, name):
    screening = _draft(by, name)
    services.screening_save_draft(
        screening=screening, by=by, answers=answer_all(screening), outcome="included"
    )
    return services.screening_submit_for_review(screening=screening, by=by)


def _section(html: str, anchor: str) -> str:
    """The part of the work page from heading `anchor` to the next heading."""
    start = html.index(f'id="{anchor}"')
    following = [html.find(tag, start + 1) for tag in ("<h2", "<h3")]
    ends = [i for i in following if i != -1]
    return html[start : min(ends) if ends else len(html)]


# --- Where each person lands ---------------------------------------------------------------


@pytest.mark.django_db
def test_screeners_land_on_their_drafts_and_what_was_sent_back(client, framework):
    me, colleague = screener(), screener()
    mine = _draft(me, "Mijnconcept")
    returned = _in_review(me, "Teruggekomen")
    services.screening_send_back(screening=returned, by=reviewer(), comment="Bron ontbreekt")
    waiting = _in_review(me, "Ingediend")
    theirs = _draft(colleague, "Vaniemandanders")
    client.force_login(me)
    html = client.get(reverse("screening:work")).content.decode()
    assert reverse("screening:edit", args=[mine.pk]) in _section(html, "drafts")
    assert reverse("screening:edit", args=[returned.pk]) in _section(html, "sent-back")
    assert "Teruggekomen" not in _section(html, "drafts")
    assert reverse("screening:detail", args=[waiting.pk]) in _section(html, "submitted")
    assert "Vananiemandanders" not in html and theirs.tool.name not in html
    assert 'id="reviewer-title"' not in html and 'id="curator-title"' not in html


@pytest.mark.django_db
def test_reviewers_land_on_what_waits_for_their_review_never_their_own(client, framework):
    me = UserFactory(groups=[roles.SCREENERS, roles.REVIEWERS])
    own = _in_review(me, "Eigenwerk")
    other_author = screener()
    helped = _draft(other_author, "Meegeschreven")
    services.screening_save_draft(screening=helped, by=me, answers=answer_all(helped))
    services.screening_save_draft(
        screening=helped, by=other_author, answers=answer_all(helped), outcome="included"
    )
    services.screening_submit_for_review(screening=helped, by=other_author)
    to_read = _in_review(screener(), "Tenalezen")
    client.force_login(me)
    section = _section(client.get(reverse("screening:work")).content.decode(), "to-review")
    assert reverse("screening:detail", args=[to_read.pk]) in section
    assert "Eigenwerk" not in section and own.pk
    assert "Meegeschreven" not in section  # they wrote part of it


@pytest.mark.django_db
def test_curators_land_on_proposals_practices_rescreens_and_unverified_tools(client, framework):
    submission = proposal(tool_name="Voorgesteld", website_url="https://voorgesteld.example")
    practice = SubmissionFactory(title="Wachtende praktijk")
    overdue = published_screening(tool=ToolFactory(name="Teherscreenen"))
    Screening.objects.filter(pk=overdue.pk).update(
        rescreen_due=timezone.localdate() - datetime.timedelta(days=2)
    )
    unverified = ToolFactory(name="Nietnagekeken")
    verified = ToolFactory(name="Welnagekeken")
    draft = ToolFactory(name="Conceptfiche", status=Tool.Status.DRAFT)
    me = curator()
    for group in FactGroup:
        catalogue_services.tool_facts_verify(tool=verified, group=group, by=me)
    client.force_login(me)
    html = client.get(reverse("screening:work")).content.decode()
    assert reverse("screening:submission_detail", args=[submission.pk]) in _section(
        html, "submissions"
    )
    assert practice.title in html and reverse("practices:moderation") in html
    rescreens = _section(html, "rescreens")
    assert "Teherscreenen" in rescreens and "Herscreening achterstallig" in rescreens
    unverified_section = _section(html, "unverified")
    assert unverified.name in unverified_section
    assert verified.name not in unverified_section and draft.name not in unverified_section


@pytest.mark.django_db
def test_a_person_with_several_roles_sees_every_section(client, framework):
    client.force_login(curator())
    html = client.get(reverse("screening:work")).content.decode()
    for anchor in ("screener-title", "reviewer-title", "curator-title", "practices-title"):
        assert f'id="{anchor}"' in html


@pytest.mark.django_db
def test_a_person_without_a_role_learns_whom_to_ask(client, framework, settings):
    settings.ACCESS_CONTACT = "beheer@toolwijzer.example"
    client.force_login(UserFactory())
    html = client.get(reverse("screening:work")).content.decode()
    assert "Je hebt nog geen rol" in html and "beheer@toolwijzer.example" in html
    assert 'id="screener-title"' not in html


@pytest.mark.django_db
def test_the_work_page_query_count_does_not_grow_with_the_work(
    client, framework, django_assert_num_queries
):
    me = curator()
    client.force_login(me)
    for number in range(3):
        _draft(me, f"Concept {number}")
        _in_review(screener(), f"Nalezen {number}")
        published_screening(tool=ToolFactory(name=f"Gescreend {number}"))
        SubmissionFactory()
        ReviewFactory(status=Review.Status.PENDING, published_at=None)
        review_services.report_create(review=ReviewFactory(), reason="Spam")
    client.get(reverse("screening:work"))  # warm the session and content type caches
    # 15 for screening and practices, 2 for members' reviews and reports, 1 for the profile.
    with django_assert_num_queries(18):
        response = client.get(reverse("screening:work"))
    assert response.status_code == 200


@pytest.mark.django_db
def test_login_honours_next_and_otherwise_lands_on_work(client, framework):
    user = screener(username="sien")
    url = reverse("login")
    data = {"username": "sien", "password": "correct horse battery staple"}
    assert client.post(url, data)["Location"] == reverse("screening:work")
    client.logout()
    framework_url = reverse("screening:framework")
    response = client.post(f"{url}?next={framework_url}", {**data, "next": framework_url})
    assert response["Location"] == framework_url and user.pk


# --- Every page shows who is signed in ----------------------------------------------------


@pytest.mark.django_db
def test_every_page_shows_who_is_signed_in_with_a_sign_out_button(client, framework):
    tool = ToolFactory(name="Zanzu")
    pages = [
        reverse("catalogue:home"),
        reverse("catalogue:tool_list"),
        tool.get_absolute_url(),
        reverse("practices:list"),
        reverse("screening:framework"),
        reverse("screening:work"),
    ]
    client.force_login(screener(username="sien"))
    for url in pages:
        html = client.get(url).content.decode()
        assert "Aangemeld als <strong>sien</strong>" in html, url
        assert f'<form method="post" action="{reverse("logout")}">' in html, url
        assert 'name="csrfmiddlewaretoken"' in html, url
    response = client.post(reverse("logout"))
    assert response.status_code == 200 and "Je bent afgemeld" in response.content.decode()
    html = client.get(reverse("catalogue:home")).content.decode()
    assert "Aangemeld als" not in html and reverse("logout") not in html


@pytest.mark.django_db
def test_anonymous_pages_in_the_cache_never_carry_a_signed_in_persons_name(client, framework):
    ToolFactory(name="Zanzu")
    anonymous = client.get(reverse("catalogue:tool_list")).content.decode()
    client.force_login(screener(username="sien"))
    personal = client.get(reverse("catalogue:tool_list")).content.decode()
    assert "sien" in personal and "sien" not in anonymous
    client.logout()
    for url in (reverse("catalogue:tool_list"), reverse("catalogue:home")):
        html = client.get(url).content.decode()
        assert "sien" not in html and "csrfmiddlewaretoken" not in html


@pytest.mark.django_db
def test_a_page_that_holds_a_csrf_token_is_never_shared():
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    calls = []

    @cache_page_for_anonymous
    def view(request):
        calls.append(1)
        return HttpResponse(f"<form>{get_token(request)}</form>")

    for _ in range(2):
        request = RequestFactory().get("/nl/tools/")
        request.user = AnonymousUser()
        request.session = {}
        request._messages = FallbackStorage(request)
        view(request)
    assert len(calls) == 2


# --- The 403 page says which role is needed and whom to ask --------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("user_factory", "method", "url_name", "role"),
    [
        (UserFactory, "get", "dashboard", "Curatoren"),
        (screener, "get", "practices_moderation", "Curatoren"),
        (reviewer, "post", "start", "Screeners"),
        (screener, "post", "review", "Reviewers"),
    ],
)
def test_403_names_the_role_and_whom_to_ask(
    client, framework, settings, user_factory, method, url_name, role
):
    settings.ACCESS_CONTACT = "beheer@toolwijzer.example"
    tool = ToolFactory()
    draft = services.screening_start(tool=ToolFactory(), by=screener())
    url = {
        "dashboard": reverse("screening:dashboard"),
        "practices_moderation": reverse("practices:moderation"),
        "start": reverse("screening:start", args=[tool.slug]),
        "review": reverse("screening:review", args=[draft.pk]),
    }[url_name]
    client.force_login(user_factory(username="iemand"))
    response = getattr(client, method)(url)
    assert response.status_code == 403
    html = response.content.decode()
    assert f"Hiervoor heb je de rol <strong>{role}</strong> nodig." in html
    assert "Je bent aangemeld als iemand, maar je hebt die rol niet." in html
    assert "Vraag het aan beheer@toolwijzer.example." in html


@pytest.mark.django_db
def test_403_in_french_names_the_group_as_stored(client, framework):
    client.force_login(UserFactory())
    html = client.get("/fr/screening/dashboard/").content.decode()
    assert "Curateurs" in html and "Curatoren" in html


# --- assign_role ---------------------------------------------------------------------------


def _assign(*args) -> str:
    out = StringIO()
    call_command("assign_role", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_assign_role_gives_and_takes_a_role(framework):
    person = UserFactory(username="anna", email="Anna@Example.org")
    output = _assign("anna@example.org", "Screeners")
    assert "added to Screeners" in output
    person.refresh_from_db()
    assert person.has_perm("screening.draft_screening") and not person.is_staff
    output = _assign("anna", "Screeners", "--remove")
    assert "removed from Screeners" in output
    person = type(person).objects.get(pk=person.pk)  # a fresh permission cache
    assert not person.has_perm("screening.draft_screening")
    assert "has the roles: none" in _assign("anna")


@pytest.mark.django_db
def test_assign_role_curators_get_staff_status_and_lose_it_with_the_role(framework):
    person = UserFactory(username="carla")
    assert "staff status on" in _assign("carla", "Curatoren")
    person.refresh_from_db()
    assert person.is_staff and person.groups.filter(name="Curatoren").exists()
    assert "nothing to change" in _assign("carla", "Curatoren")
    assert "staff status off" in _assign("carla", "Curatoren", "--remove")
    person.refresh_from_db()
    assert not person.is_staff


@pytest.mark.django_db
def test_assign_role_refuses_unknown_or_ambiguous_people_and_roles(framework):
    UserFactory(username="een", email="zelfde@example.org")
    UserFactory(username="twee", email="zelfde@example.org")
    with pytest.raises(CommandError, match="Nobody"):
        _assign("niemand", "Screeners")
    with pytest.raises(CommandError, match="Several accounts"):
        _assign("zelfde@example.org", "Screeners")
    with pytest.raises(CommandError):
        _assign("een", "Beheerders")


# --- README's promises about the roles, one test each ---------------------------------------


def _curator_by_command(username="carla"):
    """A plain account made a curator the documented way (README: assign_role)."""
    person = UserFactory(username=username)
    _assign(username, "Curatoren")
    return type(person).objects.get(pk=person.pk)


@pytest.mark.django_db
def test_readme_screeners_draft_screenings(client, framework):
    person = UserFactory(username="sam")
    _assign("sam", "Screeners")
    client.force_login(person)
    tool = ToolFactory()
    response = client.post(reverse("screening:start", args=[tool.slug]))
    screening = Screening.objects.get(tool=tool)
    assert response["Location"] == reverse("screening:edit", args=[screening.pk])
    assert screening.screener == person


@pytest.mark.django_db
def test_readme_reviewers_approve_or_send_back_never_their_own(client, framework):
    person = UserFactory(username="rita")
    _assign("rita", "Reviewers")
    _assign("rita", "Screeners")
    own = _in_review(person, "Eigen")
    other = _in_review(screener(), "Ander")
    back = _in_review(screener(), "Terug")
    client.force_login(person)
    approve = {"decision": "approve", "confirm": "on"}
    assert client.post(reverse("screening:review", args=[own.pk]), approve).status_code == 403
    client.post(reverse("screening:review", args=[other.pk]), approve)
    client.post(
        reverse("screening:review", args=[back.pk]),
        {"decision": "send_back", "comment": "Bron ontbreekt"},
    )
    statuses = dict(Screening.objects.values_list("tool__name", "status"))
    assert statuses == {"Eigen": "in_review", "Ander": "published", "Terug": "draft"}


@pytest.mark.django_db
def test_readme_curators_moderate_submissions_and_see_the_dashboard(client, framework):
    client.force_login(_curator_by_command())
    submission = proposal()
    assert client.get(reverse("screening:dashboard")).status_code == 200
    client.post(reverse("screening:submission_accept", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.status == "accepted"


@pytest.mark.django_db
def test_readme_curators_moderate_practices(client, framework):
    client.force_login(_curator_by_command())
    waiting, spam = SubmissionFactory(title="Goed verhaal"), SubmissionFactory(title="Reclame")
    assert "Goed verhaal" in client.get(reverse("practices:moderation")).content.decode()
    client.post(reverse("practices:moderation_publish", args=[waiting.pk]), {"confirm": "on"})
    client.post(
        reverse("practices:moderation_decline", args=[spam.pk]),
        {"reason": "Reclame", "confirm": "on"},
    )
    statuses = dict(Practice.objects.values_list("title", "status"))
    assert statuses == {"Goed verhaal": "published", "Reclame": "declined"}


@pytest.mark.django_db
@pytest.mark.parametrize(("app_label", "model"), TAXONOMIES)
def test_readme_curators_manage_taxonomies_in_the_admin(client, framework, app_label, model):
    client.force_login(_curator_by_command())
    changelist = reverse(f"admin:{app_label}_{model}_changelist")
    assert client.get(changelist).status_code == 200
    add = reverse(f"admin:{app_label}_{model}_add")
    data = {"slug": "nieuw-begrip", "name": "Nieuw begrip", "position": 0}
    if model == "successfactor":
        data["group"] = "laagdrempelig"
    response = client.post(add, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    term = django_apps.get_model(app_label, model).objects.get(slug="nieuw-begrip")
    change = reverse(f"admin:{app_label}_{model}_change", args=[term.pk])
    assert client.get(change).status_code == 200
    delete = reverse(f"admin:{app_label}_{model}_delete", args=[term.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    assert not django_apps.get_model(app_label, model).objects.filter(pk=term.pk).exists()


@pytest.mark.django_db
def test_readme_curators_manage_synonyms_in_the_admin(client, framework):
    client.force_login(_curator_by_command())
    assert client.get(reverse("admin:search_synonym_changelist")).status_code == 200
    response = client.post(
        reverse("admin:search_synonym_add"), {"words": "gsm, smartphone", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(words__icontains="smartphone").exists()


@pytest.mark.django_db
def test_readme_curators_manage_tools_framework_versions_and_practices_in_the_admin(
    client, framework
):
    client.force_login(_curator_by_command())
    for name in (
        "catalogue_tool_changelist",
        "catalogue_tool_add",
        "screening_frameworkversion_changelist",
        "screening_frameworkversion_add",
        "practices_practice_changelist",
        "practices_practice_add",
        "screening_screening_changelist",
        "screening_toolsubmission_changelist",
    ):
        assert client.get(reverse(f"admin:{name}")).status_code == 200, name
    # Practices are moderated in the admin too, with a confirmation first.
    practice = SubmissionFactory(title="Via het beheer")
    changelist = reverse("admin:practices_practice_changelist")
    data = {"action": "publish", "_selected_action": [practice.pk]}
    assert "Dit kan niet ongedaan gemaakt worden" in client.post(changelist, data).content.decode()
    client.post(changelist, {**data, "confirmed": "yes"})
    assert Practice.objects.get(pk=practice.pk).status == Practice.Status.PUBLISHED


@pytest.mark.django_db
def test_the_data_migration_grants_curators_what_readme_promises(framework):
    curators = Group.objects.get(name=roles.CURATORS)
    curators.permissions.clear()
    migration = importlib.import_module("screening.migrations.0004_curator_permissions")
    migration.grant(django_apps, None)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in curators.permissions.select_related("content_type")
    }
    assert "practices.moderate_practice" in granted
    for app_label, model in [*TAXONOMIES, ("search", "synonym")]:
        for action in ("add", "change", "delete", "view"):
            assert f"{app_label}.{action}_{model}" in granted
    assert Permission.objects.filter(codename="moderate_practice").count() == 1
