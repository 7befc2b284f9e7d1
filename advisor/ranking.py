"""The decision aid's ranking: a pure function of a client's answers and the tools' facts.

No database, no request: `rank(answers, tools)` takes plain dataclasses (built by
`advisor.selectors.tool_facts`) and returns which tools fit, in order, each with its reasons
("gratis", "in het Arabisch") and its points to watch ("nodig: itsme", "nog niet
gescreend"), and how many tools each hard constraint left out.

Rules:
- Hard constraints exclude: a device the client lacks, no language the client reads.
  (Archived tools never reach this function: the selector reads proposable tools only.)
- A fact that is unknown never excludes; the tool stays and a point to watch says so.
- Soft preferences add `WEIGHTS` points; every point a tool gets is explained by a reason.
The weights are documented in docs/decisions.md.
"""

from dataclasses import dataclass, field

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from catalogue.models import RequirementNeeds

# Requirements that are a device: the only requirements the decision aid asks about. Every
# other requirement (itsme, an e-mail address, ...) is assumed possible, and shown as a
# point to watch.
DEVICE_REQUIREMENTS = frozenset({"smartphone", "computer"})
APP_PLATFORMS = frozenset({"android", "ios"})
DESKTOP_PLATFORMS = frozenset({"windows", "macos"})
WEB_PLATFORM = "web"
DEVICE_PLATFORM = "device"
READ_ALOUD = "voorleesfunctie"
EASY_LANGUAGE = "eenvoudige-taal"
PICTOGRAMS = "pictogrammen"
ANONYMOUS = "anonymous"
INTERNET = "internetverbinding"
# What a device answer gives the client (requirement slugs).
DEVICES = {
    "smartphone": frozenset({"smartphone"}),
    "computer": frozenset({"computer"}),
    "none": frozenset(),
}
# A worker who uses the tool together with the client brings a smartphone and a computer.
WORKER_DEVICES = frozenset({"smartphone", "computer"})
# Practices counted towards "familiar": more than this many add nothing.
PRACTICE_CAP = 3


@dataclass(frozen=True)
class Weights:
    """Points a soft preference adds (or, when negative, takes away). One place only."""

    need_match: int = 4  # per need (purpose or theme) the tool serves
    free: int = 3  # client asked for free tools and the tool is free
    freemium: int = 1  # ... and the tool is free with paid extras
    paid: int = -3  # ... and the tool costs money
    read_aloud: int = 3  # client asked for read-aloud and the tool has it
    easy_language: int = 3  # client asked for easy language and the tool has it
    anonymous: int = 3  # client asked for anonymous contact and the tool offers it
    first_steps_simple: int = 2  # client's first steps: easy language or pictograms
    first_steps_per_requirement: int = -1  # client's first steps: each extra requirement
    practice: int = 1  # per colleagues' practice using the tool (up to PRACTICE_CAP)
    screened: int = 1  # a public screening exists
    screened_good: int = 3  # times the share of assessed criteria that are met
    browser: int = 1  # works in the browser: nothing to install
    little_data_internet: int = -2  # client has little data and the tool needs internet


WEIGHTS = Weights()


class Constraint:
    """The hard constraints, as keys of `Result.excluded_counts`."""

    DEVICE = "device"
    LANGUAGE = "language"
    ARCHIVED = "archived"

    LABELS = {
        DEVICE: _("vraagt een toestel dat de cliënt niet heeft"),
        LANGUAGE: _("niet in een taal die de cliënt leest"),
        ARCHIVED: _("bestaat niet meer (gearchiveerd)"),
    }


@dataclass(frozen=True)
class Answers:
    """A client situation, as the form validated it."""

    needs: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    device: str = ""  # "", "smartphone", "computer", "none"
    little_data: bool = False
    skills: str = ""  # "", "first", "some", "confident"
    free: bool = False
    anonymous: bool = False
    together: bool = False
    read_aloud: bool = False
    easy_language: bool = False


@dataclass(frozen=True)
class RequirementLink:
    """One requirement of a tool, shaped like catalogue.ToolRequirement for
    `RequirementNeeds.from_links` (the catalogue's rule for alternatives)."""

    slug: str
    label: str
    choice_group: int | None = None
    alternative: int | None = None

    @property
    def requirement(self):
        return self


