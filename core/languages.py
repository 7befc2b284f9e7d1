"""The languages content can be translated into, in one place.

The interface languages (settings.LANGUAGES) come first, then the languages of clients that
Flemish social workers meet most. Each has its script direction: pages put `lang` and `dir`
on every element that shows a translated text, so a right-to-left text reads right.
"""

from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = "nl"


@dataclass(frozen=True)
class ContentLanguage:
    code: str  # ISO 639-1, as the catalogue's languages and the card's ?language=
    name: str  # in the interface language
    native: str  # in the language itself, so a client recognises it
    direction: str = "ltr"

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def label(self) -> str:
        """The name with the native one, e.g. "Arabisch (العربية)"; alone when both are one."""
        name = str(self.name)
        return name if name.casefold() == self.native.casefold() else f"{name} ({self.native})"


CONTENT_LANGUAGES = (
    ContentLanguage("nl", _("Nederlands"), "Nederlands"),
    ContentLanguage("fr", _("Frans"), "Français"),
    ContentLanguage("en", _("Engels"), "English"),
    ContentLanguage("ar", _("Arabisch"), "العربية", "rtl"),
    ContentLanguage("tr", _("Turks"), "Türkçe"),
    ContentLanguage("ro", _("Roemeens"), "Română"),
    ContentLanguage("pl", _("Pools"), "Polski"),
    ContentLanguage("uk", _("Oekraïens"), "Українська"),
    ContentLanguage("ru", _("Russisch"), "Русский"),
    ContentLanguage("so", _("Somalisch"), "Soomaali"),
    ContentLanguage("ti", _("Tigrinya"), "ትግርኛ"),
    ContentLanguage("ps", _("Pasjtoe"), "پښتو", "rtl"),
    # Farsi and Dari are written alike; the catalogue's language list has one "fa" too.
    ContentLanguage("fa", _("Perzisch (Farsi, Dari)"), "فارسی / دری", "rtl"),
    ContentLanguage("es", _("Spaans"), "Español"),
    ContentLanguage("pt", _("Portugees"), "Português"),
    ContentLanguage("bg", _("Bulgaars"), "Български"),
    ContentLanguage("de", _("Duits"), "Deutsch"),
    ContentLanguage("it", _("Italiaans"), "Italiano"),
    ContentLanguage("ur", _("Urdu"), "اردو", "rtl"),
)
BY_CODE = {language.code: language for language in CONTENT_LANGUAGES}
# Languages a translation can be written in: every content language but the source.
TRANSLATION_CODES = tuple(code for code in BY_CODE if code != SOURCE_LANGUAGE)


# (code, "Arabisch (العربية)") for every language a translation can be written in.
TRANSLATION_CHOICES = [
    (language.code, format_lazy("{} ({})", language.name, language.native))
    for language in CONTENT_LANGUAGES
    if language.code != SOURCE_LANGUAGE
]


@dataclass(frozen=True)
class LocalText:
    """A text to show in a language: the translation, or the Dutch text as a fallback.

    Templates put `lang` and `dir` on the element that shows it, and say "nog niet vertaald"
    when `fallback` is set (someone asked for a language the text is not written in yet)."""

    text: str
    lang: str
    dir: str
    fallback: bool = False
    # The translation still waits for a curator's review.
    needs_review: bool = False

    def __bool__(self):
        return bool(self.text)


def text_direction(code: str) -> str:
    language = BY_CODE.get(code)
    return language.direction if language else "ltr"


def get_content_language(code: str) -> ContentLanguage | None:
    return BY_CODE.get(code)


def active_language() -> str:
    """The interface language of this request (nl, fr or en)."""
    return (get_language() or SOURCE_LANGUAGE)[:2]
