"""Every icon lookup in one place: monochrome SVGs tinted with the palette at paint time.

The SVGs under `resources/icons/` draw with `currentColor`; painting replaces it with
the palette's text colour, so one file is crisp at any size and any scale and reads on
light and dark themes alike.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer


@cache
def resources_dir() -> Path:
    """The `resources/` folder: bundled with the package, or the source checkout's."""
    override = os.environ.get("KITH_RESOURCES")
    if override:
        return Path(override)
    try:
        bundled = Path(str(resources.files("kith") / "resources"))
        if (bundled / "icons").is_dir():
            return bundled
    except (ModuleNotFoundError, TypeError):  # a frozen or zipped build without files
        pass
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


class _TintedSvgEngine(QIconEngine):
    def __init__(self, name: str, color: QColor | None) -> None:
        super().__init__()
        self._name = name
        self._color = color

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

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: ARG002 (Qt's signature)
        text = _svg_text(self._name).replace("currentColor", self._tint(mode))
        renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
        if renderer.isValid():
            renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pix = QPixmap(size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pix

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pix = self.pixmap(size * scale, mode, state)
        pix.setDevicePixelRatio(scale)
        return pix

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._color)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A themed icon from resources/icons/<name>.svg (optionally in a fixed accent colour)."""
    return QIcon(_TintedSvgEngine(name, color))


def app_icon() -> QIcon:
    """The full-colour application icon."""
    return QIcon(str(icon_path("kith")))
