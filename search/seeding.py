"""Starter synonyms that curators can edit in the admin, and a catch-up of the index."""

from django.utils.text import slugify

from .indexing import index_tools, missing_tool_ids
from .models import Synonym

# Words Flemish social workers use for the same thing; curators extend this in the admin.
STARTER_SYNONYMS = [
    ("videobellen, beeldbellen, videogesprek, videochat", "Beeldbellen"),
    ("vertalen, vertaling, vertaalapp, vertaalapps, tolk, tolken", "Vertalen"),
    ("vrijwilligers, vrijwilligerswerk, vrijwilligen", "Vrijwilligerswerk"),
    ("client, clienten, hulpvrager, burger", "Cliënt"),
    ("ouderen, senioren, bejaarden", "Ouderen"),
    ("jongeren, jeugd, tieners", "Jongeren"),
    ("anderstaligen, nieuwkomers, anderstalige", "Anderstaligen"),
    ("chat, chatten, berichten", "Chatten"),
    ("identificatie, inloggen, aanmelden", "Aanmelden bij de overheid"),
    ("geld, budget, financien, bankieren", "Geldzaken"),
    ("laaggeletterd, laaggeletterdheid, voorlezen", "Laaggeletterdheid"),
    ("psychisch, mentaal, welzijn", "Mentaal welzijn"),
    # French and English words, so a search on /fr/ and /en/ also finds tools whose text
    # is Dutch only (each group holds the Dutch words it stands for).
    (
        "traduire, traduction, traductions, traducteur, traduit, vertalen, vertaling, "
        "vertaalapp, vertaaldienst, vertaaltool",
        "Traduire (FR)",
    ),
    (
        "translate, translation, translations, translator, translating, vertalen, vertaling, "
        "vertaalapp, vertaaldienst, vertaaltool",
        "Translate (EN)",
    ),
    ("gratuit, gratuite, gratuits, gratuites, gratuitement, gratis", "Gratuit (FR)"),
    ("free, gratis", "Free (EN)"),
    ("visio, visioconference, videobellen, beeldbellen, videogesprek", "Visio (FR)"),
    ("videocall, videocalls, videobellen, beeldbellen, videogesprek", "Video call (EN)"),
    ("message, messages, messagerie, berichten, chat", "Messages (FR)"),
    ("aines, personnes agees, seniors, ouderen, senioren", "Aînés (FR)"),
    ("elderly, seniors, older people, ouderen, senioren", "Elderly (EN)"),
]


def load_seed(*, stdout):
    created = 0
    for words, note in STARTER_SYNONYMS:
        _synonym, was_created = Synonym.objects.get_or_create(
            seed_key=slugify(note), defaults={"words": words, "note": note}
        )
        created += was_created
    missing = missing_tool_ids()
    index_tools(missing)
    stdout.write(f"search: {created} synonym groups created, {len(missing)} tools indexed")
