"""Seed taxonomies: one tuple per term, in display order.

Each row is (slug, Dutch name, French name, English name) or, for purposes, with a fourth
element: a one-line plain-language Dutch description. Positions follow the order of the rows
(1, 2, 3, ...). Curators edit terms in the admin; reloading the seed never overwrites them.

Other apps (practices, screening) refer to these slugs: keep them stable.
"""

# The dossier's eight purposes, in the dossier's order. Slugs are a public contract.
PURPOSES = [
    (
        "informeren-en-verwijzen",
        "Informeren en verwijzen",
        "Informer et orienter",
        "Informing and referring",
        "Tools die informatie geven of mensen de weg wijzen naar hulp en diensten.",
    ),
    (
        "praktische-tools",
        "Praktische tools",
        "Outils pratiques",
        "Practical tools",
        "Handige tools voor dagelijkse taken, zoals vertalen, scannen of de weg vinden.",
    ),
    (
        "communicatie",
        "Communicatie",
        "Communication",
        "Communication",
        "Tools om contact te houden met cliënten: chatten, bellen, beeldbellen of mailen.",
    ),
    (
        "verbinden",
        "Verbinden",
        "Créer du lien",
        "Connecting people",
        "Tools die mensen samenbrengen en hen minder alleen laten staan.",
    ),
    (
        "ondersteunen",
        "Ondersteunen",
        "Soutenir",
        "Supporting",
        "Tools die mensen helpen bij een vraag, een keuze of een moeilijke periode.",
    ),
    (
        "toegang-overheid-en-dienstverlening",
        "Toegang overheid & dienstverlening",
        "Accès à l'administration et aux services",
        "Access to government & services",
        "Apps en websites die je nodig hebt voor de overheid, de bank of andere diensten.",
    ),
    (
        "zelfrepresentatie-beleven-en-expressie",
        "Zelfrepresentatie, beleven & expressie",
        "Se présenter, vivre des expériences & s'exprimer",
        "Self-representation, experience & expression",
        "Tools om jezelf te tonen, iets te beleven en te vertellen wat je denkt of voelt.",
    ),
    (
        "community-en-matching",
        "Community & matching",
        "Communauté & mise en relation",
        "Community & matching",
        "Tools die mensen met een vraag en mensen die willen helpen bij elkaar brengen.",
    ),
]

# Slugs are the catalogue's `platform` query parameter values (a public contract).
PLATFORMS = [
    ("android", "Android", "Android", "Android"),
    ("ios", "iPhone en iPad (iOS)", "iPhone et iPad (iOS)", "iPhone and iPad (iOS)"),
    ("web", "Website (browser)", "Site web (navigateur)", "Website (browser)"),
    ("windows", "Windows", "Windows", "Windows"),
    ("macos", "Mac (macOS)", "Mac (macOS)", "Mac (macOS)"),
    ("device", "Toestel", "Appareil", "Device"),
]

# Slugs are ISO 639-1 codes. Dutch, French and English first, then the languages that
# Flemish social work meets most, then others.
LANGUAGES = [
    ("nl", "Nederlands", "néerlandais", "Dutch"),
    ("fr", "Frans", "français", "French"),
    ("en", "Engels", "anglais", "English"),
    ("de", "Duits", "allemand", "German"),
    ("ar", "Arabisch", "arabe", "Arabic"),
    ("tr", "Turks", "turc", "Turkish"),
    ("pl", "Pools", "polonais", "Polish"),
    ("ro", "Roemeens", "roumain", "Romanian"),
    ("bg", "Bulgaars", "bulgare", "Bulgarian"),
    ("es", "Spaans", "espagnol", "Spanish"),
    ("it", "Italiaans", "italien", "Italian"),
    ("pt", "Portugees", "portugais", "Portuguese"),
    ("ru", "Russisch", "russe", "Russian"),
    ("uk", "Oekraïens", "ukrainien", "Ukrainian"),
    ("fa", "Perzisch (Farsi, Dari)", "persan (farsi, dari)", "Persian (Farsi, Dari)"),
    ("ps", "Pasjtoe", "pachto", "Pashto"),
    ("ti", "Tigrinya", "tigrigna", "Tigrinya"),
    ("so", "Somalisch", "somali", "Somali"),
    ("am", "Amhaars", "amharique", "Amharic"),
    ("sq", "Albanees", "albanais", "Albanian"),
    ("ku", "Koerdisch", "kurde", "Kurdish"),
    ("ur", "Urdu", "ourdou", "Urdu"),
    ("zh", "Chinees", "chinois", "Chinese"),
    ("el", "Grieks", "grec", "Greek"),
    ("hu", "Hongaars", "hongrois", "Hungarian"),
    ("cs", "Tsjechisch", "tchèque", "Czech"),
    ("sk", "Slowaaks", "slovaque", "Slovak"),
    ("hy", "Armeens", "arménien", "Armenian"),
    ("ka", "Georgisch", "géorgien", "Georgian"),
    ("ln", "Lingala", "lingala", "Lingala"),
    ("sw", "Swahili", "swahili", "Swahili"),
]

