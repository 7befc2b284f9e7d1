"""Sign-in lockout policy on top of django-axes (its database handler: every process agrees).

Two limits, both counted over the last LOGIN_LOCKOUT_MINUTES:

- **account + address** (`AXES_FAILURE_LIMIT`, from LOGIN_FAILURE_LIMIT): someone who types
  a wrong password that often for one account is stopped there, at that address only. Their
  colleagues behind the same office address, with their own accounts, sign in as usual.
- **account, from every address together** (LOGIN_ACCOUNT_FAILURE_LIMIT, much higher): an
  account cannot be guessed at without end by spreading the guesses over many addresses.
  Past it the account is locked wherever the attempts come from, until the time has passed
  or a curator or administrator unlocks it (docs/security.md).

A successful sign-in clears the account's failures (AXES_RESET_ON_SUCCESS).
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum


class LoginLockoutHandler(AxesDatabaseHandler):
    """axes' database handler with the account-wide limit added to the per-address one.

    AXES_LOCKOUT_PARAMETERS is `[["username", "ip_address"], "username"]`, so axes hands
    this handler the failures of the account at this address and of the account overall.
    """

    def get_failures(self, request, credentials=None) -> int:
        at_address, overall = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if overall >= settings.LOGIN_ACCOUNT_FAILURE_LIMIT:
            # Report the account as being at the limit, from wherever this attempt comes.
            return max(at_address, get_failure_limit(request, credentials))
        return at_address
