"""The seed catalogue: every tool of the dossier, in the right purposes, loaded safely.

The expected tables below are written from the dossier itself (the list "Welke apps en tools
zetten praktijkwerkers in?" and its running text), independently of catalogue/seed/.
"""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils.text import slugify

from catalogue import models, seeding
from catalogue.seed import taxonomies

pytestmark = pytest.mark.django_db

INFO = "informeren-en-verwijzen"
PRAKTISCH = "praktische-tools"
COMMUNICATIE = "communicatie"
VERBINDEN = "verbinden"
ONDERSTEUNEN = "ondersteunen"
OVERHEID = "toegang-overheid-en-dienstverlening"
EXPRESSIE = "zelfrepresentatie-beleven-en-expressie"
COMMUNITY = "community-en-matching"

# The dossier list, line by line: (purpose, label as printed, catalogue slug(s)).
DOSSIER_LIST = [
    (INFO, "Smartateljee", ["smartateljee"]),
    (INFO, "Zo jong", ["zo-jong"]),
    (INFO, "Zipster", ["zipster"]),
    (INFO, "Bibster", ["bibster"]),
    (INFO, "Smartschool", ["smartschool"]),
    (INFO, "ADHDhoezithetermee", ["adhdhoezithetermee"]),
    (PRAKTISCH, "QR-lezer", ["qr-lezer"]),
    (PRAKTISCH, "Scanapps", ["scanapps"]),
    (PRAKTISCH, "Vertaalapps", ["vertaalapps"]),
    (PRAKTISCH, "Whatsapp", ["whatsapp"]),
    (PRAKTISCH, "Google maps", ["google-maps"]),
    (PRAKTISCH, "Google Lens", ["google-lens"]),
    (COMMUNICATIE, "Whatsapp", ["whatsapp"]),
    (COMMUNICATIE, "Zanzu", ["zanzu"]),
    (COMMUNICATIE, "Gimme", ["gimme"]),
    (COMMUNICATIE, "Beeldbellen (Signal)", ["beeldbellen", "signal"]),
    (COMMUNICATIE, "Messenger", ["messenger"]),
    (COMMUNICATIE, "Mail", ["mail"]),
    (COMMUNICATIE, "Instagram", ["instagram"]),
    (COMMUNICATIE, "Sayhi", ["sayhi"]),
    (COMMUNICATIE, "Teams", ["microsoft-teams"]),
    (COMMUNICATIE, "Zoom", ["zoom"]),
    (COMMUNICATIE, "Chat (Sittool)", ["sittool"]),
    (VERBINDEN, "Beeldbellen", ["beeldbellen"]),
    (VERBINDEN, "Whatsapp", ["whatsapp"]),
    (VERBINDEN, "Armen Tekort", ["armen-tekort"]),
    (VERBINDEN, "Sorrybox", ["sorrybox"]),
    (VERBINDEN, "Tovertafel", ["tovertafel"]),
    (VERBINDEN, "Silver Game", ["silver-game"]),
    (VERBINDEN, "Violet via social media", ["sociale-media"]),
    (VERBINDEN, "Gevoelsthermometer", ["gevoelsthermometer"]),
    (VERBINDEN, "Sayhi", ["sayhi"]),
    (VERBINDEN, "Mezuri", ["mezuri"]),
    (ONDERSTEUNEN, "Beslishulp Fara", ["beslishulp-fara"]),
    (ONDERSTEUNEN, "Be my Eyes", ["be-my-eyes"]),
    (ONDERSTEUNEN, "Heyday", ["heyday"]),
    (ONDERSTEUNEN, "Wakosta", ["wakosta"]),
    (ONDERSTEUNEN, "M-path", ["m-path"]),
    (ONDERSTEUNEN, "On track again", ["on-track-again"]),
    (ONDERSTEUNEN, "Mezuri", ["mezuri"]),
    (ONDERSTEUNEN, "Povigo (burnout)", ["povigo"]),
    (ONDERSTEUNEN, "Kassanova", ["kassanova"]),
    (ONDERSTEUNEN, "Lifecity", ["lifecity"]),
    # "ScheidingskofferToegang overheid & dienstverlening": a tool glued to the next heading.
    (ONDERSTEUNEN, "Scheidingskoffer", ["scheidingskoffer"]),
    (OVERHEID, "Itsme", ["itsme"]),
    (OVERHEID, "Myminfin", ["myminfin"]),
    (OVERHEID, "NMBS-app", ["nmbs-app"]),
    (OVERHEID, "QR-scan", ["qr-lezer"]),
    # The Covid Safe Ticket: one (archived) tool with CovidSafe, "CST" is its other name.
    (OVERHEID, "CST", ["covidsafe"]),
    (OVERHEID, "Bankapps", ["bankapps"]),
    (OVERHEID, "Online dossiers", ["online-dossiers"]),
    (EXPRESSIE, "Young Fenix", ["young-fenix"]),
    (EXPRESSIE, "Lomap", ["lomap"]),
    (EXPRESSIE, "Instagram", ["instagram"]),
    (EXPRESSIE, "Bibster", ["bibster"]),
    (EXPRESSIE, "Fototools", ["fototools"]),
    (COMMUNITY, "Give a day", ["give-a-day"]),
    (COMMUNITY, "Hoppler", ["hoppler"]),
    (COMMUNITY, "Helper", ["helper"]),
    (COMMUNITY, "Facebookgroep", ["facebookgroep"]),
]