THEMES = [
    (
        "administratie-en-overheid",
        "Administratie en overheid",
        "Démarches administratives",
        "Paperwork and government",
    ),
    ("geld-en-schulden", "Geld en schulden", "Argent et dettes", "Money and debt"),
    ("gezondheid", "Gezondheid", "Santé", "Health"),
    ("mentaal-welzijn", "Mentaal welzijn", "Bien-être mental", "Mental well-being"),
    (
        "seksuele-gezondheid-en-relaties",
        "Seksuele gezondheid en relaties",
        "Santé sexuelle et relations",
        "Sexual health and relationships",
    ),
    ("opvoeding-en-gezin", "Opvoeding en gezin", "Éducation et famille", "Parenting and family"),
    ("onderwijs-en-school", "Onderwijs en school", "Enseignement et école", "Education and school"),
    ("werk", "Werk", "Emploi", "Work"),
    ("wonen", "Wonen", "Logement", "Housing"),
    ("mobiliteit", "Mobiliteit", "Mobilité", "Getting around"),
    ("taal-en-vertalen", "Taal en vertalen", "Langue et traduction", "Language and translation"),
    (
        "digitale-vaardigheden",
        "Digitale vaardigheden",
        "Compétences numériques",
        "Digital skills",
    ),
    (
        "sociaal-contact-en-eenzaamheid",
        "Sociaal contact en eenzaamheid",
        "Contacts sociaux et solitude",
        "Social contact and loneliness",
    ),
    ("vrije-tijd", "Vrije tijd en ontspanning", "Loisirs et détente", "Leisure"),
    (
        "vrijwilligerswerk-en-buurt",
        "Vrijwilligerswerk en buurt",
        "Bénévolat et quartier",
        "Volunteering and neighbourhood",
    ),
    (
        "zelfexpressie-en-creativiteit",
        "Zelfexpressie en creativiteit",
        "Expression de soi et créativité",
        "Self-expression and creativity",
    ),
]

TARGET_GROUPS = [
    ("jongeren", "Jongeren", "Jeunes", "Young people"),
    ("kinderen", "Kinderen", "Enfants", "Children"),
    ("ouders", "Ouders", "Parents", "Parents"),
    ("ouderen", "Ouderen", "Personnes âgées", "Older people"),
    (
        "mensen-met-dementie",
        "Mensen met dementie",
        "Personnes atteintes de démence",
        "People with dementia",
    ),
    (
        "anderstaligen-en-nieuwkomers",
        "Anderstaligen en nieuwkomers",
        "Personnes allophones et primo-arrivants",
        "Speakers of other languages and newcomers",
    ),
    (
        "mensen-in-armoede",
        "Mensen in armoede",
        "Personnes en situation de pauvreté",
        "People in poverty",
    ),
    ("sekswerkers", "Sekswerkers", "Travailleurs et travailleuses du sexe", "Sex workers"),
    (
        "mensen-met-een-beperking",
        "Mensen met een beperking",
        "Personnes en situation de handicap",
        "People with a disability",
    ),
    (
        "mensen-met-een-visuele-beperking",
        "Mensen met een visuele beperking",
        "Personnes aveugles ou malvoyantes",
        "People with a visual impairment",
    ),
    (
        "mensen-met-een-psychische-kwetsbaarheid",
        "Mensen met een psychische kwetsbaarheid",
        "Personnes psychiquement vulnérables",
        "People with mental health problems",
    ),
    (
        "laaggeletterden",
        "Mensen die moeilijk lezen en schrijven",
        "Personnes qui ont du mal à lire et à écrire",
        "People with low literacy",
    ),
    ("dak-en-thuislozen", "Dak- en thuislozen", "Personnes sans abri", "Homeless people"),
    ("mantelzorgers", "Mantelzorgers", "Aidants proches", "Informal carers"),
    ("werkzoekenden", "Werkzoekenden", "Demandeurs d'emploi", "Jobseekers"),
    ("vrijwilligers", "Vrijwilligers", "Bénévoles", "Volunteers"),
]

