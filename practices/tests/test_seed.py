"""The seed: every practice and quote of the dossier, each with its source."""

import io

import pytest

from catalogue.models import SeedStep
from catalogue.seeding import load_seed as load_catalogue_seed
from practices.models import Practice, Quote, SuccessFactor
from practices.seed import SOURCE
from practices.seeding import load_seed

pytestmark = pytest.mark.django_db

DOSSIER_PAGE = "Dossier 'Inspirerend digitaal sociaal werk' — Welke apps en tools zetten"
# The credit as the dossier gives it: research at Arteveldehogeschool (opleiding sociaal werk),
# supported by SAM - steunpunt mens en samenleving.
CREDIT = (
    "Praktijkgericht onderzoek van Arteveldehogeschool (opleiding sociaal werk), met de steun "
    "van SAM – steunpunt mens en samenleving"
)
# What the first seed wrote.
FIRST_SEED_SOURCE = (
    "Dossier Inspirerend digitaal sociaal werk — Welke apps en tools zetten praktijkwerkers "
    "in? (SAM – steunpunt mens en samenleving / Arteveldehogeschool)"
)

# The quotes of the source page, verbatim, with the speaker's role exactly as given there.
QUOTES = {
    "respondent OCMW over gebruik van Whatsapp": (
        "We merken dat ze op die manier heel gemakkelijk contact met ons leggen, heel "
        "gemakkelijk vragen stellen, dingen doorsturen dus ik denk dat dat voor ons ook wel de "
        "meest gebruikte vorm is."
    ),
    "een digibankmedewerker": (
        "Smartschool. Mensen moeten daarmee kunnen werken. Alhoewel dat nu wel een app is... "
        "daarvoor komen ze niet. Er is echt veel schaamte. Maar gelijk die Itsme en die "
        "CovidSafe, daarvoor komen mensen wel. Ze schamen zich niet echt ... ze kunnen dat niet "
        "installeren of ik heb gene kaartlezer. Dus dat is een heel gemakkelijke manier om een "
        "opening te krijgen en ook te polsen. Het voordeel ook aan die Itsme is ... ze hebben "
        "een gsm maar ze hebben daarvoor ook een laptop nodig. En dan vragen wij altijd aan de "
        "mensen zelf van: 'kijk kun je een keer naar die website surfen. En dan zie je gelijk "
        "heel goed ... kunnen die uberhaupt me een computer werken, kunnen die typen of niet?"
    ),
    "praktijkwerker in focusgroep project SWIPE": (
        "Vroeger moesten die fysiek naar een kantoor gaan of soms heel aan de lijn te hangen om "
        "hun documenten op te vragen en dan opgestuurd krijgen. Dat merken wij wel echt, dat dat "
        "veel gemakkelijker en vlotter gaat... We doen dat samen MET cliënten. Dan leren we ze "
        "eigenlijk op die manier hoe ze dat gemakkelijk kunnen raadplegen."
    ),
}

# Every concrete practice the dossier describes: (a word of the title, tool slugs, organisation).
PRACTICES = {
    "pakhuis-online-jeugdhuis": ("jeugdhuis", set(), "Pakhuis"),
    "violett-contact-met-sekswerkers-via-sociale-media": ("Violett", {"sociale-media"}, "Violett"),
    "tovertafel-wzc-het-heiveld": ("Tovertafel", {"tovertafel"}, "WZC Het Heiveld"),
    "ckg-de-schommel-instagramcursus-opvoeding": ("Instagram", {"instagram"}, "CKG De Schommel"),
    "zanzu-seksuele-gezondheid-met-anderstaligen": ("Zanzu", {"zanzu"}, ""),
    "travis-vertaalapparaat-straathoekwerk": ("Travis", {"travis-vertaalapparaat"}, ""),
    "fact-app-mee-ontwikkeld-met-vdab": ("Fact-app", {"fact-app"}, "VDAB"),
    "taalboost-oortjes-op-de-werkvloer": ("Taalboost", {"taalboost-oortjes"}, ""),
    "vertaaltools-google-translate-en-deepl": ("Google", {"google-translate", "deepl"}, ""),
    "give-a-day-matchen-in-de-buurt": ("Give a day", {"give-a-day"}, ""),
    "whatsapp-laagdrempelig-contact-ocmw": ("WhatsApp", {"whatsapp"}, ""),
    "digibank-itsme-en-smartschool": ("itsme", {"itsme", "smartschool", "covidsafe"}, ""),
    "moet-apps-samen-met-clienten-swipe": ("Moet-apps", set(), ""),
}


