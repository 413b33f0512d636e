"""The app icon renders to every size the platforms ask for, from the one SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from kith import APP_ID
from tests.packaging.system_tools import ROOT_DIR

SVG = ROOT_DIR / "resources" / "icons" / f"{APP_ID}.svg"


def _render_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT_DIR / "packaging" / "icons" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.usefixtures("qapp")
def test_every_hicolor_size_is_rendered_square_and_not_blank(tmp_path: Path) -> None:
    render = _render_module()
    pngs = render.render_pngs(SVG, tmp_path)
    assert sorted(pngs) == [16, 22, 24, 32, 48, 64, 128, 256, 512]
    for size, path in pngs.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255, "the icon's middle is drawn"
        assert corner.alpha() == 0, "the rounded corners stay transparent"


@pytest.mark.usefixtures("qapp")
def test_windows_and_macos_icons_are_packed_when_pillow_is_there(tmp_path: Path) -> None:
    pytest.importorskip("PIL", reason="Pillow comes with the `build` extra")
    render = _render_module()
    render.pack_ico_icns(render.render_pngs(SVG, tmp_path), tmp_path)
    assert (tmp_path / "kith.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "kith.icns").read_bytes()[:4] == b"icns"
