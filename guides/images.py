"""Step images a curator uploads: checked, then re-encoded so nothing of the upload survives.

What is refused, with a plain Dutch message:
- a file larger than GUIDE_IMAGE_MAX_BYTES;
- a name that does not end in .jpg, .jpeg, .png or .webp;
- content that Pillow does not recognise as JPEG, PNG or WebP (an HTML or text file renamed
  to .png, a GIF, a damaged file). The browser's content type is never trusted: it is
  whatever the sender says;
- a name that disagrees with the content (a PNG called .jpg). Re-encoding would make such a
  file harmless, but a name that lies about its content is what a disguised file looks like,
  and the fix for an honest mistake is a rename: refusing keeps the rule simple and visible;
- more pixels than GUIDE_IMAGE_MAX_PIXELS, or a decompression bomb (Pillow's
  DecompressionBombError/Warning): both are checked from the header, before decoding.

What is kept: the pixels, turned upright (EXIF orientation), shrunk to fit IMAGE_BOX and
re-encoded in the same format. Metadata (EXIF with GPS, camera and date, XMP, comments, ICC
profiles) is not copied into the new file, and the stored name is a fresh random one.
"""

import io
import uuid
import warnings
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .models import IMAGE_EXTENSIONS

# Pillow format -> the file extensions that may carry it.
FORMATS = {"JPEG": ("jpg", "jpeg"), "PNG": ("png",), "WEBP": ("webp",)}
FORMAT_NAMES = {"JPEG": "JPG", "PNG": "PNG", "WEBP": "WebP"}
# Wide enough for a sharp screenshot on a laptop, small enough for prepaid data.
IMAGE_BOX = (1200, 1600)
SAVE_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 80, "method": 4},
}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _refuse_bomb():
    raise ValidationError(
        _(
            "Deze afbeelding is te groot (meer dan %(pixels)s miljoen beeldpunten) of lijkt "
            "gemaakt om de server te overbelasten. Verklein de afbeelding en probeer opnieuw."
        )
        % {"pixels": f"{settings.GUIDE_IMAGE_MAX_PIXELS / 1_000_000:g}"},
        code="image_too_many_pixels",
    )


def prepare_step_image(upload) -> ContentFile:
    """A clean copy of `upload` (an uploaded file), or ValidationError saying what is wrong."""
    if upload.size is not None and upload.size > settings.GUIDE_IMAGE_MAX_BYTES:
        raise ValidationError(
            _("Dit bestand is te groot (%(size)s MB). Het mag hoogstens %(max)s MB zijn.")
            % {
                "size": f"{upload.size / (1024 * 1024):.1f}",
                "max": _megabytes(settings.GUIDE_IMAGE_MAX_BYTES),
            },
            code="image_too_large",
        )
    extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
    if extension not in IMAGE_EXTENSIONS:
        raise ValidationError(
            _("Kies een afbeelding in JPG, PNG of WebP (een naam op .jpg, .png of .webp)."),
            code="image_extension",
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Above Image.MAX_IMAGE_PIXELS Pillow only warns: treat that as a bomb too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload, formats=list(FORMATS)) as image:
                if image.width * image.height > settings.GUIDE_IMAGE_MAX_PIXELS:
                    _refuse_bomb()
                if extension not in FORMATS[image.format]:
                    raise ValidationError(
                        _(
                            "De naam van dit bestand eindigt op .%(extension)s, maar het is "
                            "een %(format)s-afbeelding. Bewaar het opnieuw met de juiste "
                            "extensie en probeer opnieuw."
                        )
                        % {"extension": extension, "format": FORMAT_NAMES[image.format]},
                        code="image_disguised",
                    )
                image_format = image.format
                content = _reencode(image, image_format)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        _refuse_bomb()
    except UnidentifiedImageError:
        raise ValidationError(
            _(
                "Dit bestand is geen JPG-, PNG- of WebP-afbeelding, ook al zegt de naam dat. "
                "Kies een echte afbeelding."
            ),
            code="image_not_an_image",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(
            _("Deze afbeelding is beschadigd of onvolledig. Bewaar ze opnieuw en probeer opnieuw."),
            code="image_damaged",
        ) from None
    extension_out = FORMATS[image_format][0]
    return ContentFile(content, name=f"{uuid.uuid4().hex}.{extension_out}")


def _reencode(image: Image.Image, image_format: str) -> bytes:
    image.seek(0)  # an animated PNG or WebP keeps its first frame
    image.load()
    upright = ImageOps.exif_transpose(image)
    has_alpha = upright.mode in {"RGBA", "LA", "PA"} or "transparency" in upright.info
    pixels = upright.convert("RGBA" if has_alpha and image_format != "JPEG" else "RGB")
    pixels.thumbnail(IMAGE_BOX, Image.Resampling.LANCZOS)
    # Only the pixels go on: no EXIF, XMP, ICC profile or text chunks from the upload.
    pixels.info = {}
    output = io.BytesIO()
    pixels.save(output, format=image_format, **SAVE_OPTIONS[image_format])
    return output.getvalue()
