"""A module imported by the app is not kept in memory as source text."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import kith.ui  # noqa: F401  (turns the scan off, as the app's start does)
from kith.ui.source_scan import skip_source_scan


def test_an_imported_module_leaves_no_source_lines_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "kith_scan_probe.py"
    module.write_text("from PySide6.QtCore import QObject\n\nPROBE = QObject\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        # An import statement, as the app's own: PySide6 watches `__import__`.
        __import__("kith_scan_probe")
        cached = linecache.cache.get(str(module))
        # A loaded entry holds the lines (size, mtime, lines, name); a lazy one does not.
        assert cached is None or len(cached) < 3
    finally:
        sys.modules.pop("kith_scan_probe", None)


def test_the_scan_is_found_in_this_pyside6() -> None:
    # If PySide6 stops scanning this way, the memory note in source_scan is stale.
    assert skip_source_scan()
