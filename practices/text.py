"""Untrusted text: normalise what people type, and render it safely.

Text is stored as typed, except for what no one means to type: it is normalised to NFC,
line breaks become "\\n", and control characters (NUL, escape codes, ...) are removed.
Letters of every script, emoji, combining marks, zero-width joiners and direction marks stay.
"""

import unicodedata

import markdown
import nh3

_KEEP_CONTROLS = {"\n", "\t"}

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"


def clean_text(value: str | None) -> str:
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = unicodedata.normalize("NFC", value)
    return "".join(
        char
        for char in value
        if char in _KEEP_CONTROLS or unicodedata.category(char) not in {"Cc", "Cs"}
    )


def clean_line(value: str | None) -> str:
    """A one-line field: like clean_text, with line breaks and tabs turned into spaces."""
    return " ".join(clean_text(value).split())


def render_markdown(value: str | None) -> str:
    """Markdown to HTML, sanitised with a small allow-list; links get rel="nofollow ugc".

    People type text, not HTML: a "<" shows as typed (the Markdown never sees a tag), and
    the allow-list still cleans whatever the Markdown produced.
    """
    if not value:
        return ""
    html = markdown.markdown(
        value.replace("<", "&lt;"), extensions=["nl2br", "sane_lists"], output_format="html"
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
    )
