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

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

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
# Features that make a tool simple for a first-time user.
SIMPLE_FEATURES = frozenset({EASY_LANGUAGE, PICTOGRAMS})


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


class ToolFacts(NamedTuple):
    """What the ranking knows of one tool. Empty collections mean "not recorded".

    Immutable like the other facts, and a named tuple rather than a frozen dataclass: the
    decision aid builds thousands per request, and a frozen dataclass is several times
    slower to build."""

    pk: int
    slug: str
    name: str
    cost: str = ""  # "free", "freemium", "paid", "" (unknown)
    needs: frozenset[str] = frozenset()  # purpose and theme slugs the tool serves
    languages: Mapping[str, str] = MappingProxyType({})  # slug -> label
    platforms: frozenset[str] = frozenset()
    features: frozenset[str] = frozenset()
    contact_modes: frozenset[str] = frozenset()
    requirements: tuple[RequirementLink, ...] = ()
    requires_account: bool | None = None
    practice_count: int = 0
    screening: Screening | None = None
    # Archived tools never reach the ranking (the selector reads proposable tools only).
    is_archived: bool = False


@dataclass(slots=True)
class Note:
    """A reason or a point to watch. `requirement` is set for "nodig: <requirement>" so the
    page can link a guide."""

    text: object
    requirement: str = ""


@dataclass(slots=True)
class Ranked:
    tool: ToolFacts
    score: int
    # None for a tool ranked without its explanation (see `rank`'s `explain`).
    reasons: list[Note] | None
    watch: list[Note] | None


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


def facts_read(answers: Answers) -> frozenset[str]:
    """The ToolFacts fields `rank` reads for `answers`, to rank and to explain. A selector
    may leave the others empty, and keep in `needs` only the needs in `answers.needs`: the
    result is the same (tested)."""
    read = {"pk", "slug", "name", "platforms", "requirements", "practice_count", "screening"}
    if answers.needs:
        read.add("needs")
    if answers.languages:
        read.add("languages")
    if answers.free:
        read.add("cost")
    if answers.read_aloud or answers.easy_language or answers.skills == "first":
        read.add("features")
    if answers.anonymous:
        read |= {"contact_modes", "requires_account"}
    return frozenset(read)


def _needs(tool: ToolFacts) -> RequirementNeeds:
    return RequirementNeeds.from_links(tool.requirements)


# What the reasons and points to watch say. Made once: a tool ranked without its
# explanation builds no text at all.
NEED_MATCH = _("past bij de vraag")
IN_LANGUAGE = _("in het {language}")
LANGUAGES_UNKNOWN = _("onbekend in welke talen de tool werkt")
DEVICE_UNKNOWN = _("onbekend welk toestel de tool vraagt")
ON_WORKER_DEVICE = _("samen met de hulpverlener, op diens toestel")
FREE = _("gratis")
FREEMIUM = _("gratis, met betalende extra's")
PAID = _("betalend")
COST_UNKNOWN = _("onbekend of de tool gratis is")
READS_ALOUD = _("kan voorlezen")
READ_ALOUD_UNKNOWN = _("onbekend of de tool kan voorlezen")
IN_EASY_LANGUAGE = _("in eenvoudige taal")
EASY_LANGUAGE_UNKNOWN = _("onbekend of de tool eenvoudige taal gebruikt")
ANONYMOUS_CONTACT = _("anoniem contact mogelijk")
NO_ANONYMOUS_CONTACT = _("geen anoniem contact vermeld")
ANONYMOUS_UNKNOWN = _("onbekend of anoniem contact kan")
NEEDS_ACCOUNT = _("vraagt een account")
SIMPLE_FOR_FIRST_STEPS = _("eenvoudig voor wie pas begint")
NEEDS_INTERNET = _("vraagt een internetverbinding (mobiele data)")
IN_PRACTICES = _("gebruikt in {count} praktijk(en) van collega's")
NOT_SCREENED = _("nog niet gescreend")
SCREENED = _("gescreend: {met} van {assessed} criteria voldaan")
DATA_OUTSIDE_EU = _("gegevens worden buiten de EU bewaard (volgens de screening)")
IN_BROWSER = _("werkt in de browser")
NEEDS_REQUIREMENT = _("nodig: {requirement}")
# The features a client can ask for: (answer, feature slug, weight, has it, unknown).
ASKED_FEATURES = (
    ("read_aloud", READ_ALOUD, "read_aloud", READS_ALOUD, READ_ALOUD_UNKNOWN),
    ("easy_language", EASY_LANGUAGE, "easy_language", IN_EASY_LANGUAGE, EASY_LANGUAGE_UNKNOWN),
)


def _devices_at_hand(answers: Answers) -> frozenset[str]:
    have = DEVICES[answers.device]
    return have | WORKER_DEVICES if answers.together else have


def _device_problem(answers: Answers, tool: ToolFacts, have: frozenset[str] | None = None) -> bool:
    """Whether the tool cannot work with the devices at hand (False: not asked). `have`:
    `_devices_at_hand(answers)`, when the caller computed it once for many tools."""
    if not answers.device:
        return False
    if have is None:
        have = _devices_at_hand(answers)
    # Requirements other than a device are assumed possible: only a tool that asks for a
    # device can fail on one.
    if any(link.slug in DEVICE_REQUIREMENTS for link in tool.requirements):
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
        answers.languages and tool.languages and answers.languages.isdisjoint(tool.languages)
    )