SECTORS = [
    ("ocmw", "OCMW", "CPAS", "Public social welfare centre (OCMW)"),
    (
        "caw",
        "CAW (Centrum Algemeen Welzijnswerk)",
        "CAW (centre d'aide sociale générale)",
        "CAW (general welfare centre)",
    ),
    ("jeugdwerk", "Jeugdwerk", "Travail de jeunesse", "Youth work"),
    ("jeugdhulp", "Jeugdhulp", "Aide à la jeunesse", "Youth care"),
    ("straathoekwerk", "Straathoekwerk", "Travail de rue", "Street work"),
    (
        "digibank",
        "Digibank en digitale inclusie",
        "Espace public numérique et inclusion numérique",
        "Digital inclusion (digibank)",
    ),
    (
        "ouderenzorg",
        "Ouderenzorg en woonzorgcentra (WZC)",
        "Soins aux personnes âgées et maisons de repos",
        "Elderly care and care homes",
    ),
    (
        "gehandicaptenzorg",
        "Zorg voor personen met een handicap",
        "Aide aux personnes handicapées",
        "Disability care",
    ),
    (
        "geestelijke-gezondheidszorg",
        "Geestelijke gezondheidszorg",
        "Soins de santé mentale",
        "Mental health care",
    ),
    (
        "kinderopvang-en-gezinsondersteuning",
        "Kinderopvang en gezinsondersteuning (CKG)",
        "Accueil de l'enfance et soutien aux familles (CKG)",
        "Childcare and family support (CKG)",
    ),
    ("onderwijs", "Onderwijs", "Enseignement", "Education"),
    (
        "samenlevingsopbouw-en-buurtwerk",
        "Samenlevingsopbouw en buurtwerk",
        "Développement communautaire et travail de quartier",
        "Community development and neighbourhood work",
    ),
    (
        "armoedebestrijding",
        "Armoedebestrijding",
        "Lutte contre la pauvreté",
        "Anti-poverty work",
    ),
    ("werk-en-activering", "Werk en activering", "Emploi et activation", "Work and activation"),
    (
        "inburgering-en-integratie",
        "Inburgering en integratie",
        "Intégration civique",
        "Civic integration of newcomers",
    ),
]

ACCESSIBILITY_FEATURES = [
    ("voorleesfunctie", "Voorleesfunctie", "Lecture à voix haute", "Read-aloud"),
    ("meertalig", "Meertalig", "Multilingue", "Multilingual"),
    ("eenvoudige-taal", "Eenvoudige taal", "Langage simple", "Plain language"),
    ("pictogrammen", "Pictogrammen en beelden", "Pictogrammes et images", "Pictograms and images"),
    (
        "schermlezer-ondersteuning",
        "Werkt met een schermlezer",
        "Compatible avec un lecteur d'écran",
        "Works with a screen reader",
    ),
    ("ondertiteling", "Ondertiteling", "Sous-titres", "Subtitles"),
    ("spraakinvoer", "Inspreken in plaats van typen", "Saisie vocale", "Voice input"),
    (
        "aanpasbare-tekstgrootte",
        "Aanpasbare tekstgrootte",
        "Taille du texte réglable",
        "Adjustable text size",
    ),
    ("hoog-contrast", "Hoog contrast", "Contraste élevé", "High contrast"),
    ("gebarentaal", "Gebarentaal", "Langue des signes", "Sign language"),
]

REQUIREMENTS = [
    ("smartphone", "Smartphone", "Smartphone", "Smartphone"),
    ("gsm-nummer", "Gsm-nummer", "Numéro de GSM", "Mobile phone number"),
    ("e-mailadres", "E-mailadres", "Adresse e-mail", "E-mail address"),
    (
        "eid-en-kaartlezer",
        "eID-kaart met kaartlezer",
        "Carte eID avec lecteur de carte",
        "eID card with card reader",
    ),
    ("itsme", "itsme", "itsme", "itsme"),
    ("internetverbinding", "Internetverbinding", "Connexion internet", "Internet connection"),
    ("account", "Account (registratie)", "Compte (inscription)", "Account (sign-up)"),
    ("computer", "Computer of laptop", "Ordinateur ou portable", "Computer or laptop"),
    ("bankkaart", "Bankkaart", "Carte bancaire", "Bank card"),
    ("bankapp", "App van je bank", "Application de votre banque", "Your bank's app"),
]

# The slug "anonymous" is the catalogue's `anonymous=1` filter (ContactMode.ANONYMOUS).
CONTACT_MODES = [
    ("chat", "Chat", "Chat", "Chat"),
    ("beeldbellen", "Beeldbellen", "Appel vidéo", "Video call"),
    ("bellen", "Bellen (spraak)", "Appel vocal", "Voice call"),
    ("e-mail", "E-mail", "E-mail", "E-mail"),
    ("anonymous", "Anoniem contact", "Contact anonyme", "Anonymous contact"),
    ("groep", "Forum of groep", "Forum ou groupe", "Forum or group"),
]
