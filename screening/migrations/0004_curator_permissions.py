"""Curators get what README promises them: moderating practices, and managing the
catalogue's taxonomies, search synonyms and practices in the admin."""

from django.db import migrations


def grant(apps, schema_editor):
    from screening.roles import roles_ensure

    roles_ensure(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0003_provider_claims_are_not_answers"),
        ("catalogue", "0002_tool_listing_order"),
        ("practices", "0002_practice_language"),
        ("search", "0004_postgres_name_index"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
