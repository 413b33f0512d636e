"""The one list of system packages `make run` needs: the README points to it, CI installs it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "system-packages.txt"


def listed() -> list[str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_every_line_is_one_debian_package_name() -> None:
    names = listed()
    assert names and len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", name) for name in names)


def test_the_xcb_plugins_libraries_are_listed() -> None:
    # Without any one of these Qt stops with "could not load the Qt platform plugin xcb".
    needed = {
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-render-util0",
        "libxcb-xkb1",
        "libxkbcommon-x11-0",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libdbus-1-3",
    }
    assert needed <= set(listed())


def test_the_readme_and_ci_both_take_the_list_from_the_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/system-packages.txt)" in readme
    assert "< <(grep -Ev '^[[:space:]]*(#|$)' packaging/system-packages.txt)" in ci
    assert '"${system_packages[@]}"' in ci
    assert "QT_QPA_PLATFORM=xcb .venv/bin/kith --smoke-test" in ci
