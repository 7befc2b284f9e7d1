import pytest
from django.contrib.auth.models import Permission, User
from django.test import override_settings
from django.urls import reverse

from catalogue.tests.factories import PurposeFactory, SectorFactory, ToolFactory
from practices.models import Practice, Quote
from practices.tests.factories import PracticeFactory, SubmissionFactory, SuccessFactorFactory

pytestmark = pytest.mark.django_db

LIST = "/nl/practices/"
SHARE = "/nl/practices/share/"


def valid_post(**changes):
    data = {
        "title": "WhatsApp voor snelle vragen",
        "summary": "Cliënten sturen vragen via WhatsApp.",
        "story": "We gebruiken WhatsApp met cliënten van het OCMW.",
        "tool_names": "WhatsApp",
        "submitter_email": "sharer@example.org",
        "consent_to_publish": "on",
        "website": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def curator():
    user = User.objects.create_user("curator", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="moderate_practice"))
    return user


# Library -----------------------------------------------------------------------------------


def test_urls_follow_the_contract():
    assert reverse("practices:list") == LIST
    assert reverse("practices:share") == SHARE
    assert reverse("practices:detail", kwargs={"slug": "x"}) == "/nl/practices/x/"
    assert reverse("practices:moderation") == "/nl/practices/moderation/"


def test_library_lists_published_practices_with_a_get_filter_form(client):
    whatsapp = ToolFactory(name="WhatsApp", slug="whatsapp")
    PracticeFactory(title="WhatsApp in het OCMW", tools=[whatsapp])
    SubmissionFactory(title="Wacht nog")
    response = client.get(LIST)
    html = response.content.decode()
    assert response.status_code == 200
    assert "WhatsApp in het OCMW" in html
    assert "Wacht nog" not in html
    assert 'method="get"' in html and 'name="tool" value="whatsapp"' in html


def test_library_filter_is_shareable_and_shows_what_is_checked(client):
    whatsapp = ToolFactory(name="WhatsApp", slug="whatsapp")
    zanzu = ToolFactory(name="Zanzu", slug="zanzu")
    PracticeFactory(title="WhatsApp in het OCMW", tools=[whatsapp])
    PracticeFactory(title="Zanzu met anderstaligen", tools=[zanzu])
    html = client.get(LIST + "?tool=whatsapp").content.decode()
    assert "WhatsApp in het OCMW" in html and "Zanzu met anderstaligen" not in html
    assert 'value="whatsapp" checked' in html


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=999",
        "?sector=%3Cscript%3Ealert(1)%3C/script%3E",
        "?q=" + "x" * 5000,
        "?factor=%00",
        "?q=a%00b&tool=%00&sector=x%1b",
        "?q=%E2%80%AE%F0%9F%98%80",
    ],
)
def test_library_never_fails_on_bad_parameters(client, query):
    PracticeFactory()
    response = client.get(LIST + query)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_library_query_count_does_not_grow_with_results(client, django_assert_num_queries):
    tools = [ToolFactory(purposes=[PurposeFactory(slug="communicatie")]) for _ in range(3)]
    factor = SuccessFactorFactory(slug="vertrouwd", group="laagdrempelig")
    sector = SectorFactory(slug="ocmw")
    for _ in range(12):
        PracticeFactory(tools=tools, success_factors=[factor], sectors=[sector])
    # count, page, tools and translations prefetches (a card shows no success factors),
    # 6 filter option queries
    with django_assert_num_queries(10):
        response = client.get(LIST + "?tool=" + tools[0].slug + "&sector=ocmw")
    assert response.content.decode().count('class="card"') == 12


def test_library_page_links_keep_the_filters(client):
    sector = SectorFactory(slug="ocmw")
    for _ in range(21):
        PracticeFactory(sectors=[sector])
    html = client.get(LIST + "?sector=ocmw").content.decode()
    assert 'href="?sector=ocmw&amp;page=2" rel="next"' in html
    html = client.get(LIST + "?sector=ocmw&page=2").content.decode()
    assert 'href="?sector=ocmw&amp;page=1" rel="prev"' in html


