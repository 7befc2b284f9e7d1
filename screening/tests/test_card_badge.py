"""Listing cards say "gescreend op <date>" or "nog niet gescreend", and `screened=1` lists only
tools with a published screening: drafts, screenings in review, approved-but-unpublished and
superseded screenings never count."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from catalogue.tests.factories import ToolFactory
from screening import services
from screening.models import Screening

from .factories import answer_all, published_screening, reviewer, screener

LIST = "/nl/tools/"


def names(response):
    return sorted(tool.name for tool in response.context["result"].page.object_list)


@pytest.fixture
def screenings(framework):
    """One tool per stage of the workflow."""
    published = published_screening(tool=ToolFactory(name="Gepubliceerd"))
    Screening.objects.filter(pk=published.pk).update(
        published_at=timezone.make_aware(datetime.datetime(2026, 11, 20, 10, 0))
    )
    by = screener()
    draft = services.screening_start(tool=ToolFactory(name="Concept"), by=by)
    in_review = services.screening_start(tool=ToolFactory(name="Wacht"), by=by)
    services.screening_save_draft(
        screening=in_review,
        by=by,
        answers=answer_all(in_review),
        strengths="",
        attention_points="",
        outcome="included",
    )
    services.screening_submit_for_review(screening=in_review, by=by)
    approved = services.screening_start(tool=ToolFactory(name="Goedgekeurd"), by=by)
    Screening.objects.filter(pk=approved.pk).update(status=Screening.Status.APPROVED)
    superseded = published_screening(tool=ToolFactory(name="Vervangen"), by=by, second=reviewer())
    Screening.objects.filter(pk=superseded.pk).update(status=Screening.Status.SUPERSEDED)
    ToolFactory(name="Nooit")
    return {"published": published, "draft": draft, "in_review": in_review}


def test_screened_filter_lists_only_tools_with_a_published_screening(client, screenings):
    response = client.get(f"{LIST}?screened=1")
    assert names(response) == ["Gepubliceerd"]
    assert response.context["result"].total == 1


def test_cards_say_when_a_tool_was_screened_or_that_it_was_not(client, screenings):
    page = client.get(LIST).content.decode()
    assert (
        '<strong>Gescreend op <time datetime="2026-11-20">20 november 2026</time></strong>'
    ) in page
    # Six tools, one screened: the five others say so, whatever stage their screening is in.
    assert page.count('<span class="unknown">Nog niet gescreend</span>') == 5
    french = client.get("/fr/tools/").content.decode()
    assert "Évalué le" in french and "Pas encore évalué" in french


def test_badge_costs_no_query_per_card(client, screenings, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(LIST)  # choices and counts are cached after the first view
    with django_assert_num_queries(2):  # the page, and its cards' purposes and platforms
        client.get(LIST)
    for n in range(10):
        published_screening(tool=ToolFactory(name=f"Extra {n}"))
    client.get(LIST)
    with django_assert_num_queries(2):
        response = client.get(LIST)
    assert response.content.decode().count("Gescreend op") == 11


def test_the_about_page_counts_published_screenings(client, screenings):
    page = client.get(reverse("catalogue:about")).content.decode()
    assert "1 tool heeft een gepubliceerde screening." in page
    assert 'href="/nl/tools/?screened=1"' in page
