"""The catalogue filter "well rated by people working with ..." from members' reviews."""

import pytest

from catalogue.tests.factories import TargetGroupFactory, ToolFactory
from reviews.models import Review
from reviews.tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_the_listing_keeps_tools_well_rated_for_the_chosen_target_group(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.SEARCH_CACHE_SECONDS = 0
    newcomers = TargetGroupFactory(slug="nieuwkomers", name="Nieuwkomers")
    seniors = TargetGroupFactory(slug="ouderen", name="Ouderen")
    good, poor, elsewhere, waiting = (
        ToolFactory(name=n) for n in ("Goed", "Zwak", "Elders", "Wacht")
    )
    ReviewFactory(tool=good, target_group=newcomers, fit=5)
    ReviewFactory(tool=good, target_group=newcomers, fit=4)
    ReviewFactory(tool=poor, target_group=newcomers, fit=5)
    ReviewFactory(tool=poor, target_group=newcomers, fit=2)
    ReviewFactory(tool=elsewhere, target_group=seniors, fit=5)
    ReviewFactory(
        tool=waiting, target_group=newcomers, fit=5, status=Review.Status.PENDING, published_at=None
    )
    page = client.get("/nl/tools/?well_rated_for=nieuwkomers").content.decode()
    assert "Goed beoordeeld door wie werkt met" in page
    assert ">Goed<" in page or "/nl/tools/goed/" in page
    for name in ("zwak", "elders", "wacht"):
        assert f"/nl/tools/{name}/" not in page
    both = client.get("/nl/tools/?well_rated_for=nieuwkomers&well_rated_for=ouderen")
    assert "/nl/tools/elders/" in both.content.decode()
    assert client.get("/nl/tools/?well_rated_for=%00onbekend").status_code == 200
