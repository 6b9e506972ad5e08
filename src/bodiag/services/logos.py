"""A logo for a report's cover: checked before anything is written (the report's logo option and the branding)."""

from __future__ import annotations

from pathlib import Path

from bodiag import file_safety
from bodiag.errors import InputError

LOGO_MAX_BYTES = 10 * 1024 * 1024
LOGO_MAX_PIXELS = 25_000_000
LOGO_FORMATS = {"PNG", "JPEG", "GIF"}


def check_logo(path: Path) -> Path:
    """The logo must be a readable PNG, JPEG or GIF of reasonable size; anything else is refused now."""
    path = path.expanduser()
    if not path.is_file():
        kind = file_safety.kind_of(path.stat().st_mode) if path.exists() else None
        raise InputError(f"logo {path}: is {kind}, not an image file" if kind else f"logo {path}: no such file")
    size = path.stat().st_size
    if size > LOGO_MAX_BYTES:
        raise InputError(f"logo {path}: the file is too large ({size // (1024 * 1024)} MiB; at most {LOGO_MAX_BYTES // (1024 * 1024)} MiB)")
    from PIL import Image

    try:
        with Image.open(path) as image:
            kind = image.format
            width, height = image.size
            if kind not in LOGO_FORMATS:
                raise InputError(f"logo {path}: {kind} images are not supported (use PNG or JPEG)")
            if width * height > LOGO_MAX_PIXELS or width < 1 or height < 1:
                raise InputError(f"logo {path}: the image is {width}×{height} pixels, too large (at most {LOGO_MAX_PIXELS // 1_000_000} megapixels)")
            image.load()
    except InputError:
        raise
    except Image.DecompressionBombError:
        raise InputError(f"logo {path}: the image is too large") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"logo {path}: not a readable image ({exc})") from None
    return path
