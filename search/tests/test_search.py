"""Search behaviour. The same module runs on SQLite (FTS5) and on PostgreSQL (CI runs the
suite on both): nothing here depends on the database in use."""

import io
import json

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from catalogue.models import Tool
from catalogue.tests import factories as f
from search import selectors
from search.backends import get_backend
from search.models import SearchDocument, SearchWord, Synonym
from search.query import parse

pytestmark = pytest.mark.django_db

LIST = "/nl/tools/"


def names(query, queryset=None):
    queryset = Tool.objects.published() if queryset is None else queryset
    return [tool.name for tool in selectors.tool_queryset_matching(queryset=queryset, query=query)]


def tool(name, summary="Een digitale tool.", description="", **kwargs):
    return f.ToolFactory(name=name, summary=summary, description=description, **kwargs)


@pytest.fixture
def catalogue():
    return {
        "translate": tool("Google Translate", "Vertaling van teksten en gesprekken."),
        "giveaday": tool("Give a day", "Zoekt een vrijwilliger voor je organisatie."),
        "whatsapp": tool("WhatsApp", "Berichten sturen naar een cliënt.", provider="Meta"),
        "itsme": tool("itsme", "Digitale identiteit voor de overheid."),
        "zanzu": tool("Zanzu", "Seksuele gezondheid uitgelegd in veel talen."),
        "tovertafel": tool("Tovertafel", "Interactieve spelletjes voor ouderen met dementie."),
    }


# --- Dutch-first matching -------------------------------------------------------------------


def test_stemming_finds_other_forms_of_a_word(catalogue):
    assert names("vertalen") == ["Google Translate"]  # "vertaling"
    assert names("vrijwilligers") == ["Give a day"]  # "vrijwilliger"
    assert names("spelletje") == ["Tovertafel"]


def test_accents_are_ignored_both_ways(catalogue):
    assert names("client") == ["WhatsApp"]
    assert names("CLIËNT") == ["WhatsApp"]
    tool("Cliëntvolgsysteem", "Dossier bijhouden.")
    assert names("clientvolgsysteem") == ["Cliëntvolgsysteem"]


@pytest.mark.parametrize(("typed", "found"), [("whatsap", "WhatsApp"), ("itsmee", "itsme")])
def test_typos_are_tolerated(catalogue, typed, found):
    assert names(typed)[0] == found


def test_typo_correction_is_reported_and_shown(client, catalogue):
    outcome = selectors.search_tools(queryset=Tool.objects.published(), query="itsmee")
    assert outcome.corrected and outcome.query == "itsme"
    page = client.get(LIST, {"q": "itsmee"}).content.decode()
    assert "We tonen resultaten voor ‘<strong>itsme</strong>’" in page
    assert selectors.search_correction(query="itsme") is None


def test_short_words_are_not_guessed(catalogue):
    assert names("zzx") == []


def test_curated_synonyms_and_a_curator_edit(catalogue):
    tool("Skype", "Beeldbellen met je cliënt.")
    assert names("videobellen") == []
    group = Synonym.objects.create(words="videobellen, beeldbellen")
    assert names("videobellen") == ["Skype"]
    assert names("Beeldbellen") == ["Skype"]
    group.words = "videobellen, beeldbellen, facetime"  # a curator edits the group
    group.save()
    assert names("facetime") == ["Skype"]
    group.delete()
    assert names("facetime") == []


def test_synonym_needs_two_words():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        Synonym(words="beeldbellen").full_clean()


def test_matches_provider_taxonomy_labels_and_examples(catalogue):
    theme = f.ThemeFactory(slug="geld", name="Geldzaken", name_fr="Argent", name_en="Money")
    catalogue["itsme"].themes.add(theme)
    assert names("geldzaken") == ["itsme"]
    assert names("argent") == ["itsme"]  # labels in every language
    assert names("meta") == ["WhatsApp"]  # provider
    kind = tool("Vertaalapps", "Apps die teksten omzetten.", kind=Tool.Kind.TOOL_TYPE)
    kind.examples.add(catalogue["translate"])
    assert names("google") == ["Google Translate", "Vertaalapps"]
    assert "Google Translate" in names("vertaalapps")


