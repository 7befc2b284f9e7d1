"""Image files for upload tests, made in memory."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from PIL.PngImagePlugin import PngInfo


def image_bytes(fmt="PNG", size=(200, 100), mode="RGB", **save) -> bytes:
    output = io.BytesIO()
    Image.new(mode, size, (200, 30, 30) if mode == "RGB" else None).save(output, fmt, **save)
    return output.getvalue()


def upload(name: str, content: bytes, content_type="image/png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_with_metadata() -> bytes:
    """A JPEG as a phone makes it: EXIF with camera, GPS position and 'rotate 90°' flag."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "SecretPhone 3000"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to show upright
    exif[0x8825] = {1: "N", 2: (50.0, 51.0, 30.0), 3: "E", 4: (4.0, 21.0, 0.0)}  # GPS
    return image_bytes("JPEG", size=(300, 100), exif=exif.tobytes())


def png_with_text() -> bytes:
    info = PngInfo()
    info.add_text("Comment", "adres van de cliënt")
    return image_bytes("PNG", pnginfo=info)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(width=100_000, height=100_000) -> bytes:
    """A tiny file whose header promises width x height pixels (10 billion by default)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )
