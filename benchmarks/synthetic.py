"""Synthetic catalogue for the benchmarks: realistic Dutch text and facets, filled fast.

Words follow a Zipf-like distribution, so some words occur in most tools ("hulp", "app") and
others in a handful; taxonomies use the real purpose slugs. Deterministic (seeded).
"""

import random

from django.db import connection, transaction
from django.utils.text import slugify

from catalogue import models

COMMON = [
    "hulp",
    "app",
    "tool",
    "informatie",
    "cliënt",
    "cliënten",
    "sociaal",
    "werker",
    "werkers",
    "digitaal",
    "online",
    "gratis",
    "eenvoudig",
    "contact",
    "vragen",
    "ondersteuning",
    "begeleiding",
    "gezin",
    "jongeren",
    "ouderen",
    "buurt",
    "dienst",
    "overheid",
    "gegevens",
    "privacy",
    "telefoon",
    "smartphone",
    "website",
    "gebruik",
    "gebruiken",
    "kennis",
    "taal",
]
MIDDLE = [
    "vertaling",
    "vertalen",
    "vertaalt",
    "tolk",
    "gesprek",
    "gesprekken",
    "beeldbellen",
    "videobellen",
    "chat",
    "chatten",
    "berichten",
    "afspraak",
    "afspraken",
    "agenda",
    "budget",
    "geld",
    "schulden",
    "betalen",
    "bank",
    "facturen",
    "energie",
    "wonen",
    "huur",
    "school",
    "leren",
    "huiswerk",
    "werk",
    "vacatures",
    "opleiding",
    "gezondheid",
    "dokter",
    "apotheek",
    "medicatie",
    "welzijn",
    "mentaal",
    "stress",
    "slapen",
    "eenzaamheid",
    "vrijwilliger",
    "vrijwilligers",
    "vrijwilligerswerk",
    "vereniging",
    "sport",
    "cultuur",
    "muziek",
    "spelletjes",
    "spelen",
    "dementie",
    "geheugen",
    "zorg",
    "mantelzorg",
    "thuiszorg",
    "kinderen",
    "ouders",
    "opvoeding",
    "baby",
    "zwangerschap",
    "relaties",
    "seksualiteit",
    "identiteit",
    "itsme",
    "eid",
    "kaartlezer",
    "inloggen",
    "aanvraag",
    "formulier",
    "attest",
    "uitkering",
    "pensioen",
    "belastingen",
    "toeslag",
    "verzekering",
    "mutualiteit",
    "ziekenfonds",
    "vervoer",
    "trein",
    "bus",
    "fiets",
    "route",
    "kaart",
    "plattegrond",
    "nieuwkomers",
    "anderstaligen",
    "inburgering",
    "nederlands",
    "frans",
    "arabisch",
    "oekraïens",
    "voorlezen",
    "laaggeletterd",
    "pictogrammen",
    "spraak",
    "toegankelijk",
    "blind",
    "slechtziend",
    "doof",
    "rolstoel",
    "vinden",
    "zoeken",
    "delen",
    "melden",
    "signaal",
    "veiligheid",
    "crisis",
    "noodnummer",
    "anoniem",
    "luisteren",
    "praten",
    "dagboek",
    "doelen",
    "plannen",
    "herinnering",
    "stappenplan",
    "checklist",
    "overzicht",
    "dossier",
    "verslag",
    "samenwerken",
    "netwerk",
    "organisatie",
    "ocmw",
    "caw",
    "jeugdhuis",
    "straathoekwerk",
    "digibank",
    "woonzorgcentrum",
    "whatsapp",
    "messenger",
    "signal",
    "teams",
    "zoom",
    "instagram",
    "facebook",
    "youtube",
    "tiktok",
    "google",
]
RARE_STEMS = [
    "bud",
    "plan",
    "kom",
    "pas",
    "wijs",
    "link",
    "brug",
    "hart",
    "stem",
    "hand",
    "oog",
    "oor",
    "deur",
    "sleutel",
    "boom",
    "licht",
    "klok",
    "map",
    "boek",
    "kaart",
    "brief",
    "wolk",
    "zon",
    "maan",
    "ster",
    "pad",
    "weg",
    "huis",
    "dorp",
    "stad",
]
RARE_TAILS = [
    "planner",
    "kompas",
    "wijzer",
    "gids",
    "hulp",
    "maatje",
    "coach",
    "box",
    "punt",
    "net",
    "app",
    "bot",
    "kaart",
    "lijn",
    "buddy",
    "vinder",
    "tracker",
    "bord",
    "dagboek",
]

