"""Every icon lookup in one place: monochrome SVGs tinted with the palette at paint time.

The SVGs under `resources/icons/` draw with `currentColor`; painting replaces it with
the palette's text colour, so one file is crisp at any size and any scale and reads on
light and dark themes alike.

Each icon drawn is kept as a PNG in the user's cache folder, named by a checksum of the
tinted SVG and the size in device pixels, so a later start paints its window from those
files without loading the SVG renderer (QtSvg): it is imported only to draw an icon at a
size or colour not drawn before. A file that cannot be read or written is drawn afresh.
"""

from __future__ import annotations

import os
import zlib
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt, qVersion
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

import kith


@cache
def resources_dir() -> Path:
    """The `resources/` folder: bundled with the package, or the source checkout's."""
    override = os.environ.get("KITH_RESOURCES")
    if override:
        return Path(override)
    # Bundled beside the package's own files (where importlib.resources would find them,
    # without loading it before the first paint).
    bundled = Path(kith.__file__).parent / "resources"
    if (bundled / "icons").is_dir():
        return bundled
    # desktop/kith/ui/widgets/icons.py -> the repository root holds resources/
    return Path(__file__).resolve().parents[4] / "resources"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def _svg_text(name: str) -> str:
    try:
        return icon_path(name).read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing icon draws nothing rather than stopping the app


def _drawn_dir() -> Path | None:
    """Where drawn icons are kept: per Qt version, whose renderer drew them."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "icons" / qVersion() if base else None


@lru_cache(maxsize=256)
def _drawn(svg: str, width: int, height: int) -> QPixmap:
    """`svg` drawn at this size in device pixels: from the cache folder, else rendered."""
    folder = _drawn_dir()
    kept = folder / f"{zlib.crc32(svg.encode()):08x}-{width}x{height}.png" if folder else None
    if kept is not None and kept.is_file():
        pix = QPixmap(str(kept))
        if pix.width() == width and pix.height() == height:
            return pix
    pix = _render(svg, width, height)
    if kept is not None:
        _keep(pix, kept)
    return pix


def _render(svg: str, width: int, height: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # only for an icon not drawn before

    pix = QPixmap(width, height)
    pix.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if renderer.isValid():
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
    return pix


def _keep(pix: QPixmap, kept: Path) -> None:
    """Written whole under another name, then renamed: a reader never sees half a file."""
    part = kept.with_name(f"{kept.name}.{os.getpid()}.part")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        if pix.save(str(part), "PNG"):
            os.replace(part, kept)
    except OSError:
        pass  # only slower next time: the icon is drawn again
    finally:
        part.unlink(missing_ok=True)


class _TintedSvgEngine(QIconEngine):
    def __init__(self, name: str, color: QColor | None, *, tinted: bool = True) -> None:
        super().__init__()
        self._name = name
        self._color = color
        self._tinted = tinted

    def _tint(self, mode: QIcon.Mode) -> str:
        if self._color is not None:
            return self._color.name()
        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Normal
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        return palette.color(group, role).name()

    def _svg(self, mode: QIcon.Mode) -> str:
        text = _svg_text(self._name)
        return text.replace("currentColor", self._tint(mode)) if self._tinted else text

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: ARG002 (Qt's signature)
        # A copy: the caller may change it (its pixel ratio), the kept one stays as drawn.
        return QPixmap(_drawn(self._svg(mode), max(size.width(), 1), max(size.height(), 1)))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pix = self.pixmap(size * scale, mode, state)
        pix.setDevicePixelRatio(scale)
        return pix

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._color, tinted=self._tinted)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A themed icon from resources/icons/<name>.svg (optionally in a fixed accent colour)."""
    return QIcon(_TintedSvgEngine(name, color))


def app_icon() -> QIcon:
    """The full-colour application icon."""
    return QIcon(_TintedSvgEngine("kith", None, tinted=False))