@dataclass(frozen=True)
class Screening:
    published_on: object  # a date
    criteria_met: int
    criteria_assessed: int
    data_outside_eu: bool = False


@dataclass(frozen=True)
class ToolFacts:
    """What the ranking knows of one tool. Empty collections mean "not recorded"."""

    pk: int
    slug: str
    name: str
    cost: str = ""  # "free", "freemium", "paid", "" (unknown)
    needs: frozenset[str] = frozenset()  # purpose and theme slugs the tool serves
    languages: dict[str, str] = field(default_factory=dict)  # slug -> label
    platforms: frozenset[str] = frozenset()
    features: frozenset[str] = frozenset()
    contact_modes: frozenset[str] = frozenset()
    requirements: tuple[RequirementLink, ...] = ()
    requires_account: bool | None = None
    practice_count: int = 0
    screening: Screening | None = None
    # Archived tools never reach the ranking (the selector reads proposable tools only).
    is_archived: bool = False


@dataclass
class Note:
    """A reason or a point to watch. `requirement` is set for "nodig: <requirement>" so the
    page can link a guide."""

    text: object
    requirement: str = ""


@dataclass
class Ranked:
    tool: ToolFacts
    score: int
    reasons: list[Note]
    watch: list[Note]


@dataclass
class Result:
    ranked: list[Ranked]
    # Per constraint, how many tools it left out (a tool left out by two counts twice).
    excluded_counts: dict[str, int]
    # How many tools were left out at all (each once).
    excluded_total: int = 0

    def excluded(self) -> list[tuple[str, object, int]]:
        """(key, label, count) of every constraint that left something out."""
        return [
            (key, Constraint.LABELS[key], count)
            for key, count in self.excluded_counts.items()
            if count
        ]


def _needs(tool: ToolFacts) -> RequirementNeeds:
    return RequirementNeeds.from_links(tool.requirements)


def _device_problem(answers: Answers, tool: ToolFacts) -> bool:
    """Whether the tool cannot work with the devices at hand (None: not asked)."""
    if not answers.device:
        return False
    have = set(DEVICES[answers.device])
    if answers.together:
        have |= WORKER_DEVICES
    other = {link.slug for link in tool.requirements} - DEVICE_REQUIREMENTS
    if not _needs(tool).is_met_by(have | other):
        return True
    platforms = tool.platforms
    if not platforms or WEB_PLATFORM in platforms or DEVICE_PLATFORM in platforms:
        return False
    # Only apps: a phone or tablet of one's own (a computer does not run them).
    if platforms <= APP_PLATFORMS and "smartphone" not in have:
        return True
    # Only desktop programs: a computer.
    if platforms <= DESKTOP_PLATFORMS and "computer" not in have:
        return True
    return platforms <= APP_PLATFORMS | DESKTOP_PLATFORMS and not have


def _language_problem(answers: Answers, tool: ToolFacts) -> bool:
    return bool(
        answers.languages and tool.languages and not (answers.languages & tool.languages.keys())
    )


