"""Seed steps: corrections of the seed that installations loaded with an older seed receive.

A fresh installation gets the corrected seed straight from `catalogue/seed/`; an existing
one gets the same corrections here. `load_seed` runs every step that has not run yet in
this installation, once, after loading (recorded in `SeedStep`).

The loader's rule holds for every change: a value is changed only where it still is the old
seed value. Where a curator changed it, or verified its fact group (`ToolFactCheck`), the
curator's value stays, and the step reports it. Old and new values are written out here,
frozen: later edits of the seed do not change what a step does.

Steps
-----
`2026-12-trust` (issue 11, "trust that holds"):
- every seed tool credits the dossier as the dossier does (title; research by
  Arteveldehogeschool, opleiding sociaal werk, with the support of SAM);
- the 27 tools nobody identified yet have an unknown kind instead of "app";
- "CST" and "CovidSafe" are one tool: CovidSafe, archived (the Covid Safe Ticket ended in
  Belgium in 2022), with the other names "CST" and "Covid Safe Ticket" (their slugs
  redirect). The CST tool is removed only if nobody changed or used it;
- must-use only where the dossier says so (itsme, MyMinfin, Mijn Gezondheid): CovidSafe,
  NMBS-app, Bankapps and Online dossiers lose the flag;
- itsme, MyMinfin and Mijn Gezondheid say what a client needs, with alternatives;
- the requirement "eID en kaartlezer" is called "eID-kaart met kaartlezer".

`2026-12-translations` (issue 16, "inclusion"): French and English summaries of every seed
tool, Arabic, Turkish and Ukrainian ones of twenty, all marked for review, and a Dutch
easy-language summary for every seed tool (catalogue/seed/translations.py).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import router
from django.db.models.deletion import Collector
from django.utils import timezone
from django.utils.text import slugify

from .. import models, services
from ..signals import tools_changed

# --- Running steps ----------------------------------------------------------------------


@dataclass
class StepReport:
    changed: int = 0
    kept: list[str] = field(default_factory=list)
    # Tools written in bulk (no model signals): announced once, after the step.
    tool_ids: set[int] = field(default_factory=set)
    # The current seed tools (catalogue.seeding.ToolSeed), for steps that compare with them.
    seeds: list = field(default_factory=list)

    def keep(self, what: str) -> None:
        self.kept.append(what)


def run_pending(*, stdout, steps: list[tuple[str, Callable]] | None = None, seeds=()) -> list[str]:
    """Run the steps (default: the catalogue's) that have not run in this installation;
    returns their keys. Call inside the seed loader's transaction; `seeds` are the seed
    tools (catalogue.seeding.tool_seeds())."""
    steps = STEPS if steps is None else steps
    done = set(models.SeedStep.objects.values_list("key", flat=True))
    ran = []
    for key, step in steps:
        if key in done:
            continue
        report = StepReport(seeds=list(seeds))
        step(report)
        if report.tool_ids:
            tools_changed.send(sender=models.Tool, tool_ids=sorted(report.tool_ids))
        models.SeedStep.objects.create(key=key)
        ran.append(key)
        stdout.write(
            f"Seedstap {key}: {report.changed} waarden verbeterd, {len(report.kept)} "
            f"door een curator gewijzigde waarden behouden.\n"
        )
        for line in report.kept:
            stdout.write(f"  behouden: {line}\n")
    return ran


def set_if_old(obj, field_name: str, old, new, report: StepReport, label: str) -> bool:
    """Set `obj.<field_name>` to `new` if it still holds `old`; True when it changed (the
    caller saves). A value that is neither old nor new is a curator's: kept, reported."""
    current = getattr(obj, field_name)
    if current == new:
        return False
    if current == old:
        setattr(obj, field_name, new)
        report.changed += 1
        return True
    report.keep(f"{label}: {field_name}")
    return False


def verified_fields(tool: models.Tool) -> set[str]:
    """Fields of `tool` in a fact group a curator verified: a step leaves them alone."""
    return {
        name
        for check in tool.fact_checks.all()
        for name in models.FACT_GROUP_FIELDS[models.FactGroup(check.group)]
    }


# --- Step 2026-12-trust -------------------------------------------------------------------

OLD_DOSSIER = "Dossier Inspirerend digitaal sociaal werk (SAM / Arteveldehogeschool)"
NEW_DOSSIER = (
    "Dossier 'Inspirerend digitaal sociaal werk': praktijkgericht onderzoek van "
    "Arteveldehogeschool (opleiding sociaal werk), met de steun van SAM – steunpunt mens en "
    "samenleving"
)
SOURCE_SUFFIXES = [
    ", lijst 'Welke apps en tools zetten praktijkwerkers in?'",
    ", lopende tekst van 'Welke apps en tools zetten praktijkwerkers in?'",
    ", lijst en lopende tekst van 'Welke apps en tools zetten praktijkwerkers in?'",
    ", lopende tekst van 'Maar welke apps en websites worden nu in het welzijnswerk écht "
    "gebruikt?'",
]
# CovidSafe is now also the list's "CST": its source names the list and the running text.
SOURCE_SUFFIX_CHANGES = {"covidsafe": (SOURCE_SUFFIXES[1], SOURCE_SUFFIXES[2])}

UNIDENTIFIED = [
    "smartateljee",
    "zo-jong",
    "zipster",
    "bibster",
    "adhdhoezithetermee",
    "gimme",
    "sayhi",
    "sittool",
    "armen-tekort",
    "sorrybox",
    "silver-game",
    "gevoelsthermometer",
    "mezuri",
    "beslishulp-fara",
    "heyday",
    "wakosta",
    "m-path",
    "on-track-again",
    "povigo",
    "kassanova",
    "lifecity",
    "scheidingskoffer",
    "cst",
    "young-fenix",
    "lomap",
    "hoppler",
    "helper",
]
UNIDENTIFIED_NOTE = ("de soort (nu 'app' als standaard)", "de soort (nu 'onbekend')")

NOT_MUST_USE = ["covidsafe", "nmbs-app", "bankapps", "online-dossiers"]

TERM_NAMES = {
    "eid-en-kaartlezer": {
        "name": ("eID en kaartlezer", "eID-kaart met kaartlezer"),
        "name_fr": ("eID et lecteur de carte", "Carte eID avec lecteur de carte"),
        "name_en": ("eID and card reader", "eID card with card reader"),
    }
}

# Requirement links as (requirement slug, choice group, alternative).
REQUIREMENTS = {
    "itsme": (
        {("smartphone", None, None)},
        {
            ("smartphone", None, None),
            ("gsm-nummer", None, None),
            ("eid-en-kaartlezer", 1, 1),
            ("computer", 1, 1),
            ("bankapp", 1, 2),
        },
    ),
    "myminfin": (set(), {("itsme", 1, 1), ("eid-en-kaartlezer", 1, 2)}),
    "mijn-gezondheid": (set(), {("itsme", 1, 1), ("eid-en-kaartlezer", 1, 2)}),
}

ARCHIVE = {
    "covidsafe": (
        "2026-12-02",
        "Het Covid Safe Ticket, waarvoor deze app diende, wordt in België sinds 2022 niet meer "
        "gebruikt.",
    )
}
ALIASES = {"covidsafe": ["CST", "Covid Safe Ticket"]}

# The CST tool as the old seed created it: removed only while it is exactly this.
MERGED = {"cst": "covidsafe"}
CST_OLD = {
    "name": "CST",
    "kind": "app",
    "summary": "Praktijkwerkers noemen deze tool in het dossier onder 'Toegang overheid & "
    "dienstverlening'.",
    "description": "Over deze tool is nog geen nagekeken informatie. Het dossier noemt ze in de "
    "lijst van apps en tools die praktijkwerkers inzetten.",
    "provider": "",
    "website_url": "",
    "android_url": "",
    "ios_url": "",
    "cost": "",
    "cost_note": "",
    "privacy_policy_url": "",
    "privacy_notes": "",
    "requires_account": None,
    "shows_ads": None,
    "is_must_use": False,
    "status": "published",
    "source": OLD_DOSSIER + SOURCE_SUFFIXES[0],
    "curator_note": "Dossierlijst: 'CST' (Toegang overheid & dienstverlening).\n"
    "Niet zeker welke tool dit is: alleen de naam en de categorie komen uit het dossier. Nog "
    "op te zoeken: wat de tool doet, de soort (nu 'app' als standaard), aanbieder, links, "
    "platformen, kostprijs, talen, doelgroepen en of ze nog bestaat.\n"
    "Waarschijnlijk het Covid Safe Ticket (zie CovidSafe); na te kijken. Indien zo: "
    "samenvoegen met of koppelen aan CovidSafe, moet-app aanvinken en archiveren als het niet "
    "meer bestaat.",
}
CST_OLD_PURPOSES = {"toegang-overheid-en-dienstverlening"}

# Texts (old, new) of the tools whose facts or notes changed.
TOOL_TEXTS = {
    "itsme": {
        "description": (
            (
                "Praktijkwerkers noemen itsme een 'moet-app': zonder zo'n app geraken burgers "
                "bijna niet meer aan hun persoonlijke gegevens. Het installeren vraagt volgens het "
                "dossier best veel moeite. Een digibankmedewerker vertelt dat mensen voor itsme "
                "wel om hulp komen vragen, en dat dit een opening geeft om ook hun digitale "
                "vaardigheden te polsen."
            ),
            (
                "Praktijkwerkers noemen itsme een 'moet-app': zonder zo'n app geraken burgers "
                "bijna niet meer aan hun persoonlijke gegevens. Het installeren vraagt volgens het "
                "dossier best veel moeite. Een digibankmedewerker vertelt dat mensen voor itsme "
                "wel om hulp komen vragen, en dat dit een opening geeft om ook hun digitale "
                "vaardigheden te polsen.\n"
                "\n"
                "Je hebt een smartphone met een gsm-nummer nodig. Om itsme te activeren heb je je "
                "eID-kaart met een kaartlezer aan een computer nodig, of de app van een bank die "
                "met itsme samenwerkt. De digibankmedewerker zegt dat mensen naast hun gsm ook een "
                "laptop nodig hebben."
            ),
        ),
        "curator_note": (
            (
                "Dossierlijst: 'Itsme' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'Itsme'.\n"
                "Wat je nodig hebt om itsme te activeren (eID en kaartlezer, bankapp, gsm-nummer, "
                "computer: de digibankmedewerker zegt dat mensen er ook een laptop voor nodig "
                "hebben) nog na te kijken en als vereisten in te vullen. App-winkellinks nog na te "
                "kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
            (
                "Dossierlijst: 'Itsme' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'Itsme'.\n"
                "Vereisten volgens itsme en het dossier (digibank: gsm én laptop). Na te kijken op "
                "itsme-id.com: of een Belgisch gsm-nummer nodig is of ook een buitenlands "
                "volstaat, welke banken meedoen, en of er intussen andere manieren zijn om te "
                "activeren (bv. de chip van de eID lezen met de smartphone). App-winkellinks nog "
                "na te kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
        ),
    },
    "myminfin": {
        "description": (
            (
                "Aanmelden gaat bijvoorbeeld met itsme of met je eID en een kaartlezer. Het "
                "dossier noemt Minfin bij de overheidsapps die praktijkwerkers soms 'moet-apps' "
                "noemen: zonder zo'n app geraken burgers bijna niet aan hun persoonlijke gegevens."
            ),
            (
                "Aanmelden gaat met itsme of met je eID-kaart, een kaartlezer en je pincode. Het "
                "dossier noemt Minfin bij de overheidsapps die praktijkwerkers soms 'moet-apps' "
                "noemen: zonder zo'n app geraken burgers bijna niet aan hun persoonlijke gegevens."
            ),
        ),
        "curator_note": (
            (
                "Dossierlijst: 'Myminfin' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'Minfin'.\n"
                "Dossierlabels 'Myminfin' (lijst) en 'Minfin' (tekst). Vereisten niet ingevuld "
                "omdat aanmelden met itsme OF eID en kaartlezer kan (het veld kent geen 'of'). "
                "Engelse versie en de link nog na te kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, vereisten, toegankelijkheid, "
                "privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
            (
                "Dossierlijst: 'Myminfin' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'Minfin'.\n"
                "Dossierlabels 'Myminfin' (lijst) en 'Minfin' (tekst). Vereisten: aanmelden met "
                "itsme of met eID-kaart, kaartlezer en pincode; na te kijken of ook andere "
                "digitale sleutels van de federale overheid werken (bv. een beveiligingscode via "
                "een app). Engelse versie en de link nog na te kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
        ),
    },
    "mijn-gezondheid": {
        "description": (
            (
                "Het dossier noemt Mijn Gezondheid bij de overheidsapps die praktijkwerkers "
                "'moet-apps' noemen. Aanmelden gaat bijvoorbeeld met itsme of met je eID en een "
                "kaartlezer."
            ),
            (
                "Het dossier noemt Mijn Gezondheid bij de overheidsapps die praktijkwerkers "
                "'moet-apps' noemen. Aanmelden gaat met itsme of met je eID-kaart, een kaartlezer "
                "en je pincode."
            ),
        ),
        "curator_note": (
            (
                "Lopende tekst: 'Mijn gezondheid'.\n"
                "Categorie afgeleid uit de lopende tekst (niet uit de lijst): Toegang overheid & "
                "dienstverlening.\n"
                "Vereisten niet ingevuld omdat aanmelden met itsme OF eID en kaartlezer kan. Welke "
                "federale dienst de aanbieder is, welke gegevens je er precies vindt en of er een "
                "app is, nog na te kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, vereisten, toegankelijkheid, "
                "privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
            (
                "Lopende tekst: 'Mijn gezondheid'.\n"
                "Categorie afgeleid uit de lopende tekst (niet uit de lijst): Toegang overheid & "
                "dienstverlening.\n"
                "Vereisten: aanmelden met itsme of met eID-kaart, kaartlezer en pincode; na te "
                "kijken of ook andere digitale sleutels van de federale overheid werken. Welke "
                "federale dienst de aanbieder is, welke gegevens je er precies vindt en of er een "
                "app is, nog na te kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
        ),
    },
    "covidsafe": {
        "description": (
            (
                "Een digibankmedewerker vertelt in het dossier dat mensen voor itsme en CovidSafe "
                "wel om hulp kwamen vragen, omdat ze de app niet geïnstalleerd kregen of geen "
                "kaartlezer hadden."
            ),
            (
                "Een digibankmedewerker vertelt in het dossier dat mensen voor itsme en CovidSafe "
                "wel om hulp kwamen vragen, omdat ze de app niet geïnstalleerd kregen of geen "
                "kaartlezer hadden. De lijst van het dossier noemt het Covid Safe Ticket 'CST'."
            ),
        ),
        "curator_note": (
            (
                "Lopende tekst: 'CovidSafe'.\n"
                "Categorie afgeleid uit de lopende tekst (niet uit de lijst): Toegang overheid & "
                "dienstverlening.\n"
                "Na te kijken of de app en de website (vroeger covidsafe.be) nog bestaan; zo niet: "
                "archiveren. Link bewust niet ingevuld. Aanbieder (welke overheden) nog na te "
                "kijken.\n"
                "Nog leeg (onbekend): aanbieder, website, Android-link, iOS-link, talen, "
                "toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
            (
                "Dossierlijst: 'CST' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'CovidSafe'.\n"
                "Dossierlabels 'CST' (lijst) en 'CovidSafe' (tekst): één tool, met 'CST' als "
                "andere naam. Gearchiveerd: het Covid Safe Ticket bestaat in België niet meer "
                "sinds 2022. Geen moet-app meer (en het dossier noemt het niet bij de moet-apps). "
                "Na te kijken: of de app nog in de app-winkels staat en welke overheden de "
                "aanbieder waren.\n"
                "Nog leeg (onbekend): aanbieder, website, Android-link, iOS-link, talen, "
                "toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
        ),
    },
    "nmbs-app": {
        "curator_note": (
            (
                "Dossierlijst: 'NMBS-app' (Toegang overheid & dienstverlening).\n"
                "App-winkellinks en talen nog na te kijken.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
            (
                "Dossierlijst: 'NMBS-app' (Toegang overheid & dienstverlening).\n"
                "App-winkellinks en talen nog na te kijken. Geen moet-app: het dossier noemt de "
                "NMBS-app niet bij de moet-apps; pas aanvinken met een bron die dat zegt.\n"
                "Nog leeg (onbekend): Android-link, iOS-link, toegankelijkheid, privacy.\n"
                "Ingevulde feiten (links, kostprijs, talen, platformen) zijn nog niet door een "
                "curator nagekeken."
            ),
        ),
    },
    "bankapps": {
        "curator_note": (
            (
                "Dossierlijst: 'Bankapps' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'bankapps'.\n"
                "Nog geen concrete bankapps in de catalogus (het dossier noemt er geen). Vereisten "
                "(bankkaart, kaartlezer) per bank verschillend."
            ),
            (
                "Dossierlijst: 'Bankapps' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'bankapps'.\n"
                "Nog geen concrete bankapps in de catalogus (het dossier noemt er geen). Vereisten "
                "(bankkaart, kaartlezer) per bank verschillend. Geen moet-app: het dossier noemt "
                "bankapps niet bij de moet-apps; pas aanvinken met een bron die dat zegt."
            ),
        ),
    },
    "online-dossiers": {
        "curator_note": (
            (
                "Dossierlijst: 'Online dossiers' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'Dossiers van mutualiteiten en vakbonden ... online'.\n"
                "Nog geen concrete voorbeelden (ziekenfondsen, vakbonden) in de catalogus."
            ),
            (
                "Dossierlijst: 'Online dossiers' (Toegang overheid & dienstverlening).\n"
                "Lopende tekst: 'Dossiers van mutualiteiten en vakbonden ... online'.\n"
                "Nog geen concrete voorbeelden (ziekenfondsen, vakbonden) in de catalogus. Geen "
                "moet-app: het dossier noemt online dossiers niet bij de moet-apps; pas aanvinken "
                "met een bron die dat zegt."
            ),
        ),
    },
}


def _correct_terms(report: StepReport) -> None:
    for slug, changes in TERM_NAMES.items():
        term = models.Requirement.objects.filter(slug=slug).first()
        if term is None:
            continue
        changed = [
            name
            for name, (old, new) in changes.items()
            if set_if_old(term, name, old, new, report, f"vereiste {slug}")
        ]
        if changed:
            models.Requirement.objects.filter(pk=term.pk).update(
                **{name: getattr(term, name) for name in changed}
            )
            report.tool_ids.update(term.tools.values_list("pk", flat=True))


def _correct_source(tool: models.Tool, report: StepReport) -> bool:
    old_suffix, new_suffix = SOURCE_SUFFIX_CHANGES.get(tool.slug, (None, None))
    for suffix in SOURCE_SUFFIXES:
        if tool.source == OLD_DOSSIER + suffix:
            suffix_now = new_suffix if suffix == old_suffix else suffix
            return set_if_old(
                tool, "source", tool.source, NEW_DOSSIER + suffix_now, report, tool.slug
            )
    if not tool.source.startswith(NEW_DOSSIER):
        report.keep(f"{tool.slug}: source")
    return False


def _correct_tool(tool: models.Tool, report: StepReport, texts: dict) -> None:
    locked = verified_fields(tool)
    changed = []
    if _correct_source(tool, report):
        changed.append("source")
    if tool.slug in UNIDENTIFIED:
        if "kind" not in locked and set_if_old(tool, "kind", "app", "", report, tool.slug):
            changed.append("kind")
        old_phrase, new_phrase = UNIDENTIFIED_NOTE
        if old_phrase in tool.curator_note and tool.slug not in texts:
            old = tool.curator_note
            if set_if_old(
                tool, "curator_note", old, old.replace(old_phrase, new_phrase), report, tool.slug
            ):
                changed.append("curator_note")
    if (
        tool.slug in NOT_MUST_USE
        and "is_must_use" not in locked
        and set_if_old(tool, "is_must_use", True, False, report, tool.slug)
    ):
        changed.append("is_must_use")
    for name, (old, new) in texts.get(tool.slug, {}).items():
        if name not in locked and set_if_old(tool, name, old, new, report, tool.slug):
            changed.append(name)
    if changed:
        models.Tool.objects.filter(pk=tool.pk).update(
            **{name: getattr(tool, name) for name in changed}, updated_at=timezone.now()
        )
        report.tool_ids.add(tool.pk)
    if tool.slug in REQUIREMENTS and "requirements" not in locked:
        _correct_requirements(tool, report)


def _correct_requirements(tool: models.Tool, report: StepReport) -> None:
    old, new = REQUIREMENTS[tool.slug]
    links = list(tool.requirement_links.select_related("requirement"))
    current = {(link.requirement.slug, link.choice_group, link.alternative) for link in links}
    if current == new:
        return
    if current != old:
        report.keep(f"{tool.slug}: requirements")
        return
    terms = dict(models.Requirement.objects.values_list("slug", "pk"))
    missing = {slug for slug, _group, _alternative in new} - set(terms)
    if missing:  # a curator removed a term the correction needs
        report.keep(f"{tool.slug}: requirements (vereiste {sorted(missing)} ontbreekt)")
        return
    rows = [
        models.ToolRequirement(
            tool=tool, requirement_id=terms[slug], choice_group=group, alternative=alternative
        )
        for slug, group, alternative in sorted(new, key=lambda row: (row[1] or 0, row[2] or 0))
    ]
    for row in rows:
        row.full_clean(validate_unique=False)
    models.ToolRequirement.objects.filter(pk__in=[link.pk for link in links]).delete()
    models.ToolRequirement.objects.bulk_create(rows)
    report.tool_ids.add(tool.pk)
    report.changed += 1


def _is_untouched_old_cst(tool: models.Tool) -> bool:
    """The CST tool exactly as the old seed made it, and used by nothing else."""
    if any(getattr(tool, name) != value for name, value in CST_OLD.items()):
        return False
    if set(tool.purposes.values_list("slug", flat=True)) != CST_OLD_PURPOSES:
        return False
    own_links = {field.remote_field.through for field in models.Tool._meta.many_to_many} | {
        models.Tool
    }
    collector = Collector(using=router.db_for_write(models.Tool))
    collector.collect([tool])
    hit = {model for model, objects in collector.data.items() if objects}
    hit |= {queryset.model for queryset in collector.fast_deletes if queryset.exists()}
    # Its own links and its search document (derived data) may go; anything else is a use.
    return all(model in own_links or model._meta.app_label == "search" for model in hit)


def _merge(report: StepReport) -> None:
    for old_slug, kept_slug in MERGED.items():
        old = models.Tool.objects.filter(slug=old_slug).first()
        if old is None:
            continue
        if models.Tool.objects.filter(slug=kept_slug).exists() and _is_untouched_old_cst(old):
            old.delete()
            report.changed += 1
        else:
            report.keep(f"{old_slug}: niet samengevoegd met {kept_slug} (gewijzigd of in gebruik)")


def _archive_and_alias(report: StepReport) -> None:
    for slug, (on, reason) in ARCHIVE.items():
        tool = models.Tool.objects.filter(slug=slug).first()
        if tool is None:
            continue
        if tool.status == models.Tool.Status.PUBLISHED:
            services.tool_archive(
                tool=tool, reason=reason, by=None, on=datetime.date.fromisoformat(on)
            )
            report.changed += 1
        elif tool.status != models.Tool.Status.ARCHIVED:
            report.keep(f"{slug}: status")
    for slug, names in ALIASES.items():
        tool = models.Tool.objects.filter(slug=slug).first()
        if tool is None:
            continue
        for name in names:
            alias_slug = slugify(name)
            if models.ToolAlias.objects.filter(slug=alias_slug).exists():
                continue
            if models.Tool.objects.filter(slug=alias_slug).exists():
                report.keep(f"{slug}: andere naam {name} (een tool heeft die slug)")
                continue
            services.tool_alias_add(tool=tool, name=name, slug=alias_slug)
            report.changed += 1


def trust_corrections(report: StepReport) -> None:
    texts = TOOL_TEXTS
    _correct_terms(report)
    # First, while the CST tool still has its old values to compare with.
    _merge(report)
    slugs = {*UNIDENTIFIED, *NOT_MUST_USE, *REQUIREMENTS, *texts}
    tools = models.Tool.objects.filter(source__startswith=OLD_DOSSIER) | models.Tool.objects.filter(
        slug__in=slugs
    )
    for tool in tools.distinct().prefetch_related("fact_checks").order_by("pk"):
        _correct_tool(tool, report, texts)
    _archive_and_alias(report)


# --- 2026-12-translations (issue 16) ------------------------------------------------------


def seed_translations(report: StepReport) -> None:
    """Add the seed translations (catalogue/seed/translations.py), marked for review, and
    the Dutch easy-language summaries. A tool whose Dutch summary a curator changed gets
    neither (the seed texts translate the old summary); a language a curator already wrote
    a translation in, or an easy summary a curator wrote, stays as it is."""
    from . import translations

    seeds = {seed.slug: seed for seed in report.seeds}
    texts = translations.seed_translations(seeds.values())
    easy = translations.seed_easy_summaries(seeds.values())
    tools = models.Tool.objects.filter(slug__in=list(seeds)).prefetch_related("translations")
    # In bulk (a first load stays a few queries); the tools are announced after the step.
    new_translations, easy_tools = [], []
    for tool in tools.order_by("pk"):
        seed = seeds[tool.slug]
        if tool.summary != seed.fields["summary"]:
            report.keep(f"{tool.slug}: samenvatting (door een curator gewijzigd, niet vertaald)")
            continue
        written = {t.language for t in tool.translations.all()}
        for language, summary in texts[tool.slug].items():
            if language in written:
                report.keep(f"{tool.slug}: vertaling {language}")
                continue
            translation = models.ToolTranslation(
                tool=tool, language=language, summary=summary, needs_review=True
            )
            translation.full_clean(exclude=["tool"], validate_unique=False)
            new_translations.append(translation)
            report.tool_ids.add(tool.pk)
        if tool.easy_summary:
            report.keep(f"{tool.slug}: samenvatting in eenvoudige taal")
        else:
            tool.easy_summary = easy[tool.slug]
            tool.full_clean(validate_unique=False)
            easy_tools.append(tool)
            report.tool_ids.add(tool.pk)
    models.ToolTranslation.objects.bulk_create(new_translations)
    models.Tool.objects.bulk_update(easy_tools, ["easy_summary"])
    report.changed += len(new_translations) + len(easy_tools)


STEPS: list[tuple[str, Callable]] = [
    ("2026-12-trust", trust_corrections),
    ("2026-12-translations", seed_translations),
]
