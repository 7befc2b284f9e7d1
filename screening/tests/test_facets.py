from itertools import combinations_with_replacement

import pytest
from django.urls import reverse

from catalogue import selectors as catalogue_selectors
from catalogue.forms import ToolFilterForm
from catalogue.tests.factories import ToolFactory
from screening import services
from screening.facets import criteria_met_rows
from screening.models import Answer, Screening, ScreeningAnswer
from screening.selectors import Profile, criterion_profile, screening_profile

from .factories import published_screening


@pytest.fixture
def screened(framework):
    privacy_ok = published_screening(tool=ToolFactory(name="Veilig"), value=Answer.YES)
    privacy_partly = published_screening(tool=ToolFactory(name="Half"), value=Answer.YES)
    privacy_partly.answers.filter(question__criterion__key="privacy").filter(
        question__key="trackers"
    ).update(value=Answer.NO)
    ToolFactory(name="Onbekend")  # never screened
    return privacy_ok, privacy_partly


def _search(**params):
    form = ToolFilterForm(params)
    return catalogue_selectors.tool_search(filters=form.filters(), choices=form.facet_choices)


def _names(result):
    return sorted(tool.name for tool in result.page.object_list)


def _facet(result, param):
    return {o.value: o.count for f in result.facets if f.param == param for o in f.options}


def test_publishing_a_screening_refreshes_the_cached_listing_counts(
    framework, django_capture_on_commit_callbacks
):
    tool = ToolFactory(name="Veilig")
    assert _facet(_search(), "screened") == {}  # counted, and cached
    with django_capture_on_commit_callbacks(execute=True):
        published_screening(tool=tool)
    assert _facet(_search(), "screened") == {"1": 1}


def test_a_new_framework_version_refreshes_the_cached_criterion_choices(
    framework, django_capture_on_commit_callbacks
):
    key = framework.criteria.first().key
    assert key in dict(catalogue_selectors.facet_choices()["criterion"])  # read, and cached
    copy = services.framework_version_draft_copy(version=framework)
    copy.criteria.filter(key=key).update(name="Nieuwe naam")
    with django_capture_on_commit_callbacks(execute=True):
        services.framework_version_publish(version=copy)
    assert dict(catalogue_selectors.facet_choices()["criterion"])[key] == "Nieuwe naam"


def test_screened_filter(screened):
    assert _names(_search(screened="1")) == ["Half", "Veilig"]
    assert _facet(_search(), "screened") == {"1": 2}


def test_superseded_and_unpublished_screenings_do_not_count(screened):
    ok, _partly = screened
    Screening.objects.filter(pk=ok.pk).update(status=Screening.Status.SUPERSEDED)
    assert _names(_search(screened="1")) == ["Half"]


def test_criterion_filter_uses_the_profile_rule(screened):
    ok, partly = screened
    assert _names(_search(criterion="privacy")) == ["Veilig"]
    assert _names(_search(criterion="helderheid")) == ["Half", "Veilig"]
    assert _names(_search(criterion=["privacy", "nonsense"])) == ["Veilig"]
    counts = _facet(_search(), "criterion")
    assert counts["privacy"] == 1 and counts["helderheid"] == 2
    # The SQL agrees with the Python rule shown on the tool page.
    met = {(r["screening__tool_id"], r["question__criterion__key"]) for r in criteria_met_rows()}
    for screening in (ok, partly):
        for row in screening_profile(screening=screening):
            assert ((screening.tool_id, row.criterion.key) in met) is (row.status == Profile.MET)


def test_the_sql_met_rule_agrees_with_the_python_rule_for_every_combination_of_answers(
    framework,
):
    """`criteria_met_rows` (SQL, the filter and its counts) and `criterion_profile` (Python,
    the tool page) are two forms of one rule: they must agree on every set of answers,
    blank ones included, for criteria of one, two and three questions."""
    screening = published_screening(tool=ToolFactory(name="Proef"))
    criterion = next(c for c in framework.criteria.all() if c.questions.count() >= 3)
    questions = list(criterion.questions.all())
    answers = ScreeningAnswer.objects.filter(screening=screening, question__criterion=criterion)
    values = [*Answer.values, ""]
    checked = 0
    for size in (1, 2, 3):
        for combination in combinations_with_replacement(values, size):
            answers.delete()
            ScreeningAnswer.objects.bulk_create(
                ScreeningAnswer(screening=screening, question=question, value=value)
                for question, value in zip(questions, combination, strict=False)
            )
            met_in_sql = criteria_met_rows(keys=[criterion.key]).exists()
            met_in_python = criterion_profile(list(combination)) == Profile.MET
            assert met_in_sql is met_in_python, combination
            checked += 1
    assert checked == 6 + 21 + 56


def test_listing_shows_the_new_filters_and_ignores_bad_values(client, screened):
    page = client.get(reverse("catalogue:tool_list") + "?screened=1&criterion=privacy")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Gescreend door Toolwijzer" in html
    assert "Voldoet aan criterium" in html
    assert page.context["result"].total == 1
    bad = client.get(reverse("catalogue:tool_list") + "?screened=yes&criterion=%3Cscript%3E")
    assert bad.status_code == 200
    assert bad.context["result"].total == 3
    assert "<script>" not in bad.content.decode()


def test_filters_hidden_while_nothing_is_screened(client, framework):
    ToolFactory()
    html = client.get(reverse("catalogue:tool_list")).content.decode()
    assert "Gescreend door Toolwijzer" not in html
