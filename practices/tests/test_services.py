import pytest
from django.contrib.auth.models import Permission, User
from django.core.exceptions import ValidationError

from catalogue.tests.factories import SectorFactory, ToolFactory
from practices import services
from practices.models import Practice, ToolSuggestion
from practices.tests.factories import PracticeFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator():
    user = User.objects.create_user("curator", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="moderate_practice"))
    return user


def submit(**changes):
    data = {
        "title": "WhatsApp voor snelle vragen",
        "summary": "Cliënten sturen ons vragen via WhatsApp.",
        "story": "We gebruiken **WhatsApp** met cliënten.",
        "submitter_email": "sharer@example.org",
        "consent_to_publish": True,
    }
    data.update(changes)
    return services.practice_submit(**data)


def test_submission_waits_for_moderation_and_keeps_contact_private():
    practice = submit(submitter_name="Sara, CAW")
    assert practice.status == Practice.Status.SUBMITTED
    assert practice.origin == Practice.Origin.SUBMISSION
    assert practice.published_at is None
    assert practice.submitter_email == "sharer@example.org"
    assert not Practice.objects.published().filter(pk=practice.pk).exists()


def test_submission_without_consent_is_refused():
    with pytest.raises(ValidationError):
        submit(consent_to_publish=False)
    assert not Practice.objects.exists()


def test_submission_links_catalogue_tools_and_suggests_the_others():
    whatsapp = ToolFactory(name="WhatsApp", slug="whatsapp")
    translate = ToolFactory(name="Google Translate", slug="google-translate")
    practice = submit(tool_names="whatsapp, GOOGLE translate; Onbekende App, onbekende app")
    assert set(practice.tools.all()) == {whatsapp, translate}
    assert list(practice.tool_suggestions.values_list("name", flat=True)) == ["Onbekende App"]


def test_submission_does_not_link_draft_tools():
    ToolFactory(name="Geheim", slug="geheim", status="draft")
    practice = submit(tool_names="Geheim")
    assert not practice.tools.exists()
    assert practice.tool_suggestions.get().name == "Geheim"


def test_submission_stores_quote_media_link_and_terms():
    sector = SectorFactory(slug="caw", name="CAW")
    practice = submit(
        quote_text="Het werkt.",
        quote_role="maatschappelijk werker",
        media_url="https://example.org/film",
        sectors=[sector],
    )
    quote = practice.quotes.get()
    assert (quote.text, quote.speaker_role) == ("Het werkt.", "maatschappelijk werker")
    assert practice.media_links.get().url == "https://example.org/film"
    assert list(practice.sectors.all()) == [sector]


def test_slugs_are_unique_and_never_a_page_name():
    first = submit(title="Share")
    second = submit(title="Share")
    assert first.slug == "share-2"
    assert second.slug == "share-3"
    assert submit(title="مرحبا").slug == "praktijk"


def test_publish_sets_status_dates_and_moderator(curator):
    practice = SubmissionFactory()
    services.practice_publish(practice=practice, by=curator)
    practice.refresh_from_db()
    assert practice.status == Practice.Status.PUBLISHED
    assert practice.published_at is not None
    assert practice.moderated_by == curator
    with pytest.raises(ValidationError):
        services.practice_publish(practice=practice, by=curator)


def test_publish_refuses_a_submission_without_consent(curator):
    practice = SubmissionFactory(consent_to_publish=False)
    with pytest.raises(ValidationError):
        services.practice_publish(practice=practice, by=curator)
    practice.refresh_from_db()
    assert practice.status == Practice.Status.SUBMITTED


def test_decline_needs_a_reason(curator):
    practice = SubmissionFactory()
    with pytest.raises(ValidationError):
        services.practice_decline(practice=practice, by=curator, reason="  ")
    practice.refresh_from_db()
    assert practice.status == Practice.Status.SUBMITTED
    services.practice_decline(practice=practice, by=curator, reason="Bevat namen van cliënten.")
    practice.refresh_from_db()
    assert practice.status == Practice.Status.DECLINED
    assert practice.decline_reason == "Bevat namen van cliënten."
    with pytest.raises(ValidationError):
        services.practice_decline(practice=practice, by=curator, reason="Nog eens")


def test_a_published_practice_can_be_withdrawn_and_republished(curator):
    practice = PracticeFactory()
    services.practice_decline(practice=practice, by=curator, reason="Verouderd")
    assert not Practice.objects.published().exists()
    services.practice_publish(practice=practice, by=curator)
    practice.refresh_from_db()
    assert practice.is_published and practice.decline_reason == ""


def test_erase_contact_removes_name_and_email(curator):
    practice = SubmissionFactory()
    services.practice_erase_contact(practice=practice, by=curator)
    practice.refresh_from_db()
    assert practice.submitter_name == "" and practice.submitter_email == ""
    assert practice.contact_erased_at is not None
    assert not practice.has_contact
    assert "curator" in practice.curator_note


def test_linking_a_suggestion_makes_the_practice_use_the_tool():
    practice = submit(tool_names="Travis")
    tool = ToolFactory(name="Travis vertaaltoestel", slug="travis-vertaalapparaat")
    suggestion = practice.tool_suggestions.get()
    services.tool_suggestion_link(suggestion=suggestion, tool=tool)
    assert list(practice.tools.all()) == [tool]
    assert ToolSuggestion.objects.get().status == ToolSuggestion.Status.LINKED


def test_moderate_permission_is_defined_on_the_model():
    assert ("moderate_practice", "Mag praktijken modereren") in [
        (code, str(name)) for code, name in Practice._meta.permissions
    ]
