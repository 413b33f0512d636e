"""The one list of system packages `make run` needs: the README points to it, CI installs it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "system-packages.txt"
CHOOSER = ROOT / "packaging" / "system-packages.sh"


def lines() -> list[list[str]]:
    text = LIST.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in text if line.strip() and not line.lstrip().startswith("#")]


def listed() -> list[str]:
    """The names on Debian 12 (the first column)."""
    return [names[0] for names in lines()]


def chosen(tmp_path: Path, os_release: str) -> list[str]:
    """The names the chooser prints on a system with this /etc/os-release."""
    release = tmp_path / "os-release"
    release.write_text(os_release, encoding="utf-8")
    done = subprocess.run(
        [str(CHOOSER)],
        env={"OS_RELEASE": str(release), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def test_every_line_is_one_package_name_or_its_two_names() -> None:
    names = listed()
    assert names and len(names) == len(set(names))
    assert all(1 <= len(line) <= 2 for line in lines())
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", name) for line in lines() for name in line)


@pytest.mark.parametrize(
    ("os_release", "glib"),
    [
        ('ID=debian\nVERSION_ID="12"\n', "libglib2.0-0"),
        ('ID=ubuntu\nVERSION_ID="22.04"\n', "libglib2.0-0"),
        ('ID=ubuntu\nVERSION_ID="24.04"\n', "libglib2.0-0t64"),
        ('ID=ubuntu\nVERSION_ID="24.10"\n', "libglib2.0-0t64"),
        ('ID=debian\nVERSION_ID="13"\n', "libglib2.0-0t64"),
        ("ID=debian\n", "libglib2.0-0t64"),  # testing and unstable name no version
        ("ID=fedora\n", "libglib2.0-0"),
    ],
)
def test_each_distribution_gets_its_own_names(tmp_path: Path, os_release: str, glib: str) -> None:
    names = chosen(tmp_path, os_release)
    assert len(names) == len(lines())
    assert glib in names
    # Only the renamed ones change: every other name is the Debian 12 one.
    assert [n for n in names if n not in listed()] == ([glib] if glib.endswith("t64") else [])


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
    assert "< <(packaging/system-packages.sh)" in ci
    assert "awk '{print $1}')" in readme and "awk '{print $NF}')" in readme
    assert '"${system_packages[@]}"' in ci
    assert "QT_QPA_PLATFORM=xcb .venv/bin/kith --smoke-test" in ci
