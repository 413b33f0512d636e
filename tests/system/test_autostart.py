"""Start at login: the real XDG entry, and what would be written on Windows and macOS."""

from __future__ import annotations

import configparser
import os
import plistlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from kith.system.autostart import (
    RUN_KEY,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    for_this_system,
)

COMMAND = ["/opt/My Apps/kith", "--db", "/home/ana/kith 100%.sqlite3"]


def test_xdg_entry_is_written_where_the_desktop_looks_and_removed(tmp_path: Path) -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"])  # a temporary folder, see conftest
    autostart = for_this_system("linux", COMMAND)
    assert isinstance(autostart, XdgAutostart)
    assert not autostart.is_enabled()
    autostart.enable()
    entry = config / "autostart" / "kith.desktop"
    assert autostart.is_enabled() and entry.is_file()
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry, encoding="utf-8")
    desktop = parsed["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Kith"
    assert desktop["Exec"] == '"/opt/My Apps/kith" --db "/home/ana/kith 100%%.sqlite3"'
    assert [p.name for p in entry.parent.iterdir()] == ["kith.desktop"]  # no temp file left
    autostart.enable()  # again: still one entry
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # already off is fine


class FakeKey:
    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def fake_winreg(values: dict[str, str]) -> Any:
    """Just enough of winreg's surface, holding the Run key's values in a dict."""

    def query(key: FakeKey, name: str) -> tuple[str, int]:
        if name not in values:
            raise FileNotFoundError(name)
        return values[name], 1

    def delete(key: FakeKey, name: str) -> None:
        if name not in values:
            raise FileNotFoundError(name)
        del values[name]

    def open_key(root: int, path: str, reserved: int, access: int) -> FakeKey:
        assert (root, path) == (1, RUN_KEY)
        return FakeKey()

    return SimpleNamespace(
        HKEY_CURRENT_USER=1,
        KEY_READ=2,
        KEY_SET_VALUE=3,
        REG_SZ=4,
        OpenKey=open_key,
        CreateKeyEx=open_key,
        QueryValueEx=query,
        DeleteValue=delete,
        SetValueEx=lambda key, name, reserved, kind, value: values.__setitem__(name, value),
    )


def test_windows_run_key_value() -> None:
    values: dict[str, str] = {}
    run = WindowsRunKey([r"C:\Program Files\Kith\kith.exe"], registry=fake_winreg(values))
    assert not run.is_enabled()
    run.enable()
    assert values == {"Kith": r'"C:\Program Files\Kith\kith.exe"'}
    assert run.is_enabled()
    run.disable()
    run.disable()
    assert values == {} and not run.is_enabled()


def test_macos_launch_agent(tmp_path: Path) -> None:
    agent = MacLaunchAgent(COMMAND, home=tmp_path)
    agent.enable()
    data = plistlib.loads(agent.path.read_bytes())
    assert agent.path == tmp_path / "Library/LaunchAgents/org.kith.Kith.plist"
    assert data["ProgramArguments"] == COMMAND and data["RunAtLoad"] is True
    agent.disable()
    assert not agent.is_enabled()
