from django.db import migrations


def curator_permissions(apps, schema_editor):
    from guides.permissions import curator_permissions_ensure

    curator_permissions_ensure(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(curator_permissions, migrations.RunPython.noop)]
