"""The desktop entry and AppStream metadata are what software centres and menus read."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser

from kith import APP_ID, __version__
from tests.packaging.system_tools import ROOT_DIR, require_tool

RESOURCES = ROOT_DIR / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_desktop_entry_launches_kith_with_the_app_icon() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Exec"].split()[0] == "kith"
    assert group["Icon"] == APP_ID
    assert (RESOURCES / "icons" / f"{APP_ID}.svg").is_file()


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_binary_launchable_and_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "kith"
    assert root.find("content_rating") is not None
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert __version__ in releases, "add release notes for the version in kith/__init__.py"
