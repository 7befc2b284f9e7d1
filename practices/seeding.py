"""Seed the success factors and the dossier's practices. Idempotent: creates missing rows
only (looked up by slug), so reloading never overwrites what a curator changed.

Corrections that existing installations receive are seed steps (the catalogue's mechanism,
`catalogue.seed.steps`): each runs once and changes a value only where it still is the old
seed value.

Runs after the catalogue's seed: practices link to catalogue tools, sectors and target
groups by slug. A tool that is not in the catalogue becomes a suggestion for curators.
"""

from django.db import transaction
from django.utils import timezone

from catalogue.models import Sector, TargetGroup, Tool
from catalogue.seed.steps import StepReport, run_pending, set_if_old

from .models import Practice, Quote, SuccessFactor, ToolSuggestion
from .seed import OLD_SOURCE, PRACTICES, SOURCE, SUCCESS_FACTORS


def _load_success_factors() -> int:
    created = 0
    for position, (slug, name, name_fr, name_en, group) in enumerate(SUCCESS_FACTORS, start=1):
        _factor, was_created = SuccessFactor.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "name_en": name_en,
                "group": group,
                "position": position,
            },
        )
        created += was_created
    return created


def _link_tools(practice: Practice, tools, stdout) -> None:
    for candidates, name in tools:
        tool = Tool.objects.filter(slug__in=candidates).order_by("slug").first()
        if tool is None:
            tool = Tool.objects.filter(name__iexact=name).first()
        if tool is not None:
            practice.tools.add(tool)
        else:
            ToolSuggestion.objects.get_or_create(practice=practice, name=name)
            stdout.write(f"  practices: '{name}' is not in the catalogue; stored as a suggestion.")


def _create_practice(data: dict, now, stdout) -> Practice:
    practice = Practice(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        story=data["story"],
        what_worked=data.get("what_worked", ""),
        what_did_not=data.get("what_did_not", ""),
        organisation_name=data.get("organisation_name", ""),
        organisation_type=data.get("organisation_type", ""),
        organisation_region="",
        source=SOURCE,
        origin=Practice.Origin.SEED,
        status=Practice.Status.PUBLISHED,
        consent_to_publish=True,
        curator_note=data.get("curator_note", ""),
        published_at=now,
    )
    practice.full_clean()
    practice.save()
    practice.sectors.set(Sector.objects.filter(slug__in=data["sectors"]))
    practice.target_groups.set(TargetGroup.objects.filter(slug__in=data["target_groups"]))
    practice.success_factors.set(SuccessFactor.objects.filter(slug__in=data["factors"]))
    for position, (text, role) in enumerate(data["quotes"]):
        Quote.objects.create(practice=practice, text=text, speaker_role=role, position=position)
    _link_tools(practice, data["tools"], stdout)
    missing_terms = (
        set(data["sectors"]) - set(practice.sectors.values_list("slug", flat=True))
    ) | (set(data["target_groups"]) - set(practice.target_groups.values_list("slug", flat=True)))
    if missing_terms:
        stdout.write(f"  practices: {data['slug']}: unknown terms {sorted(missing_terms)}.")
    return practice


def _credit_the_dossier(report: StepReport) -> None:
    """Seed practices credit the research as the dossier does (Arteveldehogeschool, with the
    support of SAM), unless a curator changed their source."""
    slugs = [data["slug"] for data in PRACTICES]
    for practice in Practice.objects.filter(slug__in=slugs, origin=Practice.Origin.SEED):
        if set_if_old(practice, "source", OLD_SOURCE, SOURCE, report, practice.slug):
            practice.save(update_fields=["source", "updated_at"])


SEED_STEPS = [("practices-2026-12-source-credit", _credit_the_dossier)]


@transaction.atomic
def load_seed(*, stdout) -> None:
    factors = _load_success_factors()
    now = timezone.now()
    existing = set(Practice.objects.values_list("slug", flat=True))
    created = 0
    for data in PRACTICES:
        if data["slug"] in existing:
            continue
        _create_practice(data, now, stdout)
        created += 1
    stdout.write(f"practices: {factors} success factors and {created} practices created.")
    run_pending(stdout=stdout, steps=SEED_STEPS)
