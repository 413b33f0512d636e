"""Emitting Qt signals from Python safely on every PySide6 build.

PySide6 6.12.0 on CPython 3.11 returns emit()'s bool without owning a reference to it,
so each Python-side emit() takes one reference from True; after a few hundred emits
the interpreter aborts ("deallocating True or False"). Where that happens (found out
once, at import), the missing reference is given back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    probe.ping.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    probe.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    return after[0] < before[0] or after[1] < before[1]


_GIVE_BACK = _emit_drops_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    # The stubs say emit() returns None; at run time it returns a bool.
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if _GIVE_BACK:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
