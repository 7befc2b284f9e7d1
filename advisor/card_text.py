"""The text of a client card in the client's language.

The hook for per-language tool summaries (issue 16): `card_summary` is the only place that
decides which text a card shows. Today a tool has its Dutch summary only, so every other
language falls back to Dutch and the card says so; once summaries per language exist, look
them up here.
"""

from dataclasses import dataclass

from catalogue.models import Tool

SOURCE_LANGUAGE = "nl"
RTL_LANGUAGES = frozenset({"ar", "fa", "ps", "ur", "he", "ku"})


@dataclass(frozen=True)
class CardSummary:
    text: str
    lang: str
    dir: str
    # True when the client asked for another language and the card shows Dutch instead.
    fallback: bool


def text_direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def translated_summary(tool: Tool, language: str) -> str:
    """The tool's summary in `language`, or "" when the tool has none in it."""
    if language == SOURCE_LANGUAGE:
        return tool.summary
    return ""


def card_summary(tool: Tool, language: str) -> CardSummary:
    language = language or SOURCE_LANGUAGE
    text = translated_summary(tool, language)
    if text:
        return CardSummary(text=text, lang=language, dir=text_direction(language), fallback=False)
    return CardSummary(
        text=tool.summary,
        lang=SOURCE_LANGUAGE,
        dir="ltr",
        fallback=language != SOURCE_LANGUAGE,
    )
