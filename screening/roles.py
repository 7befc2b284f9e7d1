"""The three roles of Toolwijzer, as Django groups with permissions.

- Screeners draft screenings.
- Reviewers read them a second time and approve (and publish) or send them back.
- Curatoren moderate tool proposals, practices and members' reviews, see the curators'
  overview, keep the catalogue, its taxonomies and search synonyms current and manage the
  screening framework in the admin (which also needs "staff status", see `role_grant`).

`roles_ensure` takes an app registry so data migrations (historical models) and the seed
command (live models) share it. It only adds what is missing.
"""

# The names are core's (every app may refuse with a role); the permissions are screening's.
from core.roles import CURATORS, LABELS, REVIEWERS, ROLES, SCREENERS

__all__ = ["CURATORS", "LABELS", "REVIEWERS", "ROLES", "SCREENERS", "roles_ensure"]

CUSTOM_PERMISSIONS = {
    "draft_screening": "Kan screenings opstellen",
    "review_screening": "Kan screenings nalezen en goedkeuren",
    "moderate_submission": "Kan voorgestelde tools modereren",
    "view_dashboard": "Kan het curatorenoverzicht zien",
}

# Permissions of other apps that curators need: (app_label, model, codename) -> name.
_FOREIGN_CUSTOM_PERMISSIONS = {
    ("practices", "practice", "moderate_practice"): "Mag praktijken modereren",
    ("reviews", "review", "moderate_review"): "Mag ervaringen modereren",
}

_MANAGE = ("add", "change", "delete", "view")
_TAXONOMIES = (
    "purpose",
    "theme",
    "targetgroup",
    "sector",
    "language",
    "platform",
    "accessibilityfeature",
    "requirement",
    "contactmode",
)

# (app_label, model) -> admin actions curators get.
_CURATOR_MODEL_PERMISSIONS = {
    ("screening", "frameworkversion"): _MANAGE,
    ("screening", "criterion"): _MANAGE,
    ("screening", "question"): _MANAGE,
    ("screening", "screening"): ("view",),
    ("screening", "toolsubmission"): ("view",),
    ("catalogue", "tool"): ("add", "change", "view"),
    **{("catalogue", model): _MANAGE for model in _TAXONOMIES},
    ("search", "synonym"): _MANAGE,
    ("practices", "successfactor"): _MANAGE,
    ("practices", "practice"): ("add", "change", "view"),
    ("practices", "quote"): _MANAGE,
    ("practices", "medialink"): _MANAGE,
    ("practices", "toolsuggestion"): _MANAGE,
    ("reviews", "review"): ("view", "change"),
    ("reviews", "reviewreport"): ("view", "change"),
    ("reviews", "trustedmember"): _MANAGE,
    # Sign-in lockouts (django-axes): deleting an attempt unlocks that account.
    ("axes", "accessattempt"): ("view", "delete"),
}

ROLE_PERMISSIONS = {
    SCREENERS: ["draft_screening"],
    REVIEWERS: ["review_screening"],
    CURATORS: ["draft_screening", "review_screening", "moderate_submission", "view_dashboard"],
}

# The role a refused person is told to ask for (the smallest role that has the permission).
PERMISSION_ROLES = {
    "screening.draft_screening": SCREENERS,
    "screening.review_screening": REVIEWERS,
    "screening.moderate_submission": CURATORS,
    "screening.view_dashboard": CURATORS,
    "practices.moderate_practice": CURATORS,
    "reviews.moderate_review": CURATORS,
}


def role_for_permission(perm: str) -> str:
    return PERMISSION_ROLES.get(perm, CURATORS)


def roles_ensure(apps=None):
    if apps is None:
        from django.apps import apps
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    def permission(app_label, model, codename, name):
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return perm

    def model_name(app_label, model):
        # The name Django gives its own permissions; the model may be missing from the
        # historical state of an early migration, and then the plain model name will do.
        try:
            return apps.get_model(app_label, model)._meta.verbose_name_raw
        except LookupError:
            return model

    custom = {
        codename: permission("screening", "screening", codename, name)
        for codename, name in CUSTOM_PERMISSIONS.items()
    }
    for group_name, codenames in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*(custom[codename] for codename in codenames))
    curators = Group.objects.get(name=CURATORS)
    for (app_label, model, codename), name in _FOREIGN_CUSTOM_PERMISSIONS.items():
        curators.permissions.add(permission(app_label, model, codename, name))
    for (app_label, model), actions in _CURATOR_MODEL_PERMISSIONS.items():
        for action in actions:
            curators.permissions.add(
                permission(
                    app_label,
                    model,
                    f"{action}_{model}",
                    f"Can {action} {model_name(app_label, model)}",
                )
            )
