"""Give a person a role (or take it away) without a superuser's admin session."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from screening import roles, services


class Command(BaseCommand):
    help = (
        "Give a person a role: Screeners, Reviewers or Curatoren (curators also get staff "
        "status, for the admin). With --remove, take the role away. Without a role, show "
        "the person's roles."
    )

    def add_arguments(self, parser):
        parser.add_argument("person", help="user name or e-mail address")
        parser.add_argument("role", nargs="?", choices=roles.ROLES)
        parser.add_argument("--remove", action="store_true", help="take the role away")

    def handle(self, *args, person, role, remove, **options):
        user = self._find(person)
        if role is None:
            if remove:
                raise CommandError("Name the role to remove.")
        else:
            try:
                if remove:
                    changes = services.role_revoke(user=user, role=role)
                else:
                    changes = services.role_grant(user=user, role=role)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from error
            done = ", ".join(changes) if changes else "nothing to change"
            self.stdout.write(f"{user.get_username()}: {done}.")
        held = [name for name in roles.ROLES if user.groups.filter(name=name).exists()]
        staff = " (staff)" if user.is_staff else ""
        self.stdout.write(
            f"{user.get_username()}{staff} has the roles: {', '.join(held) or 'none'}."
        )

    def _find(self, person: str):
        User = get_user_model()
        matches = list(
            User.objects.filter(
                Q(**{User.USERNAME_FIELD: person}) | Q(email__iexact=person)
            ).order_by("pk")[:2]
        )
        exact = [u for u in matches if u.get_username() == person]
        if exact:
            return exact[0]
        if not matches:
            raise CommandError(
                f"Nobody with the user name or e-mail address {person!r}. "
                "Create the account first (manage.py createsuperuser, or the admin)."
            )
        if len(matches) > 1:
            raise CommandError(f"Several accounts use {person!r}: give the user name.")
        return matches[0]
