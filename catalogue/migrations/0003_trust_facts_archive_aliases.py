import django.db.models.deletion
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    """Verified fact groups, archived tools (date, reason, who), other names of a tool, an
    unknown kind, and the listing order that puts archived tools last."""

    dependencies = [
        ("catalogue", "0002_tool_listing_order"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="tool",
            name="kind",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "Onbekend"),
                    ("app", "App"),
                    ("website", "Website"),
                    ("platform", "Platform"),
                    ("device", "Toestel"),
                    ("tool_type", "Soort tool"),
                ],
                default="",
                max_length=20,
                verbose_name="soort",
            ),
        ),
        migrations.AlterField(
            model_name="tool",
            name="last_verified",
            field=models.DateField(
                blank=True, editable=False, null=True, verbose_name="laatst nagekeken"
            ),
        ),
        migrations.AddField(
            model_name="tool",
            name="archived_on",
            field=models.DateField(blank=True, null=True, verbose_name="gearchiveerd op"),
        ),
        migrations.AddField(
            model_name="tool",
            name="archived_reason",
            field=models.TextField(
                blank=True,
                help_text="Waarom de tool niet meer bestaat of niet meer gebruikt wordt. Publiek.",
                max_length=1000,
                verbose_name="reden van archivering",
            ),
        ),
        migrations.AddField(
            model_name="tool",
            name="archived_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="gearchiveerd door",
            ),
        ),
        migrations.RemoveIndex(model_name="tool", name="catalogue_tool_listing_order"),
        migrations.AddIndex(
            model_name="tool",
            index=models.Index(
                models.OrderBy(models.F("status"), descending=True),
                django.db.models.functions.text.Lower("name"),
                models.F("id"),
                name="catalogue_tool_listing_order",
            ),
        ),
        migrations.CreateModel(
            name="ToolAlias",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=120, verbose_name="andere naam")),
                (
                    "slug",
                    models.SlugField(
                        help_text="/tools/<slug>/ verwijst voorgoed door naar de tool.",
                        max_length=140,
                        unique=True,
                        verbose_name="vroeger adres (slug)",
                    ),
                ),
                (
                    "tool",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="aliases",
                        to="catalogue.tool",
                    ),
                ),
            ],
            options={
                "verbose_name": "andere naam",
                "verbose_name_plural": "andere namen",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="ToolFactCheck",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "group",
                    models.CharField(
                        choices=[
                            ("description", "Doel en beschrijving"),
                            ("provider", "Aanbieder"),
                            ("cost", "Kostprijs"),
                            ("platforms", "Platformen en links"),
                            ("languages", "Talen en toegankelijkheid"),
                            ("requirements", "Wat je nodig hebt"),
                            ("privacy", "Privacy"),
                        ],
                        max_length=20,
                        verbose_name="feitengroep",
                    ),
                ),
                ("verified_on", models.DateField(verbose_name="nagekeken op")),
                (
                    "tool",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="fact_checks",
                        to="catalogue.tool",
                    ),
                ),
                (
                    "verified_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="nagekeken door",
                    ),
                ),
            ],
            options={
                "verbose_name": "nagekeken feitengroep",
                "verbose_name_plural": "nagekeken feitengroepen",
                "ordering": ["tool", "group"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("tool", "group"), name="one_check_per_fact_group"
                    )
                ],
            },
        ),
    ]
