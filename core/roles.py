"""The names of Toolwijzer's three roles (Django groups) and their labels.

Any app may refuse a page naming the role that would open it (core.permissions); which
permissions each role holds is decided where they are defined (screening.roles).
"""

from django.utils.translation import gettext_lazy as _

SCREENERS = "Screeners"
REVIEWERS = "Reviewers"
CURATORS = "Curatoren"
ROLES = (SCREENERS, REVIEWERS, CURATORS)

LABELS = {SCREENERS: _("Screeners"), REVIEWERS: _("Reviewers"), CURATORS: _("Curatoren")}
