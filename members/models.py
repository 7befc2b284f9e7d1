"""Members: people with an account of their own (allauth) who share their experience.

A member's profile asks only what a review's reader needs to weigh it: the sector they work
in and their role. Nothing else is stored about them besides their e-mail address.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.models import Sector


class MemberProfile(models.Model):
    class Role(models.TextChoices):
        SOCIAL_WORKER = "social_worker", _("Sociaal werker")
        VOLUNTEER = "volunteer", _("Vrijwilliger")
        STUDENT = "student", _("Student")
        CLIENT = "client", _("Cliënt")
        OTHER = "other", _("Andere")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profile",
        verbose_name=_("account"),
    )
    sector = models.ForeignKey(
        Sector,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sector"),
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("profiel van een lid")
        verbose_name_plural = _("profielen van leden")

    def __str__(self):
        return f"{self.user} · {self.get_role_display()}"
