"""What the open data gives of each resource: one list of fields per resource.

The JSON records, the CSV columns and the OpenAPI schemas are all built from these lists,
so they cannot drift apart. A field's `value` receives the object and the `Context` of the
request (absolute links, facts looked up for the whole page at once).

Unknown stays unknown: an empty fact is `null` in JSON and an empty cell in CSV, never a
guess.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
NULLABLE_BOOLEAN = {"type": ["boolean", "null"]}
URI = {"type": "string", "format": "uri"}
NULLABLE_URI = {"type": ["string", "null"], "format": "uri"}
SLUGS = {"type": "array", "items": {"type": "string"}}


@dataclass
class Context:
    """What every record of one response shares."""

    absolute: Callable[[str], str]
    screenings: dict = field(default_factory=dict)  # tool id -> latest public screening


@dataclass(frozen=True)
class Field:
    name: str
    schema: dict
    description: str
    value: Callable[[Any, Context], Any]


@dataclass(frozen=True)
class Resource:
    name: str  # the path segment under /api/v1/ and the CSV file's name
    title: str
    description: str
    fields: tuple[Field, ...]

    def record(self, obj, context: Context) -> dict:
        return {f.name: f.value(obj, context) for f in self.fields}

    def schema(self) -> dict:
        return {
            "type": "object",
            "description": self.description,
            "required": [f.name for f in self.fields],
            "additionalProperties": False,
            "properties": {f.name: {**f.schema, "description": f.description} for f in self.fields},
        }


def _text(name: str) -> Callable[[Any, Context], str | None]:
    return lambda obj, _context: getattr(obj, name) or None


def _date(name: str) -> Callable[[Any, Context], str | None]:
    def value(obj, _context):
        found = getattr(obj, name)
        if found is None:
            return None
        return (found.date() if hasattr(found, "date") else found).isoformat()

    return value


def _slugs(name: str) -> Callable[[Any, Context], list[str]]:
    return lambda obj, _context: [term.slug for term in getattr(obj, name).all()]


def _page(obj, context: Context) -> str:
    return context.absolute(obj.get_absolute_url())


def _requirements(tool, _context) -> dict:
    needs = tool.requirement_needs()
    return {
        "always": [term.slug for term in needs.always],
        "one_of": [
            [[term.slug for term in option] for option in choice.options]
            for choice in needs.choices
        ],
    }


def _verified_facts(tool, _context) -> list[dict]:
    checks = sorted(tool.fact_checks.all(), key=lambda check: check.group)
    return [
        {"group": check.group, "verified_on": check.verified_on.isoformat()} for check in checks
    ]


def _screening(tool, context: Context) -> dict | None:
    screening = context.screenings.get(tool.pk)
    if screening is None:
        return None
    return {
        "published_on": screening.published_at.date().isoformat(),
        "framework_version": screening.version.number,
        "rescreen_due": screening.rescreen_due.isoformat() if screening.rescreen_due else None,
    }


def _term_field(name: str, what: str) -> Field:
    return Field(name, SLUGS, f"Slugs of the {what} (see the site's filters).", _slugs(name))


TOOLS = Resource(
    name="tools",
    title="Tools",
    description=(
        "A tool with a public page: current (`status` published) or archived (kept for "
        "history; never proposed). Texts are in Dutch."
    ),
    fields=(
        Field(
            "slug",
            STRING,
            "Stable identifier, also the last part of its page's URL.",
            _text("slug"),
        ),
        Field("name", STRING, "Name.", _text("name")),
        Field("url", URI, "Its page on Toolwijzer (Dutch).", _page),
        Field(
            "status", {"enum": ["published", "archived"]}, "Current or archived.", _text("status")
        ),
        Field("archived_on", NULLABLE_DATE, "When it was archived.", _date("archived_on")),
        Field(
            "kind",
            {"enum": ["app", "website", "platform", "device", "tool_type", None]},
            "What it is; null while a curator has not identified it.",
            _text("kind"),
        ),
        Field("summary", NULLABLE_STRING, "One line on what it is for.", _text("summary")),
        Field("description", NULLABLE_STRING, "Longer description.", _text("description")),
        Field("provider", NULLABLE_STRING, "Who offers it.", _text("provider")),
        Field("website_url", NULLABLE_URI, "Official website.", _text("website_url")),
        Field("android_url", NULLABLE_URI, "Google Play page.", _text("android_url")),
        Field("ios_url", NULLABLE_URI, "App Store page.", _text("ios_url")),
        Field(
            "cost",
            {"enum": ["free", "freemium", "paid", None]},
            "Cost; null when unknown.",
            _text("cost"),
        ),
        Field("cost_note", NULLABLE_STRING, "Note on the cost.", _text("cost_note")),
        _term_field("purposes", "purposes (the dossier's eight)"),
        _term_field("themes", "themes"),
        _term_field("target_groups", "target groups"),
        _term_field("sectors", "sectors"),
        _term_field("languages", "languages it is available in (ISO 639-1 where one exists)"),
        _term_field("platforms", "platforms"),
        _term_field("accessibility_features", "accessibility features"),
        _term_field("contact_modes", "ways of contact it offers"),
        Field(
            "requirements",
            {
                "type": "object",
                "properties": {
                    "always": SLUGS,
                    "one_of": {"type": "array", "items": {"type": "array", "items": SLUGS}},
                },
            },
            "What a person needs: every slug in `always`, and for each list in `one_of` one "
            "alternative (a list of slugs needed together).",
            _requirements,
        ),
        Field(
            "requires_account",
            NULLABLE_BOOLEAN,
            "Needs an account; null when unknown.",
            lambda o, _c: o.requires_account,
        ),
        Field(
            "shows_ads",
            NULLABLE_BOOLEAN,
            "Shows advertising; null when unknown.",
            lambda o, _c: o.shows_ads,
        ),
        Field(
            "is_must_use",
            {"type": "boolean"},
            "A government or service app people can hardly avoid ('moet-app').",
            lambda o, _c: o.is_must_use,
        ),
        Field(
            "aliases",
            SLUGS,
            "Other names it is known by.",
            lambda o, _c: [a.name for a in o.aliases.all()],
        ),
        Field(
            "verified_facts",
            {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "group": STRING,
                        "verified_on": {"type": "string", "format": "date"},
                    },
                },
            },
            "Groups of facts a curator checked, and when; facts outside them are unverified.",
            _verified_facts,
        ),
        Field(
            "screening",
            {
                "type": ["object", "null"],
                "properties": {
                    "published_on": {"type": "string", "format": "date"},
                    "framework_version": {"type": "integer"},
                    "rescreen_due": NULLABLE_DATE,
                },
            },
            "Its latest public screening against the quality criteria; null: not screened.",
            _screening,
        ),
        Field(
            "updated_at", {"type": "string", "format": "date"}, "Last change.", _date("updated_at")
        ),
    ),
)

PRACTICES = Resource(
    name="practices",
    title="Practices",
    description="A published practice: how social workers used tools, with its source. Dutch.",
    fields=(
        Field("slug", STRING, "Stable identifier.", _text("slug")),
        Field("title", STRING, "Title.", _text("title")),
        Field("url", URI, "Its page on Toolwijzer (Dutch).", _page),
        Field("summary", STRING, "Summary.", _text("summary")),
        Field("organisation_region", NULLABLE_STRING, "Region.", _text("organisation_region")),
        _term_field("sectors", "sectors"),
        _term_field("target_groups", "target groups"),
        _term_field("success_factors", "success factors seen"),
        Field("tools", SLUGS, "Slugs of the tools used.", _slugs("tools")),
        Field("language", NULLABLE_STRING, "Language of the text.", _text("language")),
        Field("source", NULLABLE_STRING, "Where it comes from.", _text("source")),
        Field("source_url", NULLABLE_URI, "Link to the source.", _text("source_url")),
        Field("published_on", NULLABLE_DATE, "When it was published.", _date("published_at")),
    ),
)

GUIDES = Resource(
    name="guides",
    title="Guides",
    description="A published step-by-step guide for a must-use app, for the worker who helps.",
    fields=(
        Field("slug", STRING, "Stable identifier.", _text("slug")),
        Field("title", STRING, "Title.", _text("title")),
        Field("url", URI, "Its page on Toolwijzer (Dutch).", _page),
        Field("for_whom", NULLABLE_STRING, "Who it is written for.", _text("for_whom")),
        Field("tools", SLUGS, "Slugs of the tools it is about.", _slugs("tools")),
        Field(
            "requirements",
            SLUGS,
            "Slugs of the requirements it helps with.",
            _slugs("requirements"),
        ),
        Field(
            "last_reviewed",
            NULLABLE_DATE,
            "When a curator last checked it.",
            _date("last_reviewed"),
        ),
    ),
)

RESOURCES = {resource.name: resource for resource in (TOOLS, PRACTICES, GUIDES)}
