"""Seed data for practices: the research's success factors and the dossier's practices.

Practices are written in our own words from the dossier page "Welke apps en tools zetten
praktijkwerkers in?" only; quotes are verbatim, with the speaker's role exactly as the source
gives it. Nothing is added that the source does not say: where a field is unknown it stays
empty and the curator note says what must still be checked.
"""

# The dossier's own credit: its title and page, the research at Arteveldehogeschool
# (opleiding sociaal werk), supported by SAM.
SOURCE = (
    "Dossier 'Inspirerend digitaal sociaal werk' — Welke apps en tools zetten praktijkwerkers "
    "in? Praktijkgericht onderzoek van Arteveldehogeschool (opleiding sociaal werk), met de "
    "steun van SAM – steunpunt mens en samenleving"
)
# What the seed said before (seed step practices-2026-12-source-credit corrects it).
OLD_SOURCE = (
    "Dossier Inspirerend digitaal sociaal werk — Welke apps en tools zetten praktijkwerkers "
    "in? (SAM – steunpunt mens en samenleving / Arteveldehogeschool)"
)

# (slug, Dutch, French, English, group). The row whose slug is its group is the general factor.
SUCCESS_FACTORS = [
    ("laagdrempelig", "Laagdrempelig", "À bas seuil", "Low threshold", "laagdrempelig"),
    ("vertrouwd", "Vertrouwd", "Familier", "Familiar", "laagdrempelig"),
    ("toegankelijk", "Toegankelijk", "Accessible", "Accessible", "laagdrempelig"),
    ("gratis", "Gratis", "Gratuit", "Free", "laagdrempelig"),
    (
        "gebruiksvriendelijk",
        "Gebruiksvriendelijk",
        "Facile à utiliser",
        "User-friendly",
        "gebruiksvriendelijk",
    ),
    ("eenvoudig", "Eenvoudig", "Simple", "Simple", "gebruiksvriendelijk"),
    ("intuitief", "Intuïtief", "Intuitif", "Intuitive", "gebruiksvriendelijk"),
    (
        "personaliseerbaar",
        "Personaliseerbaar",
        "Personnalisable",
        "Adaptable to the individual support path",
        "personaliseerbaar",
    ),
    (
        "doelgroepgericht",
        "Doelgroepgericht",
        "Adapté au public cible",
        "Fits the target group",
        "doelgroepgericht",
    ),
    ("meertalig", "Meertalig", "Multilingue", "Multilingual", "doelgroepgericht"),
    (
        "voorleesfunctie",
        "Voorleesfunctie",
        "Lecture à voix haute",
        "Read-aloud",
        "doelgroepgericht",
    ),
    (
        "draagt-bij-aan-werkdoelen",
        "Draagt bij aan werkdoelen",
        "Contribue aux objectifs de travail",
        "Contributes to work goals",
        "draagt-bij-aan-werkdoelen",
    ),
    (
        "sneller-en-efficienter-werken",
        "Sneller en efficiënter werken",
        "Travailler plus vite et plus efficacement",
        "Working faster and more efficiently",
        "draagt-bij-aan-werkdoelen",
    ),
    (
        "meer-en-diepgaander-bereik",
        "Meer en diepgaander bereik",
        "Toucher plus de personnes, plus en profondeur",
        "Reaching more people, more deeply",
        "draagt-bij-aan-werkdoelen",
    ),
    (
        "continue-beschikbaarheid",
        "Verbondenheid door continue beschikbaarheid",
        "Lien grâce à une disponibilité continue",
        "Connection through constant availability",
        "draagt-bij-aan-werkdoelen",
    ),
    (
        "plaatsloosheid",
        "Verbondenheid door plaatsloosheid",
        "Lien sans contrainte de lieu",
        "Connection regardless of place",
        "draagt-bij-aan-werkdoelen",
    ),
    (
        "anoniem-contact",
        "Verbondenheid door anoniem contact",
        "Lien grâce au contact anonyme",
        "Connection through anonymous contact",
        "draagt-bij-aan-werkdoelen",
    ),
    (
        "realiseert-doelen",
        "Realiseert doelen",
        "Atteint des objectifs",
        "Achieves goals",
        "realiseert-doelen",
    ),
    (
        "zelfregie-versterken",
        "Zelfregie versterken",
        "Renforcer la maîtrise de sa propre vie",
        "Strengthening self-direction",
        "realiseert-doelen",
    ),
    (
        "nabijheid-creeren",
        "Nabijheid creëren",
        "Créer de la proximité",
        "Creating closeness",
        "realiseert-doelen",
    ),
    (
        "zelfredzaamheid-verhogen",
        "Zelfredzaamheid verhogen",
        "Accroître l'autonomie",
        "Increasing self-reliance",
        "realiseert-doelen",
    ),
    (
        "burgers-een-stem-geven",
        "Burgers een stem geven",
        "Donner une voix aux citoyens",
        "Giving citizens a voice",
        "realiseert-doelen",
    ),
    (
        "verdiepend-werken",
        "Verdiepend werken",
        "Travailler en profondeur",
        "Working in depth",
        "realiseert-doelen",
    ),
]

