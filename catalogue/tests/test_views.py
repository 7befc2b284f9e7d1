import pytest

from catalogue.models import Language, Tool
from catalogue.tests import factories as f
from catalogue.tests.test_selectors import make_tool, naive_search  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

LIST = "/nl/tools/"


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def result_names(response) -> list[str]:
    return [tool.name for tool in response.context["result"].page.object_list]


@pytest.fixture
def tools():
    f.PurposeFactory(
        slug="communicatie",
        name="Communicatie",
        name_fr="Communication",
        name_en="Communication",
        description="Contact houden met cliënten.",
    )
    f.LanguageFactory(slug="ar", name="Arabisch", name_fr="Arabe", name_en="Arabic")
    return {
        "whatsapp": make_tool(
            "WhatsApp",
            cost=Tool.Cost.FREE,
            purposes=["communicatie"],
            languages=["nl", "ar"],
            platforms=["android", "ios"],
            themes=["contact"],
            target_groups=["jongeren"],
            sectors=["ocmw"],
            accessibility_features=["voorlezen"],
            requirements=["smartphone"],
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
            "Teams", cost=Tool.Cost.PAID, purposes=["communicatie"], platforms=["windows"]
        ),
        "draft": make_tool("Draft tool", status=Tool.Status.DRAFT, purposes=["communicatie"]),
    }


# --- home ---------------------------------------------------------------------------------


def test_home_opens_the_catalogue_through_purposes(client, tools):
    page = html(client.get("/nl/"))
    assert "Communicatie" in page
    assert "Contact houden met cliënten." in page
    assert 'href="/nl/tools/?purpose=communicatie"' in page
    assert "3 tools" in page  # the draft is not counted
    assert 'id="site-q"' in page  # the search box
    assert "Toolwijzer is een overzicht" in page


def test_home_in_french_and_english(client, tools):
    page = html(client.get("/fr/"))
    assert "Communication" in page
    assert "Trouvez un outil numérique adapté à votre client" in page
    assert 'href="/fr/tools/?purpose=communicatie"' in page
    page = html(client.get("/en/"))
    assert "Find a digital tool that fits your client" in page


def test_home_query_count(client, tools, django_assert_num_queries):
    # Purposes with counts, and the total with how many tools were verified (one aggregate).
    with django_assert_num_queries(2):
        client.get("/nl/")


# --- listing ------------------------------------------------------------------------------


def test_listing_without_filters(client, tools):
    response = client.get(LIST)
    page = html(response)
    assert result_names(response) == ["Teams", "WhatsApp", "Zanzu"]
    assert "Draft tool" not in page
    assert 'role="status"' in page and "3 tools gevonden" in page
    assert "Toon resultaten" in page
    assert 'method="get"' in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("purpose=informeren-en-verwijzen", ["Zanzu"]),
        ("theme=contact", ["WhatsApp"]),
        ("target_group=jongeren", ["WhatsApp"]),
        ("sector=ocmw", ["WhatsApp"]),
        ("language=ar", ["WhatsApp", "Zanzu"]),
        ("language=fr&language=ar", ["WhatsApp", "Zanzu"]),
        ("cost=paid", ["Teams"]),
        ("cost=free&cost=paid", ["Teams", "WhatsApp", "Zanzu"]),
        ("platform=web&platform=windows", ["Teams", "Zanzu"]),
        ("feature=voorlezen", ["WhatsApp"]),
        ("requirement=smartphone", ["WhatsApp"]),
        ("anonymous=1", ["Zanzu"]),
        ("purpose=communicatie&language=ar&cost=free", ["WhatsApp", "Zanzu"]),
        ("language=ar&platform=web", ["Zanzu"]),
        ("q=zanzu", ["Zanzu"]),
        ("q=app&cost=free", ["WhatsApp"]),
    ],
)
@pytest.mark.usefixtures("naive_search")
def test_each_filter(client, tools, params, expected):
    assert result_names(client.get(f"{LIST}?{params}")) == expected


@pytest.mark.parametrize(
    "params",
    [
        "purpose=bestaat-niet",
        "cost=gold&platform=",
        "anonymous=yes",
        "page=abc",
        "page=-1",
        "page=0",
        "page=1e9",
        "language=%00",
        "q=%00",
        "unknown=1",
        "q=" + "x" * 5000,
    ],
)
def test_bad_params_are_ignored(client, tools, params):
    response = client.get(f"{LIST}?{params}")
    assert response.status_code == 200
    if not params.startswith("q="):
        assert result_names(response) == ["Teams", "WhatsApp", "Zanzu"]


