"""Seed tools: every tool named in the dossier "Inspirerend digitaal sociaal werk".

Sources (Dutch pages in /work/shared/seeds/ at the time of writing):
- the list "Welke apps en tools zetten praktijkwerkers in?" (eight purposes, one label a line);
- the running text of that page and of "Maar welke apps en websites worden nu in het
  welzijnswerk écht gebruikt?".

Each entry says which dossier label(s) it stands for:
- `listed`: (purpose slug, label exactly as in the dossier list). A tool's purposes are the
  purposes under which the list names it.
- `mentioned`: labels in the running text. `text_purposes`: purposes we derive from the
  running text (for tools that the list does not name); the curator note says so.

Decisions on labels (also written in each tool's curator note):
- "ScheidingskofferToegang overheid & dienstverlening" is the tool "Scheidingskoffer" (under
  Ondersteunen) glued to the heading "Toegang overheid & dienstverlening".
- "QR-lezer" (Praktische tools), "QR-scan" (Toegang overheid & dienstverlening) and
  "QR-lezers" (running text) name the same kind of tool: one tool type "QR-lezer" in both
  purposes.
- "Beeldbellen (Signal)" (Communicatie) stands for the tool type "Beeldbellen" AND for the
  app Signal; "Beeldbellen" (Verbinden) for the tool type alone.
- "Chat (Sittool)" stands for Sittool, used for chat.
- "Myminfin" (list) and "Minfin" (running text) are MyMinfin.
- "Violet via social media" is the organisation Violett (which supports sex workers) reaching
  its target group through social media: the tool type "Sociale media", never an app.
- "Povigo (burnout)": the tool "Povigo"; the dossier links it to burn-out.
- "Pakhuis" (an online youth house) and "CKG De Schommel" (an Instagram course) are practices,
  not tools; their tools (Instagram) are here.

- "CST" (list) and "CovidSafe" (running text) are one thing: the Covid Safe Ticket and the
  app that showed it. One archived tool "CovidSafe" with the alias "CST": the Covid Safe
  Ticket ended in Belgium in 2022.

Facts: only what the dossier says or what is common, stable knowledge (e.g. WhatsApp is a
free chat app by Meta). Unknown facts stay empty (an unidentified tool has no kind); every
tool's curator note lists what is still to be verified. Links only on official domains we
are sure of; the tests keep an allow-list of hosts. No fact group is verified: nobody has
verified these entries yet.

Must-use ("moet-app") only where the dossier says so: "overheidsapps zoals Minfin, Mijn
gezondheid of Itsme".

Requirements: `requirements` are each needed; `requirement_choices` lists choice groups,
each a list of alternatives, each alternative a list of requirement slugs needed together
(ToolRequirement). Changes to tools that existing installations already hold are written
as seed steps in `catalogue/seed/steps.py`.
"""

# Free-text source labels (Tool.source, max 300 characters). The dossier's own credit: the
# research was done at Arteveldehogeschool, supported by SAM.
DOSSIER = (
    "Dossier 'Inspirerend digitaal sociaal werk': praktijkgericht onderzoek van "
    "Arteveldehogeschool (opleiding sociaal werk), met de steun van SAM – steunpunt mens en "
    "samenleving"
)
SOURCE_LIST = f"{DOSSIER}, lijst 'Welke apps en tools zetten praktijkwerkers in?'"
SOURCE_TEXT = f"{DOSSIER}, lopende tekst van 'Welke apps en tools zetten praktijkwerkers in?'"
SOURCE_LIST_AND_TEXT = (
    f"{DOSSIER}, lijst en lopende tekst van 'Welke apps en tools zetten praktijkwerkers in?'"
)
SOURCE_TEXT_INTRO = (
    f"{DOSSIER}, lopende tekst van "
    "'Maar welke apps en websites worden nu in het welzijnswerk écht gebruikt?'"
)

INFO = "informeren-en-verwijzen"
PRAKTISCH = "praktische-tools"
COMMUNICATIE = "communicatie"
VERBINDEN = "verbinden"
ONDERSTEUNEN = "ondersteunen"
OVERHEID = "toegang-overheid-en-dienstverlening"
EXPRESSIE = "zelfrepresentatie-beleven-en-expressie"
COMMUNITY = "community-en-matching"

MOBILE = ["android", "ios"]

# The day Toolwijzer archived the tools that no longer exist (seed step 2026-12).
ARCHIVED_ON = "2026-12-02"
COVID_SAFE_TICKET_ENDED = (
    "Het Covid Safe Ticket, waarvoor deze app diende, wordt in België sinds 2022 niet meer "
    "gebruikt."
)
EVERYWHERE = ["android", "ios", "web", "windows", "macos"]


def unknown(name, *, listed, note="", **facts):
    """A tool we cannot identify with certainty: only what the dossier says about it.

    The loader writes a neutral summary ("Praktijkwerkers noemen deze tool in het dossier
    onder ...") and a curator note that everything else is still to be looked up.
    """
    return {"name": name, "listed": listed, "unknown": True, "note": note, **facts}


