"""A 403 that tells people why they cannot go on and which role would let them.

Core knows no roles: the app that owns a role names it (and its label in the visitor's
language) when it refuses; `core.views.permission_denied` shows it, with whom to ask.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied


class AccessDenied(PermissionDenied):
    """`reason`: a sentence for the person refused; `role`: the group that would give access
    (its name as stored, e.g. "Curatoren"), `role_label`: that role in the active language."""

    def __init__(self, reason="", *, role: str = "", role_label=""):
        super().__init__(str(reason or role_label or role))
        self.reason = reason
        self.role = role
        self.role_label = role_label or role


def role_required(perm: str, *, role: str, role_label=""):
    """Anonymous visitors go to the login page; signed-in people without `perm` get a 403
    that names `role`."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.has_perm(perm):
                raise AccessDenied(role=role, role_label=role_label)
            return view(request, *args, **kwargs)

        return login_required(wrapper)

    return decorator
