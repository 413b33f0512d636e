"""Render the app icon's PNG sizes, .ico and .icns from the one SVG, so they never drift.

Usage: python packaging/icons/render_icons.py resources/icons/org.kith.Kith.svg build/icons
Writes OUT/hicolor/<n>x<n>/apps/org.kith.Kith.png, OUT/kith.ico and OUT/kith.icns.
Qt renders the SVG (it is already a dependency); Pillow (the `build` extra) packs .ico/.icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    written: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{svg.stem}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"could not write {target}")
        written[size] = target
    del app
    return written


def pack_ico_icns(pngs: dict[int, Path], out: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is missing (pip install -e '.[build]'): skipping .ico and .icns")
        return
    largest = Image.open(pngs[max(pngs)]).convert("RGBA")
    largest.save(out / "kith.ico", sizes=[(s, s) for s in ICO_SIZES])
    # Pillow builds each .icns size from the image it is given; hand it the crisp renders.
    images = [Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES]
    images[-1].save(out / "kith.icns", append_images=images[:-1])


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(svg, out)
    pack_ico_icns(pngs, out)
    print(f"icons: {len(pngs)} PNG sizes in {out / 'hicolor'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
