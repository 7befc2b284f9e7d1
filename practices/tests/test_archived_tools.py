"""A practice keeps naming the tools it used, also once a tool is archived."""

import pytest

from catalogue import services
from catalogue.tests.factories import ToolFactory
from practices.tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def test_a_practice_links_its_archived_tool_marked_as_archived(client):
    current = ToolFactory(name="itsme")
    old = ToolFactory(name="CovidSafe")
    practice = PracticeFactory(title="In de digibank")
    practice.tools.set([current, old])
    services.tool_archive(tool=old, reason="Het Covid Safe Ticket bestaat niet meer.", by=None)
    page = client.get(practice.get_absolute_url()).content.decode()
    assert (
        '<a href="/nl/tools/covidsafe/">CovidSafe</a> <span class="muted">(gearchiveerd)</span>'
        in (page)
    )
    assert '<a href="/nl/tools/itsme/">itsme</a>' in page
    # The archived tool's page lists the practice.
    assert practice.get_absolute_url() in client.get("/nl/tools/covidsafe/").content.decode()