def test_counts_and_checked_state(client, tools):
    page = html(client.get(f"{LIST}?language=ar&purpose=communicatie"))
    assert (
        'name="language" value="ar" checked><span>Arabisch <span class="count">(2)</span>' in page
    )
    assert 'name="cost" value="free"><span>Gratis <span class="count">(2)</span>' in page
    # Paid has no tool among the Arabic ones: hidden because not selected.
    assert 'name="cost" value="paid"' not in page
    assert "2 tools gevonden" in page


@pytest.mark.usefixtures("naive_search")
def test_active_filters_are_removable_chips(client, tools):
    page = html(client.get(f"{LIST}?language=ar&cost=free&q=app"))
    assert 'href="/nl/tools/?q=app&amp;cost=free"' in page  # removes the language
    assert 'href="/nl/tools/?cost=free&amp;language=ar"' in page  # removes the search text
    assert "Verwijder filter" in page
    assert "Wis alle filters" in page
    # The last filter's chip leads to the whole listing (not back to this page).
    page = html(client.get(f"{LIST}?cost=free&page=2"))
    assert 'class="chip" href="/nl/tools/">' in page


def test_empty_state_helps_to_widen(client, tools):
    page = html(client.get(f"{LIST}?anonymous=1&cost=paid"))
    assert "Geen tools gevonden" in page
    assert "0 tools gevonden" in page
    assert "wis alle filters" in page
    assert 'href="/nl/tools/?purpose=communicatie"' in page
    # The selected option with count 0 is still shown, checked.
    assert 'name="cost" value="paid" checked>' in page


def test_paging_keeps_the_filters(client, tools):
    for n in range(45):
        make_tool(f"Extra {n:02}", cost=Tool.Cost.PAID, languages=["ar"])
    response = client.get(f"{LIST}?cost=paid&language=ar&page=2")
    page = html(response)
    assert result_names(response)[0] == "Extra 20"
    assert "Pagina 2 van 3" in page
    assert 'href="?cost=paid&amp;language=ar&amp;page=1"' in page
    assert 'href="?cost=paid&amp;language=ar&amp;page=3"' in page
    assert "Pagina 3 van 3" in html(client.get(f"{LIST}?cost=paid&language=ar&page=99"))
    assert "Pagina 1 van 3" in html(client.get(f"{LIST}?cost=paid&language=ar&page=abc"))


def test_q_is_passed_to_the_search_app(client, tools, monkeypatch):
    from catalogue import selectors as catalogue_selectors

    seen = []

    def fake(*, queryset, query):
        seen.append(query)
        return queryset.filter(name="Teams")

    monkeypatch.setattr(catalogue_selectors, "_text_search", [fake])
    response = client.get(f"{LIST}?q=videobellen")
    assert result_names(response) == ["Teams"]
    assert "videobellen" in seen
    assert "Tools voor ‘videobellen’" in response.content.decode()


def test_listing_escapes_the_search_text(client, tools):
    page = html(client.get(f"{LIST}?q=<script>alert(1)</script>"))
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;" in page


def test_listing_in_french(client, tools):
    page = html(client.get("/fr/tools/?language=ar"))
    assert "Afficher les résultats" in page
    assert "Arabe" in page
    assert "2 outils trouvés" in page
    assert "Gratuit" in page


def test_listing_query_count_is_constant(client, tools, django_assert_num_queries):
    # Without q: the search app's own queries are pinned in its tests and in test_selectors.
    url = f"{LIST}?language=ar&purpose=communicatie&cost=free&platform=web&platform=android"
    # 7: the facet choices (one UNION) and screening's criteria; the total with every term,
    # choice and yes-only facet's counts in one query; screening's criterion counts; reviews'
    # well_rated_for counts; the page and its cards' purposes and platforms (one query)
    with django_assert_num_queries(7):
        client.get(url)
    for n in range(20):
        make_tool(
            f"Bulk {n}",
            cost=Tool.Cost.FREE,
            purposes=["communicatie", f"p{n}"],
            languages=["ar", f"l{n}"],
            platforms=["web", "android"],
            themes=[f"t{n}"],
            sectors=[f"s{n}"],
        )
    with django_assert_num_queries(7):
        assert client.get(url).context["result"].total == 22


