"""Screening framework v1: Toolwijzer's own nine criteria and their questions.

Written for this project (see PRODUCT.md, "Screening framework v1"). Curators change the
framework by drafting a new version in the admin; this text only seeds the first one.
Each question: (key, Dutch, French, English, help Dutch, help French, help English).
"""

TITLE = "Toolwijzer-screeningskader"
NOTES = (
    "Eerste versie: negen criteria met vragen op de schaal ja / gedeeltelijk / nee / "
    "onbekend / niet van toepassing."
)

CRITERIA = [
    {
        "key": "helderheid",
        "name": ("Helderheid", "Clarté", "Clarity"),
        "description": (
            "Is duidelijk waarvoor de tool dient, voor wie, wie hem aanbiedt en hoe je de "
            "aanbieder bereikt?",
            "L'objectif, le public, le fournisseur et le contact de l'outil sont-ils clairs ?",
            "Are the tool's purpose, audience, provider and contact clear?",
        ),
        "questions": [
            (
                "doel",
                "Staat het doel van de tool duidelijk en in eenvoudige taal beschreven?",
                "L'objectif de l'outil est-il décrit clairement et en langage simple ?",
                "Is the tool's purpose described clearly and in plain language?",
                "Kijk naar de startpagina of de beschrijving in de appwinkel.",
                "Regardez la page d'accueil ou la description dans le magasin d'applications.",
                "Look at the home page or the app store description.",
            ),
            (
                "doelgroep",
                "Staat duidelijk voor wie de tool bedoeld is?",
                "Est-il clair à qui l'outil s'adresse ?",
                "Is it clear who the tool is meant for?",
                "Bijvoorbeeld jongeren, ouderen, nieuwkomers, hulpverleners.",
                "Par exemple des jeunes, des personnes âgées, des primo-arrivants, des "
                "travailleurs sociaux.",
                "For example young people, older people, newcomers, social workers.",
            ),
            (
                "aanbieder",
                "Is duidelijk wie de tool aanbiedt (organisatie of bedrijf, met adres)?",
                "Est-il clair qui propose l'outil (organisation ou entreprise, avec adresse) ?",
                "Is it clear who offers the tool (organisation or company, with address)?",
                "Zoek een colofon, 'over ons' of de gegevens in de appwinkel.",
                "Cherchez les mentions légales, « à propos » ou les données du magasin "
                "d'applications.",
                "Look for an imprint, 'about us' or the details in the app store.",
            ),
            (
                "contact",
                "Kun je de aanbieder gemakkelijk contacteren met een vraag of probleem?",
                "Peut-on facilement contacter le fournisseur pour une question ou un problème ?",
                "Can you easily contact the provider with a question or problem?",
                "Een e-mailadres, telefoonnummer of contactformulier dat werkt.",
                "Une adresse e-mail, un numéro de téléphone ou un formulaire de contact qui "
                "fonctionne.",
                "A working e-mail address, phone number or contact form.",
            ),
            (
                "kosten",
                "Is vooraf duidelijk wat de tool kost, ook voor extra functies?",
                "Le coût de l'outil, y compris des fonctions supplémentaires, est-il clair à "
                "l'avance ?",
                "Is it clear in advance what the tool costs, including extra features?",
                "Let op abonnementen, aankopen in de app en proefperiodes.",
                "Attention aux abonnements, achats intégrés et périodes d'essai.",
                "Watch out for subscriptions, in-app purchases and trial periods.",
            ),
        ],
    },
    {
        "key": "laagdrempeligheid",
        "name": ("Laagdrempeligheid", "Accessibilité de base", "Low threshold"),
        "description": (
            "Kan een cliënt de tool zonder veel drempels gebruiken: vertrouwd, toegankelijk "
            "en betaalbaar?",
            "Un client peut-il utiliser l'outil sans grands obstacles : familier, accessible "
            "et abordable ?",
            "Can a client use the tool without many barriers: familiar, accessible and affordable?",
        ),
        "questions": [
            (
                "gratis",
                "Is de tool gratis te gebruiken voor de cliënt?",
                "L'outil est-il gratuit pour le client ?",
                "Is the tool free for the client to use?",
                "Gedeeltelijk: gratis basisversie met betalende extra's.",
                "Partiellement : version de base gratuite avec des options payantes.",
                "Partly: a free basic version with paid extras.",
            ),
            (
                "zonder-account",
                "Kun je de tool gebruiken zonder account aan te maken?",
                "Peut-on utiliser l'outil sans créer de compte ?",
                "Can you use the tool without creating an account?",
                "Een account vraagt vaak een e-mailadres of telefoonnummer.",
                "Un compte demande souvent une adresse e-mail ou un numéro de téléphone.",
                "An account often requires an e-mail address or phone number.",
            ),
            (
                "toestel",
                "Werkt de tool op een oudere of eenvoudige smartphone of computer?",
                "L'outil fonctionne-t-il sur un smartphone ou un ordinateur ancien ou simple ?",
                "Does the tool work on an older or basic smartphone or computer?",
                "Kijk naar de minimale versie van Android, iOS of de browser.",
                "Vérifiez la version minimale d'Android, d'iOS ou du navigateur.",
                "Check the minimum Android, iOS or browser version.",
            ),
            (
                "data",
                "Werkt de tool met weinig mobiele data of zonder internet?",
                "L'outil fonctionne-t-il avec peu de données mobiles ou sans internet ?",
                "Does the tool work with little mobile data or offline?",
                "Belangrijk voor cliënten met een prepaidkaart.",
                "Important pour les clients avec une carte prépayée.",
                "Important for clients with a prepaid card.",
            ),
            (
                "vertrouwd",
                "Lijkt de tool op wat de doelgroep al kent of gebruikt?",
                "L'outil ressemble-t-il à ce que le public connaît ou utilise déjà ?",
                "Does the tool resemble what the target group already knows or uses?",
                "Een vertrouwde app verlaagt de drempel om te beginnen.",
                "Une application familière abaisse le seuil pour commencer.",
                "A familiar app lowers the threshold to start.",
            ),
        ],
    },
    {
        "key": "gebruiksvriendelijkheid",
        "name": ("Gebruiksvriendelijkheid", "Facilité d'utilisation", "Usability"),
        "description": (
            "Is de tool eenvoudig en intuïtief in gebruik?",
            "L'outil est-il simple et intuitif à utiliser ?",
            "Is the tool simple and intuitive to use?",
        ),
        "questions": [
            (
                "start",
                "Kan een nieuwe gebruiker binnen enkele minuten starten zonder uitleg?",
                "Un nouvel utilisateur peut-il commencer en quelques minutes sans explication ?",
                "Can a new user get started within a few minutes without explanation?",
                "Probeer het zelf als nieuwe gebruiker.",
                "Essayez vous-même comme nouvel utilisateur.",
                "Try it yourself as a new user.",
            ),
            (
                "navigatie",
                "Zijn menu's en knoppen duidelijk en consequent?",
                "Les menus et les boutons sont-ils clairs et cohérents ?",
                "Are menus and buttons clear and consistent?",
                "",
                "",
                "",
            ),
            (
                "fouten",
                "Helpt de tool bij fouten met een begrijpelijke melding?",
                "L'outil aide-t-il en cas d'erreur avec un message compréhensible ?",
                "Does the tool help with understandable messages when something goes wrong?",
                "",
                "",
                "",
            ),
            (
                "handleiding",
                "Is er hulp of een handleiding voor gebruikers en hulpverleners?",
                "Existe-t-il une aide ou un mode d'emploi pour les utilisateurs et les "
                "travailleurs sociaux ?",
                "Is there help or a manual for users and social workers?",
                "Bijvoorbeeld een filmpje, veelgestelde vragen of een stappenplan.",
                "Par exemple une vidéo, une FAQ ou un guide pas à pas.",
                "For example a video, FAQ or step-by-step guide.",
            ),
            (
                "stabiel",
                "Werkt de tool stabiel, zonder vaak vast te lopen?",
                "L'outil fonctionne-t-il de manière stable, sans se bloquer souvent ?",
                "Does the tool work reliably, without frequent crashes?",
                "Kijk ook naar recente beoordelingen in de appwinkel.",
                "Consultez aussi les avis récents dans le magasin d'applications.",
                "Also look at recent app store reviews.",
            ),
        ],
    },
    {
        "key": "doelgroepgerichtheid",
        "name": (
            "Doelgroepgerichtheid & inclusie",
            "Adaptation au public & inclusion",
            "Target-group fit & inclusion",
        ),
        "description": (
            "Past de tool bij de doelgroep: talen, voorlezen, eenvoudige taal, toegankelijkheid?",
            "L'outil convient-il au public : langues, lecture à voix haute, langage simple, "
            "accessibilité ?",
            "Does the tool fit the target group: languages, read-aloud, plain language, "
            "accessibility?",
        ),
        "questions": [
            (
                "meertalig",
                "Is de tool beschikbaar in meerdere talen die de doelgroep spreekt?",
                "L'outil est-il disponible dans plusieurs langues parlées par le public ?",
                "Is the tool available in several languages the target group speaks?",
                "Noteer welke talen.",
                "Notez quelles langues.",
                "Note which languages.",
            ),
            (
                "eenvoudige-taal",
                "Gebruikt de tool eenvoudige taal (ongeveer taalniveau B1 of lager)?",
                "L'outil utilise-t-il un langage simple (environ niveau B1 ou moins) ?",
                "Does the tool use plain language (about level B1 or below)?",
                "",
                "",
                "",
            ),
            (
                "voorlezen",
                "Kan de tool teksten voorlezen of werkt hij met beeld en geluid?",
                "L'outil peut-il lire les textes à voix haute ou utilise-t-il l'image et le son ?",
                "Can the tool read text aloud or does it work with images and sound?",
                "",
                "",
                "",
            ),
            (
                "toegankelijk",
                "Is de tool toegankelijk voor mensen met een beperking (schermlezer, "
                "vergroting, contrast)?",
                "L'outil est-il accessible aux personnes en situation de handicap (lecteur "
                "d'écran, agrandissement, contraste) ?",
                "Is the tool accessible to people with disabilities (screen reader, zoom, "
                "contrast)?",
                "Bijvoorbeeld een toegankelijkheidsverklaring of een eigen test met een "
                "schermlezer.",
                "Par exemple une déclaration d'accessibilité ou votre propre test avec un "
                "lecteur d'écran.",
                "For example an accessibility statement or your own screen reader test.",
            ),
            (
                "inclusief",
                "Houden beelden en voorbeelden rekening met diverse gebruikers?",
                "Les images et exemples tiennent-ils compte d'utilisateurs divers ?",
                "Do images and examples take diverse users into account?",
                "",
                "",
                "",
            ),
        ],
    },
    {
        "key": "personaliseerbaarheid",
        "name": ("Personaliseerbaarheid", "Personnalisation", "Adaptability"),
        "description": (
            "Kan de tool aangepast worden aan de persoon en zijn begeleidingstraject?",
            "L'outil peut-il être adapté à la personne et à son parcours d'accompagnement ?",
            "Can the tool be adapted to the person and their support trajectory?",
        ),
        "questions": [
            (
                "instellingen",
                "Kan de gebruiker instellingen aanpassen (taal, lettergrootte, meldingen)?",
                "L'utilisateur peut-il modifier les réglages (langue, taille du texte, "
                "notifications) ?",
                "Can the user change settings (language, text size, notifications)?",
                "",
                "",
                "",
            ),
            (
                "eigen-doelen",
                "Kan de gebruiker eigen doelen, inhoud of tempo kiezen?",
                "L'utilisateur peut-il choisir ses propres objectifs, contenus ou rythme ?",
                "Can the user choose their own goals, content or pace?",
                "",
                "",
                "",
            ),
            (
                "samen",
                "Kan een hulpverlener de tool samen met de cliënt afstemmen op het traject?",
                "Un travailleur social peut-il adapter l'outil au parcours avec le client ?",
                "Can a social worker tailor the tool to the trajectory together with the client?",
                "",
                "",
                "",
            ),
            (
                "regie",
                "Houdt de cliënt zelf de regie over wat hij deelt en doet?",
                "Le client garde-t-il la maîtrise de ce qu'il partage et fait ?",
                "Does the client stay in control of what they share and do?",
                "",
                "",
                "",
            ),
        ],
    },
    {
        "key": "betrouwbaarheid",
        "name": ("Betrouwbaarheid", "Fiabilité", "Reliability"),
        "description": (
            "Is de aanbieder geloofwaardig, wordt de tool onderhouden en is er een klachtenweg?",
            "Le fournisseur est-il crédible, l'outil est-il entretenu et existe-t-il une "
            "procédure de plainte ?",
            "Is the provider credible, is the tool maintained and is there a complaints route?",
        ),
        "questions": [
            (
                "aanbieder",
                "Is de aanbieder een gekende, geloofwaardige organisatie?",
                "Le fournisseur est-il une organisation connue et crédible ?",
                "Is the provider a known, credible organisation?",
                "Bijvoorbeeld een overheid, erkende organisatie of bedrijf met ondernemingsnummer.",
                "Par exemple une autorité publique, une organisation agréée ou une entreprise "
                "avec numéro d'entreprise.",
                "For example a government, recognised organisation or registered company.",
            ),
            (
                "onderhoud",
                "Kreeg de tool het voorbije jaar nog een update?",
                "L'outil a-t-il reçu une mise à jour au cours de l'année écoulée ?",
                "Has the tool been updated in the past year?",
                "Kijk naar de datum van de laatste versie.",
                "Vérifiez la date de la dernière version.",
                "Check the date of the latest version.",
            ),
            (
                "klachten",
                "Is er een duidelijke weg voor klachten of meldingen?",
                "Existe-t-il une voie claire pour les plaintes ou signalements ?",
                "Is there a clear route for complaints or reports?",
                "",
                "",
                "",
            ),
            (
                "financiering",
                "Is duidelijk hoe de tool gefinancierd wordt?",
                "Le financement de l'outil est-il clair ?",
                "Is it clear how the tool is funded?",
                "Subsidie, abonnementen, advertenties, verkoop van gegevens, ...",
                "Subvention, abonnements, publicité, vente de données, ...",
                "Grants, subscriptions, advertising, selling data, ...",
            ),
            (
                "inhoud",
                "Is de inhoud juist en actueel, en staat erbij wie ze schreef?",
                "Le contenu est-il exact et à jour, et l'auteur est-il indiqué ?",
                "Is the content correct and up to date, and is its author stated?",
                "",
                "",
                "",
            ),
        ],
    },
    {
        "key": "privacy",
        "name": (
            "Privacy & gegevensbescherming",
            "Vie privée & protection des données",
            "Privacy & data protection",
        ),
        "description": (
            "Gaat de tool zorgvuldig om met persoonsgegevens, volgens de AVG/GDPR?",
            "L'outil traite-t-il les données personnelles avec soin, selon le RGPD ?",
            "Does the tool handle personal data carefully, in line with the GDPR?",
        ),
        "questions": [
            (
                "verklaring",
                "Is er een begrijpelijke privacyverklaring volgens de AVG/GDPR?",
                "Existe-t-il une déclaration de confidentialité compréhensible selon le RGPD ?",
                "Is there an understandable privacy statement in line with the GDPR?",
                "",
                "",
                "",
            ),
            (
                "locatie",
                "Worden de gegevens bewaard binnen de Europese Unie?",
                "Les données sont-elles conservées dans l'Union européenne ?",
                "Is the data stored within the European Union?",
                "",
                "",
                "",
            ),
            (
                "verwijderen",
                "Kan de gebruiker zijn gegevens en account zelf laten verwijderen?",
                "L'utilisateur peut-il faire supprimer ses données et son compte ?",
                "Can users have their data and account deleted?",
                "",
                "",
                "",
            ),
            (
                "versleuteling",
                "Worden gegevens en berichten versleuteld verstuurd en bewaard?",
                "Les données et messages sont-ils chiffrés lors de l'envoi et du stockage ?",
                "Are data and messages encrypted in transit and at rest?",
                "Bijvoorbeeld end-to-end-versleuteling bij berichten.",
                "Par exemple le chiffrement de bout en bout des messages.",
                "For example end-to-end encryption of messages.",
            ),
            (
                "trackers",
                "Is de tool vrij van advertenties en trackers van derden?",
                "L'outil est-il exempt de publicités et de traceurs tiers ?",
                "Is the tool free of advertising and third-party trackers?",
                "Ja betekent: geen advertenties en geen trackers.",
                "Oui signifie : ni publicités ni traceurs.",
                "Yes means: no ads and no trackers.",
            ),
            (
                "anoniem",
                "Kan de tool anoniem of met een schuilnaam gebruikt worden?",
                "L'outil peut-il être utilisé de façon anonyme ou sous pseudonyme ?",
                "Can the tool be used anonymously or under a pseudonym?",
                "",
                "",
                "",
            ),
        ],
    },
    {
        "key": "onderbouwing",
        "name": ("Onderbouwing", "Fondements", "Evidence base"),
        "description": (
            "Steunt de tool op wetenschappelijke kennis of praktijkervaring, en is hij "
            "geëvalueerd?",
            "L'outil s'appuie-t-il sur des connaissances scientifiques ou de terrain, et "
            "a-t-il été évalué ?",
            "Is the tool based on research or practice, and has it been evaluated?",
        ),
        "questions": [
            (
                "wetenschap",
                "Steunt de tool op wetenschappelijke kennis of erkende methodieken?",
                "L'outil s'appuie-t-il sur des connaissances scientifiques ou des méthodes "
                "reconnues ?",
                "Is the tool based on scientific knowledge or recognised methods?",
                "",
                "",
                "",
            ),
            (
                "praktijk",
                "Werd de tool ontwikkeld of getest samen met de doelgroep of het werkveld?",
                "L'outil a-t-il été développé ou testé avec le public ou les professionnels ?",
                "Was the tool developed or tested with the target group or practitioners?",
                "",
                "",
                "",
            ),
            (
                "evaluatie",
                "Is er een evaluatie of effectonderzoek beschikbaar?",
                "Une évaluation ou une étude d'impact est-elle disponible ?",
                "Is an evaluation or impact study available?",
                "Voeg een link naar het rapport toe.",
                "Ajoutez un lien vers le rapport.",
                "Add a link to the report.",
            ),
            (
                "experts",
                "Werkten inhoudelijke experts mee aan de inhoud?",
                "Des experts ont-ils contribué au contenu ?",
                "Did subject experts contribute to the content?",
                "",
                "",
                "",
            ),
        ],
    },
    {
        "key": "werkdoelen",
        "name": ("Bijdrage aan werkdoelen", "Contribution aux objectifs", "Contribution to goals"),
        "description": (
            "Helpt de tool sociaal werkers en cliënten hun doelen te bereiken?",
            "L'outil aide-t-il les travailleurs sociaux et les clients à atteindre leurs "
            "objectifs ?",
            "Does the tool help social workers and clients reach their goals?",
        ),
        "questions": [
            (
                "efficient",
                "Helpt de tool om sneller of efficiënter te werken?",
                "L'outil aide-t-il à travailler plus vite ou plus efficacement ?",
                "Does the tool help to work faster or more efficiently?",
                "",
                "",
                "",
            ),
            (
                "bereik",
                "Helpt de tool om meer of moeilijk bereikbare mensen te bereiken?",
                "L'outil aide-t-il à atteindre plus de personnes ou des personnes difficiles "
                "à atteindre ?",
                "Does the tool help to reach more people or hard-to-reach people?",
                "",
                "",
                "",
            ),
            (
                "verbondenheid",
                "Versterkt de tool het contact tussen cliënt en hulpverlener of tussen mensen?",
                "L'outil renforce-t-il le lien entre client et travailleur social ou entre "
                "personnes ?",
                "Does the tool strengthen contact between client and worker or between people?",
                "",
                "",
                "",
            ),
            (
                "zelfredzaamheid",
                "Versterkt de tool de zelfredzaamheid of zelfregie van de cliënt?",
                "L'outil renforce-t-il l'autonomie ou la maîtrise du client ?",
                "Does the tool strengthen the client's self-reliance or self-direction?",
                "",
                "",
                "",
            ),
            (
                "stem",
                "Geeft de tool mensen een stem of ruimte voor expressie?",
                "L'outil donne-t-il une voix ou un espace d'expression aux personnes ?",
                "Does the tool give people a voice or room for expression?",
                "",
                "",
                "",
            ),
        ],
    },
]
