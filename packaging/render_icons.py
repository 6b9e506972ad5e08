"""Render the app's and the document's icons for every desktop, from the SVGs in resources/icons.

Usage: ``python packaging/render_icons.py OUT_DIR``. Writes

- ``OUT_DIR/hicolor/<N>x<N>/apps/org.bodiag.Bodiag.png`` and ``.../mimetypes/application-x-bodiag.png``
  for N in 16…512, and both SVGs under ``hicolor/scalable/`` (the freedesktop icon theme layout);
- ``bodiag.ico`` and ``bodiag-document.ico`` (Windows), ``bodiag.icns`` and ``bodiag-document.icns`` (macOS).

Qt draws the SVGs (as the app does); Pillow, which reportlab already brings, writes the
multi-size ICO and ICNS containers.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.bodiag.Bodiag"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# name in the icon theme -> source SVG, container file stem
ICON_SETS = {
    ("apps", APP_ID): ("bodiag.svg", "bodiag"),
    ("mimetypes", "application-x-bodiag"): ("application-x-bodiag.svg", "bodiag-document"),
}


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"{out}: could not be written")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    out = Path(argv[0])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs it to paint
    for (kind, name), (svg, stem) in ICON_SETS.items():
        pngs = {}
        for size in SIZES:
            pngs[size] = out / "hicolor" / f"{size}x{size}" / kind / f"{name}.png"
            render(ICONS / svg, size, pngs[size])
        scalable = out / "hicolor" / "scalable" / kind / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / svg, scalable)
        largest = Image.open(pngs[256])
        largest.save(out / f"{stem}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        retina = out / f"{stem}-1024.png"  # the ICNS's largest entry is 512 pt at twice the pixels
        render(ICONS / svg, 1024, retina)
        Image.open(retina).save(out / f"{stem}.icns")
        retina.unlink()
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