def test_name_match_ranks_above_description_match():
    tool("Hulpkompas", "Een wegwijzer.", description="Werkt ook met beeldbellen en beeldbellen.")
    tool("Beeldbellen", "Een gesprek op afstand.")
    tool("Agenda", "Afspraken plannen.", description="Kan beeldbellen.")
    assert names("beeldbellen")[0] == "Beeldbellen"


def test_a_one_letter_search_is_a_broad_prefix_search(catalogue):
    found = names("g")
    assert {"Google Translate", "Give a day", "Zanzu"} <= set(found)  # Zanzu: "gezondheid"
    assert "WhatsApp" not in found and "itsme" not in found
    assert names("vertaling t") == ["Google Translate"]  # the last word is being typed


def test_a_one_or_two_letter_search_lists_name_matches_first():
    tool("Alfa", "Zoek zelf zorg, zonder zorgen: zeker zinvol.")
    tool("Zanzu", "Seksuele gezondheid uitgelegd.")
    tool("Beta", "Niets hiervan.")
    assert names("z") == ["Zanzu", "Alfa"]
    assert names("za") == ["Zanzu"]


def test_broad_matches_rank_names_first_within_a_window(settings):
    settings.SEARCH_RANKING_WINDOW = 2
    tool("Beeldbellen", "Een gesprek op afstand.")  # the oldest match, by name
    tool("Agenda", "Afspraken plannen.", description="Kan ook beeldbellen.")
    tool("Teams", "Vergaderen.", description="Ook beeldbellen.")
    tool("Skype", "Beeldbellen met beeldbellen.")
    # Scored: the name matches, then the two most recently added matches.
    assert names("beeldbellen") == ["Beeldbellen", "Skype", "Teams"]
    assert selectors.search_is_capped(query="beeldbellen")

    settings.SEARCH_RANKING_WINDOW = 10
    cache.clear()
    found = names("beeldbellen")
    assert found[:2] == ["Beeldbellen", "Skype"] and set(found[2:]) == {"Agenda", "Teams"}
    assert not selectors.search_is_capped(query="beeldbellen")


def test_all_words_must_match(catalogue):
    assert names("vertaling teksten") == ["Google Translate"]
    assert names("vertaling dementie") == []


def test_stop_words_only_and_empty_queries(catalogue):
    everything = names("")
    assert len(everything) == len(catalogue)
    assert names("de het een") == []


def test_search_combines_with_the_queryset_filters(catalogue):
    purpose = f.PurposeFactory(slug="communicatie", name="Communicatie")
    catalogue["whatsapp"].purposes.add(purpose)
    tool("Signal", "Berichten versturen, veilig.")
    assert names("berichten") == ["Signal", "WhatsApp"] or names("berichten") == [
        "WhatsApp",
        "Signal",
    ]
    assert names("berichten", Tool.objects.published().filter(purposes=purpose)) == ["WhatsApp"]
    draft = tool("Berichtenbox", status=Tool.Status.DRAFT)
    assert draft.name not in names("berichtenbox")


def test_listing_combines_query_filters_and_facet_counts(client, catalogue):
    purpose = f.PurposeFactory(slug="communicatie", name="Communicatie")
    other = f.PurposeFactory(slug="verbinden", name="Verbinden")
    catalogue["whatsapp"].purposes.add(purpose)
    signal = tool("Signal", "Berichten versturen, veilig.")
    signal.purposes.add(other)
    response = client.get(LIST, {"q": "berichten", "purpose": "communicatie"})
    result = response.context["result"]
    assert [t.name for t in result.page.object_list] == ["WhatsApp"]
    counts = {o.value: o.count for facet in result.facets for o in facet.options}
    assert counts["communicatie"] == 1 and counts["verbinden"] == 1  # follow the query
    response = client.get(LIST, {"q": "dementie"})
    facets = response.context["result"].facets
    assert "communicatie" not in {o.value for facet in facets for o in facet.options}


