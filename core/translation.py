from django.utils.translation import get_language


def in_active_language(obj, field: str) -> str:
    """A curator-written text in the active language (`name_fr`, `name_en`), else the Dutch one.

    Taxonomy terms and the screening framework are data in three languages; Dutch is always
    filled in, French and English where a curator wrote them.
    """
    language = (get_language() or "nl")[:2]
    if language != "nl":
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)
