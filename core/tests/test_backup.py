import gzip
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from catalogue.models import Tool
from catalogue.tests.factories import PurposeFactory, ToolFactory


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_brings_the_data_back(tmp_path):
    purpose = PurposeFactory(slug="communicatie", name="Communicatie")
    ToolFactory(name="WhatsApp", purposes=[purpose])
    backup = tmp_path / "backup.json.gz"

    call_command("backup", output=str(backup), stdout=StringIO())
    assert b"WhatsApp" in gzip.decompress(backup.read_bytes())

    Tool.objects.all().delete()
    purpose.delete()
    call_command("restore", str(backup), stdout=StringIO())

    restored = Tool.objects.get(slug="whatsapp")
    assert [p.slug for p in restored.purposes.all()] == ["communicatie"]


@pytest.mark.django_db
def test_restore_explains_a_bad_file(tmp_path):
    bad = tmp_path / "not-a-backup.json.gz"
    bad.write_text("hello")
    with pytest.raises(CommandError, match="not a gzipped backup"):
        call_command("restore", str(bad))
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", str(tmp_path / "missing.gz"))
