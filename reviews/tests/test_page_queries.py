"""The tool page and the reviews page read reviews in a fixed number of queries, however
many reviews a tool has."""

import pytest

from catalogue.tests.factories import SectorFactory, TargetGroupFactory, ToolFactory
from practices.tests.factories import SuccessFactorFactory
from reviews.tests.factories import ReviewFactory


@pytest.fixture
def reviewed(db, settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.SEARCH_CACHE_SECONDS = 0
    tool = ToolFactory(name="WhatsApp")
    sectors = [SectorFactory(name=f"Sector {n}") for n in range(4)]
    groups = [TargetGroupFactory(name=f"Doelgroep {n}") for n in range(5)]
    factors = [SuccessFactorFactory(name=f"Factor {n}") for n in range(3)]

    def add(count):
        for n in range(count):
            ReviewFactory(
                tool=tool,
                sector=sectors[n % 4],
                target_group=groups[n % 5],
                success_factors=factors,
            )

    return tool, add


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["", "reviews/", "reviews/?target_group=doelgroep-1"])
def test_the_number_of_queries_does_not_grow_with_the_reviews(client, reviewed, path):
    tool, add = reviewed
    url = f"/nl/tools/{tool.slug}/{path}"
    add(2)
    with_few = count_queries(client, url)
    add(40)
    assert count_queries(client, url) == with_few


def test_the_reviews_page_in_a_fixed_number(client, reviewed, django_assert_num_queries):
    tool, add = reviewed
    add(25)
    # tool (1), filter terms (none asked), count (1), figures (3), reviews and their success
    # factors (2), anonymous texts (1), filter options (2)
    with django_assert_num_queries(REVIEWS_PAGE):
        response = client.get(f"/nl/tools/{tool.slug}/reviews/")
    assert response.content.decode().count('class="card review"') == 20


REVIEWS_PAGE = 10