def _score(answers: Answers, tool: ToolFacts, weights: Weights) -> Ranked:
    score = 0
    reasons: list[Note] = []
    watch: list[Note] = []

    def add(points: int, text) -> None:
        nonlocal score
        score += points
        if points >= 0:
            reasons.append(Note(text))
        else:
            watch.append(Note(text))

    matched = len(answers.needs & tool.needs)
    if matched:
        add(weights.need_match * matched, _("past bij de vraag"))

    if answers.languages:
        if tool.languages:
            for slug in sorted(answers.languages & tool.languages.keys()):
                reasons.append(
                    Note(format_lazy(_("in het {language}"), language=tool.languages[slug]))
                )
        else:
            watch.append(Note(_("onbekend in welke talen de tool werkt")))

    if answers.device:
        if not tool.platforms and not tool.requirements:
            watch.append(Note(_("onbekend welk toestel de tool vraagt")))
        elif answers.together and _device_problem(Answers(device=answers.device), tool):
            reasons.append(Note(_("samen met de hulpverlener, op diens toestel")))

    if answers.free:
        if tool.cost == "free":
            add(weights.free, _("gratis"))
        elif tool.cost == "freemium":
            add(weights.freemium, _("gratis, met betalende extra's"))
        elif tool.cost == "paid":
            add(weights.paid, _("betalend"))
        else:
            watch.append(Note(_("onbekend of de tool gratis is")))

    for asked, slug, points, yes, unknown in (
        (
            answers.read_aloud,
            READ_ALOUD,
            weights.read_aloud,
            _("kan voorlezen"),
            _("onbekend of de tool kan voorlezen"),
        ),
        (
            answers.easy_language,
            EASY_LANGUAGE,
            weights.easy_language,
            _("in eenvoudige taal"),
            _("onbekend of de tool eenvoudige taal gebruikt"),
        ),
    ):
        if not asked:
            continue
        if slug in tool.features:
            add(points, yes)
        else:
            # No recorded feature is not a "no": features are only recorded when present.
            watch.append(Note(unknown))

    if answers.anonymous:
        if ANONYMOUS in tool.contact_modes:
            add(weights.anonymous, _("anoniem contact mogelijk"))
        elif tool.contact_modes:
            watch.append(Note(_("geen anoniem contact vermeld")))
        else:
            watch.append(Note(_("onbekend of anoniem contact kan")))
        if tool.requires_account:
            watch.append(Note(_("vraagt een account")))

    if answers.skills == "first":
        if tool.features & {EASY_LANGUAGE, PICTOGRAMS}:
            add(weights.first_steps_simple, _("eenvoudig voor wie pas begint"))
        extra = [link for link in tool.requirements if link.slug not in DEVICE_REQUIREMENTS]
        if extra:
            score += weights.first_steps_per_requirement * len(extra)

    if answers.little_data and INTERNET in {link.slug for link in tool.requirements}:
        add(weights.little_data_internet, _("vraagt een internetverbinding (mobiele data)"))

    if tool.practice_count:
        add(
            weights.practice * min(tool.practice_count, PRACTICE_CAP),
            format_lazy(
                _("gebruikt in {count} praktijk(en) van collega's"), count=tool.practice_count
            ),
        )

    if tool.screening is None:
        watch.append(Note(_("nog niet gescreend")))
    else:
        screening = tool.screening
        points = weights.screened
        if screening.criteria_assessed:
            points += round(
                weights.screened_good * screening.criteria_met / screening.criteria_assessed
            )
        add(
            points,
            format_lazy(
                _("gescreend: {met} van {assessed} criteria voldaan"),
                met=screening.criteria_met,
                assessed=screening.criteria_assessed,
            ),
        )
        if screening.data_outside_eu:
            watch.append(Note(_("gegevens worden buiten de EU bewaard (volgens de screening)")))

    if WEB_PLATFORM in tool.platforms:
        add(weights.browser, _("werkt in de browser"))

    for link in tool.requirements:
        if link.slug in DEVICE_REQUIREMENTS or link.slug == INTERNET:
            continue
        watch.append(
            Note(format_lazy(_("nodig: {requirement}"), requirement=link.label), link.slug)
        )

    return Ranked(tool=tool, score=score, reasons=reasons, watch=watch)


def rank(answers: Answers, tools, *, weights: Weights = WEIGHTS, archived: int = 0) -> Result:
    """Rank `tools` (ToolFacts) for `answers`. `archived` is how many tools the selector
    left out because they are archived (counted with the other constraints)."""
    excluded = {Constraint.DEVICE: 0, Constraint.LANGUAGE: 0, Constraint.ARCHIVED: archived}
    excluded_total = archived
    ranked = []
    for tool in tools:
        problems = [
            key
            for key, problem in (
                (Constraint.DEVICE, _device_problem(answers, tool)),
                (Constraint.LANGUAGE, _language_problem(answers, tool)),
            )
            if problem
        ]
        # A tool left out by several constraints counts under each of them.
        for key in problems:
            excluded[key] += 1
        if problems:
            excluded_total += 1
        else:
            ranked.append(_score(answers, tool, weights))
    # Ties: by name, then slug, so an order never depends on the database.
    ranked.sort(key=lambda item: (-item.score, item.tool.name.casefold(), item.tool.slug))
    return Result(ranked=ranked, excluded_counts=excluded, excluded_total=excluded_total)