TOOLS = [
    # --- Informeren en verwijzen -------------------------------------------------------
    unknown("Smartateljee", listed=[(INFO, "Smartateljee")]),
    unknown("Zo jong", listed=[(INFO, "Zo jong")]),
    unknown("Zipster", listed=[(INFO, "Zipster")]),
    unknown("Bibster", listed=[(INFO, "Bibster"), (EXPRESSIE, "Bibster")]),
    {
        "name": "Smartschool",
        "kind": "platform",
        "listed": [(INFO, "Smartschool")],
        "mentioned": ["Smartschool"],
        "summary": (
            "Digitaal schoolplatform dat veel scholen in Vlaanderen gebruiken. Leerlingen en "
            "ouders lezen er berichten van de school en volgen er de schoolagenda."
        ),
        "description": (
            "Ouders en leerlingen moeten vaak met Smartschool kunnen werken. Een "
            "digibankmedewerker vertelt in het dossier dat mensen zich schamen om daarvoor "
            "hulp te vragen, terwijl ze voor itsme of CovidSafe wel langskomen."
        ),
        "website_url": "https://www.smartschool.be",
        "platforms": ["web", "android", "ios"],
        "languages": ["nl"],
        "themes": ["onderwijs-en-school"],
        "target_groups": ["ouders", "kinderen", "jongeren"],
        "sectors": ["onderwijs", "digibank"],
        "requirements": ["account"],
        "requires_account": True,
        "note": (
            "Aanbieder (bedrijf achter Smartschool), kostprijs voor ouders en de "
            "app-winkellinks nog na te kijken. Talen: alleen Nederlands ingevuld."
        ),
    },
    unknown(
        "ADHDhoezithetermee",
        listed=[(INFO, "ADHDhoezithetermee")],
        note="De naam verwijst naar ADHD; wat het precies is (website of app) nog op te zoeken.",
    ),
    {
        "name": "Onlinehulp-apps.be",
        "kind": "website",
        "mentioned_intro": ["www.onlinehulp-apps.be"],
        "text_purposes": [INFO],
        "summary": (
            "Website met een overzicht van apps en websites voor welzijn en geestelijke "
            "gezondheid. Zo vind je sneller een goede app voor jezelf of voor een cliënt."
        ),
        "description": (
            "Het dossier noemt onlinehulp-apps.be een eerste stap om zicht te krijgen op het "
            "grote en diverse aanbod aan apps en websites voor welzijn."
        ),
        "website_url": "https://www.onlinehulp-apps.be",
        "platforms": ["web"],
        "themes": ["mentaal-welzijn"],
        "note": (
            "Aanbieder, kostprijs en talen nog na te kijken. Het dossier noemt de website "
            "met www; na te kijken of https werkt."
        ),
    },
    # --- Praktische tools -------------------------------------------------------------
    {
        "name": "QR-lezer",
        "kind": "tool_type",
        "listed": [(PRAKTISCH, "QR-lezer"), (OVERHEID, "QR-scan")],
        "mentioned": ["QR-lezers"],
        "summary": (
            "Een app die met de camera van je smartphone een QR-code leest. Zo open je "
            "bijvoorbeeld een website of een formulier zonder te typen."
        ),
        "description": (
            "Het dossier noemt QR-lezers bij de praktische tools ('QR-lezer') en bij de "
            "toegang tot overheid en dienstverlening ('QR-scan'). Wij tonen ze als één soort "
            "tool in beide categorieën. Veel smartphones lezen QR-codes ook met de gewone "
            "camera-app."
        ),
        "requirements": ["smartphone"],
        "examples": ["google-lens"],
        "note": "Dossierlabels 'QR-lezer' en 'QR-scan' samengevoegd tot één soort tool.",
    },
    {
        "name": "Scanapps",
        "kind": "tool_type",
        "listed": [(PRAKTISCH, "Scanapps")],
        "summary": (
            "Apps die met de camera van je smartphone een papieren document inscannen. "
            "Zo kun je een brief of attest snel doorsturen."
        ),
        "requirements": ["smartphone"],
        "note": "Nog geen concrete voorbeelden in de catalogus; welke scanapps gebruikt worden "
        "staat niet in het dossier.",
    },
    {
        "name": "Vertaalapps",
        "kind": "tool_type",
        "listed": [(PRAKTISCH, "Vertaalapps")],
        "mentioned": ["vertaalapps", "Vertaaltools"],
        "summary": (
            "Apps die tekst of gesproken woorden vertalen naar een andere taal. Zo kun je "
            "praten met iemand die je taal niet spreekt."
        ),
        "description": (
            "Volgens het dossier worden vertaaltools al breed gebruikt: van Google Translate "
            "en DeepL tot een vertaalapparaat in het straathoekwerk en vertaaloortjes op de "
            "werkvloer. Praktijkwerkers lopen er warm voor."
        ),
        "themes": ["taal-en-vertalen"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "accessibility_features": ["meertalig"],
        "examples": ["google-translate", "deepl", "fact-app"],
        "note": "",
    },
    {
        "name": "WhatsApp",
        "kind": "app",
        "listed": [(PRAKTISCH, "Whatsapp"), (COMMUNICATIE, "Whatsapp"), (VERBINDEN, "Whatsapp")],
        "mentioned": ["Whatsapp"],
        "summary": (
            "Gratis app om berichten, foto's en spraakberichten te sturen en om te bellen "
            "en te beeldbellen. Veel mensen hebben de app al op hun gsm."
        ),
        "description": (
            "Praktijkwerkers noemen WhatsApp opvallend vaak. Omdat veel mensen de app al "
            "kennen en gebruiken, is contact maken laagdrempelig. Een OCMW-medewerker "
            "vertelt in het dossier dat cliënten zo heel gemakkelijk contact opnemen, vragen "
            "stellen en documenten doorsturen."
        ),
        "provider": "WhatsApp (Meta)",
        "website_url": "https://www.whatsapp.com",
        "android_url": "https://play.google.com/store/apps/details?id=com.whatsapp",
        "platforms": EVERYWHERE,
        "cost": "free",
        "languages": ["nl", "fr", "en", "de", "ar", "tr", "es", "it", "pt", "ru"],
        "accessibility_features": ["meertalig"],
        "requirements": ["smartphone", "gsm-nummer", "internetverbinding"],
        "contact_modes": ["chat", "bellen", "beeldbellen", "groep"],
        "sectors": ["ocmw"],
        "themes": ["sociaal-contact-en-eenzaamheid"],
        "privacy_notes": "Berichten en gesprekken zijn end-to-end versleuteld.",
        "requires_account": True,
        "related": ["signal", "messenger"],
        "note": (
            "Talen: alleen een deel ingevuld. Advertenties (sinds kort in het tabblad "
            "Updates?) en verdere privacyfeiten (metadata, Meta) nog na te kijken."
        ),
    },
    {
        "name": "Google Maps",
        "kind": "app",
        "listed": [(PRAKTISCH, "Google maps")],
        "summary": (
            "Kaart en routeplanner van Google. Je ziet waar iets is en hoe je er geraakt: te "
            "voet, met de fiets, het openbaar vervoer of de auto."
        ),
        "provider": "Google",
        "website_url": "https://maps.google.com",
        "android_url": "https://play.google.com/store/apps/details?id=com.google.android.apps.maps",
        "platforms": ["android", "ios", "web"],
        "cost": "free",
        "themes": ["mobiliteit"],
        "requires_account": False,
        "note": "Talen en privacyfeiten nog na te kijken.",
    },
    {
        "name": "Google Lens",
        "kind": "app",
        "listed": [(PRAKTISCH, "Google Lens")],
        "mentioned": ["Google Lens"],
        "summary": (
            "App van Google die met je camera tekst, dingen en QR-codes herkent. Je kunt "
            "er tekst op papier mee vertalen of kopiëren."
        ),
        "provider": "Google",
        "android_url": "https://play.google.com/store/apps/details?id=com.google.ar.lens",
        "platforms": MOBILE,
        "cost": "free",
        "themes": ["taal-en-vertalen"],
        "requirements": ["smartphone"],
        "related": ["google-translate"],
        "note": (
            "Website en iOS-link nog na te kijken (op iPhone zit Lens in de Google-app). "
            "Talen en privacyfeiten nog na te kijken."
        ),
    },
    # --- Communicatie ------------------------------------------------------------------
    {
        "name": "Zanzu",
        "kind": "website",
        "listed": [(COMMUNICATIE, "Zanzu")],
        "mentioned": ["Zanzu website"],
        "summary": (
            "Website over seksuele gezondheid, lichaam en relaties, in eenvoudige taal, met "
            "tekeningen en in veel talen. Zo praat je er makkelijker over met anderstaligen."
        ),
        "description": (
            "Verschillende organisaties vertellen in het dossier dat ze Zanzu gebruiken om "
            "met anderstaligen te praten over seksuele gezondheid."
        ),
        "provider": "Sensoa",
        "website_url": "https://www.zanzu.be",
        "platforms": ["web"],
        "cost": "free",
        "languages": ["nl", "fr", "en", "ar", "tr"],
        "themes": ["seksuele-gezondheid-en-relaties", "gezondheid"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "accessibility_features": ["meertalig", "voorleesfunctie", "eenvoudige-taal"],
        "requires_account": False,
        "note": (
            "Talen: alleen een deel ingevuld, volledige lijst nog over te nemen van de "
            "website. Voorleesfunctie per taal nog na te kijken."
        ),
    },
    unknown("Gimme", listed=[(COMMUNICATIE, "Gimme")]),
    {
        "name": "Beeldbellen",
        "kind": "tool_type",
        "listed": [(COMMUNICATIE, "Beeldbellen (Signal)"), (VERBINDEN, "Beeldbellen")],
        "mentioned": ["beeldbellen"],
        "summary": (
            "Met iemand praten en elkaar zien via een video-oproep op je gsm, tablet of "
            "computer. Handig als je niet samen op één plaats kunt zijn."
        ),
        "description": (
            "Tijdens de pandemie gingen veel sociaal werkers digitaal communiceren om nabij en "
            "bereikbaar te blijven, onder meer via beeldbellen en chat. Het dossier noemt "
            "beeldbellen bij Communicatie (met Signal als voorbeeld) en bij Verbinden."
        ),
        "contact_modes": ["beeldbellen"],
        "requirements": ["internetverbinding"],
        "examples": ["signal", "whatsapp", "zoom", "microsoft-teams", "messenger"],
        "note": "Dossierlabel 'Beeldbellen (Signal)' staat voor deze soort tool én voor Signal.",
    },
    {
        "name": "Signal",
        "kind": "app",
        "listed": [(COMMUNICATIE, "Beeldbellen (Signal)")],
        "summary": (
            "Gratis app om berichten te sturen, te bellen en te beeldbellen. Alles wat je "
            "stuurt, is versleuteld, zodat anderen het niet kunnen meelezen."
        ),
        "description": (
            "Het dossier noemt Signal als voorbeeld van beeldbellen met cliënten. Signal "
            "wordt gemaakt door een stichting zonder winstoogmerk."
        ),
        "provider": "Signal Foundation",
        "website_url": "https://signal.org",
        "android_url": "https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms",
        "platforms": ["android", "ios", "windows", "macos"],
        "cost": "free",
        "requirements": ["smartphone", "gsm-nummer", "internetverbinding"],
        "contact_modes": ["chat", "bellen", "beeldbellen", "groep"],
        "privacy_notes": "Berichten en gesprekken zijn end-to-end versleuteld.",
        "requires_account": True,
        "shows_ads": False,
        "related": ["whatsapp", "messenger"],
        "note": "Dossierlabel 'Beeldbellen (Signal)'. Talen nog na te kijken.",
    },
    {
        "name": "Messenger",
        "kind": "app",
        "listed": [(COMMUNICATIE, "Messenger")],
        "summary": ("App van Meta (Facebook) om berichten te sturen, te bellen en te beeldbellen."),
        "provider": "Meta",
        "android_url": "https://play.google.com/store/apps/details?id=com.facebook.orca",
        "platforms": MOBILE,
        "cost": "free",
        "requirements": ["account", "internetverbinding"],
        "contact_modes": ["chat", "bellen", "beeldbellen", "groep"],
        "requires_account": True,
        "related": ["whatsapp", "signal"],
        "note": (
            "Website en computerversies nog na te kijken (Meta bouwt de desktopversies af). "
            "Welk account nodig is (Facebook of niet), talen, advertenties en privacyfeiten "
            "nog na te kijken."
        ),
    },
    {
        "name": "Mail",
        "kind": "tool_type",
        "listed": [(COMMUNICATIE, "Mail")],
        "summary": (
            "Berichten sturen en ontvangen via e-mail. Je hebt daarvoor een e-mailadres nodig."
        ),
        "contact_modes": ["e-mail"],
        "requirements": ["e-mailadres", "internetverbinding"],
        "note": "Nog geen concrete e-maildiensten in de catalogus (het dossier noemt er geen).",
    },
    {
        "name": "Instagram",
        "kind": "app",
        "listed": [(COMMUNICATIE, "Instagram"), (EXPRESSIE, "Instagram")],
        "mentioned": ["Instagramcursus"],
        "summary": ("App van Meta om foto's en korte filmpjes te delen en berichten te sturen."),
        "description": (
            "Het dossier vertelt hoe CKG De Schommel een cursus over opvoeding gaf via "
            "Instagram, om de wachttijd voor hulp te overbruggen."
        ),
        "provider": "Meta",
        "website_url": "https://www.instagram.com",
        "android_url": "https://play.google.com/store/apps/details?id=com.instagram.android",
        "platforms": ["android", "ios", "web"],
        "cost": "free",
        "requirements": ["account", "internetverbinding"],
        "contact_modes": ["chat"],
        "sectors": ["kinderopvang-en-gezinsondersteuning"],
        "requires_account": True,
        "shows_ads": True,
        "note": "Talen, minimumleeftijd en privacyfeiten nog na te kijken.",
    },
    unknown(
        "Sayhi",
        listed=[(COMMUNICATIE, "Sayhi"), (VERBINDEN, "Sayhi")],
        note=(
            "Mogelijk de vertaalapp SayHi (die zou gestopt zijn); na te kijken of het om die "
            "app gaat en of ze nog bestaat."
        ),
    ),
    {
        "name": "Microsoft Teams",
        "kind": "app",
        "listed": [(COMMUNICATIE, "Teams")],
        "summary": (
            "Programma van Microsoft om te chatten, te beeldbellen en online te vergaderen."
        ),
        "provider": "Microsoft",
        "android_url": "https://play.google.com/store/apps/details?id=com.microsoft.teams",
        "platforms": EVERYWHERE,
        "cost": "freemium",
        "cost_note": "Er is een gratis versie; organisaties betalen vaak voor een abonnement.",
        "requirements": ["internetverbinding"],
        "contact_modes": ["chat", "beeldbellen", "bellen", "groep"],
        "related": ["zoom"],
        "note": (
            "Dossierlabel 'Teams'. Account: nodig om te chatten, niet altijd om als gast aan "
            "een vergadering deel te nemen; na te kijken. Website, talen en privacyfeiten nog "
            "na te kijken."
        ),
    },
    {
        "name": "Zoom",
        "kind": "app",
        "listed": [(COMMUNICATIE, "Zoom")],
        "summary": "Programma om te beeldbellen en online te vergaderen, ook met groepen.",
        "provider": "Zoom",
        "website_url": "https://zoom.us",
        "android_url": "https://play.google.com/store/apps/details?id=us.zoom.videomeetings",
        "platforms": EVERYWHERE,
        "cost": "freemium",
        "cost_note": "Er is een gratis versie met beperkingen; meer kan met een abonnement.",
        "requirements": ["internetverbinding"],
        "contact_modes": ["beeldbellen", "chat", "groep"],
        "related": ["microsoft-teams"],
        "note": (
            "Talen, account (nodig om deel te nemen of niet) en privacyfeiten nog na te kijken."
        ),
    },
    unknown(
        "Sittool",
        listed=[(COMMUNICATIE, "Chat (Sittool)")],
        note="Het dossier noemt het als chat ('Chat (Sittool)'); contactvorm chat komt daaruit.",
        contact_modes=["chat"],
    ),
    # --- Verbinden ---------------------------------------------------------------------
    unknown("Armen Tekort", listed=[(VERBINDEN, "Armen Tekort")]),
    unknown("Sorrybox", listed=[(VERBINDEN, "Sorrybox")]),
    {
        "name": "Tovertafel",
        "kind": "device",
        "listed": [(VERBINDEN, "Tovertafel")],
        "mentioned": ["tovertafel"],
        "summary": (
            "Een interactieve activiteitentafel: er verschijnen spelletjes op de tafel die je "
            "samen speelt. Zo kunnen ouderen met dementie en hun omgeving samen iets beleven."
        ),
        "description": (
            "Het dossier beschrijft de Tovertafel als een interactieve, mobiele "
            "activiteitentafel in Woonzorgcentrum Het Heiveld. Ze maakt verbinding mogelijk "
            "tussen (dementerende) ouderen en hun omgeving."
        ),
        "platforms": ["device"],
        "cost": "paid",
        "themes": ["vrije-tijd", "sociaal-contact-en-eenzaamheid"],
        "target_groups": ["ouderen", "mensen-met-dementie"],
        "sectors": ["ouderenzorg"],
        "note": "Aanbieder (vermoedelijk Tover), website, prijs en versies nog na te kijken.",
    },
    unknown("Silver Game", listed=[(VERBINDEN, "Silver Game")]),
    {
        "name": "Sociale media",
        "kind": "tool_type",
        "listed": [(VERBINDEN, "Violet via social media")],
        "mentioned": ["Violett ... via de social mediakanalen van haar doelgroep"],
        "summary": (
            "Sociale media gebruiken om mensen te bereiken op de plaats waar ze al online "
            "zijn, bijvoorbeeld om een eerste contact te leggen."
        ),
        "description": (
            "Het dossier noemt Violett, een organisatie die sekswerkers ondersteunt. Violett "
            "maakt contact via de sociale mediakanalen die haar doelgroep zelf gebruikt."
        ),
        "target_groups": ["sekswerkers"],
        "note": (
            "Dossierlabel 'Violet via social media' gaat over de organisatie Violett, niet "
            "over een app. Welke kanalen Violett gebruikt, staat niet in het dossier: daarom "
            "nog geen voorbeelden gekoppeld."
        ),
    },
    unknown(
        "Gevoelsthermometer",
        listed=[(VERBINDEN, "Gevoelsthermometer")],
        note="Na te kijken of dit een bepaalde app is of een algemene soort tool.",
    ),
    unknown("Mezuri", listed=[(VERBINDEN, "Mezuri"), (ONDERSTEUNEN, "Mezuri")]),
    # --- Ondersteunen ------------------------------------------------------------------
    unknown(
        "Beslishulp Fara",
        listed=[(ONDERSTEUNEN, "Beslishulp Fara")],
        note="Volgens de naam een beslishulp van Fara; onderwerp en link nog op te zoeken.",
    ),
    {
        "name": "Be My Eyes",
        "kind": "app",
        "listed": [(ONDERSTEUNEN, "Be my Eyes")],
        "summary": (
            "Gratis app voor blinde en slechtziende mensen. Via een videogesprek helpt een "
            "vrijwilliger die ziet, mee te kijken."
        ),
        "provider": "Be My Eyes",
        "website_url": "https://www.bemyeyes.com",
        "platforms": MOBILE,
        "cost": "free",
        "target_groups": ["mensen-met-een-visuele-beperking", "mensen-met-een-beperking"],
        "requirements": ["smartphone", "internetverbinding"],
        "contact_modes": ["beeldbellen"],
        "note": "App-winkellinks, talen en privacyfeiten nog na te kijken.",
    },
    unknown("Heyday", listed=[(ONDERSTEUNEN, "Heyday")]),
    unknown("Wakosta", listed=[(ONDERSTEUNEN, "Wakosta")]),
    unknown("M-path", listed=[(ONDERSTEUNEN, "M-path")]),
    unknown("On track again", listed=[(ONDERSTEUNEN, "On track again")]),
    {
        "name": "Povigo",
        "listed": [(ONDERSTEUNEN, "Povigo (burnout)")],
        "unknown": True,
        "summary": (
            "Praktijkwerkers noemen deze tool in het dossier onder 'Ondersteunen', bij burn-out."
        ),
        "themes": ["mentaal-welzijn"],
        "note": "Het dossier schrijft 'Povigo (burnout)'; thema mentaal welzijn komt daaruit.",
    },
    unknown("Kassanova", listed=[(ONDERSTEUNEN, "Kassanova")]),
    unknown("Lifecity", listed=[(ONDERSTEUNEN, "Lifecity")]),
    unknown(
        "Scheidingskoffer",
        listed=[(ONDERSTEUNEN, "ScheidingskofferToegang overheid & dienstverlening")],
        note=(
            "In de bron plakt 'Scheidingskoffer' vast aan de titel 'Toegang overheid & "
            "dienstverlening'; de tool hoort bij Ondersteunen."
        ),
    ),
    # --- Toegang overheid & dienstverlening ---------------------------------------------
    {
        "name": "itsme",
        "kind": "app",
        "listed": [(OVERHEID, "Itsme")],
        "mentioned": ["Itsme"],
        "summary": (
            "App waarmee je online bewijst wie je bent, bijvoorbeeld om aan te melden bij de "
            "overheid of het ziekenfonds, en om documenten digitaal te ondertekenen."
        ),
        "description": (
            "Praktijkwerkers noemen itsme een 'moet-app': zonder zo'n app geraken burgers "
            "bijna niet meer aan hun persoonlijke gegevens. Het installeren vraagt volgens "
            "het dossier best veel moeite. Een digibankmedewerker vertelt dat mensen voor "
            "itsme wel om hulp komen vragen, en dat dit een opening geeft om ook hun "
            "digitale vaardigheden te polsen.\n\n"
            "Je hebt een smartphone met een gsm-nummer nodig. Om itsme te activeren heb je "
            "je eID-kaart met een kaartlezer aan een computer nodig, of de app van een bank "
            "die met itsme samenwerkt. De digibankmedewerker zegt dat mensen naast hun gsm "
            "ook een laptop nodig hebben."
        ),
        "provider": "Belgian Mobile ID",
        "website_url": "https://www.itsme-id.com",
        "platforms": MOBILE,
        "cost": "free",
        "languages": ["nl", "fr", "en", "de"],
        "themes": ["administratie-en-overheid", "digitale-vaardigheden"],
        "sectors": ["digibank"],
        "requirements": ["smartphone", "gsm-nummer"],
        # To activate: the eID route (card reader on a computer: the digibank's laptop) or
        # the app of a participating bank.
        "requirement_choices": [[["eid-en-kaartlezer", "computer"], ["bankapp"]]],
        "requires_account": True,
        "is_must_use": True,
        "related": ["myminfin", "mijn-gezondheid"],
        "note": (
            "Vereisten volgens itsme en het dossier (digibank: gsm én laptop). Na te kijken "
            "op itsme-id.com: of een Belgisch gsm-nummer nodig is of ook een buitenlands "
            "volstaat, welke banken meedoen, en of er intussen andere manieren zijn om te "
            "activeren (bv. de chip van de eID lezen met de smartphone). App-winkellinks nog "
            "na te kijken."
        ),
    },
    {
        "name": "MyMinfin",
        "kind": "website",
        "listed": [(OVERHEID, "Myminfin")],
        "mentioned": ["Minfin"],
        "summary": (
            "Website van de FOD Financiën. Je vindt er je persoonlijke gegevens over "
            "belastingen en je doet er je belastingaangifte."
        ),
        "description": (
            "Aanmelden gaat met itsme of met je eID-kaart, een kaartlezer en je pincode. Het "
            "dossier noemt Minfin bij de overheidsapps die praktijkwerkers soms 'moet-apps' "
            "noemen: zonder zo'n app geraken burgers bijna niet aan hun persoonlijke gegevens."
        ),
        "provider": "FOD Financiën",
        "website_url": "https://myminfin.be",
        "platforms": ["web"],
        "cost": "free",
        "languages": ["nl", "fr", "de"],
        "themes": ["administratie-en-overheid", "geld-en-schulden"],
        "requirement_choices": [[["itsme"], ["eid-en-kaartlezer"]]],
        "is_must_use": True,
        "related": ["itsme", "mijn-gezondheid"],
        "note": (
            "Dossierlabels 'Myminfin' (lijst) en 'Minfin' (tekst). Vereisten: aanmelden met "
            "itsme of met eID-kaart, kaartlezer en pincode; na te kijken of ook andere "
            "digitale sleutels van de federale overheid werken (bv. een beveiligingscode via "
            "een app). Engelse versie en de link nog na te kijken."
        ),
    },
    {
        "name": "Mijn Gezondheid",
        "kind": "website",
        "mentioned": ["Mijn gezondheid"],
        "text_purposes": [OVERHEID],
        "summary": (
            "Website van de overheid waar je je eigen gezondheidsgegevens op één plaats "
            "vindt, zoals je vaccinaties."
        ),
        "description": (
            "Het dossier noemt Mijn Gezondheid bij de overheidsapps die praktijkwerkers "
            "'moet-apps' noemen. Aanmelden gaat met itsme of met je eID-kaart, een kaartlezer "
            "en je pincode."
        ),
        "provider": "Federale overheid (België)",
        "website_url": "https://www.mijngezondheid.belgie.be",
        "platforms": ["web"],
        "cost": "free",
        "languages": ["nl", "fr", "de"],
        "themes": ["gezondheid", "administratie-en-overheid"],
        "requirement_choices": [[["itsme"], ["eid-en-kaartlezer"]]],
        "is_must_use": True,
        "related": ["itsme", "myminfin"],
        "note": (
            "Vereisten: aanmelden met itsme of met eID-kaart, kaartlezer en pincode; na te "
            "kijken of ook andere digitale sleutels van de federale overheid werken. Welke "
            "federale dienst de aanbieder is, welke gegevens je er precies vindt en of er een "
            "app is, nog na te kijken."
        ),
    },
    {
        "name": "CovidSafe",
        "kind": "app",
        "listed": [(OVERHEID, "CST")],
        "mentioned": ["CovidSafe"],
        "aliases": ["CST", "Covid Safe Ticket"],
        "summary": (
            "App van de Belgische overheid uit de coronatijd. Je toonde er je "
            "coronacertificaat (Covid Safe Ticket) mee."
        ),
        "description": (
            "Een digibankmedewerker vertelt in het dossier dat mensen voor itsme en "
            "CovidSafe wel om hulp kwamen vragen, omdat ze de app niet geïnstalleerd kregen "
            "of geen kaartlezer hadden. De lijst van het dossier noemt het Covid Safe Ticket "
            "'CST'."
        ),
        "platforms": MOBILE,
        "cost": "free",
        "themes": ["gezondheid", "administratie-en-overheid"],
        "sectors": ["digibank"],
        "requirements": ["smartphone"],
        "archived": (ARCHIVED_ON, COVID_SAFE_TICKET_ENDED),
        "note": (
            "Dossierlabels 'CST' (lijst) en 'CovidSafe' (tekst): één tool, met 'CST' als "
            "andere naam. Gearchiveerd: het Covid Safe Ticket bestaat in België niet meer "
            "sinds 2022. Geen moet-app meer (en het dossier noemt het niet bij de moet-apps). "
            "Na te kijken: of de app nog in de app-winkels staat en welke overheden de "
            "aanbieder waren."
        ),
    },
    {
        "name": "NMBS-app",
        "kind": "app",
        "listed": [(OVERHEID, "NMBS-app")],
        "summary": (
            "App van de NMBS, de Belgische spoorwegen. Je plant er je treinreis mee en koopt "
            "er een treinticket."
        ),
        "provider": "NMBS",
        "website_url": "https://www.belgiantrain.be",
        "platforms": MOBILE,
        "cost": "free",
        "cost_note": "De app is gratis; je betaalt voor je ticket.",
        "languages": ["nl", "fr", "en", "de"],
        "themes": ["mobiliteit"],
        "requirements": ["smartphone"],
        "note": (
            "App-winkellinks en talen nog na te kijken. Geen moet-app: het dossier noemt de "
            "NMBS-app niet bij de moet-apps; pas aanvinken met een bron die dat zegt."
        ),
    },
    {
        "name": "Bankapps",
        "kind": "tool_type",
        "listed": [(OVERHEID, "Bankapps")],
        "mentioned": ["bankapps"],
        "summary": ("Apps van banken om met je smartphone je rekening te bekijken en te betalen."),
        "themes": ["geld-en-schulden"],
        "requirements": ["smartphone"],
        "note": (
            "Nog geen concrete bankapps in de catalogus (het dossier noemt er geen). "
            "Vereisten (bankkaart, kaartlezer) per bank verschillend. Geen moet-app: het "
            "dossier noemt bankapps niet bij de moet-apps; pas aanvinken met een bron die "
            "dat zegt."
        ),
    },
    {
        "name": "Online dossiers",
        "kind": "tool_type",
        "listed": [(OVERHEID, "Online dossiers")],
        "mentioned": ["Dossiers van mutualiteiten en vakbonden ... online"],
        "summary": (
            "Je dossier bij je ziekenfonds of vakbond online bekijken. Zo kun je zelf "
            "documenten raadplegen of opvragen."
        ),
        "description": (
            "Volgens het dossier maakt dit het voor heel wat mensen makkelijker om documenten "
            "te raadplegen of op te vragen."
        ),
        "themes": ["administratie-en-overheid"],
        "note": (
            "Nog geen concrete voorbeelden (ziekenfondsen, vakbonden) in de catalogus. Geen "
            "moet-app: het dossier noemt online dossiers niet bij de moet-apps; pas aanvinken "
            "met een bron die dat zegt."
        ),
    },
    # --- Zelfrepresentatie, beleven & expressie -------------------------------------------
    unknown("Young Fenix", listed=[(EXPRESSIE, "Young Fenix")]),
    unknown("Lomap", listed=[(EXPRESSIE, "Lomap")]),
    {
        "name": "Fototools",
        "kind": "tool_type",
        "listed": [(EXPRESSIE, "Fototools")],
        "summary": (
            "Apps om foto's te maken, te bewerken en te delen. Zo kun je met beelden vertellen "
            "wie je bent of wat je meemaakt."
        ),
        "themes": ["zelfexpressie-en-creativiteit"],
        "note": "Nog geen concrete fototools in de catalogus (het dossier noemt er geen).",
    },
    # --- Community & matching ------------------------------------------------------------
    {
        "name": "Give a day",
        "kind": "platform",
        "listed": [(COMMUNITY, "Give a day")],
        "mentioned": ["Give a day"],
        "summary": (
            "Website die mensen met een hulpvraag, vrijwilligers en organisaties met elkaar "
            "in contact brengt."
        ),
        "description": (
            "Het dossier noemt Give a day als voorbeeld van een tool die buurtgericht werken "
            "ondersteunt en stimuleert."
        ),
        "website_url": "https://www.giveaday.be",
        "platforms": ["web"],
        "themes": ["vrijwilligerswerk-en-buurt"],
        "target_groups": ["vrijwilligers"],
        "sectors": ["samenlevingsopbouw-en-buurtwerk"],
        "note": "Aanbieder, kostprijs (voor organisaties), apps en talen nog na te kijken.",
    },
    unknown(
        "Hoppler",
        listed=[(COMMUNITY, "Hoppler")],
        note="Mogelijk het buurtnetwerk Hoplr (andere schrijfwijze); naam en feiten na te kijken.",
    ),
    unknown("Helper", listed=[(COMMUNITY, "Helper")]),
    {
        "name": "Facebookgroep",
        "kind": "tool_type",
        "listed": [(COMMUNITY, "Facebookgroep")],
        "summary": (
            "Een groep op Facebook waar mensen berichten, vragen en hulp met elkaar delen."
        ),
        "contact_modes": ["groep"],
        "requirements": ["account"],
        "note": "Facebook zelf staat nog niet als tool in de catalogus (geen voorbeeld gekoppeld).",
    },
    # --- Running text only: translation tools ------------------------------------------
    {
        "name": "Google Translate",
        "kind": "app",
        "mentioned": ["Google Translate"],
        "text_purposes": [PRAKTISCH],
        "summary": (
            "Gratis vertaaldienst van Google. Je typt, spreekt of fotografeert tekst en "
            "krijgt de vertaling, ook voorgelezen."
        ),
        "description": (
            "Het dossier noemt Google Translate als een van de vertaaltools die "
            "praktijkwerkers breed gebruiken."
        ),
        "provider": "Google",
        "website_url": "https://translate.google.com",
        "android_url": (
            "https://play.google.com/store/apps/details?id=com.google.android.apps.translate"
        ),
        "platforms": ["android", "ios", "web"],
        "cost": "free",
        "languages": [
            "nl",
            "fr",
            "en",
            "de",
            "ar",
            "tr",
            "pl",
            "ro",
            "bg",
            "es",
            "it",
            "pt",
            "ru",
            "uk",
            "fa",
            "ps",
            "ti",
            "so",
        ],  # fmt: skip
        "themes": ["taal-en-vertalen"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "accessibility_features": ["meertalig", "voorleesfunctie", "spraakinvoer"],
        "requires_account": False,
        "related": ["deepl", "google-lens"],
        "note": (
            "Talen: alleen de talen die vaak voorkomen in het sociaal werk ingevuld (er zijn "
            "er veel meer). Privacyfeiten nog na te kijken."
        ),
    },
    {
        "name": "DeepL",
        "kind": "app",
        "mentioned": ["Deepl"],
        "text_purposes": [PRAKTISCH],
        "summary": (
            "Vertaaldienst voor teksten en documenten. Een basisversie is gratis; voor meer "
            "betaal je."
        ),
        "description": (
            "Het dossier noemt DeepL als een van de vertaaltools die praktijkwerkers breed "
            "gebruiken."
        ),
        "provider": "DeepL",
        "website_url": "https://www.deepl.com",
        "platforms": ["android", "ios", "web", "windows", "macos"],
        "cost": "freemium",
        "languages": [
            "nl",
            "fr",
            "en",
            "de",
            "ar",
            "tr",
            "pl",
            "ro",
            "bg",
            "es",
            "it",
            "pt",
            "ru",
            "uk",
        ],  # fmt: skip
        "themes": ["taal-en-vertalen"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "accessibility_features": ["meertalig"],
        "related": ["google-translate"],
        "note": (
            "Talen: alleen een deel ingevuld. App-winkellinks en privacyfeiten (wat gebeurt "
            "er met vertaalde teksten in de gratis versie?) nog na te kijken."
        ),
    },
    {
        "name": "Travis-vertaalapparaat",
        "kind": "device",
        "mentioned": ["het Travis-vertaalapparaat"],
        "text_purposes": [PRAKTISCH],
        "summary": (
            "Een klein toestel dat vertaalt wat je zegt. Straathoekwerkers gebruiken het om "
            "te praten met mensen die een andere taal spreken."
        ),
        "description": (
            "Het dossier noemt het Travis-vertaalapparaat als vertaaltool die in het "
            "straathoekwerk wordt ingezet."
        ),
        "platforms": ["device"],
        "cost": "paid",
        "themes": ["taal-en-vertalen"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "sectors": ["straathoekwerk"],
        "related": ["google-translate", "taalboost-oortjes"],
        "note": (
            "Officiële productnaam, aanbieder, website, prijs, talen en of er een "
            "internetverbinding nodig is nog na te kijken."
        ),
    },
    {
        "name": "Fact-app",
        "kind": "app",
        "mentioned": ["de Fact-app die oa. mee werd ontwikkeld met VDAB"],
        "text_purposes": [PRAKTISCH],
        "summary": ("Een vertaalapp die volgens het dossier mee ontwikkeld werd met VDAB."),
        "description": (
            "Het dossier noemt de Fact-app in de rij vertaaltools die praktijkwerkers gebruiken."
        ),
        "themes": ["taal-en-vertalen"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "note": (
            "Wat de app precies doet, wie de aanbieder is (samen met VDAB), links, "
            "platformen, kostprijs en talen nog op te zoeken."
        ),
    },
    {
        "name": "Taalboost-oortjes",
        "kind": "device",
        "mentioned": ["de Taalboost-oortjes op de werkvloer"],
        "text_purposes": [PRAKTISCH],
        "summary": (
            "Oortjes die helpen vertalen. Volgens het dossier worden ze op de werkvloer gebruikt."
        ),
        "description": ("Het dossier noemt de Taalboost-oortjes als vertaaltool op de werkvloer."),
        "platforms": ["device"],
        "themes": ["taal-en-vertalen", "werk"],
        "target_groups": ["anderstaligen-en-nieuwkomers"],
        "related": ["travis-vertaalapparaat"],
        "note": (
            "Wat Taalboost precies is (product of project), aanbieder, link, kostprijs en "
            "talen nog op te zoeken."
        ),
    },
]
