import gzip
from io import StringIO

import pytest
from django.core.management import call_command

from catalogue.tests.factories import RequirementFactory, ToolFactory
from guides.models import Guide
from guides.tests.factories import full_guide

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_carry_guides_with_their_parts_and_links(tmp_path):
    itsme = ToolFactory(name="itsme")
    requirement = RequirementFactory(slug="itsme", name="itsme")
    full_guide(title="itsme activeren", slug="itsme-activeren", tools=[itsme])
    Guide.objects.get().requirements.add(requirement)
    backup = tmp_path / "backup.json.gz"
    call_command("backup", output=str(backup), stdout=StringIO())
    dump = gzip.decompress(backup.read_bytes()).decode()
    for model in ("guides.guide", "guides.guidestep", "guides.checklistitem", "guides.helplink"):
        assert f'"model": "{model}"' in dump

    Guide.objects.all().delete()
    call_command("restore", str(backup), replace=True, stdout=StringIO())
    guide = Guide.objects.get(slug="itsme-activeren")
    assert [step.title for step in guide.steps.all()] == ["Installeer de app", "Kies een code"]
    assert [item.text for item in guide.checklist.all()] == ["Identiteitskaart", "Kaartlezer"]
    assert [tool.slug for tool in guide.tools.all()] == ["itsme"]
    assert [r.slug for r in guide.requirements.all()] == ["itsme"]