TAXONOMY = {
    models.Purpose: [
        ("informeren-en-verwijzen", "Informeren en verwijzen"),
        ("praktische-tools", "Praktische tools"),
        ("communicatie", "Communicatie"),
        ("verbinden", "Verbinden"),
        ("ondersteunen", "Ondersteunen"),
        ("toegang-overheid-en-dienstverlening", "Toegang overheid en dienstverlening"),
        ("zelfrepresentatie-beleven-en-expressie", "Zelfrepresentatie, beleven en expressie"),
        ("community-en-matching", "Community en matching"),
    ],
    models.Theme: [(slugify(w), w.capitalize()) for w in MIDDLE[:30]],
    models.TargetGroup: [
        (slugify(w), w.capitalize())
        for w in [
            "jongeren",
            "ouderen",
            "ouders",
            "kinderen",
            "nieuwkomers",
            "mantelzorgers",
            "studenten",
            "werkzoekenden",
            "daklozen",
            "gedetineerden",
            "vluchtelingen",
            "sekswerkers",
            "laaggeletterden",
            "slechtzienden",
            "doven",
            "gezinnen",
            "alleenstaanden",
        ]
    ],
    models.Sector: [
        (slugify(w), w.upper() if len(w) <= 5 else w.capitalize())
        for w in [
            "ocmw",
            "caw",
            "jeugdwerk",
            "straathoekwerk",
            "ouderenzorg",
            "gehandicaptenzorg",
            "ggz",
            "kinderopvang",
            "onderwijs",
            "samenlevingsopbouw",
            "digibank",
            "bibliotheek",
        ]
    ],
    models.Language: [
        (code, name)
        for code, name in [
            ("nl", "Nederlands"),
            ("fr", "Frans"),
            ("en", "Engels"),
            ("de", "Duits"),
            ("ar", "Arabisch"),
            ("tr", "Turks"),
            ("uk", "Oekraïens"),
            ("ru", "Russisch"),
            ("pl", "Pools"),
            ("ro", "Roemeens"),
            ("es", "Spaans"),
            ("it", "Italiaans"),
            ("so", "Somalisch"),
            ("ti", "Tigrinya"),
            ("fa", "Perzisch"),
            ("ps", "Pasjtoe"),
        ]
    ],
    models.Platform: [
        ("android", "Android"),
        ("ios", "iOS"),
        ("web", "Web"),
        ("windows", "Windows"),
        ("macos", "macOS"),
        ("device", "Toestel"),
    ],
    models.AccessibilityFeature: [
        (slugify(w), w.capitalize())
        for w in [
            "voorlezen",
            "pictogrammen",
            "eenvoudige-taal",
            "ondertiteling",
            "gebarentaal",
            "groot-lettertype",
            "spraakbediening",
            "hoog-contrast",
        ]
    ],
    models.Requirement: [
        (slugify(w), w.capitalize())
        for w in [
            "smartphone",
            "e-mailadres",
            "eid-en-kaartlezer",
            "itsme",
            "internet",
            "computer",
            "bankrekening",
            "account",
        ]
    ],
    models.ContactMode: [
        ("chat", "Chat"),
        ("video", "Video"),
        ("telefoon", "Telefoon"),
        ("anonymous", "Anoniem contact"),
        ("forum", "Forum"),
    ],
}
RELATIONS = {
    "purposes": (models.Purpose, 1, 3),
    "themes": (models.Theme, 1, 3),
    "target_groups": (models.TargetGroup, 1, 2),
    "sectors": (models.Sector, 1, 2),
    "languages": (models.Language, 1, 4),
    "platforms": (models.Platform, 1, 3),
    "accessibility_features": (models.AccessibilityFeature, 0, 2),
    "requirements": (models.Requirement, 0, 2),
    "contact_modes": (models.ContactMode, 0, 2),
}


class Words:
    def __init__(self, rng):
        self.rng = rng
        self.vocabulary = COMMON + MIDDLE + [s + t for s in RARE_STEMS for t in RARE_TAILS]
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(len(self.vocabulary))]

    def sentence(self, low, high):
        count = self.rng.randint(low, high)
        text = " ".join(self.rng.choices(self.vocabulary, self.weights, k=count))
        return text[:1].upper() + text[1:] + "."

    def name(self):
        return (self.rng.choice(RARE_STEMS) + self.rng.choice(RARE_TAILS)).capitalize()


def clear():
    with transaction.atomic():
        for name in RELATIONS:
            getattr(models.Tool, name).through.objects.all().delete()
        models.Tool.examples.through.objects.all().delete()
        models.Tool.related_tools.through.objects.all().delete()
        models.Tool.objects.all().delete()


@transaction.atomic
def fill(size: int, *, seed: int = 20261130, stdout=None) -> None:
    """Replace the catalogue of this (benchmark) database by `size` synthetic tools."""
    rng = random.Random(seed)
    words = Words(rng)
    clear()
    terms = {}
    for model, rows in TAXONOMY.items():
        for position, (slug, name) in enumerate(rows):
            model.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})
        terms[model] = list(model.objects.values_list("pk", flat=True))
    costs = ["free", "free", "freemium", "paid", ""]
    kinds = [k for k, _ in models.Tool.Kind.choices]
    batch = 5000
    for start in range(0, size, batch):
        tools = []
        for n in range(start, min(start + batch, size)):
            name = f"{words.name()} {n}" if rng.random() < 0.5 else words.name()
            tools.append(
                models.Tool(
                    name=name,
                    slug=f"{slugify(name)}-{n}",
                    kind=rng.choice(kinds),
                    summary=words.sentence(8, 20)[:300],
                    description=" ".join(words.sentence(8, 18) for _ in range(rng.randint(2, 5))),
                    provider=f"vzw {words.name()}",
                    cost=rng.choice(costs),
                    status="published" if rng.random() < 0.95 else "draft",
                )
            )
        models.Tool.objects.bulk_create(tools, batch_size=1000)
        if stdout:
            stdout.write(f"  {min(start + batch, size)} tools")
    tool_ids = list(models.Tool.objects.values_list("pk", flat=True))
    for relation, (model, low, high) in RELATIONS.items():
        through = getattr(models.Tool, relation).through
        term_field = f"{model._meta.model_name}_id"
        rows = []
        for tool_id in tool_ids:
            for term_id in rng.sample(terms[model], rng.randint(low, high)):
                rows.append(through(tool_id=tool_id, **{term_field: term_id}))
        through.objects.bulk_create(rows, batch_size=5000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
