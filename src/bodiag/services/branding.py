"""A consultant's branding, set once per machine: their firm's name, an accent colour and a logo for every output.

Kept in ``branding.json`` in the user's settings folder
(:func:`bodiag.paths.user_config_dir`), with a copy of the logo beside it, so
that moving or deleting the original image later changes nothing. Every report
(PDF or DOCX, each audience) takes it unless the export gives its own logo.
A damaged settings file is reported with its path, never half-read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import msgspec

from bodiag import file_safety
from bodiag.errors import InputError
from bodiag.paths import user_config_dir
from bodiag.services.logos import check_logo

FILE_NAME = "branding.json"
LOGO_STEM = "branding-logo"
MAX_BYTES = 64 * 1024
FIRM_MAX = 120
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
MIN_CONTRAST = 4.5  # headings in the accent colour on white paper (WCAG AA for text)


class Branding(msgspec.Struct, frozen=True, omit_defaults=True):
    firm: str = ""
    accent: str | None = None  # "#rrggbb"
    logo: str | None = None  # the file name of the logo's copy, in the settings folder

    @property
    def empty(self) -> bool:
        return not (self.firm or self.accent or self.logo)

    def logo_path(self) -> Path | None:
        return user_config_dir() / self.logo if self.logo else None

    def as_dict(self) -> dict:
        logo = self.logo_path()
        return {"firm": self.firm, "accent": self.accent, "logo": str(logo) if logo else None, "file": str(settings_path())}


def settings_path() -> Path:
    return user_config_dir() / FILE_NAME


def load() -> Branding:
    """The machine's branding; none when nothing was set. Raises :class:`InputError` for a damaged file."""
    path = settings_path()
    if not path.is_file():
        return Branding()
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"{path}: the branding settings are too large to be read; run 'bodiag branding clear'")
    try:
        branding = msgspec.json.decode(path.read_bytes(), type=Branding)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise InputError(f"{path}: not a branding settings file ({exc}); run 'bodiag branding clear' to start again") from None
    try:
        return _checked(branding, where=str(path))
    except InputError as exc:
        raise InputError(f"{exc}; run 'bodiag branding clear' to start again") from None


def save(*, firm: str | None = None, accent: str | None = None, logo: str | Path | None = None) -> Branding:
    """Set what is given (the rest is kept); an empty ``firm``, ``accent`` or ``logo`` ("") clears that part."""
    current = load()
    new_firm = current.firm if firm is None else " ".join(firm.split())
    new_accent = current.accent if accent is None else (accent.strip() or None)
    new_logo = current.logo
    folder = user_config_dir()
    if logo == "":
        new_logo = None
    elif logo is not None:
        source = check_logo(Path(logo))
        folder.mkdir(parents=True, exist_ok=True)
        new_logo = LOGO_STEM + source.suffix.lower()
        content = source.read_bytes()
        file_safety.write_atomically(folder / new_logo, content)
        for old in folder.glob(f"{LOGO_STEM}.*"):
            if old.name != new_logo:
                old.unlink(missing_ok=True)
    branding = _checked(Branding(firm=new_firm, accent=new_accent, logo=new_logo), where="branding")
    folder.mkdir(parents=True, exist_ok=True)
    file_safety.write_atomically(settings_path(), json.dumps(msgspec.to_builtins(branding), ensure_ascii=False, indent=2) + "\n")
    if new_logo is None:  # the logo cleared: its copy goes too, once the settings no longer name it
        for old in folder.glob(f"{LOGO_STEM}.*"):
            old.unlink(missing_ok=True)
    return branding


def clear() -> bool:
    """Forget the branding (and the logo's copy); whether there was any."""
    folder = user_config_dir()
    found = settings_path().exists()
    settings_path().unlink(missing_ok=True)
    for old in folder.glob(f"{LOGO_STEM}.*") if folder.is_dir() else []:
        old.unlink(missing_ok=True)
        found = True
    return found


def _checked(branding: Branding, where: str) -> Branding:
    if len(branding.firm) > FIRM_MAX:
        raise InputError(f"{where}: the firm's name is too long ({len(branding.firm)} characters; at most {FIRM_MAX})")
    if any(ord(c) < 32 for c in branding.firm):
        raise InputError(f"{where}: the firm's name holds control characters")
    if branding.accent is not None:
        if not _HEX.fullmatch(branding.accent):
            raise InputError(f"{where}: the accent colour is written #rrggbb, e.g. #1f5f8b (got '{branding.accent}')")
        ratio = contrast_on_white(branding.accent)
        if ratio < MIN_CONTRAST:
            raise InputError(f"{where}: the accent colour {branding.accent} is too light to read on white "
                             f"(contrast {ratio:.1f}:1; at least {MIN_CONTRAST}:1): choose a darker one")
        branding = msgspec.structs.replace(branding, accent=branding.accent.lower())
    if branding.logo is not None and (Path(branding.logo).name != branding.logo or not branding.logo.startswith(LOGO_STEM)):
        raise InputError(f"{where}: the logo is not the copy bodiag keeps")
    return branding


def default_accent() -> str:
    """The reports' own accent colour ("#rrggbb"), the one an unbranded report carries."""
    from bodiag.report.styles import ACCENT

    return "#" + ACCENT.hexval()[2:].lower()


def contrast_on_white(hex_code: str) -> float:
    """The WCAG contrast ratio of a colour against white."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_code[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)
