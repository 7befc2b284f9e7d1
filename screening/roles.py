"""The three roles of the screening workflow, as Django groups with permissions.

`roles_ensure` takes an app registry so the data migration (historical models) and the seed
command (live models) share it. It only adds what is missing.
"""

SCREENERS = "Screeners"
REVIEWERS = "Reviewers"
CURATORS = "Curatoren"

CUSTOM_PERMISSIONS = {
    "draft_screening": "Kan screenings opstellen",
    "review_screening": "Kan screenings nalezen en goedkeuren",
    "moderate_submission": "Kan voorgestelde tools modereren",
    "view_dashboard": "Kan het curatorenoverzicht zien",
}

# (app_label, model) -> admin actions curators get for framework management.
_CURATOR_MODEL_PERMISSIONS = {
    ("screening", "frameworkversion"): ("add", "change", "delete", "view"),
    ("screening", "criterion"): ("add", "change", "delete", "view"),
    ("screening", "question"): ("add", "change", "delete", "view"),
    ("screening", "screening"): ("view",),
    ("screening", "toolsubmission"): ("view",),
    ("catalogue", "tool"): ("add", "change", "view"),
    # Sign-in lockouts (django-axes): deleting an attempt unlocks that account.
    ("axes", "accessattempt"): ("view", "delete"),
}

ROLE_PERMISSIONS = {
    SCREENERS: ["draft_screening"],
    REVIEWERS: ["review_screening"],
    CURATORS: ["draft_screening", "review_screening", "moderate_submission", "view_dashboard"],
}


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

    custom = {
        codename: permission("screening", "screening", codename, name)
        for codename, name in CUSTOM_PERMISSIONS.items()
    }
    for group_name, codenames in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*(custom[codename] for codename in codenames))
    curators = Group.objects.get(name=CURATORS)
    for (app_label, model), actions in _CURATOR_MODEL_PERMISSIONS.items():
        for action in actions:
            curators.permissions.add(
                permission(app_label, model, f"{action}_{model}", f"Can {action} {model}")
            )
