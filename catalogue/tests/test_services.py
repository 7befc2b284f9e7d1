import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from catalogue import services
from catalogue.models import Tool
from catalogue.tests.factories import PurposeFactory, ToolFactory
from core.content import version

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    return get_user_model().objects.create_user("carla")


def _proposed(person, **changes):
    data = {
        "name": "Babbelbox",
        "website_url": "https://babbelbox.example",
        "provider": "Babbel vzw",
        "description": "Een chatapp. " * 40,
        "purposes": [PurposeFactory(slug="communicatie")],
        "source": "Voorgesteld door de aanbieder",
        "curator_note": "Alles nakijken",
        "by": person,
    }
    data.update(changes)
    return services.tool_create_from_submission(**data)


def test_a_proposed_tool_is_a_validated_draft_with_a_short_summary(person):
    tool = _proposed(person)
    assert tool.status == Tool.Status.DRAFT
    assert tool.slug == "babbelbox"
    assert len(tool.summary) <= 300 and tool.summary.endswith("…")
    assert [p.slug for p in tool.purposes.all()] == ["communicatie"]
    entry = LogEntry.objects.get(object_id=str(tool.pk))
    assert (entry.user, entry.action_flag) == (person, ADDITION)
    assert _proposed(person).slug == "babbelbox-2"
    with pytest.raises(ValidationError):
        _proposed(person, website_url="geen adres")


def test_publishing_puts_a_draft_online_and_bumps_the_content_version(person):
    from search.selectors import tool_queryset_matching

    tool = _proposed(person)
    before = version()
    published = services.tool_publish(tool=tool, by=person, reason="Met zijn screening")
    assert published.status == Tool.Status.PUBLISHED
    assert version() > before
    found = tool_queryset_matching(queryset=Tool.objects.published(), query="babbelbox")
    assert list(found) == [published]
    entry = LogEntry.objects.filter(action_flag=CHANGE).get(object_id=str(tool.pk))
    assert entry.change_message == "Met zijn screening"
    # Publishing a published tool changes nothing.
    assert services.tool_publish(tool=published, by=person).status == Tool.Status.PUBLISHED
    assert LogEntry.objects.filter(action_flag=CHANGE).count() == 1


def test_an_archived_tool_is_not_published_again(person):
    tool = ToolFactory(status=Tool.Status.ARCHIVED)
    with pytest.raises(ValidationError):
        services.tool_publish(tool=tool, by=person)
    assert Tool.objects.get(pk=tool.pk).status == Tool.Status.ARCHIVED
