"""Starting Kith at login, the way each platform expects it.

- Linux and other freedesktop systems: an autostart entry in $XDG_CONFIG_HOME/autostart.
- Windows: a value under the per-user Run key (winreg, imported only on Windows).
- macOS: a LaunchAgent property list in ~/Library/LaunchAgents.
Every file is written atomically and removed again when the user turns it off.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from kith.storage.files import write_bytes_atomic, write_text_atomic

APP_ID = "org.kith.Kith"
ENTRY_NAME = "kith.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Kith"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How to start this Kith again: its installed `kith` command, else this Python."""
    installed = shutil.which("kith")
    if installed:
        return [installed]
    return [sys.executable, "-m", "kith"]


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry Specification asks."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


class XdgAutostart:
    """An autostart .desktop entry (freedesktop.org Desktop Application Autostart spec)."""

    def __init__(self, command: Sequence[str], config_home: Path | None = None) -> None:
        self._command = list(command)
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = base / "autostart" / ENTRY_NAME

    def entry(self) -> str:
        exec_line = " ".join(_desktop_quote(a).replace("%", "%%") for a in self._command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Kith\n"
            "Comment=Tend the relationships that matter\n"
            f"Exec={exec_line}\n"
            "Icon=org.kith.Kith\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        write_text_atomic(self.path, self.entry())

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey:
    """A value under HKEY_CURRENT_USER\\...\\Run; `registry` is winreg (or a test double)."""

    def __init__(self, command: Sequence[str], registry: ModuleType | Any | None = None) -> None:
        self._command = list(command)
        self._registry = registry

    @property
    def reg(self) -> Any:
        if self._registry is None:
            import winreg  # only exists on Windows

            self._registry = winreg
        return self._registry

    def value(self) -> str:
        return " ".join(f'"{a}"' if " " in a else a for a in self._command)

    def is_enabled(self) -> bool:
        reg = self.reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                reg.QueryValueEx(key, RUN_VALUE)
        except OSError:
            return False
        return True

    def enable(self) -> None:
        reg = self.reg
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, self.value())

    def disable(self) -> None:
        reg = self.reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass  # already off


class MacLaunchAgent:
    """~/Library/LaunchAgents/org.kith.Kith.plist, run at load (that is, at login)."""

    def __init__(self, command: Sequence[str], home: Path | None = None) -> None:
        self._command = list(command)
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def plist(self) -> bytes:
        return plistlib.dumps(
            {
                "Label": APP_ID,
                "ProgramArguments": self._command,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
        )

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        write_bytes_atomic(self.path, self.plist())

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def for_this_system(
    platform: str = sys.platform, command: Sequence[str] | None = None
) -> Autostart:
    cmd = list(command) if command is not None else launch_command()
    if platform.startswith("win"):
        return WindowsRunKey(cmd)
    if platform == "darwin":
        return MacLaunchAgent(cmd)
    return XdgAutostart(cmd)