# Tools named in the running text: (label as printed, slug, purposes the text implies when
# the list does not name the tool; None when the list already places it).
RUNNING_TEXT = [
    ("www.onlinehulp-apps.be", "onlinehulp-appsbe", {INFO}),
    ("Google Translate", "google-translate", {PRAKTISCH}),
    ("Deepl", "deepl", {PRAKTISCH}),
    ("het Travis-vertaalapparaat", "travis-vertaalapparaat", {PRAKTISCH}),
    ("de Fact-app", "fact-app", {PRAKTISCH}),
    ("de Taalboost-oortjes", "taalboost-oortjes", {PRAKTISCH}),
    ("Mijn gezondheid", "mijn-gezondheid", {OVERHEID}),
    ("CovidSafe", "covidsafe", None),
    ("Minfin", "myminfin", None),
    ("Itsme", "itsme", None),
    ("Zanzu website", "zanzu", None),
    ("Smartschool", "smartschool", None),
    ("Give a day", "give-a-day", None),
    ("tovertafel", "tovertafel", None),
    ("Instagramcursus", "instagram", None),
    ("Whatsapp", "whatsapp", None),
    ("vertaalapps", "vertaalapps", None),
    ("bankapps", "bankapps", None),
    ("QR-lezers", "qr-lezer", None),
    ("Google Lens", "google-lens", None),
    ("beeldbellen en chat", "beeldbellen", None),
    ("Dossiers van mutualiteiten en vakbonden ... online", "online-dossiers", None),
    ("Violett ... social mediakanalen", "sociale-media", None),
]

TOOL_TYPES = {
    "vertaalapps",
    "scanapps",
    "bankapps",
    "beeldbellen",
    "qr-lezer",
    "fototools",
    "mail",
    "online-dossiers",
    "facebookgroep",
    "sociale-media",
}
# Only what the dossier calls "moet-apps": "overheidsapps zoals Minfin, Mijn gezondheid of
# Itsme".
MUST_USE = {"itsme", "myminfin", "mijn-gezondheid"}
# Names we could not identify with certainty: the seed gives only the dossier's facts.
AMBIGUOUS = {
    "smartateljee",
    "zo-jong",
    "zipster",
    "bibster",
    "adhdhoezithetermee",
    "gimme",
    "sayhi",
    "sittool",
    "armen-tekort",
    "sorrybox",
    "silver-game",
    "gevoelsthermometer",
    "mezuri",
    "beslishulp-fara",
    "heyday",
    "wakosta",
    "m-path",
    "on-track-again",
    "povigo",
    "kassanova",
    "lifecity",
    "scheidingskoffer",
    "young-fenix",
    "lomap",
    "hoppler",
    "helper",
}

