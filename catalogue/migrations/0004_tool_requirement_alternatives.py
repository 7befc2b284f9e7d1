import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Requirements can be alternatives ("itsme, or an eID card with a card reader").

    The automatic many-to-many table of Tool.requirements becomes the model ToolRequirement
    on the same table (state only: its rows stay as they are), which then gets two columns:
    the choice group and the alternative within it.
    """

    dependencies = [
        ("catalogue", "0003_trust_facts_archive_aliases"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ToolRequirement",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "tool",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="requirement_links",
                                to="catalogue.tool",
                            ),
                        ),
                        (
                            "requirement",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="tool_links",
                                to="catalogue.requirement",
                                verbose_name="vereiste",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "vereiste van een tool",
                        "verbose_name_plural": "vereisten van een tool",
                        "db_table": "catalogue_tool_requirements",
                        "ordering": [
                            "choice_group",
                            "alternative",
                            "requirement__position",
                            "requirement__name",
                        ],
                        "unique_together": {("tool", "requirement")},
                    },
                ),
                migrations.AlterField(
                    model_name="tool",
                    name="requirements",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="tools",
                        through="catalogue.ToolRequirement",
                        to="catalogue.requirement",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name="toolrequirement",
            name="choice_group",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text=(
                    "Leeg: altijd nodig. Vereisten met hetzelfde nummer zijn alternatieven: één "
                    "ervan volstaat (bv. itsme of eID-kaart met kaartlezer)."
                ),
                null=True,
                verbose_name="keuzegroep",
            ),
        ),
        migrations.AddField(
            model_name="toolrequirement",
            name="alternative",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text=(
                    "Binnen een keuzegroep: vereisten met hetzelfde nummer zijn samen één "
                    "alternatief (bv. eID-kaart met kaartlezer en een computer)."
                ),
                null=True,
                verbose_name="samen met",
            ),
        ),
    ]
