"""The ranking as a pure function: table-driven cases over plain facts (no database)."""

import datetime
import itertools

import pytest
from django.utils import translation

from advisor.ranking import (
    WEIGHTS,
    Answers,
    Constraint,
    RequirementLink,
    Screening,
    ToolFacts,
    facts_read,
    rank,
)

SMARTPHONE = RequirementLink("smartphone", "Smartphone")
COMPUTER = RequirementLink("computer", "Computer of laptop")
ITSME = RequirementLink("itsme", "itsme")


def tool(slug, **facts):
    return ToolFacts(
        pk=hash(slug) % 10_000, slug=slug, name=facts.pop("name", slug.title()), **facts
    )


def texts(notes):
    with translation.override("nl"):
        return [str(note.text) for note in notes]


def order(result):
    return [item.tool.slug for item in result.ranked]


@pytest.mark.parametrize(
    "answers, tools, expected_order, expected_excluded",
    [
        # Ties: same score, alphabetical by name (case-insensitive), then slug.
        (
            Answers(),
            [tool("zeta"), tool("alpha"), tool("beta", name="beta")],
            ["alpha", "beta", "zeta"],
            {},
        ),
        # A device constraint empties the list, and says which constraint did it.
        (
            Answers(device="none"),
            [
                tool("app-only", platforms=frozenset({"android", "ios"})),
                tool("needs-phone", requirements=(SMARTPHONE,)),
            ],
            [],
            {Constraint.DEVICE: 2},
        ),
        # A requirement alternative met keeps the tool: smartphone OR computer.
        (
            Answers(device="computer"),
            [
                tool(
                    "either",
                    requirements=(
                        RequirementLink("smartphone", "Smartphone", choice_group=1),
                        RequirementLink("computer", "Computer", choice_group=1),
                    ),
                ),
                tool("phone", requirements=(SMARTPHONE,)),
            ],
            ["either"],
            {Constraint.DEVICE: 1},
        ),
        # Together with the worker: the worker's devices count.
        (
            Answers(device="none", together=True),
            [tool("needs-phone", requirements=(SMARTPHONE,))],
            ["needs-phone"],
            {},
        ),
        # Language: a known list without the client's languages excludes; unknown keeps.
        (
            Answers(languages=frozenset({"ar"})),
            [
                tool("dutch", languages={"nl": "Nederlands"}),
                tool("arabic", languages={"ar": "Arabisch", "nl": "Nederlands"}),
                tool("unknown"),
            ],
            ["arabic", "unknown"],
            {Constraint.LANGUAGE: 1},
        ),
        # Both constraints on one tool: counted under each.
        (
            Answers(languages=frozenset({"ar"}), device="none"),
            [tool("both", languages={"nl": "Nederlands"}, requirements=(SMARTPHONE,))],
            [],
            {Constraint.LANGUAGE: 1, Constraint.DEVICE: 1},
        ),
        # Free weighs: free before freemium before unknown before paid.
        (
            Answers(free=True),
            [
                tool("paid", cost="paid"),
                tool("unknown"),
                tool("freemium", cost="freemium"),
                tool("free", cost="free"),
            ],
            ["free", "freemium", "unknown", "paid"],
            {},
        ),
    ],
)
def test_rank_table(answers, tools, expected_order, expected_excluded):
    result = rank(answers, tools)
    assert order(result) == expected_order
    assert {k: v for k, v in result.excluded_counts.items() if v} == expected_excluded
    assert result.excluded_total == len(tools) - len(expected_order)


def test_excluded_lists_the_constraint_in_plain_words():
    result = rank(Answers(device="none"), [tool("app", platforms=frozenset({"android"}))])
    with translation.override("nl"):
        assert [(key, str(label), n) for key, label, n in result.excluded()] == [
            ("device", "vraagt een toestel dat de cliënt niet heeft", 1)
        ]


def test_archived_count_from_the_selector_is_reported():
    result = rank(Answers(), [], archived=3)
    assert result.excluded_counts[Constraint.ARCHIVED] == 3
    assert result.excluded_total == 3


def test_unknown_facts_keep_the_tool_and_say_so():
    answers = Answers(
        languages=frozenset({"fr"}),
        device="smartphone",
        free=True,
        read_aloud=True,
        easy_language=True,
        anonymous=True,
    )
    [item] = rank(answers, [tool("blank")]).ranked
    assert texts(item.watch) == [
        "onbekend in welke talen de tool werkt",
        "onbekend welk toestel de tool vraagt",
        "onbekend of de tool gratis is",
        "onbekend of de tool kan voorlezen",
        "onbekend of de tool eenvoudige taal gebruikt",
        "onbekend of anoniem contact kan",
        "nog niet gescreend",
    ]
    assert item.score == 0