# Every link in the seed must point to one of these hosts. Adding a link means adding its
# host here, after checking that it is the official one.
ALLOWED_HOSTS = {
    "www.whatsapp.com",
    "signal.org",
    "www.instagram.com",
    "zoom.us",
    "maps.google.com",
    "translate.google.com",
    "www.deepl.com",
    "www.bemyeyes.com",
    "www.itsme-id.com",
    "myminfin.be",
    "www.mijngezondheid.belgie.be",
    "www.belgiantrain.be",
    "www.zanzu.be",
    "www.giveaday.be",
    "www.smartschool.be",
    "www.onlinehulp-apps.be",
    "play.google.com",
}
# Google Play links: the exact package per tool.
PLAY_PACKAGES = {
    "whatsapp": "com.whatsapp",
    "signal": "org.thoughtcrime.securesms",
    "messenger": "com.facebook.orca",
    "instagram": "com.instagram.android",
    "microsoft-teams": "com.microsoft.teams",
    "zoom": "us.zoom.videomeetings",
    "google-maps": "com.google.android.apps.maps",
    "google-lens": "com.google.ar.lens",
    "google-translate": "com.google.android.apps.translate",
}

# The dossier's own credit: its title, the research at Arteveldehogeschool (opleiding sociaal
# werk), supported by SAM - steunpunt mens en samenleving.
SEED_SOURCE = (
    "Dossier 'Inspirerend digitaal sociaal werk': praktijkgericht onderzoek van "
    "Arteveldehogeschool (opleiding sociaal werk), met de steun van SAM – steunpunt mens en "
    "samenleving"
)
URL_FIELDS = ["website_url", "android_url", "ios_url", "privacy_policy_url"]


