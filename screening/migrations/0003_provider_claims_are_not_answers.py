"""A provider's self-assessment is a claim, not a screening answer.

Screenings made from a proposal used to start with the provider's answers and notes copied
into them ("Zelfbeoordeling van de aanbieder, nog na te gaan: ..."). This takes the copied
notes out of the evidence, and an answer that only repeats the provider's claim without the
screener's own evidence no longer counts: it becomes unanswered in an open screening (which
goes back to its screener) and "unknown" in a published one.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.utils import timezone

PREFIXES = (
    "Zelfbeoordeling van de aanbieder, nog na te gaan:",
    "Auto-évaluation du fournisseur, à vérifier :",
    "Provider's self-assessment, still to be checked:",
)
OPEN = ("draft", "in_review", "approved")
COMMENT = (
    "Antwoorden die alleen de zelfbeoordeling van de aanbieder herhaalden, tellen niet als "
    "screening en zijn weggehaald{published}."
)


def _without_copied_note(evidence: str, note: str) -> str:
    if not note:
        return evidence
    for prefix in PREFIXES:
        copied = f"{prefix} {note}"
        if evidence.startswith(copied):
            return evidence[len(copied) :].strip()
    return evidence


def claims_out_of_answers(apps, schema_editor):
    Screening = apps.get_model("screening", "Screening")
    ScreeningAnswer = apps.get_model("screening", "ScreeningAnswer")
    ScreeningEvent = apps.get_model("screening", "ScreeningEvent")
    SubmissionAnswer = apps.get_model("screening", "SubmissionAnswer")
    for screening in Screening.objects.filter(source_submission__isnull=False):
        claims = {
            claim.question_id: claim
            for claim in SubmissionAnswer.objects.filter(submission_id=screening.source_submission_id)
        }
        is_open = screening.status in OPEN
        changed = False
        for answer in ScreeningAnswer.objects.filter(screening=screening, question_id__in=claims):
            claim = claims[answer.question_id]
            evidence = _without_copied_note(answer.evidence, claim.note)
            value = answer.value
            own_evidence = bool(evidence.strip() or answer.evidence_url)
            if claim.value and value == claim.value and not own_evidence:
                value = "" if is_open else "unknown"
            if (value, evidence) != (answer.value, answer.evidence):
                answer.value, answer.evidence = value, evidence
                answer.save(update_fields=["value", "evidence"])
                changed = True
        if not changed:
            continue
        if is_open:
            action = "sent_back" if screening.status != "draft" else "saved"
            if screening.status != "draft":
                screening.status = "draft"
                screening.save(update_fields=["status"])
            comment = COMMENT.format(published=": ga ze zelf na")
        else:
            action = "saved"
            comment = COMMENT.format(published=" en staan nu op 'Onbekend'")
        ScreeningEvent.objects.create(
            screening=screening, action=action, actor=None, at=timezone.now(), comment=comment
        )


class Migration(migrations.Migration):
    dependencies = [
        ("screening", "0002_roles"),
    ]

    operations = [
        migrations.AlterField(
            model_name="screening",
            name="source_submission",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="screenings",
                to="screening.toolsubmission",
                verbose_name="voorstel van de aanbieder",
            ),
        ),
        migrations.RunPython(claims_out_of_answers, migrations.RunPython.noop),
    ]