def test_practice_page_shows_the_story_safely(client):
    tool = ToolFactory(name="WhatsApp", slug="whatsapp")
    practice = PracticeFactory(
        title="WhatsApp in het OCMW",
        story="**Vet** <script>alert('x')</script> [link](https://example.org)",
        tools=[tool],
        submitter_email="geheim@example.org",
        submitter_name="Geheime Naam",
    )
    Quote.objects.create(practice=practice, text="Heel gemakkelijk.", speaker_role="respondent")
    practice.media_links.create(url="https://example.org/film", title="Filmpje")
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "<strong>Vet</strong>" in html
    assert "<script>alert" not in html
    assert 'href="https://example.org" rel="nofollow ugc noopener"' in html
    assert 'href="https://example.org/film" rel="nofollow ugc noopener"' in html
    assert "Heel gemakkelijk." in html and "respondent" in html
    assert 'href="/nl/tools/whatsapp/"' in html
    assert "geheim@example.org" not in html and "Geheime Naam" not in html


def test_practice_page_query_count(client, django_assert_num_queries):
    practice = PracticeFactory(tools=[ToolFactory(), ToolFactory()])
    Quote.objects.create(practice=practice, text="Citaat", speaker_role="werker")
    # practice, tools, factors, sectors, target groups, quotes, media, suggestions
    with django_assert_num_queries(9):  # translations too
        assert client.get(practice.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("status", ["submitted", "declined"])
def test_unpublished_practices_are_not_public(client, status):
    practice = SubmissionFactory(status=status)
    assert client.get(practice.get_absolute_url()).status_code == 404


def test_tool_page_lists_its_practices_and_a_share_link(client):
    whatsapp = ToolFactory(name="WhatsApp", slug="whatsapp")
    PracticeFactory(title="WhatsApp in het OCMW", tools=[whatsapp])
    SubmissionFactory(title="Wacht nog", tools=[whatsapp])
    html = client.get(whatsapp.get_absolute_url()).content.decode()
    assert "WhatsApp in het OCMW" in html
    assert "Wacht nog" not in html
    assert SHARE + "?tool=WhatsApp" in html


def test_tool_page_without_practices_invites_sharing(client):
    tool = ToolFactory(name="Zanzu", slug="zanzu")
    html = client.get(tool.get_absolute_url()).content.decode()
    assert "Nog geen praktijken met deze tool." in html


def test_navigation_links_to_the_library(client):
    assert f'href="{LIST}"' in client.get("/nl/").content.decode()


# Sharing -----------------------------------------------------------------------------------


def test_share_form_ignores_control_characters_in_the_tool_parameter(client):
    assert client.get(SHARE + "?tool=%00Whats%07App").status_code == 200


def test_share_form_shows_reminder_consent_and_honeypot(client):
    html = client.get(SHARE + "?tool=WhatsApp").content.decode()
    assert "Geen persoonsgegevens van cliënten" in html
    assert 'name="consent_to_publish"' in html
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'value="WhatsApp"' in html  # the tool page's link fills in the tool


def test_share_stores_a_submission_and_redirects_to_a_confirmation(client):
    ToolFactory(name="WhatsApp", slug="whatsapp")
    response = client.post(SHARE, valid_post(tool_names="WhatsApp, Nieuwe App"))
    assert response.status_code == 302
    assert response["Location"] == reverse("practices:share_done")
    practice = Practice.objects.get()
    assert practice.status == Practice.Status.SUBMITTED
    assert [t.slug for t in practice.tools.all()] == ["whatsapp"]
    assert practice.tool_suggestions.get().name == "Nieuwe App"
    assert client.get(response["Location"]).status_code == 200


def test_share_errors_are_plain_and_keep_everything_typed(client):
    response = client.post(
        SHARE, valid_post(title="", consent_to_publish="", submitter_email="geen-mail")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert not Practice.objects.exists()
    assert 'class="error-summary"' in html
    assert 'href="#id_title"' in html and 'href="#id_consent_to_publish"' in html
    assert "Geef je praktijk een titel." in html
    assert "Dit lijkt geen e-mailadres." in html
    assert "Cliënten sturen vragen via WhatsApp." in html  # summary kept
    assert 'value="geen-mail"' in html
    assert 'aria-describedby="id_submitter_email_error id_submitter_email_helptext"' in html
    assert 'id="id_submitter_email_error"' in html


def test_a_practice_shared_in_french_is_marked_french(client):
    assert client.post("/fr/practices/share/", valid_post()).status_code == 302
    practice = Practice.objects.get()
    assert practice.language == "fr"
    practice.status = Practice.Status.PUBLISHED
    practice.save()
    html = client.get(f"/nl/practices/{practice.slug}/").content.decode()
    assert '<html lang="nl">' in html
    assert 'class="user-text" dir="auto" lang="fr"' in html


def test_share_quote_needs_a_role(client):
    response = client.post(SHARE, valid_post(quote_text="Het werkt.", quote_role=""))
    assert response.status_code == 400
    assert "alleen de rol" in response.content.decode()


def test_honeypot_pretends_success_and_stores_nothing(client):
    response = client.post(SHARE, valid_post(website="http://spam.example"))
    assert response.status_code == 302
    assert not Practice.objects.exists()


@override_settings(SUBMISSION_RATE_LIMIT=2)
def test_rate_limit_keeps_what_was_typed(client):
    for _ in range(2):
        assert client.post(SHARE, valid_post()).status_code == 302
    response = client.post(SHARE, valid_post(title="Derde praktijk"))
    assert response.status_code == 429
    assert 'value="Derde praktijk"' in response.content.decode()
    assert Practice.objects.count() == 2


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "\u202egnp.exe\u200b \u200f مرحبا 👩\u200d👩\u200d👧 Z\u0351\u0352\u0353alg\u0301o",
        "a\x00b\x07c",
    ],
)
def test_hostile_text_is_stored_and_rendered_safely(client, curator, hostile):
    response = client.post(
        SHARE,
        valid_post(
            title=hostile[:200],
            summary=hostile,
            story=hostile,
            quote_text=hostile,
            quote_role="jongerenwerker",
            organisation_name=hostile,
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    practice = Practice.objects.get()
    assert "\x00" not in practice.story
    from practices import services

    services.practice_publish(practice=practice, by=curator)
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    library = client.get(LIST).content.decode()
    assert "<script>alert" not in library


def test_only_control_characters_count_as_empty(client):
    response = client.post(SHARE, valid_post(title="\x00\x01"))
    assert response.status_code == 400
    assert "Geef je praktijk een titel." in response.content.decode()


def test_huge_texts_are_refused_with_a_plain_message(client):
    response = client.post(SHARE, valid_post(story="x" * 20_000, title="t" * 500))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Dit is te lang: maximaal 10000 tekens (nu 20000)." in html
    assert not Practice.objects.exists()


def test_invalid_choices_are_explained_not_a_crash(client):
    response = client.post(SHARE, valid_post(sectors=["bestaat-niet"]))
    assert response.status_code == 400


# Moderation --------------------------------------------------------------------------------


def test_moderation_requires_login_and_permission(client):
    response = client.get("/nl/practices/moderation/")
    assert response.status_code == 302 and "login" in response["Location"]
    User.objects.create_user("staff", password="x", is_staff=True)
    client.force_login(User.objects.get(username="staff"))
    assert client.get("/nl/practices/moderation/").status_code == 403
    practice = SubmissionFactory()
    assert client.post(f"/nl/practices/moderation/{practice.pk}/publish/").status_code == 403
    practice.refresh_from_db()
    assert practice.status == Practice.Status.SUBMITTED


def test_curator_sees_the_queue_and_publishes(client, curator):
    practice = SubmissionFactory(title="Wacht op jou", submitter_email="x@example.org")
    client.force_login(curator)
    html = client.get("/nl/practices/moderation/").content.decode()
    assert "Wacht op jou" in html
    assert f"/admin/practices/practice/{practice.pk}/change/" in html
    # Publishing asks for a confirmation, without JavaScript.
    client.post(f"/nl/practices/moderation/{practice.pk}/publish/")
    practice.refresh_from_db()
    assert not practice.is_published
    response = client.post(f"/nl/practices/moderation/{practice.pk}/publish/", {"confirm": "on"})
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.is_published and practice.moderated_by == curator
    assert "Wacht op jou" in client.get(LIST).content.decode()


def test_a_long_queue_is_shown_a_page_at_a_time_oldest_first(
    client, curator, django_assert_max_num_queries
):
    from practices.views import MODERATION_PAGE_SIZE

    waiting = [SubmissionFactory(title=f"Wacht {n:02}") for n in range(MODERATION_PAGE_SIZE + 3)]
    client.force_login(curator)
    with django_assert_max_num_queries(12):
        first = client.get("/nl/practices/moderation/").content.decode()
    assert f"{len(waiting)} praktijken wachten op moderatie" in first
    assert first.count('class="card moderation-item"') == MODERATION_PAGE_SIZE
    assert "Wacht 00" in first and f"Wacht {MODERATION_PAGE_SIZE:02}" not in first
    assert 'href="?page=2" rel="next"' in first
    second = client.get("/nl/practices/moderation/?page=2").content.decode()
    assert second.count('class="card moderation-item"') == 3
    assert f"Wacht {len(waiting) - 1:02}" in second and "Wacht 00" not in second
    # A page number that is not a number falls back to the first page, not a server error.
    assert client.get("/nl/practices/moderation/?page=x").status_code == 200


def test_curator_declines_with_a_reason(client, curator):
    practice = SubmissionFactory()
    client.force_login(curator)
    url = f"/nl/practices/moderation/{practice.pk}/decline/"
    client.post(url, {"reason": "", "confirm": "on"})
    practice.refresh_from_db()
    assert practice.status == Practice.Status.SUBMITTED
    # Declining is final: without the confirmation nothing happens, and the page says why.
    response = client.post(url, {"reason": "Reclame"}, follow=True)
    assert "definitief wilt afwijzen" in response.content.decode()
    practice.refresh_from_db()
    assert practice.status == Practice.Status.SUBMITTED
    client.post(url, {"reason": "Reclame", "confirm": "on"})
    practice.refresh_from_db()
    assert practice.status == Practice.Status.DECLINED and practice.decline_reason == "Reclame"


def test_moderation_actions_need_post(client, curator):
    practice = SubmissionFactory()
    client.force_login(curator)
    assert client.get(f"/nl/practices/moderation/{practice.pk}/publish/").status_code == 405


def test_admin_pages_and_actions_for_curators(client, curator):
    curator.user_permissions.add(*Permission.objects.filter(content_type__app_label="practices"))
    practice = SubmissionFactory(title="Via de admin")
    client.force_login(curator)
    assert client.get("/admin/practices/practice/").status_code == 200
    change = client.get(f"/admin/practices/practice/{practice.pk}/change/")
    assert change.status_code == 200
    # Translations of the summary are written inline, one per language.
    assert 'name="translations-TOTAL_FORMS"' in change.content.decode()
    assert client.get("/admin/practices/toolsuggestion/").status_code == 200
    # Actions that cannot be undone ask first, on a page of their own.
    for action in ("erase_contact", "publish"):
        data = {"action": action, "_selected_action": [practice.pk]}
        asked = client.post("/admin/practices/practice/", data)
        assert asked.status_code == 200 and "Dit kan niet ongedaan gemaakt worden" in (
            asked.content.decode()
        )
        practice.refresh_from_db()
        assert not practice.is_published and practice.submitter_email
    for action in ("erase_contact", "publish"):
        data = {"action": action, "_selected_action": [practice.pk], "confirmed": "yes"}
        client.post("/admin/practices/practice/", data)
    practice.refresh_from_db()
    assert practice.is_published
    assert practice.submitter_email == ""
