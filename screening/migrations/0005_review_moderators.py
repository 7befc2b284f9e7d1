"""Curators moderate members' reviews (and manage reviews, reports and trusted members in
the admin)."""

from django.db import migrations


def grant(apps, schema_editor):
    from screening.roles import roles_ensure

    roles_ensure(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0004_curator_permissions"),
        ("reviews", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
