"""Load the seed catalogue: the taxonomies and the tools named in the dossier.

`load_seed(*, stdout)` is called by `manage.py load_seed` (and so by `make run`). It is
idempotent and never overwrites a curator's work:
- terms and tools are looked up by slug; only missing ones are created;
- an existing row is never changed by loading (not its fields, not its links);
- a tool's links (purposes, platforms, ..., examples, related tools), other names and
  archived state are only set when the loader creates that tool. Related tools are
  symmetrical, so a new tool's link also shows on the existing tool it points to.
- corrections of the seed that existing installations must receive are seed steps
  (`catalogue/seed/steps.py`): each runs once per installation, after loading, and changes
  a value only where it still is the old seed value (a curator's value is kept).
A deleted seed term or tool comes back on the next load: archive a tool instead of deleting it.

The data lives in `catalogue/seed/` (taxonomies.py, tools.py), which documents which dossier
label each tool stands for.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from . import models
from .seed import steps, taxonomies
from .seed.tools import SOURCE_LIST, SOURCE_LIST_AND_TEXT, SOURCE_TEXT, SOURCE_TEXT_INTRO, TOOLS

TERM_SEEDS = [
    (models.Purpose, taxonomies.PURPOSES),
    (models.Platform, taxonomies.PLATFORMS),
    (models.Language, taxonomies.LANGUAGES),
    (models.Theme, taxonomies.THEMES),
    (models.TargetGroup, taxonomies.TARGET_GROUPS),
    (models.Sector, taxonomies.SECTORS),
    (models.AccessibilityFeature, taxonomies.ACCESSIBILITY_FEATURES),
    (models.Requirement, taxonomies.REQUIREMENTS),
    (models.ContactMode, taxonomies.CONTACT_MODES),
]

# Tool M2M field -> term model.
TERM_FIELDS = {
    "purposes": models.Purpose,
    "platforms": models.Platform,
    "languages": models.Language,
    "themes": models.Theme,
    "target_groups": models.TargetGroup,
    "sectors": models.Sector,
    "accessibility_features": models.AccessibilityFeature,
    "requirements": models.Requirement,
    "contact_modes": models.ContactMode,
}

# Plain Tool fields a seed entry may give.
SCALAR_FIELDS = [
    "kind",
    "summary",
    "description",
    "provider",
    "website_url",
    "android_url",
    "ios_url",
    "cost",
    "cost_note",
    "privacy_policy_url",
    "privacy_notes",
    "requires_account",
    "shows_ads",
    "is_must_use",
]
URL_FIELDS = ["website_url", "android_url", "ios_url", "privacy_policy_url"]

SPEC_KEYS = (
    set(SCALAR_FIELDS)
    | (set(TERM_FIELDS) - {"purposes"})
    | {"name", "listed", "mentioned", "mentioned_intro", "text_purposes", "unknown", "note"}
    | {"examples", "related", "aliases", "archived", "requirement_choices"}
)

# Facts whose absence the curator note spells out ("Nog leeg").
CHECKED_FACTS = [
    ("provider", "aanbieder"),
    ("website_url", "website"),
    ("android_url", "Android-link"),
    ("ios_url", "iOS-link"),
    ("platforms", "platformen"),
    ("cost", "kostprijs"),
    ("languages", "talen"),
    ("requirements", "vereisten"),
    ("accessibility_features", "toegankelijkheid"),
    ("privacy_notes", "privacy"),
]

PURPOSE_NAMES = {row[0]: row[1] for row in taxonomies.PURPOSES}


@dataclass
class ToolSeed:
    """One seed tool, normalised from a `catalogue.seed.tools.TOOLS` entry."""

    name: str
    slug: str
    fields: dict
    terms: dict  # M2M field -> list of term slugs
    examples: list = field(default_factory=list)
    related: list = field(default_factory=list)
    listed: list = field(default_factory=list)  # (purpose slug, dossier label)
    mentioned: list = field(default_factory=list)  # running-text labels
    aliases: list = field(default_factory=list)  # other names (searchable, slug redirects)
    # Choice groups of requirements: alternatives, each a list of requirement slugs.
    requirement_choices: list = field(default_factory=list)

    def urls(self):
        return [self.fields[name] for name in URL_FIELDS if self.fields.get(name)]


def _unique(items):
    return list(dict.fromkeys(items))


def _quoted(labels):
    return ", ".join(f"'{label}'" for label in labels)


def _source(spec) -> str:
    listed = bool(spec.get("listed"))
    mentioned = bool(spec.get("mentioned"))
    if listed and mentioned:
        return SOURCE_LIST_AND_TEXT
    if listed:
        return SOURCE_LIST
    if mentioned:
        return SOURCE_TEXT
    return SOURCE_TEXT_INTRO


def _neutral_summary(purposes) -> str:
    names = " en ".join(f"'{PURPOSE_NAMES[slug]}'" for slug in purposes)
    return f"Praktijkwerkers noemen deze tool in het dossier onder {names}."


def _curator_note(spec, purposes, fields, terms) -> str:
    lines = []
    listed = spec.get("listed", [])
    if listed:
        labels = ", ".join(f"'{label}' ({PURPOSE_NAMES[slug]})" for slug, label in listed)
        lines.append(f"Dossierlijst: {labels}.")
    mentioned = spec.get("mentioned", []) + spec.get("mentioned_intro", [])
    if mentioned:
        lines.append(f"Lopende tekst: {_quoted(mentioned)}.")
    if spec.get("text_purposes"):
        names = ", ".join(PURPOSE_NAMES[slug] for slug in spec["text_purposes"])
        lines.append(f"Categorie afgeleid uit de lopende tekst (niet uit de lijst): {names}.")
    if spec.get("unknown"):
        lines.append(
            "Niet zeker welke tool dit is: alleen de naam en de categorie komen uit het "
            "dossier. Nog op te zoeken: wat de tool doet, de soort (nu 'onbekend'), "
            "aanbieder, links, platformen, kostprijs, talen, doelgroepen en of ze nog bestaat."
        )
    if spec.get("note"):
        lines.append(spec["note"])
    empty = [
        label
        for name, label in CHECKED_FACTS
        if not (terms.get(name) if name in TERM_FIELDS else fields.get(name))
        and not (name == "requirements" and spec.get("requirement_choices"))
    ]
    if spec.get("unknown") or fields["kind"] == models.Tool.Kind.TOOL_TYPE:
        return "\n".join(lines)
    if empty:
        lines.append(f"Nog leeg (onbekend): {', '.join(empty)}.")
    lines.append(
        "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
        "curator nagekeken."
    )
    return "\n".join(lines)


def tool_seeds() -> list[ToolSeed]:
    """The seed tools, normalised and checked for typos in their keys."""
    seeds = []
    for spec in TOOLS:
        unexpected = set(spec) - SPEC_KEYS
        if unexpected:
            raise ValueError(f"{spec['name']}: unknown seed keys {sorted(unexpected)}")
        purposes = _unique(
            [slug for slug, _label in spec.get("listed", [])] + spec.get("text_purposes", [])
        )
        terms = {name: list(spec.get(name, [])) for name in TERM_FIELDS if name != "purposes"}
        terms["purposes"] = purposes
        fields = {name: spec[name] for name in SCALAR_FIELDS if name in spec}
        if spec.get("unknown") and "kind" in fields:
            raise ValueError(f"{spec['name']}: an unidentified tool has no kind")
        fields.setdefault("kind", models.Tool.Kind.UNKNOWN)
        if spec.get("archived"):
            archived_on, reason = spec["archived"]
            fields["status"] = models.Tool.Status.ARCHIVED
            fields["archived_on"] = datetime.date.fromisoformat(archived_on)
            fields["archived_reason"] = reason
        if "summary" not in fields:
            fields["summary"] = _neutral_summary(purposes)
        if spec.get("unknown") and "description" not in fields:
            fields["description"] = (
                "Over deze tool is nog geen nagekeken informatie. Het dossier noemt ze in de "
                "lijst van apps en tools die praktijkwerkers inzetten."
            )
        fields["source"] = _source(spec)
        fields["curator_note"] = _curator_note(spec, purposes, fields, terms)
        choices = [
            [list(option) for option in choice] for choice in spec.get("requirement_choices", [])
        ]
        in_choices = {slug for choice in choices for option in choice for slug in option}
        if in_choices & set(terms["requirements"]):
            raise ValueError(f"{spec['name']}: a requirement is both needed and an alternative")
        seeds.append(
            ToolSeed(
                name=spec["name"],
                slug=slugify(spec["name"]),
                fields=fields,
                terms=terms,
                examples=list(spec.get("examples", [])),
                related=list(spec.get("related", [])),
                listed=list(spec.get("listed", [])),
                mentioned=spec.get("mentioned", []) + spec.get("mentioned_intro", []),
                aliases=list(spec.get("aliases", [])),
                requirement_choices=choices,
            )
        )
    return seeds


def _load_terms() -> int:
    added = 0
    for model, rows in TERM_SEEDS:
        existing = set(
            model.objects.filter(slug__in=[row[0] for row in rows]).values_list("slug", flat=True)
        )
        new = []
        for position, (slug, name, name_fr, name_en, *rest) in enumerate(rows, start=1):
            if slug in existing:
                continue
            term = model(
                slug=slug,
                name=name,
                name_fr=name_fr,
                name_en=name_en,
                description=rest[0] if rest else "",
                position=position,
            )
            term.full_clean(validate_unique=False)
            new.append(term)
        model.objects.bulk_create(new)
        added += len(new)
    return added


def _bulk_link(field_name, pairs, *, ignore_conflicts=False):
    """Insert rows (from pk, to pk) into the M2M table behind Tool.<field_name>."""
    m2m = models.Tool._meta.get_field(field_name)
    through = m2m.remote_field.through
    source, target = f"{m2m.m2m_field_name()}_id", f"{m2m.m2m_reverse_field_name()}_id"
    through.objects.bulk_create(
        [through(**{source: a, target: b}) for a, b in pairs], ignore_conflicts=ignore_conflicts
    )


def _load_tools() -> tuple[int, int]:
    seeds = tool_seeds()
    slugs = [seed.slug for seed in seeds]
    existing = set(models.Tool.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    new_seeds = [seed for seed in seeds if seed.slug not in existing]
    new_tools = []
    for seed in new_seeds:
        fields = {"status": models.Tool.Status.PUBLISHED, **seed.fields}
        tool = models.Tool(name=seed.name, slug=seed.slug, **fields)
        tool.full_clean(validate_unique=False)
        new_tools.append(tool)
    if not new_tools:
        return 0, len(existing)
    models.Tool.objects.bulk_create(new_tools)

    # Links are only set for the tools created just now.
    tool_pks = dict(models.Tool.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    for field_name, term_model in TERM_FIELDS.items():
        term_pks = dict(term_model.objects.values_list("slug", "pk"))
        _bulk_link(
            field_name,
            [
                (tool_pks[seed.slug], term_pks[term_slug])
                for seed in new_seeds
                for term_slug in seed.terms[field_name]
            ],
        )
    requirement_pks = dict(models.Requirement.objects.values_list("slug", "pk"))
    models.ToolRequirement.objects.bulk_create(
        [
            models.ToolRequirement(
                tool_id=tool_pks[seed.slug],
                requirement_id=requirement_pks[slug],
                choice_group=group,
                alternative=alternative,
            )
            for seed in new_seeds
            for group, choice in enumerate(seed.requirement_choices, start=1)
            for alternative, option in enumerate(choice, start=1)
            for slug in option
        ]
    )
    alias_slugs = [slugify(name) for seed in new_seeds for name in seed.aliases]
    taken = set(
        models.ToolAlias.objects.filter(slug__in=alias_slugs).values_list("slug", flat=True)
    )
    taken |= set(models.Tool.objects.filter(slug__in=alias_slugs).values_list("slug", flat=True))
    aliases = []
    for seed in new_seeds:
        for name in seed.aliases:
            if slugify(name) not in taken:
                taken.add(slugify(name))
                aliases.append(
                    models.ToolAlias(tool_id=tool_pks[seed.slug], name=name, slug=slugify(name))
                )
    models.ToolAlias.objects.bulk_create(aliases)
    _bulk_link(
        "examples",
        [(tool_pks[seed.slug], tool_pks[other]) for seed in new_seeds for other in seed.examples],
    )
    # Related tools are symmetrical: store both directions, once each.
    pairs = set()
    for seed in new_seeds:
        for other in seed.related:
            pairs.add((tool_pks[seed.slug], tool_pks[other]))
            pairs.add((tool_pks[other], tool_pks[seed.slug]))
    _bulk_link("related_tools", sorted(pairs), ignore_conflicts=True)
    return len(new_tools), len(existing)


@transaction.atomic
def load_seed(*, stdout):
    terms_added = _load_terms()
    added, existed = _load_tools()
    stdout.write(
        f"Catalogus: {added} tools toegevoegd, {existed} bestonden al "
        f"({terms_added} termen toegevoegd).\n"
    )
    steps.run_pending(stdout=stdout, seeds=tool_seeds())