def test_repeated_listing_reuses_choices_and_counts_and_follows_a_rename(
    client, tools, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the parts, not the whole page
    url = f"{LIST}?language=ar"
    assert "Arabisch" in html(client.get(url))
    # Choices, facet counts and the total come from the cache: only the page and its cards'
    # purposes and platforms (one query) are read.
    with django_assert_num_queries(2):
        client.get(url)
    arabic = Language.objects.get(slug="ar")
    arabic.name = "Arabisch (standaard)"
    arabic.save()
    page = html(client.get(url))
    assert "Arabisch (standaard)" in page


# --- tool page ----------------------------------------------------------------------------


@pytest.fixture
def full_tool(tools):
    tool = tools["whatsapp"]
    f.describe_fully(tool)
    tool.contact_modes.set([f.ContactModeFactory(slug="anonymous", name="Anoniem contact")])
    tool.related_tools.set([tools["zanzu"], tools["draft"]])
    kind = make_tool("Berichtenapps", kind=Tool.Kind.TOOL_TYPE)
    kind.examples.set([tool, tools["draft"]])
    return tool


def test_tool_page_shows_all_facts(client, full_tool):
    page = html(client.get("/nl/tools/whatsapp/"))
    for text in [
        "<h1>WhatsApp</h1>",
        "App",
        "van Meta",
        "Moet-app",
        "WhatsApp helpt cliënten",
        "<p>Veel cliënten kennen het al.</p>",
        'href="https://www.whatsapp.com/" rel="noopener">Website van WhatsApp',
        "WhatsApp voor Android (Google Play)",
        "WhatsApp voor iPhone en iPad (App Store)",
        "Gratis, je hebt wel mobiele data nodig.",
        'href="/nl/tools/?purpose=communicatie">Communicatie</a>',
        "Arabisch",
        "Android",
        "Contact",
        "Jongeren",
        "Ocmw",
        "Voorlezen",
        "Smartphone",
        "Anoniem contact is mogelijk.",
        "Privacyverklaring van WhatsApp",
        "Berichten zijn end-to-end versleuteld.",
        "<dt>Account nodig</dt><dd>ja</dd>",
        "<dt>Toont advertenties</dt><dd>nee</dd>",
        "Zanzu",
        "Dit is een voorbeeld van:",
        "Berichtenapps",
        "Dossier Inspirerend digitaal sociaal werk",
        "Wat is nagekeken?",
        'data-read-aloud="tool-content" hidden>',
        'id="tool-content"',
    ]:
        assert text in page, text
    assert "Draft tool" not in page


def test_tool_page_says_unknowns_plainly(client, tools):
    Tool.objects.filter(slug="teams").update(kind=Tool.Kind.UNKNOWN)
    page = html(client.get("/nl/tools/teams/"))
    assert "<dt>Account nodig</dt><dd>nog niet bekend</dd>" in page
    assert "<dt>Toont advertenties</dt><dd>nog niet bekend</dd>" in page
    assert '<dt>Soort</dt><dd><span class="unknown">nog niet bekend</span></dd>' in page
    assert '<span class="unknown">soort nog niet bekend</span>' in page
    assert '<dt>Aanbieder</dt><dd><span class="unknown">nog niet bekend</span></dd>' in page
    assert "Nog niet bekend: er staan nog geen links bij deze tool." in page
    assert '<dt>Wat heb je nodig?</dt><dd><span class="unknown">nog niet bekend</span>' in page
    assert "nog niet nagekeken" in page
    assert ">App<" not in page
    assert "Moet-app" not in page


def test_tool_type_lists_published_examples(client, full_tool):
    page = html(client.get("/nl/tools/berichtenapps/"))
    assert "Soort tool" in page
    assert 'href="/nl/tools/whatsapp/"' in page
    assert "Draft tool" not in page


def test_tool_page_in_english(client, full_tool):
    page = html(client.get("/en/tools/whatsapp/"))
    assert "Arabic" in page
    assert "Read aloud" in page
    assert "<dt>Account needed</dt><dd>yes</dd>" in page


@pytest.mark.parametrize("slug", ["draft-tool", "bestaat-niet"])
def test_tool_page_404_is_helpful(client, tools, slug):
    response = client.get(f"/nl/tools/{slug}/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Deze tool staat niet (meer) in de catalogus" in page
    assert f'href="/nl/tools/?q={slug.replace("-", "%20")}"' in page


def test_search_with_the_real_search_app(client, tools):
    response = client.get(f"{LIST}?q=Zanzu&language=ar")
    assert "Zanzu" in result_names(response)
    assert "Teams" not in result_names(response)
