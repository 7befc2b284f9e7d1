"""The text of a client card in the client's language.

`card_summary` is the only place that decides which text a card shows: the tool's summary
in the client's language (a curator's translation, catalogue.ToolTranslation) with that
language's direction, else the Dutch summary, marked as a fallback.
"""

from catalogue.models import Tool
from catalogue.selectors import LocalText, tool_summary_in
from core.languages import SOURCE_LANGUAGE, text_direction

__all__ = ["CardSummary", "card_summary", "text_direction", "translated_summary"]

CardSummary = LocalText


def translated_summary(tool: Tool, language: str) -> str:
    """The tool's summary in `language`, or "" when the tool has none in it."""
    if language == SOURCE_LANGUAGE:
        return tool.summary
    text = tool_summary_in(tool=tool, language=language)
    return "" if text.fallback else text.text


def card_summary(tool: Tool, language: str) -> CardSummary:
    language = language or SOURCE_LANGUAGE
    text = translated_summary(tool, language)
    if text:
        return CardSummary(text=text, lang=language, dir=text_direction(language))
    return CardSummary(
        text=tool.summary, lang=SOURCE_LANGUAGE, dir="ltr", fallback=language != SOURCE_LANGUAGE
    )
