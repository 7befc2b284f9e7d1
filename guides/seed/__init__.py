"""Seed guides for the dossier's must-use apps: itsme, MyMinfin and bank apps.

Written in plain Dutch from general, stable knowledge of these services, NOT checked step by
step against the providers' help pages. So every guide is marked for a curator's review
(`needs_review`, no `last_reviewed`), its page says it was not yet checked, its curator note
lists what to verify, and where a step is uncertain the text says so ("Controleer dit op
...: de stappen kunnen veranderd zijn") instead of guessing. Links only to official pages
we are sure exist; the tests keep an allow-list of their hosts.

Each guide: slug, title, for_whom, intro, tools (catalogue slugs), requirements (catalogue
requirement slugs it helps to meet), checklist [(text, detail)], steps [(title, text, tip)],
problems [(problem, what to do)], referral, help_links [(title, url)], curator_note.
"""

ITSME_URL = "https://www.itsme-id.com/nl-BE"
EID_URL = "https://eid.belgium.be/nl"
MYMINFIN_INFO_URL = "https://financien.belgium.be/nl/E-services/MyMinfin"
MYMINFIN_URL = "https://myminfin.be"
SAFEONWEB_URL = "https://safeonweb.be"
CARDSTOP_URL = "https://www.cardstop.be"

CHECK_ITSME = "Controleer dit op itsme-id.com: de stappen kunnen veranderd zijn."
CHECK_FINANCE = "Controleer dit op financien.belgium.be: de stappen kunnen veranderd zijn."
CHECK_BANK = "Controleer dit in de hulp van de bank: de stappen kunnen veranderd zijn."

NOT_CHECKED = (
    "Geschreven uit algemene kennis, nog niet stap voor stap naast de officiële hulp gelegd."
)

PIN_BLOCKED = (
    "De pincode van de identiteitskaart is vergeten, of de kaart is geblokkeerd",
    "Na drie foute pincodes blokkeert de kaart. Je cliënt kan bij de dienst Burgerzaken of "
    "Bevolking van zijn gemeente de kaart laten deblokkeren of nieuwe codes aanvragen. Neem de "
    "brief met de PUK-code mee als je cliënt die nog heeft. Vraag bij de gemeente na wat dat "
    "kost en hoe lang het duurt.",
)

CARD_READER = (
    "De kaartlezer of de identiteitskaart wordt niet herkend",
    "Kijk of de eID-software op de computer staat (eid.belgium.be). Steek de kaart opnieuw in "
    "de lezer en start de browser opnieuw. Lukt het niet, probeer dan een andere browser of "
    "een andere computer, bijvoorbeeld in de digibank of de bibliotheek.",
)

