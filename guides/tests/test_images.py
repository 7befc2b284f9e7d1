"""Step images: good ones are cleaned, bad ones refused with a clear Dutch message."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from guides.images import IMAGE_BOX, prepare_step_image
from guides.tests.images import (
    image_bytes,
    photo_with_metadata,
    png_bomb,
    png_with_text,
    upload,
)


def refused(file) -> str:
    with pytest.raises(ValidationError) as error:
        prepare_step_image(file)
    return " ".join(error.value.messages)


def opened(content_file):
    return Image.open(io.BytesIO(content_file.read()))


def test_a_phone_photo_loses_its_metadata_and_stands_upright():
    original = photo_with_metadata()
    assert b"SecretPhone" in original
    cleaned = prepare_step_image(upload("foto.jpg", original, "image/jpeg"))
    data = cleaned.read()
    assert b"SecretPhone" not in data and b"PhoneMaker" not in data
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert not image.getexif()  # no EXIF at all: no GPS, no camera, no orientation flag
    assert "exif" not in image.info
    assert image.size == (100, 300)  # turned as the orientation flag said
    assert cleaned.name.endswith(".jpg") and "foto" not in cleaned.name


def test_png_text_chunks_are_dropped_and_transparency_kept():
    original = png_with_text()
    assert b"adres" in original
    cleaned = prepare_step_image(upload("scherm.png", original))
    assert b"adres" not in cleaned.read()
    transparent = prepare_step_image(
        upload("logo.png", image_bytes("PNG", size=(10, 10), mode="RGBA"))
    )
    assert opened(transparent).mode == "RGBA"


def test_large_images_are_shrunk_to_fit():
    cleaned = prepare_step_image(upload("groot.webp", image_bytes("WEBP", size=(3000, 1000))))
    image = opened(cleaned)
    assert image.format == "WEBP"
    assert image.width == IMAGE_BOX[0] and image.height == 400


def test_an_html_file_renamed_to_png_is_refused():
    html = b"<!doctype html><script>alert('hi')</script>"
    message = refused(upload("scherm.png", html, "image/png"))
    assert "geen JPG-, PNG- of WebP-afbeelding" in message


def test_a_png_called_jpg_is_refused():
    message = refused(upload("scherm.jpg", image_bytes("PNG"), "image/jpeg"))
    assert "eindigt op .jpg, maar het is een PNG-afbeelding" in message


def test_a_gif_called_png_is_refused():
    assert "geen JPG-, PNG- of WebP" in refused(upload("anim.png", image_bytes("GIF")))


def test_other_extensions_are_refused():
    assert "JPG, PNG of WebP" in refused(upload("scherm.svg", b"<svg></svg>", "image/svg+xml"))
    assert "JPG, PNG of WebP" in refused(upload("zonder-extensie", image_bytes("PNG")))


def test_a_too_large_file_is_refused(settings):
    settings.GUIDE_IMAGE_MAX_BYTES = 2 * 1024 * 1024
    big = upload("groot.png", b"\x89PNG" + b"0" * (3 * 1024 * 1024))
    message = refused(big)
    assert "te groot (3.0 MB)" in message and "hoogstens 2 MB" in message


def test_a_decompression_bomb_is_refused_before_decoding():
    message = refused(upload("bom.png", png_bomb()))
    assert "te groot" in message and "overbelasten" in message


def test_a_bomb_below_pillows_own_limit_is_refused_by_ours(settings):
    settings.GUIDE_IMAGE_MAX_PIXELS = 1_000_000
    # 2000 x 2000 = 4 million pixels: Pillow would decode it without a warning.
    assert Image.MAX_IMAGE_PIXELS > 4_000_000
    message = refused(upload("bom.png", png_bomb(2000, 2000)))
    assert "meer dan 1 miljoen beeldpunten" in message


def test_a_damaged_image_is_refused():
    truncated = image_bytes("JPEG", size=(400, 400))[:300]
    assert "beschadigd of onvolledig" in refused(upload("kapot.jpg", truncated, "image/jpeg"))
