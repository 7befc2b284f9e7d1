import pytest
from django.db.models import Prefetch
from django.db.models.functions import Lower

from catalogue import selectors
from catalogue.forms import ToolFilterForm
from catalogue.models import Tool
from catalogue.tests import factories as f

pytestmark = pytest.mark.django_db


def make_tool(name, **relations):
    """A published tool; keyword arguments set many-to-many relations by slug.

    Relations are written straight into the through tables: the catalogue's filters read
    those, and skipping the m2m signals keeps these tests fast (the search index, which
    listens to them, has its own tests; the tool's own save still reaches it).
    """
    simple = {k: relations.pop(k) for k in list(relations) if k in TOOL_FIELDS}
    tool = f.ToolFactory(name=name, **simple)
    for relation, slugs in relations.items():
        factory = RELATION_FACTORIES[relation]
        m2m = Tool._meta.get_field(relation)
        through = m2m.remote_field.through
        term_fk = m2m.m2m_reverse_field_name()
        through.objects.bulk_create(
            through(tool=tool, **{term_fk: factory(slug=slug, name=slug.title())}) for slug in slugs
        )
    return tool


TOOL_FIELDS = {"cost", "kind", "status", "summary", "description", "is_must_use"}
RELATION_FACTORIES = {
    "purposes": f.PurposeFactory,
    "themes": f.ThemeFactory,
    "target_groups": f.TargetGroupFactory,
    "sectors": f.SectorFactory,
    "languages": f.LanguageFactory,
    "platforms": f.PlatformFactory,
    "accessibility_features": f.AccessibilityFeatureFactory,
    "requirements": f.RequirementFactory,
    "contact_modes": f.ContactModeFactory,
}


@pytest.fixture
def naive_search(monkeypatch):
    """Stand-in for the search app: substring match, name order. Keeps these tests about
    the catalogue (filters, counts, queries), whatever the search back end does."""
    from django.db.models import Q

    from catalogue import selectors as catalogue_selectors

    def matching(*, queryset, query):
        words = query.split()
        for word in words:
            queryset = queryset.filter(Q(name__icontains=word) | Q(summary__icontains=word))
        return queryset.order_by(Lower("name"))

    monkeypatch.setattr(catalogue_selectors, "_text_search", [matching])
    return matching


def search(**params):
    form = ToolFilterForm(params)
    return selectors.tool_search(filters=form.filters(), choices=form.facet_choices)


def names(result):
    return [tool.name for tool in result.page.object_list]


def facet(result, param):
    return {o.value: o.count for o in next(x for x in result.facets if x.param == param).options}


@pytest.fixture
def catalogue():
    return {
        "whatsapp": make_tool(
            "WhatsApp",
            cost=Tool.Cost.FREE,
            purposes=["communicatie"],
            languages=["nl", "ar"],
            platforms=["android", "ios"],
        ),
        "zanzu": make_tool(
            "Zanzu",
            cost=Tool.Cost.FREE,
            purposes=["communicatie", "informeren-en-verwijzen"],
            languages=["nl", "ar", "fr"],
            platforms=["web"],
            contact_modes=["anonymous"],
        ),
        "teams": make_tool(
            "Teams",
            cost=Tool.Cost.FREEMIUM,
            purposes=["communicatie"],
            languages=["nl"],
            platforms=["web", "windows"],
        ),
        "itsme": make_tool(
            "itsme",
            cost=Tool.Cost.FREE,
            purposes=["toegang-overheid-en-dienstverlening"],
            languages=["nl", "fr"],
            requirements=["smartphone"],
        ),
        "draft": make_tool(
            "Draft tool", cost=Tool.Cost.FREE, purposes=["communicatie"], status="draft"
        ),
    }


def test_no_filters_lists_published_tools_by_name(catalogue):
    assert names(search()) == ["itsme", "Teams", "WhatsApp", "Zanzu"]


def test_or_within_a_facet_and_across_facets(catalogue):
    assert names(search(purpose=["communicatie"], language=["ar"], cost=["free"])) == [
        "WhatsApp",
        "Zanzu",
    ]
    assert names(search(language=["ar", "fr"])) == ["itsme", "WhatsApp", "Zanzu"]
    assert names(search(platform=["web"], cost=["freemium"])) == ["Teams"]


