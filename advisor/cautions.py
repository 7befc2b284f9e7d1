"""The dossier's cautions ("kanttekeningen") shown where a tool is chosen.

Each caution is our own short wording of a point and names where it comes from. Which
cautions apply to a tool follows from its recorded facts only (requirements, platforms,
contact modes, provider): a tool without facts gets the general note on the advisor's
results, not a specific one.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# The dossier's chapter on cautions is not in our sources; we know its title only, so a note
# that leans on it says it is our own wording.
DOSSIER_CHAPTER = _(
    "Eigen samenvatting. Het Dossier Inspirerend digitaal sociaal werk (Arteveldehogeschool, "
    "met steun van SAM) wijdt er een hoofdstuk aan: 'Kanttekeningen / spanningsvelden bij "
    "digitalisering'."
)
DOSSIER_BLENDED = _(
    "Dossier Inspirerend digitaal sociaal werk (Arteveldehogeschool, met steun van SAM): na "
    "covid willen sociaal werkers terug meer face to face werken; ze werken blended."
)
GDPR_SOURCE = _("Algemene Verordening Gegevensbescherming (AVG/GDPR, Verordening (EU) 2016/679).")

# Commercial messengers workers use for client contact (the dossier names WhatsApp).
COMMERCIAL_MESSENGERS = frozenset(
    {"whatsapp", "messenger", "facebook-messenger", "telegram", "signal"}
)


@dataclass(frozen=True)
class Caution:
    key: str
    title: object
    text: object
    source: object


DIGITAL_EXCLUSION = Caution(
    key="digital-exclusion",
    title=_("Niet iedereen is mee"),
    text=_(
        "Een smartphone, mobiele data en de vaardigheden om een app te gebruiken zijn niet "
        "vanzelfsprekend. Vraag na wat de cliënt heeft en kan, en zorg voor een weg zonder "
        "app (een gesprek, papier, een digibank of een computer op de dienst)."
    ),
    source=DOSSIER_CHAPTER,
)
PRIVACY = Caution(
    key="privacy",
    title=_("Privacy van de cliënt"),
    text=_(
        "Een commerciële chat-app is vertrouwd en gratis, maar het bedrijf erachter verwerkt "
        "gegevens (wie met wie contact heeft en wanneer). Deel er geen gevoelige informatie "
        "over een cliënt en volg de afspraken van je organisatie over berichtenapps."
    ),
    source=GDPR_SOURCE,
)
BLENDED_LIMITS = Caution(
    key="blended-limits",
    title=_("Digitaal vervangt geen nabijheid"),
    text=_(
        "Blended werken vult face-to-face contact aan, het vervangt het niet. Altijd "
        "bereikbaar lijken via een app kan ook verwachtingen scheppen: spreek af wanneer je "
        "antwoordt."
    ),
    source=DOSSIER_BLENDED,
)
GENERAL = (DIGITAL_EXCLUSION, PRIVACY, BLENDED_LIMITS)


def for_tool(tool) -> list[Caution]:
    """The cautions a tool's recorded facts call for (reads prefetched relations)."""
    requirement_slugs = {link.requirement.slug for link in tool.requirement_links.all()}
    platforms = {platform.slug for platform in tool.platforms.all()}
    found = []
    needs_phone = "smartphone" in requirement_slugs or (
        platforms and platforms <= {"android", "ios"}
    )
    if needs_phone:
        found.append(DIGITAL_EXCLUSION)
    if tool.slug in COMMERCIAL_MESSENGERS:
        found.extend([PRIVACY, BLENDED_LIMITS])
    return found