# --- index sync -------------------------------------------------------------------------------


def test_index_follows_create_update_delete():
    item = tool("Budgetplanner", "Houdt je uitgaven bij.")
    assert names("budgetplanner") == ["Budgetplanner"]
    item.name = "Geldplanner"
    item.save()
    assert names("budgetplanner") == []
    assert names("geldplanner") == ["Geldplanner"]
    pk = item.pk
    item.delete()
    assert names("geldplanner") == []
    assert not SearchDocument.objects.filter(tool_id=pk).exists()


def test_index_follows_taxonomy_changes_and_term_renames():
    item = tool("Kompas", "Een wegwijzer.")
    term = f.TargetGroupFactory(slug="ouders", name="Ouders")
    item.target_groups.add(term)
    assert names("ouders") == ["Kompas"]
    term.name = "Opvoeders"
    term.save()
    assert names("opvoeders") == ["Kompas"]
    assert names("ouders") == []
    item.target_groups.remove(term)
    assert names("opvoeders") == []
    term.tools.add(item)  # from the term's side
    assert names("opvoeders") == ["Kompas"]
    term.tools.clear()
    assert names("opvoeders") == []
    item.target_groups.add(term)
    term.delete()
    assert names("opvoeders") == []


def test_index_follows_examples_both_ways():
    kind = tool("Vertaalapps", "Apps om te vertalen.", kind=Tool.Kind.TOOL_TYPE)
    travis = tool("Travis", "Een vertaaltoestel.")
    kind.examples.add(travis)
    assert names("travis") == ["Travis", "Vertaalapps"]
    travis.name = "Travis Touch"
    travis.save()
    assert "Vertaalapps" in names("touch")
    kind.examples.clear()
    assert names("touch") == ["Travis Touch"]
    travis.example_of.add(kind)
    assert "Vertaalapps" in names("touch")
    travis.delete()
    assert names("touch") == []


def test_rebuild_command_restores_the_index(catalogue):
    get_backend().clear()
    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    assert names("zanzu") == []
    call_command("rebuild_search_index", verbosity=0)
    assert names("zanzu") == ["Zanzu"]
    assert names("itsmee") == ["itsme"]  # the vocabulary is back too
    assert SearchDocument.objects.count() == len(catalogue)


def test_seed_loads_synonyms_once_and_keeps_curator_edits(catalogue):
    from io import StringIO

    from search.seeding import load_seed

    SearchDocument.objects.filter(tool=catalogue["zanzu"]).delete()
    load_seed(stdout=StringIO())
    count = Synonym.objects.count()
    assert count >= 10
    assert SearchDocument.objects.filter(tool=catalogue["zanzu"]).exists()  # catch-up
    group = Synonym.objects.get(words__startswith="videobellen")
    group.words = "videobellen, beeldbellen, facetime"
    group.save()
    load_seed(stdout=StringIO())
    assert Synonym.objects.count() == count
    group.refresh_from_db()
    assert "facetime" in group.words


# --- hostile input ----------------------------------------------------------------------------