def load():
    out = io.StringIO()
    seeding.load_seed(stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded():
    return load()


def expected_purposes():
    """slug -> purposes, from the dossier list plus the running text."""
    expected = {}
    for purpose, _label, slugs in DOSSIER_LIST:
        for slug in slugs:
            expected.setdefault(slug, set()).add(purpose)
    for _label, slug, purposes in RUNNING_TEXT:
        if purposes is not None:
            expected.setdefault(slug, set()).update(purposes)
    return expected


def seed_slugs():
    return {seed.slug for seed in seeding.tool_seeds()}


def tool_purposes():
    return {
        tool.slug: {purpose.slug for purpose in tool.purposes.all()}
        for tool in models.Tool.objects.prefetch_related("purposes")
    }


# --- Taxonomies -------------------------------------------------------------------------


def test_eight_purposes_with_exact_slugs_names_and_order(seeded):
    purposes = list(models.Purpose.objects.order_by("position"))
    assert [(p.position, p.slug, p.name) for p in purposes] == [
        (1, INFO, "Informeren en verwijzen"),
        (2, PRAKTISCH, "Praktische tools"),
        (3, COMMUNICATIE, "Communicatie"),
        (4, VERBINDEN, "Verbinden"),
        (5, ONDERSTEUNEN, "Ondersteunen"),
        (6, OVERHEID, "Toegang overheid & dienstverlening"),
        (7, EXPRESSIE, "Zelfrepresentatie, beleven & expressie"),
        (8, COMMUNITY, "Community & matching"),
    ]
    for purpose in purposes:
        assert purpose.name_fr and purpose.name_en and purpose.description


def test_platforms_and_contact_modes_match_the_query_contract(seeded):
    assert set(models.Platform.objects.values_list("slug", flat=True)) == {
        "android",
        "ios",
        "web",
        "windows",
        "macos",
        "device",
    }
    anonymous = models.ContactMode.objects.get(slug=models.ContactMode.ANONYMOUS)
    assert anonymous.name == "Anoniem contact"


def test_every_term_has_dutch_french_and_english_names(seeded):
    for model, rows in seeding.TERM_SEEDS:
        assert model.objects.count() == len(rows) > 0
        for term in model.objects.all():
            assert term.name and term.name_fr and term.name_en, (model.__name__, term.slug)


def test_languages_use_iso_639_1_codes(seeded):
    slugs = set(models.Language.objects.values_list("slug", flat=True))
    assert {"nl", "fr", "en", "de", "ar", "tr", "pl", "ro", "uk", "fa", "ps", "ti", "so"} <= slugs
    assert all(len(slug) == 2 and slug.isalpha() and slug.islower() for slug in slugs)
    assert models.Language.objects.get(slug="nl").name == "Nederlands"


def test_starter_terms_named_in_the_brief_exist(seeded):
    target_groups = set(models.TargetGroup.objects.values_list("slug", flat=True))
    assert {"jongeren", "ouderen", "mensen-met-dementie", "sekswerkers", "ouders"} <= (
        target_groups
    )
    sectors = set(models.Sector.objects.values_list("slug", flat=True))
    assert {"ocmw", "caw", "jeugdwerk", "straathoekwerk", "digibank", "ouderenzorg"} <= sectors
    features = set(models.AccessibilityFeature.objects.values_list("slug", flat=True))
    assert {"voorleesfunctie", "meertalig", "eenvoudige-taal", "pictogrammen"} <= features
    requirements = set(models.Requirement.objects.values_list("slug", flat=True))
    assert {"smartphone", "e-mailadres", "eid-en-kaartlezer", "itsme"} <= requirements


# --- Tools ---------------------------------------------------------------------------------


def test_every_dossier_list_entry_is_a_tool_in_its_purpose(seeded):
    purposes = tool_purposes()
    for purpose, label, slugs in DOSSIER_LIST:
        for slug in slugs:
            assert slug in purposes, f"{label!r} missing"
            assert purpose in purposes[slug], f"{label!r} not under {purpose}"


def test_every_tool_sits_in_exactly_the_purposes_the_dossier_gives(seeded):
    assert tool_purposes() == expected_purposes()


def test_each_purpose_lists_exactly_the_dossier_tools(seeded):
    for purpose in models.Purpose.objects.all():
        listed = {slug for p, _label, slugs in DOSSIER_LIST if p == purpose.slug for slug in slugs}
        from_text = {s for _l, s, purposes in RUNNING_TEXT if purposes and purpose.slug in purposes}
        assert set(purpose.tools.values_list("slug", flat=True)) == listed | from_text


def test_running_text_tools_are_present_and_cite_the_running_text(seeded):
    tools = {tool.slug: tool for tool in models.Tool.objects.all()}
    for label, slug, _purposes in RUNNING_TEXT:
        assert slug in tools, f"{label!r} missing"
        assert "lopende tekst" in tools[slug].source, slug


def test_the_seed_holds_no_tool_outside_the_dossier(seeded):
    dossier = {slug for _p, _l, slugs in DOSSIER_LIST for slug in slugs}
    dossier |= {slug for _label, slug, _p in RUNNING_TEXT}
    assert seed_slugs() == dossier
    assert set(models.Tool.objects.values_list("slug", flat=True)) == dossier


def test_slugs_are_slugified_names():
    seeds = seeding.tool_seeds()
    assert len({seed.slug for seed in seeds}) == len(seeds)
    for seed in seeds:
        assert seed.slug == slugify(seed.name)
    assert {"be-my-eyes", "give-a-day", "whatsapp", "itsme"} <= {seed.slug for seed in seeds}


def test_tool_types_and_their_examples(seeded):
    assert (
        set(
            models.Tool.objects.filter(kind=models.Tool.Kind.TOOL_TYPE).values_list(
                "slug", flat=True
            )
        )
        == TOOL_TYPES
    )

    def examples(slug):
        return set(models.Tool.objects.get(slug=slug).examples.values_list("slug", flat=True))

    assert {"google-translate", "deepl"} <= examples("vertaalapps")
    assert examples("beeldbellen") == {"signal", "whatsapp", "zoom", "microsoft-teams", "messenger"}
    assert examples("qr-lezer") == {"google-lens"}
    # Only tool types have examples, and examples are concrete tools.
    assert not models.Tool.objects.exclude(kind=models.Tool.Kind.TOOL_TYPE).filter(
        examples__isnull=False
    )
    assert not models.Tool.objects.filter(kind=models.Tool.Kind.TOOL_TYPE, example_of__isnull=False)


def test_violett_is_social_media_not_an_app(seeded):
    tool = models.Tool.objects.get(slug="sociale-media")
    assert tool.kind == models.Tool.Kind.TOOL_TYPE
    assert "Violett" in tool.description
    assert "Violet via social media" in tool.curator_note
    assert not models.Tool.objects.filter(name__icontains="violet").exists()


def test_glued_scheidingskoffer_is_split(seeded):
    tool = models.Tool.objects.get(slug="scheidingskoffer")
    assert tool.name == "Scheidingskoffer"
    assert tool_purposes()["scheidingskoffer"] == {ONDERSTEUNEN}


def test_must_use_flags(seeded):
    assert (
        set(models.Tool.objects.filter(is_must_use=True).values_list("slug", flat=True)) == MUST_USE
    )


def test_obvious_relations(seeded):
    def related(slug):
        return set(models.Tool.objects.get(slug=slug).related_tools.values_list("slug", flat=True))

    assert {"signal", "messenger"} <= related("whatsapp")
    assert {"whatsapp"} <= related("signal")  # symmetrical
    assert {"myminfin", "mijn-gezondheid"} <= related("itsme")
    assert {"itsme"} <= related("mijn-gezondheid")


def test_every_seed_tool_is_public_sourced_unverified_and_annotated(seeded):
    tools = list(models.Tool.objects.all())
    assert len(tools) == len(seed_slugs())
    for tool in tools:
        expected = models.Tool.Status.ARCHIVED if tool.slug == "covidsafe" else "published"
        assert tool.status == expected, tool.slug
        assert tool.source.startswith(SEED_SOURCE), tool.slug
        assert tool.last_verified is None, tool.slug
        assert not tool.fact_checks.exists(), tool.slug
        assert tool.curator_note, tool.slug
        assert 0 < len(tool.summary) <= 300
        assert tool.purposes.exists(), tool.slug


def test_ambiguous_names_carry_only_what_the_dossier_says(seeded):
    for tool in models.Tool.objects.filter(slug__in=AMBIGUOUS):
        assert tool.summary.startswith("Praktijkwerkers noemen deze tool in het dossier onder")
        assert "Nog op te zoeken" in tool.curator_note
        assert tool.provider == "" and tool.cost == ""
        assert not any(getattr(tool, name) for name in URL_FIELDS), tool.slug
        assert not tool.platforms.exists() and not tool.languages.exists(), tool.slug
        assert not tool.target_groups.exists() and not tool.requirements.exists(), tool.slug
        assert tool.is_must_use is False
        assert tool.kind == models.Tool.Kind.UNKNOWN, tool.slug
        assert "(nu 'onbekend')" in tool.curator_note
    assert models.Tool.objects.filter(slug__in=AMBIGUOUS).count() == len(AMBIGUOUS) == 26


def test_only_unidentified_tools_have_an_unknown_kind(seeded):
    unknown = set(
        models.Tool.objects.filter(kind=models.Tool.Kind.UNKNOWN).values_list("slug", flat=True)
    )
    assert unknown == AMBIGUOUS


def test_covid_safe_ticket_is_one_archived_tool_with_its_other_names(seeded):
    tool = models.Tool.objects.get(slug="covidsafe")
    assert tool.status == models.Tool.Status.ARCHIVED
    assert str(tool.archived_on) == "2026-12-02"
    assert "2022" in tool.archived_reason and "Covid Safe Ticket" in tool.archived_reason
    assert tool.is_must_use is False
    assert dict(tool.aliases.values_list("name", "slug")) == {
        "CST": "cst",
        "Covid Safe Ticket": "covid-safe-ticket",
    }
    assert not models.Tool.objects.filter(slug="cst").exists()
    assert "lijst en lopende tekst" in tool.source


def needs(slug):
    tool = models.Tool.objects.prefetch_related("requirement_links__requirement").get(slug=slug)
    found = tool.requirement_needs()
    return (
        [term.slug for term in found.always],
        [[[term.slug for term in option] for option in choice.options] for choice in found.choices],
    )


def test_must_use_apps_say_what_a_client_needs_with_alternatives(seeded):
    # itsme (official page and the dossier's digibank): a smartphone and a phone number;
    # to activate, an eID card with a card reader on a computer, or a bank's app.
    assert needs("itsme") == (
        ["smartphone", "gsm-nummer"],
        [[["eid-en-kaartlezer", "computer"], ["bankapp"]]],
    )
    # Signing in: itsme, or an eID card with a card reader.
    for slug in ("myminfin", "mijn-gezondheid"):
        assert needs(slug) == ([], [[["itsme"], ["eid-en-kaartlezer"]]]), slug
    eid = models.Requirement.objects.get(slug="eid-en-kaartlezer")
    assert (eid.name, eid.name_fr, eid.name_en) == (
        "eID-kaart met kaartlezer",
        "Carte eID avec lecteur de carte",
        "eID card with card reader",
    )
    itsme = models.Tool.objects.get(slug="itsme")
    assert "laptop" in itsme.description and "Belgisch gsm-nummer" in itsme.curator_note


def test_links_are_https_on_allowed_official_hosts(seeded):
    seen_hosts = set()
    for tool in models.Tool.objects.all():
        for name in URL_FIELDS:
            url = getattr(tool, name)
            if not url:
                continue
            parts = urlsplit(url)
            assert parts.scheme == "https", url
            assert parts.hostname in ALLOWED_HOSTS, url
            seen_hosts.add(parts.hostname)
            if parts.hostname == "play.google.com":
                assert parse_qs(parts.query) == {"id": [PLAY_PACKAGES[tool.slug]]}, url
    assert seen_hosts == ALLOWED_HOSTS  # no stale entries in the allow-list


def test_must_use_government_tools_link_to_official_sites(seeded):
    urls = dict(models.Tool.objects.values_list("slug", "website_url"))
    assert urls["itsme"] == "https://www.itsme-id.com"
    assert urls["zanzu"] == "https://www.zanzu.be"
    assert urls["give-a-day"] == "https://www.giveaday.be"
    assert urls["be-my-eyes"] == "https://www.bemyeyes.com"


# --- Loading -------------------------------------------------------------------------------


def test_first_load_reports_and_is_fast(django_assert_max_num_queries):
    # About 65 for the catalogue, plus the search index of the tools that the translations
    # step announces, indexed after the commit in batches of 50 (search.indexing).
    with django_assert_max_num_queries(120):
        out = load()
    count = len(seed_slugs())
    assert f"{count} tools toegevoegd, 0 bestonden al" in out


def through_counts():
    counts = {}
    for field in models.Tool._meta.many_to_many:
        counts[field.name] = field.remote_field.through.objects.count()
    return counts


def test_loading_twice_creates_nothing_new(seeded, django_assert_max_num_queries):
    tools = models.Tool.objects.count()
    terms = {model: model.objects.count() for model, _rows in seeding.TERM_SEEDS}
    links = through_counts()
    with django_assert_max_num_queries(15):
        out = load()
    assert f"0 tools toegevoegd, {tools} bestonden al (0 termen toegevoegd)" in out
    assert models.Tool.objects.count() == tools
    assert {model: model.objects.count() for model in terms} == terms
    assert through_counts() == links


def test_a_curators_edits_survive_a_reload(seeded):
    whatsapp = models.Tool.objects.get(slug="whatsapp")
    whatsapp.summary = "Door een curator herschreven."
    whatsapp.website_url = ""
    whatsapp.last_verified = "2026-11-01"
    whatsapp.save()
    whatsapp.purposes.remove(models.Purpose.objects.get(slug=VERBINDEN))
    whatsapp.related_tools.remove(models.Tool.objects.get(slug="signal"))
    models.Tool.objects.filter(slug="zipster").update(status=models.Tool.Status.ARCHIVED)
    purpose = models.Purpose.objects.get(slug=COMMUNICATIE)
    purpose.name_en = "Talking with clients"
    purpose.position = 42
    purpose.save()

    load()

    whatsapp.refresh_from_db()
    assert whatsapp.summary == "Door een curator herschreven."
    assert whatsapp.website_url == ""
    assert str(whatsapp.last_verified) == "2026-11-01"
    assert set(whatsapp.purposes.values_list("slug", flat=True)) == {PRAKTISCH, COMMUNICATIE}
    assert "signal" not in set(whatsapp.related_tools.values_list("slug", flat=True))
    assert models.Tool.objects.get(slug="zipster").status == models.Tool.Status.ARCHIVED
    purpose.refresh_from_db()
    assert (purpose.name_en, purpose.position) == ("Talking with clients", 42)


def test_a_missing_tool_is_recreated_without_touching_the_others(seeded):
    models.Tool.objects.filter(slug="signal").delete()
    whatsapp_related = set(
        models.Tool.objects.get(slug="whatsapp").related_tools.values_list("slug", flat=True)
    )
    assert "signal" not in whatsapp_related
    out = load()
    assert f"1 tools toegevoegd, {len(seed_slugs()) - 1} bestonden al" in out
    signal = models.Tool.objects.get(slug="signal")
    assert set(signal.purposes.values_list("slug", flat=True)) == {COMMUNICATIE}
    # The new tool's own links are set (and related tools are symmetrical).
    assert "whatsapp" in set(signal.related_tools.values_list("slug", flat=True))
    # The existing tool type that lists Signal as an example keeps its curated examples.
    assert "signal" not in set(
        models.Tool.objects.get(slug="beeldbellen").examples.values_list("slug", flat=True)
    )


def test_loading_runs_in_one_transaction(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("link failed")

    monkeypatch.setattr(seeding, "_bulk_link", boom)
    with pytest.raises(RuntimeError):
        load()
    assert not models.Tool.objects.exists()
    assert not models.Purpose.objects.exists()


def test_seed_data_modules_are_consistent():
    """Every slug the tool data refers to exists in the taxonomy data or the tool data."""
    term_slugs = {
        field: {row[0] for row in rows}
        for field, rows in [
            ("purposes", taxonomies.PURPOSES),
            ("platforms", taxonomies.PLATFORMS),
            ("languages", taxonomies.LANGUAGES),
            ("themes", taxonomies.THEMES),
            ("target_groups", taxonomies.TARGET_GROUPS),
            ("sectors", taxonomies.SECTORS),
            ("accessibility_features", taxonomies.ACCESSIBILITY_FEATURES),
            ("requirements", taxonomies.REQUIREMENTS),
            ("contact_modes", taxonomies.CONTACT_MODES),
        ]
    }
    slugs = seed_slugs()
    for seed in seeding.tool_seeds():
        for field, values in seed.terms.items():
            assert set(values) <= term_slugs[field], (seed.slug, field)
        assert set(seed.examples) <= slugs and set(seed.related) <= slugs, seed.slug
        assert len(seed.fields["source"]) <= 300