def test_many_answers_at_once_explain_every_point():
    answers = Answers(
        needs=frozenset({"communicatie", "taal"}),
        languages=frozenset({"ar", "fr"}),
        device="smartphone",
        little_data=True,
        skills="first",
        free=True,
        anonymous=True,
        read_aloud=True,
        easy_language=True,
    )
    rich = tool(
        "rich",
        cost="free",
        needs=frozenset({"communicatie", "taal"}),
        languages={"ar": "Arabisch", "fr": "Frans"},
        platforms=frozenset({"web", "android"}),
        features=frozenset({"voorleesfunctie", "eenvoudige-taal"}),
        contact_modes=frozenset({"anonymous"}),
        requirements=(SMARTPHONE, ITSME, RequirementLink("internetverbinding", "Internet")),
        practice_count=5,
        screening=Screening(
            datetime.date(2026, 1, 1), criteria_met=6, criteria_assessed=9, data_outside_eu=True
        ),
    )
    plain = tool("plain", needs=frozenset({"taal"}), languages={"ar": "Arabisch"})
    result = rank(answers, [plain, rich])
    assert order(result) == ["rich", "plain"]
    item = result.ranked[0]
    assert texts(item.reasons) == [
        "past bij de vraag",
        "in het Arabisch",
        "in het Frans",
        "gratis",
        "kan voorlezen",
        "in eenvoudige taal",
        "anoniem contact mogelijk",
        "eenvoudig voor wie pas begint",
        "gebruikt in 5 praktijk(en) van collega's",
        "gescreend: 6 van 9 criteria voldaan",
        "werkt in de browser",
    ]
    assert texts(item.watch) == [
        "vraagt een internetverbinding (mobiele data)",
        "gegevens worden buiten de EU bewaard (volgens de screening)",
        "nodig: itsme",
    ]
    assert [note.requirement for note in item.watch][-1] == "itsme"
    w = WEIGHTS
    assert item.score == (
        2 * w.need_match + w.free + w.read_aloud + w.easy_language + w.anonymous
        + w.first_steps_simple + 2 * w.first_steps_per_requirement + w.little_data_internet
        + 3 * w.practice + w.screened + round(w.screened_good * 6 / 9) + w.browser
    )  # fmt: skip


def test_privacy_watch_only_where_the_screening_says_so():
    kept = Screening(datetime.date(2026, 1, 1), criteria_met=9, criteria_assessed=9)
    [item] = rank(Answers(), [tool("eu", screening=kept)]).ranked
    assert "buiten de EU" not in " ".join(texts(item.watch))


@pytest.mark.parametrize(
    "answers",
    [
        Answers(needs=frozenset({"<script>", "' OR 1=1 --"}), languages=frozenset({"xx"})),
        Answers(device="smartphone", skills="first", languages=frozenset()),
    ],
)
def test_hostile_or_odd_answers_never_fail(answers):
    tools = [tool("a", languages={"nl": "Nederlands"}), tool("b")]
    result = rank(answers, tools)
    assert result.excluded_total + len(result.ranked) == 2


# A catalogue with every kind of fact, for the cases that must hold for any answers.
VARIED_TOOLS = [
    tool(
        "rich",
        cost="free",
        needs=frozenset({"communicatie", "taal"}),
        languages={"ar": "Arabisch", "fr": "Frans"},
        platforms=frozenset({"web", "android"}),
        features=frozenset({"voorleesfunctie", "eenvoudige-taal"}),
        contact_modes=frozenset({"anonymous"}),
        requirements=(SMARTPHONE, ITSME, RequirementLink("internetverbinding", "Internet")),
        requires_account=True,
        practice_count=2,
        screening=Screening(
            datetime.date(2026, 1, 1), criteria_met=2, criteria_assessed=3, data_outside_eu=True
        ),
    ),
    tool("blank"),
    tool(
        "app-only",
        cost="paid",
        needs=frozenset({"communicatie"}),
        languages={"nl": "Nederlands"},
        platforms=frozenset({"android", "ios"}),
        contact_modes=frozenset({"chat"}),
        features=frozenset({"pictogrammen"}),
    ),
    tool(
        "either-device",
        cost="freemium",
        needs=frozenset({"taal"}),
        platforms=frozenset({"windows"}),
        requirements=(
            RequirementLink("smartphone", "Smartphone", choice_group=1),
            RequirementLink("computer", "Computer", choice_group=1),
            ITSME,
        ),
        requires_account=False,
        practice_count=7,
    ),
    tool("desktop", name="Desktop", platforms=frozenset({"macos"}), requirements=(COMPUTER,)),
]
ANSWER_GRID = [
    Answers(
        needs=needs,
        languages=languages,
        device=device,
        little_data=flags[0],
        skills=skills,
        free=flags[1],
        anonymous=flags[2],
        together=flags[3],
        read_aloud=flags[4],
        easy_language=flags[5],
    )
    for needs in (frozenset(), frozenset({"communicatie"}), frozenset({"communicatie", "taal"}))
    for languages in (frozenset(), frozenset({"ar"}))
    for device in ("", "smartphone", "computer", "none")
    for skills in ("", "first")
    for flags in itertools.product((False, True), repeat=6)
]


def outcome(result, *, explained=None):
    ranked = result.ranked if explained is None else result.ranked[:explained]
    with translation.override("nl"):
        return (
            [(item.tool.slug, item.score) for item in result.ranked],
            [
                (
                    [str(note.text) for note in item.reasons],
                    [(str(note.text), note.requirement) for note in item.watch],
                )
                for item in ranked
            ],
            result.excluded_counts,
            result.excluded_total,
        )


def only_read(tool, answers):
    """`tool` with every fact `facts_read(answers)` leaves out emptied, and only the needs
    asked: what a selector may read."""
    read = facts_read(answers)
    defaults = ToolFacts._field_defaults
    emptied = tool._replace(**{name: defaults[name] for name in defaults if name not in read})
    return emptied._replace(needs=tool.needs & answers.needs) if "needs" in read else emptied


def test_facts_read_are_all_the_ranking_reads():
    for answers in ANSWER_GRID:
        narrowed = [only_read(t, answers) for t in VARIED_TOOLS]
        assert outcome(rank(answers, narrowed)) == outcome(rank(answers, VARIED_TOOLS)), answers


def test_explaining_only_the_first_ranks_and_counts_the_same():
    for answers in ANSWER_GRID[::7]:
        full = rank(answers, VARIED_TOOLS)
        first_two = rank(answers, VARIED_TOOLS, explain=2)
        assert outcome(first_two, explained=2) == outcome(full, explained=2), answers
        assert all(item.reasons is None and item.watch is None for item in first_two.ranked[2:])
