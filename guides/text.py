"""Curator text on guide pages: plain text, escaped, with paragraphs and simple lists.

Curators type in a textarea; a blank line starts a new paragraph and lines that start with
"- " become a bulleted list ("Verwijs door als:" followed by one line per case). No other
markup: everything is escaped.
"""

import re

from django.utils.html import escape

BULLET = re.compile(r"^[-•*]\s+")


def _block(lines: list[str]) -> str:
    parts, run, bullets = [], [], None

    def flush():
        if not run:
            return
        if bullets:
            items = "".join(f"<li>{escape(line)}</li>" for line in run)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p>" + "<br>".join(escape(line) for line in run) + "</p>")
        run.clear()

    for line in lines:
        is_bullet = bool(BULLET.match(line))
        if bullets is not None and is_bullet != bullets:
            flush()
        bullets = is_bullet
        run.append(BULLET.sub("", line) if is_bullet else line)
    flush()
    return "".join(parts)


def render_plain_text(value: str) -> str:
    """HTML for `value`: escaped paragraphs, lines joined with <br>, "- " lines as a list."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    html = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        html.append(_block(lines))
    return "\n".join(html)