HOSTILE = [
    '"',
    '"unbalanced',
    "*",
    "a*",
    "NEAR(vertaling teksten",
    "OR",
    "vertaling OR",
    "AND NOT",
    "'; DROP TABLE catalogue_tool; --",
    "name:zanzu",
    "^zanzu",
    "zanzu:*",
    "!(a & b) <-> c",
    "😀🙈",
    "ﷺ",
    "x" * 5000,
    "vertaling " * 300,
    "\x00",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(client, catalogue, query):
    assert isinstance(names(query), list)
    assert client.get(LIST, {"q": query}).status_code == 200
    assert client.get("/nl/search/suggest/", {"q": query}).status_code == 200


def test_parse_keeps_only_words():
    parsed = parse('NEAR("a" OR *b) ^c')
    assert parsed.terms == ["near", "a", "or", "b", "c"]
    assert all(alternative.words[0].isalnum() for group in parsed.groups for alternative in group)


# --- suggestions and the no-results page --------------------------------------------------------


def test_suggest_returns_tool_names_and_links(client, catalogue):
    response = client.get("/nl/search/suggest/", {"q": "za"})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["results"] == [{"name": "Zanzu", "url": "/nl/tools/zanzu/"}]
    assert data["status"] == "1 suggestie"
    assert json.loads(client.get("/nl/search/suggest/", {"q": "z"}).content)["results"] == []
    assert client.post("/nl/search/suggest/", {"q": "za"}).status_code == 405


def test_suggest_leaves_out_drafts(client):
    tool("Zanzibar", status=Tool.Status.DRAFT)
    data = json.loads(client.get("/nl/search/suggest/", {"q": "zanz"}).content)
    assert data["results"] == []


def test_no_results_page_offers_did_you_mean_and_a_way_on(client, catalogue):
    f.PurposeFactory(slug="communicatie", name="Communicatie")
    response = client.get(LIST, {"q": "zanzoe", "cost": "free"})
    assert response.status_code == 200
    page = response.content.decode()
    assert response.context["result"].total == 0
    assert "Bedoelde je" in page
    assert "?q=zanzu&amp;cost=free" in page or "?cost=free&amp;q=zanzu" in page
    assert "Stel een tool voor" in page and "/nl/screening/submit/" in page
    assert "?purpose=communicatie" in page  # the purposes
    assert selectors.did_you_mean(query="zanzoe") == "zanzu"
    assert selectors.did_you_mean(query="zanzu") is None


def test_no_results_partial_lists_the_purposes(rf, catalogue):
    from django.template import Context, Template

    f.PurposeFactory(slug="verbinden", name="Verbinden")
    request = rf.get(LIST, {"q": "qqqqqq"})
    html = Template("{% load search_tags %}{% search_no_results q %}").render(
        Context({"request": request, "q": "qqqqqq"})
    )
    assert "Verbinden" in html and "Bedoelde je" not in html


def test_repeated_search_reuses_cached_work_and_follows_changes(client, catalogue, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the parts, not the whole page
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    purpose = f.PurposeFactory(slug="communicatie", name="Communicatie")
    catalogue["whatsapp"].purposes.add(purpose)
    with CaptureQueriesContext(connection) as first:
        response = client.get(LIST, {"q": "berichten"})
    with CaptureQueriesContext(connection) as second:
        client.get(LIST, {"q": "berichten"})
    # Parsing, the typo check, the ranked ids and every facet count come from the cache:
    # the catalogue's counts (one query for most facets) and screening's criterion counts.
    assert len(second.captured_queries) <= len(first.captured_queries) - 4
    assert not any("AS n FROM" in query["sql"] for query in second.captured_queries)
    counts = {o.value: o.count for fa in response.context["result"].facets for o in fa.options}
    assert counts["communicatie"] == 1
    signal = tool("Signal", "Berichten versturen, veilig.")
    signal.purposes.add(purpose)  # any indexed change invalidates the cached counts
    response = client.get(LIST, {"q": "berichten"})
    counts = {o.value: o.count for fa in response.context["result"].facets for o in fa.options}
    assert counts["communicatie"] == 2
    assert response.context["result"].total == 2


def test_huge_result_sets_are_capped_to_the_most_relevant(client, settings):
    settings.SEARCH_MAX_RESULTS = 2
    tool("Beeldbellen", "Beeldbellen.")
    tool("Agenda", "Afspraken.", description="Kan ook beeldbellen.")
    tool("Skype", "Beeldbellen met beeldbellen.")
    assert names("beeldbellen")[0] == "Beeldbellen"
    assert len(names("beeldbellen")) == 2
    assert selectors.search_is_capped(query="beeldbellen")
    page = client.get(LIST, {"q": "beeldbellen"}).content.decode()
    assert "We tonen de 2 meest relevante" in page
    assert not selectors.search_is_capped(query="afspraken")


# --- Every interface language (issue 16) ------------------------------------------------


@pytest.fixture
def multilingual(catalogue):
    from catalogue import services
    from search import seeding

    seeding.load_seed(stdout=io.StringIO())
    catalogue["translate"].cost = Tool.Cost.FREE
    catalogue["translate"].save()
    services.tool_translation_save(
        tool=catalogue["translate"],
        language="fr",
        summary="Traduction gratuite de textes et de conversations.",
    )
    services.tool_translation_save(
        tool=catalogue["translate"],
        language="en",
        summary="Free translation of texts and conversations.",
    )
    services.tool_translation_save(
        tool=catalogue["whatsapp"],
        language="en",
        summary="Free app to send messages and make video calls.",
    )
    services.tool_translation_save(
        tool=catalogue["whatsapp"], language="fr", summary="Application pour rester proche."
    )
    # Dutch only: found in French and English through the synonyms.
    catalogue["deepl"] = tool("DeepL", "Vertaalapp voor teksten en documenten.")
    return catalogue


def names_in(language, query):
    with translation.override(language):
        return names(query)


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fr", "traduire", {"Google Translate", "DeepL"}),
        ("fr", "traductions", {"Google Translate", "DeepL"}),
        ("fr", "gratuit", {"Google Translate"}),
        ("fr", "une traduction gratuite", {"Google Translate"}),
        ("en", "translate", {"Google Translate", "DeepL"}),
        ("en", "translating", {"Google Translate", "DeepL"}),
        ("en", "free", {"Google Translate", "WhatsApp"}),
        ("en", "video call", {"WhatsApp"}),
        ("en", "the video calls", {"WhatsApp"}),
    ],
)
def test_french_and_english_queries_find_tools(multilingual, language, query, expected):
    assert set(names_in(language, query)) == expected