def test_disjunctive_counts(catalogue):
    result = search(purpose=["communicatie"], language=["ar"])
    # Language counts ignore the language choice but honour the purpose choice.
    assert facet(result, "language") == {"nl": 3, "ar": 2, "fr": 1}
    # Purpose counts honour the language choice.
    assert facet(result, "purpose") == {"communicatie": 2, "informeren-en-verwijzen": 1}
    assert facet(result, "cost") == {"free": 2}
    assert facet(result, "anonymous") == {"1": 1}


def test_selected_option_with_zero_count_is_still_shown(catalogue):
    result = search(purpose=["toegang-overheid-en-dienstverlening"], platform=["web"])
    assert names(result) == []
    purpose = next(x for x in result.facets if x.param == "purpose")
    options = {o.value: (o.count, o.selected) for o in purpose.options}
    assert options["toegang-overheid-en-dienstverlening"] == (0, True)


def test_anonymous_filter(catalogue):
    assert names(search(anonymous="1")) == ["Zanzu"]


def test_requirement_filter(catalogue):
    assert names(search(requirement=["smartphone"])) == ["itsme"]


def test_unknown_values_are_ignored(catalogue):
    assert names(search(purpose=["nope"], cost=["gold"], anonymous="yes")) == [
        "itsme",
        "Teams",
        "WhatsApp",
        "Zanzu",
    ]
    assert names(search(language=["ar", "xx"])) == ["WhatsApp", "Zanzu"]


def test_q_goes_through_search_and_combines_with_facets(catalogue, monkeypatch):
    calls = []
    from catalogue import selectors as catalogue_selectors

    original = catalogue_selectors._text_search[0]

    def spy(*, queryset, query):
        calls.append(query)
        return original(queryset=queryset, query=query).order_by(Lower("name").desc())

    monkeypatch.setattr(catalogue_selectors, "_text_search", [spy])
    result = search(q="  helpt  ", cost=["free"])
    assert calls and set(calls) == {"helpt"}
    # The search order is kept (here: reversed names).
    assert names(result) == ["Zanzu", "WhatsApp", "itsme"]


def test_paging(catalogue):
    for n in range(25):
        make_tool(f"Extra {n:02}", cost=Tool.Cost.PAID)
    result = search(cost=["paid"], page="2")
    assert result.total == 25
    assert names(result) == [f"Extra {n:02}" for n in range(20, 25)]
    assert [f.param for f in result.facets][:3] == ["purpose", "cost", "language"]
    assert [f.param for f in result.facets if f.expanded] == ["purpose", "cost", "language"]
    assert not result.page.has_next()
    assert search(cost=["paid"], page="abc").page.number == 1
    assert search(cost=["paid"], page="-3").page.number == 1
    assert search(cost=["paid"], page="999").page.number == 2


def test_active_filters_remove_one_value(catalogue, naive_search):
    result = search(q="app", language=["ar", "fr"], cost=["free"], page="2")
    chips = {(c.legend, c.label): c.remove_params.urlencode() for c in result.active_filters}
    assert chips[("Zoekterm", "app")] == "cost=free&language=ar&language=fr"
    assert chips[("Taal", "Ar")] == "q=app&cost=free&language=fr"
    assert chips[("Kostprijs", "Gratis")] == "q=app&language=ar&language=fr"


def test_labels_follow_the_active_language(catalogue):
    from django.utils import translation

    f.LanguageFactory(slug="ar").__class__.objects.filter(slug="ar").update(
        name="Arabisch", name_fr="Arabe", name_en="Arabic"
    )
    with translation.override("fr"):
        choices = dict(selectors.facet_choices()["language"])
    assert choices["ar"] == "Arabe"
    with translation.override("nl"):
        assert dict(selectors.facet_choices()["language"])["ar"] == "Arabisch"


def test_register_facet_adds_a_filter(catalogue):
    from django.db.models import Q

    flag = selectors.FlagFacet(
        param="must_use", legend="Moet", label="Moet-app", condition=Q(is_must_use=True)
    )
    Tool.objects.filter(name="itsme").update(is_must_use=True)
    selectors.register_facet(flag)
    try:
        result = search(must_use="1")
        assert names(result) == ["itsme"]
        assert facet(result, "must_use") == {"1": 1}
    finally:
        selectors.FACETS.remove(flag)


