"""Icons once drawn are kept as files: a later start paints without the SVG renderer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from kith.ui.widgets import icons

# The window's frame painted once, as at start-up; says whether QtSvg had to be loaded.
FRAME = r"""
import sys
from PySide6.QtWidgets import QApplication
from kith.ui.shell.main_window import MainWindow

app = QApplication([])
window = MainWindow(None)
window.first_painted.connect(app.quit)
window.show()
app.exec()
print("svg" if "PySide6.QtSvg" in sys.modules else "no svg")
"""


def _frame(cache: Path) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FRAME], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_second_start_paints_its_icons_from_the_files_the_first_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert _frame(cache) == "svg"  # nothing kept yet: drawn from the SVGs
    kept = list(cache.rglob("*.png"))
    assert kept and not list(cache.rglob("*.part"))
    assert _frame(cache) == "no svg"


def test_a_kept_icon_is_the_icon_as_drawn_and_a_damaged_one_is_drawn_again(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    icons._drawn.cache_clear()
    first = icons.icon("nav-today").pixmap(QSize(24, 24)).toImage()
    kept = list(tmp_path.rglob("*-24x24.png"))
    assert len(kept) == 1
    icons._drawn.cache_clear()
    assert icons.icon("nav-today").pixmap(QSize(24, 24)).toImage() == first  # read back
    kept[0].write_bytes(b"not a png")
    icons._drawn.cache_clear()
    again = icons.icon("nav-today").pixmap(QSize(24, 24)).toImage()
    assert again == first
    icons._drawn.cache_clear()


def test_a_kept_icon_follows_the_palette(qapp: QApplication, tmp_path: Path) -> None:
    icons._drawn.cache_clear()
    light = icons.icon("nav-today").pixmap(QSize(16, 16)).toImage()
    before = QPalette(qapp.palette())
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Base))
    qapp.setPalette(palette)
    try:
        dark = icons.icon("nav-today").pixmap(QSize(16, 16)).toImage()
    finally:
        qapp.setPalette(before)
        icons._drawn.cache_clear()
    assert light.convertToFormat(QImage.Format.Format_ARGB32) != dark.convertToFormat(
        QImage.Format.Format_ARGB32
    )
