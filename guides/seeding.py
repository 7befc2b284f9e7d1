"""Seed the guides for the dossier's must-use apps. Idempotent, like the catalogue's seed:

- a guide is looked up by slug and only created when missing; an existing guide is never
  changed (not its text, parts, links or status), so a curator's edits stay;
- tools and requirements are linked by slug, through catalogue.selectors, only when the
  guide is created; a slug that is not in the catalogue is reported and skipped;
- seeded guides are published, marked for a curator's review and never reviewed yet, so
  their page says that nobody has checked them.
A deleted seed guide comes back on the next load (unpublish it instead: make it a draft).

Runs after the catalogue's seed (INSTALLED_APPS order), which creates the tools.
"""

from django.db import transaction

from catalogue import selectors as catalogue_selectors

from .models import ChecklistItem, CommonProblem, Guide, GuideStep, HelpLink
from .seed import GUIDES


def _create_guide(data: dict, stdout) -> Guide:
    guide = Guide(
        slug=data["slug"],
        title=data["title"],
        for_whom=data["for_whom"],
        intro=data["intro"],
        referral=data["referral"],
        status=Guide.Status.PUBLISHED,
        needs_review=True,
        curator_note=data["curator_note"],
    )
    guide.full_clean()
    guide.save()
    parts = [
        *(
            ChecklistItem(guide=guide, text=text, detail=detail, position=position)
            for position, (text, detail) in enumerate(data["checklist"], start=1)
        ),
        *(
            GuideStep(guide=guide, title=title, text=text, tip=tip, position=position)
            for position, (title, text, tip) in enumerate(data["steps"], start=1)
        ),
        *(
            CommonProblem(guide=guide, problem=problem, solution=solution, position=position)
            for position, (problem, solution) in enumerate(data["problems"], start=1)
        ),
        *(
            HelpLink(guide=guide, title=title, url=url, position=position)
            for position, (title, url) in enumerate(data["help_links"], start=1)
        ),
    ]
    for part in parts:
        part.full_clean()
        part.save()
    tools = catalogue_selectors.tool_list_by_slugs(slugs=data["tools"])
    requirements = catalogue_selectors.requirement_list_by_slugs(slugs=data["requirements"])
    guide.tools.set(tools)
    guide.requirements.set(requirements)
    missing = (set(data["tools"]) - {tool.slug for tool in tools}) | (
        set(data["requirements"]) - {requirement.slug for requirement in requirements}
    )
    if missing:
        stdout.write(f"  guides: {data['slug']}: not in the catalogue: {sorted(missing)}.")
    return guide


@transaction.atomic
def load_seed(*, stdout) -> None:
    existing = set(
        Guide.objects.filter(slug__in=[data["slug"] for data in GUIDES]).values_list(
            "slug", flat=True
        )
    )
    created = 0
    for data in GUIDES:
        if data["slug"] in existing:
            continue
        _create_guide(data, stdout)
        created += 1
    stdout.write(f"guides: {created} guides created, {len(existing)} existed already.\n")
