import pytest
from django.http import QueryDict

from catalogue.tests.factories import (
    PurposeFactory,
    SectorFactory,
    TargetGroupFactory,
    ToolFactory,
)
from core.forms import SEARCH_TEXT_MAX_LENGTH
from practices import selectors
from practices.models import SuccessFactor
from practices.tests.factories import PracticeFactory, SubmissionFactory, SuccessFactorFactory

pytestmark = pytest.mark.django_db


def titles(query: str) -> set[str]:
    filters = selectors.PracticeFilters.from_query(QueryDict(query))
    return {p.title for p in selectors.practice_list_published(filters=filters)}


@pytest.fixture
def library():
    communication = PurposeFactory(slug="communicatie", name="Communicatie")
    practical = PurposeFactory(slug="praktische-tools", name="Praktische tools")
    whatsapp = ToolFactory(name="WhatsApp", slug="whatsapp", purposes=[communication])
    translate = ToolFactory(name="Google Translate", slug="google-translate", purposes=[practical])
    ocmw = SectorFactory(slug="ocmw", name="OCMW")
    street = SectorFactory(slug="straathoekwerk", name="Straathoekwerk")
    newcomers = TargetGroupFactory(slug="anderstaligen", name="Anderstaligen")
    general = SuccessFactorFactory(
        slug="laagdrempelig", name="Laagdrempelig", group="laagdrempelig"
    )
    familiar = SuccessFactorFactory(slug="vertrouwd", name="Vertrouwd", group="laagdrempelig")
    multilingual = SuccessFactorFactory(
        slug="meertalig", name="Meertalig", group=SuccessFactor.Group.TARGETED
    )
    PracticeFactory(
        title="WhatsApp in het OCMW",
        tools=[whatsapp],
        sectors=[ocmw],
        success_factors=[familiar],
    )
    PracticeFactory(
        title="Vertalen op straat",
        tools=[translate, whatsapp],
        sectors=[street],
        target_groups=[newcomers],
        success_factors=[multilingual],
    )
    PracticeFactory(title="Zonder tools", sectors=[ocmw], success_factors=[general])
    SubmissionFactory(title="Nog niet gemodereerd", tools=[whatsapp], sectors=[ocmw])


def test_without_filters_only_published_practices(library):
    assert titles("") == {"WhatsApp in het OCMW", "Vertalen op straat", "Zonder tools"}


def test_filter_by_tool(library):
    assert titles("tool=whatsapp") == {"WhatsApp in het OCMW", "Vertalen op straat"}
    assert titles("tool=google-translate") == {"Vertalen op straat"}


def test_values_of_one_filter_match_any_and_filters_combine(library):
    assert titles("sector=ocmw&sector=straathoekwerk") == {
        "WhatsApp in het OCMW",
        "Vertalen op straat",
        "Zonder tools",
    }
    assert titles("sector=ocmw&tool=whatsapp") == {"WhatsApp in het OCMW"}


def test_filter_by_target_group(library):
    assert titles("target_group=anderstaligen") == {"Vertalen op straat"}


def test_purpose_filter_means_practices_using_a_tool_of_that_purpose(library):
    assert titles("purpose=praktische-tools") == {"Vertalen op straat"}
    assert titles("purpose=communicatie") == {"WhatsApp in het OCMW", "Vertalen op straat"}


def test_general_success_factor_also_finds_its_specific_factors(library):
    assert titles("factor=laagdrempelig") == {"WhatsApp in het OCMW", "Zonder tools"}
    assert titles("factor=vertrouwd") == {"WhatsApp in het OCMW"}
    assert titles("factor=meertalig") == {"Vertalen op straat"}


def test_free_text_search(library):
    assert titles("q=whatsapp") == {"WhatsApp in het OCMW", "Vertalen op straat"}
    assert titles("q=straat") == {"Vertalen op straat"}


def test_unknown_values_match_nothing_and_do_not_fail(library):
    assert titles("tool=bestaat-niet") == set()
    assert titles("sector=%3Cscript%3E&factor=" + "x" * 5000) == set()


def test_filters_are_capped():
    filters = selectors.PracticeFilters.from_query(QueryDict("tool=a&" * 100 + "q=" + "w " * 500))
    assert filters.selected["tool"] == ("a",)
    assert len(filters.q) <= SEARCH_TEXT_MAX_LENGTH


def options(filters: str = "") -> dict[str, dict[str, int]]:
    facets = selectors.practice_facets(
        filters=selectors.PracticeFilters.from_query(QueryDict(filters))
    )
    return {facet.param: {o.value: o.count for o in facet.options} for facet in facets}


def test_filter_options_offer_only_used_values(library):
    ToolFactory(name="Ongebruikt", slug="ongebruikt")
    offered = options()
    assert list(offered["tool"]) == ["google-translate", "whatsapp"]
    # The general factor counts its own practice and the one coded "vertrouwd".
    assert offered["factor"] == {"laagdrempelig": 2, "vertrouwd": 1, "meertalig": 1}
    assert offered["tool"]["whatsapp"] == 2  # the submission does not count
    assert offered["purpose"] == {"communicatie": 2, "praktische-tools": 1}
    assert offered["sector"] == {"ocmw": 2, "straathoekwerk": 1}
    assert offered["target_group"] == {"anderstaligen": 1}


def test_filter_counts_are_over_all_published_practices_and_mark_the_picked_ones(library):
    facets = selectors.practice_facets(
        filters=selectors.PracticeFilters.from_query(
            QueryDict("tool=whatsapp&factor=laagdrempelig")
        )
    )
    by_param = {facet.param: facet for facet in facets}
    assert [o.value for o in by_param["tool"].options if o.selected] == ["whatsapp"]
    assert by_param["tool"].options[0].count == 1  # google-translate, not narrowed
    general = {o.value: o.emphasised for o in by_param["factor"].options}
    assert general == {"laagdrempelig": True, "vertrouwd": False, "meertalig": False}


def test_renaming_a_success_factor_refreshes_the_cached_choices(
    library, settings, django_capture_on_commit_callbacks
):
    settings.SEARCH_CACHE_SECONDS = 60

    def label(value):
        facets = selectors.practice_facets(filters=selectors.PracticeFilters())
        factor = next(facet for facet in facets if facet.param == "factor")
        return next(o.label for o in factor.options if o.value == value)

    assert label("vertrouwd") == "Vertrouwd"  # read, and cached
    with django_capture_on_commit_callbacks(execute=True):
        factor = SuccessFactor.objects.get(slug="vertrouwd")
        factor.name = "Vertrouwd en dichtbij"
        factor.save()
    assert label("vertrouwd") == "Vertrouwd en dichtbij"


def test_purpose_filter_leaves_out_archived_tools(library):
    from catalogue.models import Tool

    Tool.objects.filter(slug="google-translate").update(status=Tool.Status.ARCHIVED)
    assert titles("purpose=praktische-tools") == set()
    assert "praktische-tools" not in options()["purpose"]
    assert "google-translate" not in options()["tool"]


def test_practices_for_tool_lists_published_ones_and_counts(library):
    from catalogue.models import Tool

    newest, total = selectors.practices_for_tool(tool=Tool.objects.get(slug="whatsapp"), limit=1)
    assert len(newest) == 1 and total == 2


def test_moderation_queue_lists_waiting_submissions_oldest_first(library):
    SubmissionFactory(title="Tweede")
    assert [p.title for p in selectors.moderation_queue()] == ["Nog niet gemodereerd", "Tweede"]
