"""Who may do what with guides.

Curators (the `Curatoren` group) edit guides in the admin: the data migration
`0002_curator_permissions` gives the group the guides' model permissions, the same way
`screening.roles` gives it the catalogue's.
"""

CURATORS = "Curatoren"
MODELS = ("guide", "guidestep", "checklistitem", "commonproblem", "helplink")
ACTIONS = ("add", "change", "delete", "view")


def curator_permissions_ensure(apps) -> None:
    """Give the Curatoren group every guides model permission (adds only what is missing)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    curators, _created = Group.objects.get_or_create(name=CURATORS)
    for model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(app_label="guides", model=model)
        for action in ACTIONS:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            curators.permissions.add(permission)


def can_preview_drafts(user) -> bool:
    """Staff who may see guides in the admin may also see a draft on the public page."""
    return bool(user.is_authenticated and user.is_staff and user.has_perm("guides.view_guide"))
