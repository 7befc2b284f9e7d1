"""Every record of a database in a comparable form, and one restore "hop" in a fresh process.

`records()` is what tests/test_backup.py compares between the database a backup was made
from and each database it is restored into. Run as a program (with DATABASE_URL naming a
new, empty database), it is what an operator does:

    python -m core.tests.restore_probe BACKUP RECORDS_OUT [NEXT_BACKUP]

migrate, restore BACKUP, optionally back the restored database up again to NEXT_BACKUP,
add a row or two as the site would, and write the records as JSON to RECORDS_OUT.
"""

import json
import os
import sys
from io import StringIO

from django.core import serializers

# How each database represents a derived value (PostgreSQL's tsvector); not data.
VENDOR_SPECIFIC_FIELDS = {"vector"}


def _serialised(model) -> list[dict]:
    rows = serializers.serialize(
        "python", model._base_manager.order_by("pk"), use_natural_foreign_keys=True
    )
    for row in rows:
        for name in VENDOR_SPECIFIC_FIELDS & set(row["fields"]):
            del row["fields"][name]
        for field in model._meta.many_to_many:
            if field.name in row["fields"]:
                row["fields"][field.name] = sorted(row["fields"][field.name], key=json.dumps)
    return rows


def records() -> dict:
    """{model label: rows} of every model a backup holds, and of the derived ones (their
    own ids aside when those are arbitrary), as JSON-compatible data."""
    from core.backup import FullPrecisionEncoder, backed_up_models, derived_models

    data = {model._meta.label_lower: _serialised(model) for model in backed_up_models()}
    for model in derived_models():
        rows = _serialised(model)
        if not model._meta.pk.is_relation:
            rows = sorted((row["fields"] for row in rows), key=json.dumps)
        data[model._meta.label_lower] = rows
    return json.loads(json.dumps(data, cls=FullPrecisionEncoder))


def search_names(queries) -> dict:
    from catalogue.models import Tool
    from search.selectors import tool_queryset_matching

    return {
        query: sorted(
            tool.name for tool in tool_queryset_matching(queryset=Tool.objects.all(), query=query)
        )
        for query in queries
    }


def main(backup, records_out, next_backup=None):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("restore", backup, stdout=StringIO())
    result = {"records": records(), "search": search_names(["whatsapp", "pakhuis", "travis"])}
    if next_backup:
        call_command("backup", output=next_backup, stdout=StringIO())
    result["added_after_restore"] = _add_rows()
    with open(records_out, "w") as out:
        json.dump(result, out)


def _add_rows() -> list[str]:
    """New rows get new ids (PostgreSQL's sequences were moved past the restored ids)."""
    from django.contrib.auth.models import Group

    from catalogue.models import Tool

    tool = Tool.objects.create(name="Na de restore", slug="na-de-restore", summary="Nieuw.")
    group = Group.objects.create(name="Na de restore")
    return [tool.name, group.name]


if __name__ == "__main__":
    main(*sys.argv[1:])
