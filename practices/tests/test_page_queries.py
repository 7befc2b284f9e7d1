"""The public pages run a small, fixed number of queries at seed-shaped data (a tool with
about 40 links and 10 practices, like WhatsApp in the seed), however many links there are."""

import pytest
from django.urls import reverse

from catalogue.tests.factories import ToolFactory, seed_shaped_tool
from practices.tests.factories import PracticeFactory, SuccessFactorFactory


@pytest.fixture
def seed_shaped(db, settings):
    # No application cache may hide a query: page cache and search/facet caches off.
    settings.PAGE_CACHE_SECONDS = 0
    settings.SEARCH_CACHE_SECONDS = 0
    neighbours = [ToolFactory(name=f"Buur {n}") for n in range(3)]
    tools = [seed_shaped_tool(name=name, neighbours=neighbours) for name in ("WhatsApp", "Signal")]
    factors = [SuccessFactorFactory(name=f"Factor {n}") for n in range(3)]
    for n in range(10):
        PracticeFactory(title=f"Praktijk {n}", tools=tools, success_factors=factors)
    return tools[0]


def test_the_data_is_shaped_like_the_seeds_busiest_tool(seed_shaped):
    from catalogue.models import Tool

    links = sum(getattr(seed_shaped, name).count() for name in Tool.TAXONOMY_FIELDS)
    links += seed_shaped.aliases.count() + seed_shaped.related_tools.count()
    links += seed_shaped.examples.count()
    assert links >= 40
    assert seed_shaped.practices.count() == 10


def test_tool_page(client, seed_shaped, django_assert_num_queries):
    with django_assert_num_queries(TOOL_PAGE):
        response = client.get(seed_shaped.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count("Praktijk ") >= 3


def test_search_page(client, seed_shaped, django_assert_num_queries):
    with django_assert_num_queries(SEARCH_PAGE):
        response = client.get(reverse("catalogue:tool_list"), {"q": "whatsapp"})
    assert response.status_code == 200
    assert "WhatsApp" in response.content.decode()


def test_home_page(client, seed_shaped, django_assert_num_queries):
    with django_assert_num_queries(HOME_PAGE):
        response = client.get(reverse("catalogue:home"))
    assert response.status_code == 200


def test_practice_list(client, seed_shaped, django_assert_num_queries):
    with django_assert_num_queries(PRACTICE_LIST):
        response = client.get(reverse("practices:list"))
    assert response.status_code == 200
    assert "Praktijk 9" in response.content.decode()


# Each page also reads translations (issue 16): the tool's or the practices', and a search
# looks up tools named exactly as searched; the tool page reads its members' reviews (one
# aggregate) and a search counts the reviews' "well rated for" filter.
TOOL_PAGE = 11
SEARCH_PAGE = 13
HOME_PAGE = 2
PRACTICE_LIST = 10