# Each practice: tools are (candidate catalogue slugs, name); a tool not in the catalogue is
# stored as a suggestion under that name for curators.
PRACTICES = [
    {
        "slug": "whatsapp-laagdrempelig-contact-ocmw",
        "title": "WhatsApp als laagdrempelig contact tussen OCMW en cliënten",
        "organisation_type": "OCMW",
        "sectors": ["ocmw"],
        "target_groups": [],
        "tools": [(["whatsapp"], "WhatsApp")],
        "summary": (
            "Een OCMW merkt dat cliënten via WhatsApp heel gemakkelijk contact leggen, vragen "
            "stellen en dingen doorsturen. Het is er wellicht de meest gebruikte vorm van contact."
        ),
        "story": (
            "Een respondent van een OCMW vertelt hoe cliënten via WhatsApp contact opnemen met "
            "hun OCMW. Ze leggen op die manier heel gemakkelijk contact, stellen makkelijk vragen "
            "en sturen dingen door. Volgens de respondent is het voor het OCMW ook de meest "
            "gebruikte vorm van contact.\n\n"
            "In het onderzoek noemen praktijkwerkers WhatsApp opvallend vaak. Veel mensen kennen "
            "en gebruiken de app al, en daardoor is contact via WhatsApp laagdrempelig."
        ),
        "what_worked": (
            "Cliënten leggen heel gemakkelijk contact, stellen vragen en sturen dingen door via "
            "een app die ze al kennen."
        ),
        "factors": ["laagdrempelig", "vertrouwd"],
        "quotes": [
            (
                "We merken dat ze op die manier heel gemakkelijk contact met ons leggen, heel "
                "gemakkelijk vragen stellen, dingen doorsturen dus ik denk dat dat voor ons ook "
                "wel de meest gebruikte vorm is.",
                "respondent OCMW over gebruik van Whatsapp",
            )
        ],
        "curator_note": (
            "Bron: citaat van een respondent OCMW en de paragraaf 'Laagdrempelige communicatie'. "
            "Welk OCMW, de regio en afspraken over privacy staan niet in de bron."
        ),
    },
    {
        "slug": "digibank-itsme-en-smartschool",
        "title": "In de digibank: itsme als opening, Smartschool als drempel",
        "organisation_type": "Digibank",
        "sectors": ["digibank"],
        "target_groups": [],
        "tools": [
            (["itsme"], "itsme"),
            (["smartschool"], "Smartschool"),
            (["covidsafe"], "CovidSafe"),
        ],
        "summary": (
            "Een digibankmedewerker ziet dat mensen uit schaamte niet komen voor hulp met "
            "Smartschool, maar wel voor itsme en CovidSafe. Die vraag is een gemakkelijke "
            "opening om te polsen wat iemand digitaal kan."
        ),
        "story": (
            "Een medewerker van een digibank vertelt dat mensen met Smartschool moeten kunnen "
            "werken, maar dat ze daarvoor niet naar de digibank komen: er is veel schaamte. Voor "
            "itsme en CovidSafe komen mensen wel. Daar schamen ze zich niet echt voor: ze krijgen "
            "de app niet geïnstalleerd, of ze hebben geen kaartlezer.\n\n"
            "Zo'n vraag is een gemakkelijke manier om een opening te krijgen en te polsen. Voor "
            "itsme hebben mensen een gsm, maar ze hebben ook een laptop nodig. De medewerkers "
            "vragen mensen dan om zelf naar de website te surfen. Zo zien ze meteen of iemand "
            "met een computer kan werken en kan typen.\n\n"
            "Het dossier rekent itsme tot de 'moet-apps': overheidsapps waarzonder burgers "
            "nauwelijks toegang hebben tot hun persoonlijke informatie. itsme vraagt best veel "
            "moeite om geïnstalleerd te krijgen."
        ),
        "what_worked": (
            "Vragen over itsme en CovidSafe zijn een gemakkelijke opening: mensen schamen zich er "
            "niet voor, en de medewerker ziet meteen of iemand met een computer kan werken en "
            "kan typen."
        ),
        "what_did_not": "Voor hulp met Smartschool komen mensen niet: er is veel schaamte.",
        "factors": [],
        "quotes": [
            (
                "Smartschool. Mensen moeten daarmee kunnen werken. Alhoewel dat nu wel een app "
                "is... daarvoor komen ze niet. Er is echt veel schaamte. Maar gelijk die Itsme en "
                "die CovidSafe, daarvoor komen mensen wel. Ze schamen zich niet echt ... ze kunnen "
                "dat niet installeren of ik heb gene kaartlezer. Dus dat is een heel gemakkelijke "
                "manier om een opening te krijgen en ook te polsen. Het voordeel ook aan die Itsme "
                "is ... ze hebben een gsm maar ze hebben daarvoor ook een laptop nodig. En dan "
                "vragen wij altijd aan de mensen zelf van: 'kijk kun je een keer naar die website "
                "surfen. En dan zie je gelijk heel goed ... kunnen die uberhaupt me een computer "
                "werken, kunnen die typen of niet?",
                "een digibankmedewerker",
            )
        ],
        "curator_note": (
            "Bron: citaat van een digibankmedewerker en de paragraaf 'Moet-apps'. Succesfactoren "
            "niet gecodeerd; mogelijk 'Zelfredzaamheid verhogen' (de bron zegt dat moet-apps vaak "
            "een opstap vormden naar meer digitale vaardigheden): na te kijken."
        ),
    },
    {
        "slug": "moet-apps-samen-met-clienten-swipe",
        "title": "Moet-apps samen met cliënten leren gebruiken",
        "organisation_name": "",
        "sectors": [],
        "target_groups": [],
        "tools": [],
        "summary": (
            "Een praktijkwerker uit het project SWIPE ziet dat documenten opvragen via "
            "overheidsapps veel vlotter gaat. Hij of zij doet het samen met cliënten, die zo "
            "leren hoe ze het zelf kunnen raadplegen."
        ),
        "story": (
            "Vroeger moesten mensen naar een kantoor gaan of lang aan de lijn hangen om hun "
            "documenten op te vragen, die ze dan opgestuurd kregen. Een praktijkwerker in een "
            "focusgroep van het project SWIPE merkt dat dit nu veel gemakkelijker en vlotter "
            "gaat. De praktijkwerkers doen het samen met de cliënten, en leren hen zo hoe ze "
            "hun documenten gemakkelijk kunnen raadplegen.\n\n"
            "Het dossier plaatst dit bij de 'moet-apps': overheidsapps zoals Minfin, Mijn "
            "gezondheid of itsme. Burgers ervaren dat ze zonder die apps bijna geen toegang "
            "hebben tot hun persoonlijke informatie. Tijdens covid was de motivatie groot om met "
            "zulke apps te leren werken, vooral omdat de fysieke dienstverlening steeds minder "
            "bereikbaar werd. Vaak waren de moet-apps een opstap naar andere apps of naar meer "
            "digitale vaardigheden."
        ),
        "what_worked": (
            "Documenten opvragen gaat veel gemakkelijker en vlotter dan vroeger, en cliënten "
            "leren het zelf."
        ),
        "factors": ["zelfredzaamheid-verhogen"],
        "quotes": [
            (
                "Vroeger moesten die fysiek naar een kantoor gaan of soms heel aan de lijn te "
                "hangen om hun documenten op te vragen en dan opgestuurd krijgen. Dat merken wij "
                "wel echt, dat dat veel gemakkelijker en vlotter gaat... We doen dat samen MET "
                "cliënten. Dan leren we ze eigenlijk op die manier hoe ze dat gemakkelijk kunnen "
                "raadplegen.",
                "praktijkwerker in focusgroep project SWIPE",
            )
        ],
        "curator_note": (
            "Bron: citaat van een praktijkwerker in focusgroep project SWIPE en de paragraaf "
            "'Moet-apps'. Het citaat noemt geen apps: koppel tools pas als dat bekend is (de "
            "paragraaf noemt Minfin, Mijn gezondheid en itsme als voorbeelden). Gecodeerd als "
            "'Zelfredzaamheid verhogen' omdat cliënten leren hun documenten zelf te raadplegen. "
            "Organisatie en sector staan niet in de bron."
        ),
    },
    {
        "slug": "pakhuis-online-jeugdhuis",
        "title": "Pakhuis start een online jeugdhuis",
        "organisation_name": "Pakhuis",
        "organisation_type": "Jeugdhuis",
        "sectors": ["jeugdwerk"],
        "target_groups": [],
        "tools": [],
        "summary": (
            "Jeugdhuis Pakhuis startte een online jeugdhuis en bereikt daarmee andere "
            "doelgroepen, breder dan het gewone jeugdhuispubliek."
        ),
        "story": (
            "Pakhuis startte een online jeugdhuis. In een filmpje vertellen de "
            "jeugdhuismedewerkers enthousiast hoe ze met dat online initiatief andere "
            "doelgroepen bereiken: breder dan het publiek dat gewoonlijk naar het jeugdhuis komt."
        ),
        "what_worked": "Het online jeugdhuis bereikt andere doelgroepen dan het gewone jeugdhuis.",
        "factors": ["meer-en-diepgaander-bereik"],
        "quotes": [],
        "curator_note": (
            "De bron verwijst naar een filmpje met getuigenissen van de jeugdhuismedewerkers, "
            "maar de link staat niet in onze brontekst: zoek het filmpje op en voeg het toe als "
            "medialink. Welke tools het online jeugdhuis gebruikte, welke doelgroepen het bereikt "
            "en de regio staan niet in de bron."
        ),
    },
    {
        "slug": "violett-contact-met-sekswerkers-via-sociale-media",
        "title": "Violett legt contact met sekswerkers via hun sociale media",
        "organisation_name": "Violett",
        "organisation_type": "Organisatie die sekswerkers ondersteunt",
        "sectors": [],
        "target_groups": ["sekswerkers"],
        "tools": [(["sociale-media", "violet-via-social-media"], "Sociale media")],
        "summary": (
            "Violett ondersteunt sekswerkers en maakt contact met hen via de sociale "
            "mediakanalen die de doelgroep zelf gebruikt."
        ),
        "story": (
            "Violett is een organisatie die sekswerkers ondersteunt. Ze maakt contact via de "
            "sociale mediakanalen van haar doelgroep.\n\n"
            "Het dossier noemt dit een inspirerende digitale praktijk, naast communicatie via "
            "beeldbellen en chat. In de lijst van tools staat ze bij het doel 'Verbinden', als "
            "'Violet via social media'."
        ),
        "factors": [],
        "quotes": [],
        "curator_note": (
            "De bron noemt niet welke sociale media Violett gebruikt, en niet wat werkte: "
            "succesfactoren niet gecodeerd. In de toollijst staat 'Violet' (één t), in de tekst "
            "'Violett'."
        ),
    },
    {
        "slug": "tovertafel-wzc-het-heiveld",
        "title": "De Tovertafel in woonzorgcentrum Het Heiveld",
        "organisation_name": "WZC Het Heiveld",
        "organisation_type": "Woonzorgcentrum",
        "sectors": ["ouderenzorg"],
        "target_groups": ["ouderen", "mensen-met-dementie"],
        "tools": [(["tovertafel"], "Tovertafel")],
        "summary": (
            "Woonzorgcentrum Het Heiveld zet de Tovertafel in, een interactieve mobiele "
            "activiteitentafel die verbinding mogelijk maakt tussen (dementerende) ouderen en "
            "hun omgeving."
        ),
        "story": (
            "In woonzorgcentrum Het Heiveld staat de Tovertafel: een interactieve, mobiele "
            "activiteitentafel. Volgens het dossier maakt de tafel verbinding mogelijk tussen "
            "(dementerende) ouderen en hun omgeving."
        ),
        "factors": [],
        "quotes": [],
        "curator_note": (
            "De bron zegt alleen dat de tafel verbinding mogelijk maakt tussen (dementerende) "
            "ouderen en hun omgeving. Succesfactoren niet gecodeerd; overweeg 'Nabijheid "
            "creëren' na contact met het woonzorgcentrum. Regio niet vermeld."
        ),
    },
    {
        "slug": "ckg-de-schommel-instagramcursus-opvoeding",
        "title": "CKG De Schommel geeft een Instagramcursus over opvoeding",
        "organisation_name": "CKG De Schommel",
        "organisation_type": "Centrum voor kinderzorg en gezinsondersteuning (CKG)",
        "sectors": ["kinderopvang-en-gezinsondersteuning"],
        "target_groups": ["ouders"],
        "tools": [(["instagram"], "Instagram")],
        "summary": (
            "CKG De Schommel startte een cursus via Instagram rond opvoedingsthema's, als "
            "antwoord op lange wachttijden in de hulpverlening."
        ),
        "story": (
            "Digitale tools worden ook ingezet om iets te doen aan lacunes of structurele "
            "problemen, zoals de wachttijden in de geestelijke gezondheidszorg en in de jeugdzorg. "
            "Zo startte CKG De Schommel een cursus via Instagram rond opvoedingsthema's."
        ),
        "factors": [],
        "quotes": [],
        "curator_note": (
            "De bron geeft geen details over inhoud, bereik of resultaat van de cursus. "
            "Doelgroep 'ouders' is afgeleid uit 'opvoedingsthema's': na te kijken. Regio niet "
            "vermeld."
        ),
    },
    {
        "slug": "zanzu-seksuele-gezondheid-met-anderstaligen",
        "title": "Met Zanzu praten over seksuele gezondheid met anderstaligen",
        "sectors": [],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "tools": [(["zanzu"], "Zanzu")],
        "summary": (
            "Medewerkers van verschillende organisaties gebruiken de website Zanzu om met "
            "anderstaligen te communiceren over seksuele gezondheid."
        ),
        "story": (
            "Verschillende organisatiemedewerkers getuigen dat ze de website Zanzu gebruiken om "
            "met anderstaligen te communiceren over seksuele gezondheid. Het dossier noemt Zanzu "
            "bij de tools voor communicatie."
        ),
        "factors": ["doelgroepgericht", "meertalig"],
        "quotes": [],
        "curator_note": (
            "Gecodeerd als 'Doelgroepgericht' en 'Meertalig' omdat medewerkers Zanzu inzetten om "
            "met anderstaligen te communiceren. Welke organisaties en sectoren: niet vermeld."
        ),
    },
    {
        "slug": "travis-vertaalapparaat-straathoekwerk",
        "title": "Het Travis-vertaalapparaat in het straathoekwerk",
        "sectors": ["straathoekwerk"],
        "target_groups": [],
        "tools": [(["travis", "travis-vertaalapparaat"], "Travis")],
        "summary": "In het straathoekwerk wordt het Travis-vertaalapparaat ingezet.",
        "story": (
            "Vertaaltools worden in het sociaal werk al breed gebruikt. Een voorbeeld uit het "
            "dossier: in het straathoekwerk zetten werkers het Travis-vertaalapparaat in. De "
            "onderzoekers kregen meerdere inspirerende getuigenissen van praktijkwerkers die warm "
            "lopen van hun vertaaltool."
        ),
        "factors": ["meertalig"],
        "quotes": [],
        "curator_note": (
            "Gecodeerd als 'Meertalig' omdat de bron het toestel bij de vertaaltools noemt. Hoe "
            "en met wie het wordt gebruikt, en welke organisatie: niet vermeld."
        ),
    },
    {
        "slug": "fact-app-mee-ontwikkeld-met-vdab",
        "title": "De Fact-app, mee ontwikkeld met VDAB",
        "organisation_name": "VDAB",
        "organisation_type": "Mee-ontwikkelaar van de app",
        "sectors": [],
        "target_groups": [],
        "tools": [(["fact-app", "fact"], "Fact-app")],
        "summary": (
            "De Fact-app is een van de vertaaltools die praktijkwerkers gebruiken. De app werd "
            "onder meer mee ontwikkeld met VDAB."
        ),
        "story": (
            "Bij de vertaaltools die praktijkwerkers inzetten, noemt het dossier de Fact-app. "
            "Die werd onder andere mee ontwikkeld met VDAB."
        ),
        "factors": ["meertalig"],
        "quotes": [],
        "curator_note": (
            "Gecodeerd als 'Meertalig' omdat de bron de app bij de vertaaltools noemt. De bron "
            "zegt niet wat de app precies doet, wie ze gebruikt of wat werkte; 'onder andere' "
            "met VDAB: de andere partners staan niet in de bron."
        ),
    },
    {
        "slug": "taalboost-oortjes-op-de-werkvloer",
        "title": "Taalboost-oortjes op de werkvloer",
        "sectors": [],
        "target_groups": [],
        "tools": [(["taalboost", "taalboost-oortjes"], "Taalboost")],
        "summary": "Op de werkvloer worden de Taalboost-oortjes ingezet als vertaaltool.",
        "story": (
            "Het dossier noemt de Taalboost-oortjes op de werkvloer als een van de vertaaltools "
            "die praktijkwerkers inzetten."
        ),
        "factors": ["meertalig"],
        "quotes": [],
        "curator_note": (
            "Gecodeerd als 'Meertalig' omdat de bron de oortjes bij de vertaaltools noemt. "
            "Organisatie, sector, doelgroep en ervaringen staan niet in de bron."
        ),
    },
    {
        "slug": "vertaaltools-google-translate-en-deepl",
        "title": "Vertalen met Google Translate en DeepL",
        "sectors": [],
        "target_groups": [],
        "tools": [
            (["google-translate"], "Google Translate"),
            (["deepl"], "DeepL"),
        ],
        "summary": (
            "Vertaaltools zoals Google Translate en DeepL worden in het sociaal werk al breed "
            "gebruikt."
        ),
        "story": (
            "Volgens het dossier worden vertaaltools al breed gebruikt: van Google Translate en "
            "DeepL tot vertaaltoestellen en -apps. De onderzoekers kregen meerdere inspirerende "
            "getuigenissen van praktijkwerkers die warm lopen van hun vertaaltool. Vertaalapps "
            "horen bij de praktische, direct bruikbare tools die vaak worden ingezet."
        ),
        "factors": ["meertalig"],
        "quotes": [],
        "curator_note": (
            "Gecodeerd als 'Meertalig' (vertaaltools). De bron geeft geen concrete getuigenis "
            "over deze twee tools: vul aan met een praktijk als die er komt."
        ),
    },
    {
        "slug": "give-a-day-matchen-in-de-buurt",
        "title": "Give a day: hulpvragers, vrijwilligers en organisaties matchen",
        "sectors": ["samenlevingsopbouw-en-buurtwerk"],
        "target_groups": ["vrijwilligers"],
        "tools": [(["give-a-day"], "Give a day")],
        "summary": (
            "Give a day is een website die mensen met een hulpvraag, vrijwilligers en "
            "organisaties met elkaar matcht, en zo buurtgericht werken ondersteunt."
        ),
        "story": (
            "Het dossier ziet tools opduiken die buurtgericht werken ondersteunen en stimuleren. "
            "Een voorbeeld is Give a day: een website om mensen met een hulpvraag, vrijwilligers "
            "en organisaties met elkaar te matchen."
        ),
        "factors": [],
        "quotes": [],
        "curator_note": (
            "De bron noemt geen organisatie die Give a day gebruikt en niet wat werkte: "
            "succesfactoren niet gecodeerd."
        ),
    },
]