def test_dutch_matches_stay_first_on_dutch_pages(multilingual):
    # WhatsApp says "video" in its English translation only; Videomaker in its Dutch text.
    tool("Videomaker", "Maak een video en deel hem.")
    assert names_in("nl", "video") == ["Videomaker", "WhatsApp"]


def test_the_same_query_is_parsed_per_language():
    assert [a.words for a in parse("traductions", language="fr").groups[0]][-1] == ("traduct",)
    assert all(a.words != ("traduct",) for a in parse("traductions", language="nl").groups[0])
    assert parse("la traduction", language="fr").terms == ["traduction"]
    assert parse("la traduction", language="nl").terms == ["la", "traduction"]


def test_a_tools_full_name_finds_it_first_digits_included(catalogue):
    for number in range(30):
        tool(f"Proefhulp {24440 + number}", "Proefhulp voor de test.")
    tool("Proefhulp 24445 Plus", "Proefhulp 24445 met meer.")
    for language in ("nl", "fr", "en"):
        assert names_in(language, "Proefhulp 24445")[0] == "Proefhulp 24445"
        assert names_in(language, "proefhulp 24445")[0] == "Proefhulp 24445"
    # A name made of stop words and digits only is found too.
    tool("Het 1 van 2", "Een spel.")
    assert names_in("nl", "het 1 van 2") == ["Het 1 van 2"]


def test_translations_are_indexed_after_commit_and_leave_with_them(multilingual):
    assert names_in("fr", "proche") == ["WhatsApp"]
    multilingual["whatsapp"].translations.filter(language="fr").delete()
    assert names_in("fr", "proche") == []