GUIDES = [
    {
        "slug": "itsme-installeren-en-activeren",
        "title": "itsme installeren en activeren",
        "for_whom": "Voor wie een cliënt helpt om itsme op zijn smartphone te zetten en te "
        "activeren.",
        "intro": (
            "Met itsme bewijs je online wie je bent: om aan te melden bij de overheid (zoals "
            "MyMinfin of Mijn Gezondheid), bij het ziekenfonds of de bank, en om documenten "
            "te ondertekenen. itsme installeren vraagt meer dan een app downloaden: je cliënt "
            "moet één keer bewijzen wie hij is. Dat kan met zijn identiteitskaart en een "
            "kaartlezer op een computer, of via de app van zijn bank.\n\n"
            "itsme is persoonlijk. Zet het altijd op de smartphone van je cliënt zelf, nooit "
            "op die van jou of van een familielid. De geheime itsme-code kiest en kent alleen "
            "je cliënt."
        ),
        "tools": ["itsme"],
        "requirements": ["itsme"],
        "checklist": [
            ("Smartphone van je cliënt", "met genoeg vrije ruimte voor een nieuwe app"),
            (
                "Gsm-nummer",
                "een Belgisch gsm-nummer op die smartphone: je cliënt krijgt er een code "
                "per sms op",
            ),
            ("Internet op de smartphone", "wifi of mobiele data"),
            (
                "Identiteitskaart (eID)",
                "nog geldig, met de pincode van 4 cijfers (voor activeren met de kaartlezer)",
            ),
            (
                "Computer met kaartlezer",
                "met de eID-software erop (voor activeren met de kaartlezer)",
            ),
            (
                "Of: de bankapp van je cliënt",
                "die al werkt, en de codes om aan te melden (voor activeren via de bank)",
            ),
        ],
        "steps": [
            (
                "Kies samen hoe je cliënt bewijst wie hij is",
                "Er zijn twee gangbare manieren: met de identiteitskaart en een kaartlezer op "
                "een computer, of via de app van een bank waar je cliënt klant is. Werkt de "
                "bankapp van je cliënt al, dan is dat vaak de kortste weg. Zonder bankapp heb "
                "je de kaartlezer en de pincode van de identiteitskaart nodig.",
                "Er kunnen intussen ook andere manieren zijn, bijvoorbeeld de identiteitskaart "
                "met de smartphone inlezen. " + CHECK_ITSME,
            ),
            (
                "Installeer de officiële itsme-app",
                "Open de Play Store (Android) of de App Store (iPhone) op de smartphone van je "
                "cliënt en zoek 'itsme'. Kijk na dat de maker Belgian Mobile ID is voor je "
                "installeert.",
                "Laat je cliënt zelf typen en tikken waar het kan. Zo leert hij het toestel "
                "kennen, en zie jij wat hij al kan.",
            ),
            (
                "Vul het gsm-nummer in en bevestig met de sms-code",
                "Open de app en volg de schermen: kies het land, vul het gsm-nummer in en typ "
                "de code over die je cliënt per sms krijgt. De schermen veranderen af en toe. "
                + CHECK_ITSME,
                "",
            ),
            (
                "Bewijs wie je cliënt is met de identiteitskaart en kaartlezer",
                "Kies in de app voor de identiteitskaart. De app vraagt dan om op een computer "
                "verder te gaan: surf op de computer naar het adres dat de app toont, steek de "
                "identiteitskaart in de kaartlezer en laat je cliënt de pincode van zijn kaart "
                "typen. Op de computer moet de eID-software staan (eid.belgium.be). Hoe de "
                "schermen er precies uitzien, weten we niet zeker. " + CHECK_ITSME,
                "Dit is een goed moment om te zien of je cliënt met een computer overweg kan: "
                "laat hem zelf naar de website surfen en typen.",
            ),
            (
                "Of: bewijs wie je cliënt is via zijn bankapp",
                "Kies in de itsme-app de bank van je cliënt. Je cliënt meldt aan in zijn "
                "bankapp en bevestigt daar. Niet elke bank doet mee: de app toont welke banken "
                "je kunt kiezen. " + CHECK_ITSME,
                "",
            ),
            (
                "Laat je cliënt zijn itsme-code kiezen",
                "Je cliënt kiest een geheime itsme-code van 5 cijfers. Daarmee bevestigt hij "
                "voortaan elke aanmelding. Kijk weg terwijl hij de code kiest. Daarna kan hij "
                "ook vingerafdruk of gezichtsherkenning aanzetten, als de smartphone dat kan.",
                "Zeg het duidelijk: niemand mag de itsme-code kennen, ook jij niet. itsme vraagt "
                "de code nooit per telefoon, sms of e-mail. Schrijf de code niet op een "
                "briefje bij de smartphone.",
            ),
            (
                "Probeer het samen één keer uit",
                "Meld samen aan op een website die itsme gebruikt, bijvoorbeeld MyMinfin of "
                "Mijn Gezondheid. Je cliënt opent itsme, kijkt na waarvoor hij aanmeldt en "
                "bevestigt met zijn itsme-code. Zo weet je dat alles werkt, en heeft je cliënt "
                "het één keer zelf gedaan.",
                "",
            ),
        ],
        "problems": [
            PIN_BLOCKED,
            CARD_READER,
            (
                "De identiteitskaart is vervallen",
                "Met een vervallen kaart lukt activeren met de kaartlezer niet. Je cliënt "
                "vraagt een nieuwe kaart aan bij zijn gemeente. Of activeren via de bank dan "
                "wel lukt, weten we niet zeker. " + CHECK_ITSME,
            ),
            (
                "Geen geschikte smartphone of geen Belgisch gsm-nummer",
                "itsme werkt alleen op een smartphone, met een gsm-nummer dat itsme aanvaardt. "
                "Op een heel oude smartphone lukt het installeren soms niet. Kijk op "
                "itsme-id.com welke nummers en toestellen werken. Zonder itsme kan je cliënt "
                "bij veel overheidssites nog aanmelden met identiteitskaart en kaartlezer.",
            ),
            (
                "De smartphone is kwijt, gestolen of vervangen",
                "Is de smartphone verloren of gestolen, laat de itsme-account dan meteen "
                "blokkeren. Op een nieuwe smartphone moet je cliënt itsme opnieuw activeren. "
                + CHECK_ITSME,
            ),
            (
                "De itsme-code is vergeten",
                "Niemand anders kent de code, dus ze opvragen kan niet. Hoe je cliënt dan "
                "opnieuw begint, staat in de hulp van itsme. " + CHECK_ITSME,
            ),
            (
                "Een verdacht bericht over itsme",
                "Laat je cliënt nooit klikken op een link in een sms of e-mail die vraagt om "
                "itsme te 'vernieuwen' of de code te geven. Bij twijfel: niets doen en zelf de "
                "app openen. Verdachte berichten kan je cliënt doorsturen naar "
                "suspect@safeonweb.be.",
            ),
        ],
        "referral": (
            "Verwijs door als:\n"
            "- de identiteitskaart vervallen, kwijt of geblokkeerd is, of de pincode vergeten: "
            "naar de dienst Burgerzaken of Bevolking van de gemeente;\n"
            "- activeren via de bank niet lukt: naar de bank van je cliënt (kantoor of "
            "helpdesk);\n"
            "- de app een fout blijft geven: naar de hulp van itsme (itsme-id.com);\n"
            "- je cliënt geen smartphone of gsm-abonnement heeft of kan betalen: naar het OCMW "
            "of een organisatie in de buurt die toestellen uitleent;\n"
            "- je cliënt meer wil oefenen met smartphone of computer: naar een digibank, een "
            "digipunt of de bibliotheek."
        ),
        "help_links": [
            ("itsme: officiële website en hulp", ITSME_URL),
            ("eID-software voor de kaartlezer (federale overheid)", EID_URL),
            ("Safeonweb: verdachte berichten herkennen en doorsturen", SAFEONWEB_URL),
        ],
        "curator_note": (
            f"{NOT_CHECKED} Na te kijken: de schermen bij het activeren (stap 3 tot 5), welke "
            "banken meedoen, of de identiteitskaart ook met de smartphone (NFC) of met een "
            "paspoort kan, welke gsm-nummers itsme aanvaardt, en wat te doen bij een vergeten "
            "itsme-code of een nieuwe smartphone. Bronnen: itsme-id.com/nl-BE, "
            "eid.belgium.be/nl, safeonweb.be."
        ),
    },
    {
        "slug": "aanmelden-op-myminfin",
        "title": "Aanmelden op MyMinfin",
        "for_whom": "Voor wie een cliënt helpt om aan te melden op MyMinfin, de website van "
        "de FOD Financiën.",
        "intro": (
            "Op MyMinfin vindt je cliënt zijn gegevens bij de FOD Financiën: de "
            "belastingaangifte (Tax-on-web), het aanslagbiljet en andere documenten. Aanmelden "
            "gaat met een digitale sleutel: met itsme, of met de identiteitskaart, een "
            "kaartlezer en de pincode.\n\n"
            "Meld altijd aan met de sleutel van je cliënt zelf, nooit met die van jou: wat "
            "je daarna ziet en doet, gebeurt op naam van wie aanmeldde."
        ),
        "tools": ["myminfin"],
        "requirements": [],
        "checklist": [
            ("itsme", "als het al werkt op de smartphone van je cliënt, met zijn itsme-code"),
            (
                "Of: identiteitskaart (eID) met pincode",
                "nog geldig, met de pincode van 4 cijfers",
            ),
            ("Of: computer met kaartlezer", "met de eID-software erop"),
            (
                "Brieven van de FOD Financiën",
                "bv. het aanslagbiljet, als je cliënt daar een vraag over heeft",
            ),
        ],
        "steps": [
            (
                "Ga naar MyMinfin",
                "Surf naar myminfin.be. Typ het adres zelf of gebruik een bladwijzer: klik niet "
                "op een link in een e-mail of sms die zegt van de FOD Financiën te komen.",
                "",
            ),
            (
                "Kies 'Aanmelden' en een digitale sleutel",
                "Klik op 'Aanmelden'. Je komt op het aanmeldscherm van de federale overheid. "
                "Kies daar itsme, of de identiteitskaart met kaartlezer. Er kunnen nog andere "
                "sleutels zijn. " + CHECK_FINANCE,
                "Heeft je cliënt nog geen itsme? Volg dan eerst het stappenplan 'itsme "
                "installeren en activeren', of meld aan met de kaartlezer.",
            ),
            (
                "Aanmelden met itsme",
                "Volg wat het scherm vraagt; meestal vul je het gsm-nummer van je cliënt in. Je "
                "cliënt opent itsme op zijn smartphone, kijkt na dat het om MyMinfin gaat en "
                "bevestigt met zijn itsme-code.",
                "",
            ),
            (
                "Of: aanmelden met identiteitskaart en kaartlezer",
                "Steek de identiteitskaart in de kaartlezer en kies aanmelden met de eID. "
                "Vraagt de browser om een certificaat te kiezen, kies dan dat met de naam van "
                "je cliënt. Je cliënt typt zelf zijn pincode. Op de computer moet de "
                "eID-software staan (eid.belgium.be).",
                "",
            ),
            (
                "Zoek samen wat je cliënt nodig heeft",
                "Na het aanmelden ziet je cliënt zijn persoonlijke pagina. Zoek samen wat hij "
                "zoekt, bijvoorbeeld zijn aangifte of zijn documenten. Hoe de menu's heten, "
                "verandert soms. " + CHECK_FINANCE,
                "Laat je cliënt zelf klikken en lees samen wat er staat. Zo lukt het hem de "
                "volgende keer misschien alleen.",
            ),
            (
                "Meld af en sluit de browser",
                "Klik op 'Afmelden' als je klaar bent, zeker op een computer die anderen ook "
                "gebruiken. Haal de identiteitskaart uit de kaartlezer.",
                "",
            ),
        ],
        "problems": [
            (
                "Aanmelden met itsme lukt niet",
                "Kijk of itsme op de smartphone werkt en of het gsm-nummer klopt. Werkt itsme "
                "zelf niet, volg dan het stappenplan voor itsme of de hulp op itsme-id.com. "
                "Meld intussen aan met de kaartlezer als dat kan.",
            ),
            CARD_READER,
            PIN_BLOCKED,
            (
                "Iemand anders wil de aangifte voor je cliënt doen",
                "Een familielid of een vertrouwenspersoon kan soms met een volmacht (mandaat) "
                "voor iemand anders werken. Hoe dat precies gaat, weten we niet zeker. "
                + CHECK_FINANCE
                + " Meld nooit aan met je eigen sleutel om de zaken van een cliënt te regelen.",
            ),
            (
                "Je cliënt begrijpt een brief of een bedrag niet",
                "Leg niets uit wat je zelf niet zeker weet. De FOD Financiën beantwoordt zelf "
                "vragen over de aangifte en het aanslagbiljet: de contactgegevens staan op "
                "financien.belgium.be.",
            ),
        ],
        "referral": (
            "Verwijs door als:\n"
            "- je cliënt vragen heeft over zijn belastingen, zijn aangifte of een "
            "aanslagbiljet: naar de FOD Financiën (contact op financien.belgium.be);\n"
            "- er schulden of betalingsproblemen zijn: naar het OCMW of een dienst voor "
            "schuldbemiddeling;\n"
            "- de identiteitskaart of de pincode niet werkt: naar de dienst Burgerzaken of "
            "Bevolking van de gemeente;\n"
            "- itsme niet werkt: naar het stappenplan voor itsme of de hulp van itsme."
        ),
        "help_links": [
            ("MyMinfin bij de FOD Financiën: uitleg", MYMINFIN_INFO_URL),
            ("MyMinfin: aanmelden", MYMINFIN_URL),
            ("eID-software voor de kaartlezer (federale overheid)", EID_URL),
            ("itsme: officiële website en hulp", ITSME_URL),
        ],
        "curator_note": (
            f"{NOT_CHECKED} Na te kijken: het aanmeldscherm en welke digitale sleutels er nu "
            "zijn (stap 2 tot 4), de namen van de menu's in MyMinfin (stap 5), hoe een "
            "volmacht of mandaat werkt, en waar de contactgegevens van de FOD Financiën staan. "
            "Bronnen: financien.belgium.be/nl/E-services/MyMinfin, myminfin.be, "
            "eid.belgium.be/nl, itsme-id.com/nl-BE."
        ),
    },
    {
        "slug": "een-bankapp-installeren-en-veilig-gebruiken",
        "title": "Een bankapp installeren en veilig gebruiken",
        "for_whom": "Voor wie een cliënt helpt om de app van zijn bank op zijn smartphone te "
        "zetten en ermee te werken.",
        "intro": (
            "Met de app van zijn bank bekijkt je cliënt zijn rekening en doet hij betalingen. "
            "Elke bank heeft een eigen app en eigen stappen: dit stappenplan geeft de grote "
            "lijnen, de app en de hulp van de bank zelf geven de details.\n\n"
            "Geld en codes zijn van je cliënt alleen. Help met de stappen, maar laat je cliënt "
            "zelf zijn codes typen en kijk weg. Doe nooit zelf een betaling voor een cliënt."
        ),
        "tools": ["bankapps"],
        "requirements": [],
        "checklist": [
            ("Smartphone van je cliënt", "met internet en genoeg vrije ruimte"),
            ("Bankkaart", "van de rekening bij die bank, met de pincode"),
            (
                "De kaartlezer van de bank",
                "als de bank die gebruikt om de app te activeren (niet elke bank doet dat)",
            ),
            ("Of: itsme", "sommige banken laten de app activeren met itsme"),
            ("Gsm-nummer en e-mailadres", "soms stuurt de bank een code per sms of e-mail"),
        ],
        "steps": [
            (
                "Zoek de officiële app van de bank",
                "Open de Play Store (Android) of de App Store (iPhone) en zoek de naam van de "
                "bank. Kijk na dat de maker de bank zelf is. Installeer de app nooit via een "
                "link in een sms of e-mail.",
                "Twijfel je welke app de juiste is? Op de website van de bank staat een link "
                "naar haar eigen app.",
            ),
            (
                "Activeer de app",
                "Open de app en kies om ze te activeren of te registreren. Elke bank doet het "
                "anders: met de bankkaart en de kaartlezer van de bank, met itsme, met een code "
                "per brief of sms, of in een kantoor. Volg de stappen op het scherm. " + CHECK_BANK,
                "",
            ),
            (
                "Laat je cliënt een eigen code kiezen",
                "De app vraagt een persoonlijke code om de app te openen en betalingen te "
                "bevestigen. Je cliënt kiest die zelf; kijk weg. Vingerafdruk of "
                "gezichtsherkenning kan het makkelijker maken, als de smartphone dat kan.",
                "",
            ),
            (
                "Bekijk samen de rekening",
                "Zoek samen het saldo en de laatste verrichtingen. Zo ziet je cliënt wat er "
                "binnenkomt en wat er buitengaat.",
                "Voor veel cliënten is dit de eerste winst: zelf zien hoeveel er nog op de "
                "rekening staat, zonder naar de bank te gaan.",
            ),
            (
                "Toon hoe een overschrijving werkt, en laat je cliënt zelf bevestigen",
                "Toon waar je een overschrijving maakt en, als de app dat kan, hoe je de "
                "QR-code op een factuur scant. Je cliënt typt en bevestigt zelf.",
                "",
            ),
            (
                "Spreek veilige gewoontes af",
                "De bank vraagt nooit codes per telefoon, sms of e-mail. Deel de codes met "
                "niemand en sluit de app na gebruik. Kaart of smartphone kwijt, of twijfel over "
                "fraude: meteen Card Stop bellen (078 170 170) en de bank verwittigen.",
                "",
            ),
        ],
        "problems": [
            (
                "De app wil niet installeren of werkt niet op de smartphone",
                "Een oude smartphone kan te oud zijn voor de app. Kijk of er updates zijn voor "
                "de smartphone. Lukt het niet, vraag de bank welke andere manieren er zijn, "
                "bijvoorbeeld bankieren op een computer of in een kantoor.",
            ),
            (
                "De bankkaart is geblokkeerd of de pincode is vergeten",
                "Na te veel foute pogingen blokkeert de kaart. Je cliënt vraagt bij zijn bank "
                "een deblokkering of een nieuwe pincode aan.",
            ),
            (
                "Een verdacht bericht of telefoontje 'van de bank'",
                "Niet klikken, geen codes geven, ophangen. Je cliënt opent zelf de app, of "
                "belt de bank op het nummer dat op haar website staat. Verdachte berichten kan "
                "je cliënt doorsturen naar suspect@safeonweb.be. Gaf je cliënt al codes of "
                "gegevens? Meteen Card Stop (078 170 170) en de bank bellen.",
            ),
            (
                "Je cliënt heeft geen bankrekening",
                "In België bestaat een recht op een basisbankdienst: een eenvoudige rekening "
                "met een bankkaart. Welke voorwaarden en kosten er nu gelden, weten we niet "
                "zeker: vraag het na bij de bank of het OCMW.",
            ),
            (
                "Je cliënt heeft een nieuwe smartphone",
                "Op een nieuwe smartphone moet je cliënt de app opnieuw activeren. " + CHECK_BANK,
            ),
        ],
        "referral": (
            "Verwijs door als:\n"
            "- je cliënt vragen heeft over zijn rekening, kosten, codes of het activeren: naar "
            "de bank (kantoor of helpdesk);\n"
            "- een kaart verloren of gestolen is, of bij fraude: meteen naar Card Stop "
            "(078 170 170) en de bank;\n"
            "- er geldzorgen of schulden zijn, of je cliënt geen rekening heeft: naar het OCMW "
            "of een dienst voor budgethulp of schuldbemiddeling;\n"
            "- je cliënt wil oefenen met de smartphone: naar een digibank, een digipunt of de "
            "bibliotheek."
        ),
        "help_links": [
            ("Card Stop: een bankkaart laten blokkeren", CARDSTOP_URL),
            ("Safeonweb: verdachte berichten herkennen en doorsturen", SAFEONWEB_URL),
        ],
        "curator_note": (
            f"{NOT_CHECKED} Algemeen voor alle banken: elke bank heeft eigen stappen, dus "
            "geen link naar één bank. Na te kijken: of de stappen voor de grote Belgische "
            "banken hierbij passen, en de huidige regels van de basisbankdienst. Bronnen: "
            "cardstop.be, safeonweb.be, de hulp op de websites van de banken."
        ),
    },
]