@pytest.fixture
def seeded():
    out = io.StringIO()
    load_catalogue_seed(stdout=out)
    load_seed(stdout=out)
    return out.getvalue()


def test_every_practice_is_seeded_published_with_its_source(seeded):
    practices = {p.slug: p for p in Practice.objects.prefetch_related("tools")}
    assert set(practices) == set(PRACTICES)
    for slug, (word, tool_slugs, organisation) in PRACTICES.items():
        practice = practices[slug]
        assert word.lower() in practice.title.lower()
        assert practice.source == SOURCE and practice.source.startswith(DOSSIER_PAGE)
        assert practice.source.endswith(CREDIT)
        assert practice.is_published and practice.origin == Practice.Origin.SEED
        assert {t.slug for t in practice.tools.all()} == tool_slugs, slug
        assert practice.organisation_name == organisation
        assert practice.organisation_region == ""  # the source names no region


def test_every_quote_is_verbatim_with_the_role_as_given(seeded):
    quotes = {q.speaker_role: q for q in Quote.objects.select_related("practice")}
    assert set(quotes) == set(QUOTES)
    for role, text in QUOTES.items():
        assert quotes[role].text == text
        assert quotes[role].practice.source == SOURCE


def test_success_factors_are_the_research_vocabulary(seeded):
    assert SuccessFactor.objects.count() == 23
    groups = set(SuccessFactor.objects.values_list("group", flat=True))
    assert groups == set(SuccessFactor.Group.values)
    for factor in SuccessFactor.objects.all():
        assert factor.name and factor.name_fr and factor.name_en


def test_coding_only_where_the_source_supports_it(seeded):
    def coded(slug):
        return set(Practice.objects.get(slug=slug).success_factors.values_list("slug", flat=True))

    assert coded("whatsapp-laagdrempelig-contact-ocmw") == {"laagdrempelig", "vertrouwd"}
    assert coded("zanzu-seksuele-gezondheid-met-anderstaligen") == {"doelgroepgericht", "meertalig"}
    assert coded("pakhuis-online-jeugdhuis") == {"meer-en-diepgaander-bereik"}
    assert coded("give-a-day-matchen-in-de-buurt") == set()
    # What could not be verified is noted for curators.
    assert "filmpje" in Practice.objects.get(slug="pakhuis-online-jeugdhuis").curator_note


def test_seed_is_idempotent_and_keeps_curator_changes(seeded):
    practice = Practice.objects.get(slug="whatsapp-laagdrempelig-contact-ocmw")
    practice.title = "Door een curator aangepast"
    practice.save()
    practice.success_factors.clear()
    load_seed(stdout=io.StringIO())
    assert Practice.objects.count() == len(PRACTICES)
    assert Quote.objects.count() == len(QUOTES)
    practice.refresh_from_db()
    assert practice.title == "Door een curator aangepast"
    assert not practice.success_factors.exists()


def test_seed_without_catalogue_names_tools_as_suggestions():
    load_seed(stdout=io.StringIO())
    practice = Practice.objects.get(slug="whatsapp-laagdrempelig-contact-ocmw")
    assert not practice.tools.exists()
    assert list(practice.tool_suggestions.values_list("name", flat=True)) == ["WhatsApp"]


def test_whatsapp_practice_is_found_from_the_library_and_the_tool_page(client, seeded):
    library = client.get("/nl/practices/?tool=whatsapp").content.decode()
    assert "WhatsApp als laagdrempelig contact" in library
    tool_page = client.get("/nl/tools/whatsapp/").content.decode()
    assert "/nl/practices/whatsapp-laagdrempelig-contact-ocmw/" in tool_page


def test_an_installation_with_the_first_seed_gets_the_credit_unless_a_curator_changed_it(
    seeded,
):
    Practice.objects.update(source=FIRST_SEED_SOURCE)
    Practice.objects.filter(slug="pakhuis-online-jeugdhuis").update(source="Eigen bron")
    SeedStep.objects.filter(key="practices-2026-12-source-credit").delete()
    out = io.StringIO()
    load_seed(stdout=out)
    assert "practices-2026-12-source-credit" in out.getvalue()
    sources = dict(Practice.objects.values_list("slug", "source"))
    assert sources.pop("pakhuis-online-jeugdhuis") == "Eigen bron"
    assert set(sources.values()) == {SOURCE}
    # A step runs once: a curator may even put the old text back.
    Practice.objects.update(source=FIRST_SEED_SOURCE)
    load_seed(stdout=io.StringIO())
    assert set(Practice.objects.values_list("source", flat=True)) == {FIRST_SEED_SOURCE}