def _score(answers: Answers, tool: ToolFacts, weights: Weights, *, explain: bool = True) -> Ranked:
    """The tool's points for `answers`, each explained by a reason (or, when negative, a
    point to watch). With `explain=False` the same rules count the points only and build
    no notes (`reasons` and `watch` are None)."""
    score = 0
    reasons: list[Note] = []
    watch: list[Note] = []

    def add(points: int, text, **values) -> None:
        nonlocal score
        score += points
        if explain:
            note = Note(format_lazy(text, **values) if values else text)
            (reasons if points >= 0 else watch).append(note)

    def say(notes: list[Note], text, *, requirement_slug: str = "", **values) -> None:
        if explain:
            text = format_lazy(text, **values) if values else text
            notes.append(Note(text, requirement_slug))

    matched = len(answers.needs & tool.needs)
    if matched:
        add(weights.need_match * matched, NEED_MATCH)

    if answers.languages and explain:
        if tool.languages:
            for slug in sorted(answers.languages & tool.languages.keys()):
                say(reasons, IN_LANGUAGE, language=tool.languages[slug])
        else:
            say(watch, LANGUAGES_UNKNOWN)

    if answers.device and explain:
        if not tool.platforms and not tool.requirements:
            say(watch, DEVICE_UNKNOWN)
        elif answers.together and _device_problem(Answers(device=answers.device), tool):
            say(reasons, ON_WORKER_DEVICE)

    if answers.free:
        if tool.cost == "free":
            add(weights.free, FREE)
        elif tool.cost == "freemium":
            add(weights.freemium, FREEMIUM)
        elif tool.cost == "paid":
            add(weights.paid, PAID)
        else:
            say(watch, COST_UNKNOWN)

    for asked, slug, weight, yes, unknown in ASKED_FEATURES:
        if not getattr(answers, asked):
            continue
        if slug in tool.features:
            add(getattr(weights, weight), yes)
        else:
            # No recorded feature is not a "no": features are only recorded when present.
            say(watch, unknown)

    if answers.anonymous:
        if ANONYMOUS in tool.contact_modes:
            add(weights.anonymous, ANONYMOUS_CONTACT)
        elif tool.contact_modes:
            say(watch, NO_ANONYMOUS_CONTACT)
        else:
            say(watch, ANONYMOUS_UNKNOWN)
        if tool.requires_account:
            say(watch, NEEDS_ACCOUNT)

    if answers.skills == "first":
        if not tool.features.isdisjoint(SIMPLE_FEATURES):
            add(weights.first_steps_simple, SIMPLE_FOR_FIRST_STEPS)
        extra = sum(1 for link in tool.requirements if link.slug not in DEVICE_REQUIREMENTS)
        if extra:
            score += weights.first_steps_per_requirement * extra

    if answers.little_data and any(link.slug == INTERNET for link in tool.requirements):
        add(weights.little_data_internet, NEEDS_INTERNET)

    if tool.practice_count:
        add(
            weights.practice * min(tool.practice_count, PRACTICE_CAP),
            IN_PRACTICES,
            count=tool.practice_count,
        )

    if tool.screening is None:
        say(watch, NOT_SCREENED)
    else:
        screening = tool.screening
        points = weights.screened
        if screening.criteria_assessed:
            points += round(
                weights.screened_good * screening.criteria_met / screening.criteria_assessed
            )
        add(
            points,
            SCREENED,
            met=screening.criteria_met,
            assessed=screening.criteria_assessed,
        )
        if screening.data_outside_eu:
            say(watch, DATA_OUTSIDE_EU)

    if WEB_PLATFORM in tool.platforms:
        add(weights.browser, IN_BROWSER)

    if explain:
        for link in tool.requirements:
            if link.slug in DEVICE_REQUIREMENTS or link.slug == INTERNET:
                continue
            say(watch, NEEDS_REQUIREMENT, requirement_slug=link.slug, requirement=link.label)

    if not explain:
        return Ranked(tool=tool, score=score, reasons=None, watch=None)
    return Ranked(tool=tool, score=score, reasons=reasons, watch=watch)


def _order(item: Ranked) -> tuple:
    # Ties: by name, then slug, so an order never depends on the database.
    return (-item.score, item.tool.name.casefold(), item.tool.slug)


def rank(
    answers: Answers,
    tools,
    *,
    weights: Weights = WEIGHTS,
    archived: int = 0,
    explain: int | None = None,
) -> Result:
    """Rank `tools` (ToolFacts) for `answers`. `archived` is how many tools the selector
    left out because they are archived (counted with the other constraints).

    `explain`: how many of the best tools get their reasons and points to watch (None: all).
    The others are ranked by the same rules, the notes only not built (a page shows the
    first few, and building notes for a thousand tools was a large part of its time)."""
    excluded = {Constraint.DEVICE: 0, Constraint.LANGUAGE: 0, Constraint.ARCHIVED: archived}
    excluded_total = archived
    have = _devices_at_hand(answers) if answers.device else frozenset()
    ranked = []
    for tool in tools:
        device = _device_problem(answers, tool, have)
        language = _language_problem(answers, tool)
        if device or language:
            # A tool left out by several constraints counts under each of them.
            excluded[Constraint.DEVICE] += device
            excluded[Constraint.LANGUAGE] += language
            excluded_total += 1
        else:
            ranked.append(_score(answers, tool, weights, explain=explain is None))
    ranked.sort(key=_order)
    if explain is not None:
        ranked[:explain] = [_score(answers, item.tool, weights) for item in ranked[:explain]]
    return Result(ranked=ranked, excluded_counts=excluded, excluded_total=excluded_total)