def test_query_count_is_constant(django_assert_num_queries, catalogue, naive_search):
    params = {"purpose": ["communicatie"], "language": ["ar"], "q": "helpt", "anonymous": "1"}

    def run():
        result = search(**params)
        list(result.page.object_list)
        return result

    # 7: the facet choices (one UNION) and screening's criteria; the total with every term,
    # choice and yes-only facet's counts in one query; screening's criterion counts; reviews'
    # well_rated_for counts; the page and its cards' purposes and platforms (one query)
    with django_assert_num_queries(7):
        run()
    for n in range(20):
        make_tool(
            f"Bulk {n}",
            cost=Tool.Cost.FREE,
            purposes=["communicatie", f"p{n}"],
            languages=["ar", f"l{n}"],
            themes=[f"t{n}"],
            platforms=["web"],
            contact_modes=["anonymous"],
        )
    with django_assert_num_queries(7):
        assert run().total == 21


def test_tool_detail_query_count(django_assert_num_queries, catalogue):
    zanzu = catalogue["zanzu"]
    zanzu.related_tools.set([catalogue["teams"]])
    # The tool, the 8 taxonomies in one query, requirement links, verified fact groups,
    # aliases, translations, and examples, the tools it is an example of and related tools
    # in one query.
    with django_assert_num_queries(7):
        tool = selectors.tool_find_published(slug="zanzu")
        assert [t.name for t in tool.related_tools.all()] == ["Teams"]
        assert tool.has_anonymous_contact


def test_linked_tools_are_the_current_tools_prefetch_related_would_give():
    kind = f.ToolFactory(name="Vertaalapps", kind=Tool.Kind.TOOL_TYPE)
    other_kind = f.ToolFactory(name="Berichtenapps", kind=Tool.Kind.TOOL_TYPE)
    zoom = f.ToolFactory(name="Zoom")
    draft = f.ToolFactory(name="Concept", status=Tool.Status.DRAFT)
    archived = f.ToolFactory(name="Oud", status=Tool.Status.ARCHIVED)
    apps = [f.ToolFactory(name=name) for name in ("DeepL", "Google Vertalen", "Amazing")]
    kind.examples.set([*apps, draft, archived])
    other_kind.examples.set([apps[0]])
    kind.related_tools.set([zoom, other_kind, draft])
    tools = [kind, other_kind, apps[0], zoom]
    published = Tool.objects.published()

    def names(tool, relation):
        return [(t.pk, t.name, t.slug, t.kind, t.summary) for t in getattr(tool, relation).all()]

    expected = {
        (tool.pk, relation): names(tool, relation)
        for tool in Tool.objects.filter(pk__in=[t.pk for t in tools]).prefetch_related(
            *(Prefetch(relation, queryset=published) for relation in RELATIONS)
        )
        for relation in RELATIONS
    }
    selectors.prefetch_linked_tools(tools)
    got = {(tool.pk, relation): names(tool, relation) for tool in tools for relation in RELATIONS}
    assert got == expected
    assert [t.name for t in kind.examples.all()] == ["Amazing", "DeepL", "Google Vertalen"]
    assert [t.name for t in apps[0].example_of.all()] == ["Berichtenapps", "Vertaalapps"]
    assert [t.name for t in zoom.related_tools.all()] == ["Vertaalapps"]


RELATIONS = ("examples", "example_of", "related_tools")


def test_tool_find_published_hides_drafts(catalogue):
    assert selectors.tool_find_published(slug="zanzu").name == "Zanzu"
    assert selectors.tool_find_published(slug="draft-tool") is None
    assert selectors.tool_find_published(slug="nope") is None


def test_purpose_counts_only_published_in_curated_order(catalogue):
    from catalogue.models import Purpose

    Purpose.objects.filter(slug="toegang-overheid-en-dienstverlening").update(position=1)
    Purpose.objects.filter(slug="communicatie").update(position=2)
    Purpose.objects.filter(slug="informeren-en-verwijzen").update(position=3)
    purposes = list(selectors.purpose_list_with_counts())
    assert [(p.slug, p.tool_count) for p in purposes] == [
        ("toegang-overheid-en-dienstverlening", 1),
        ("communicatie", 3),
        ("informeren-en-verwijzen", 1),
    ]
