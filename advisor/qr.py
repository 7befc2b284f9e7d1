"""QR codes drawn on the server (segno), inline SVG: no image request, no other host."""

import segno
from django.utils.safestring import mark_safe

from catalogue.models import Tool


def tool_address(tool: Tool) -> str:
    """Where the QR code of a tool leads: its website, else its Android, else its iOS app."""
    return tool.website_url or tool.android_url or tool.ios_url


def qr_svg(url: str):
    # segno writes only numbers and fixed attributes: no user text enters the SVG.
    code = segno.make(url, error="m")
    return mark_safe(  # noqa: S308 - generated markup, no user text
        code.svg_inline(scale=4, svgclass="qr", lineclass="qr-line", omitsize=True)
    )
