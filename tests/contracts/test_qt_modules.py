"""The Qt-module contract reads every spelling of an import, so a network module cannot slip in."""

from __future__ import annotations

from tests.contracts.qt_modules import imported_names, is_forbidden

FORBIDDEN = {"PySide6.QtNetwork", "PySide6.QtWebEngine"}


def _forbidden_in(source: str) -> list[str]:
    return [name for _, name in imported_names(source) if is_forbidden(name, FORBIDDEN)]


def test_every_spelling_of_a_network_import_is_seen() -> None:
    source = "\n".join(
        [
            "import PySide6.QtNetwork",
            "from PySide6.QtNetwork import QTcpSocket",
            "from PySide6 import QtCore, QtNetwork",
            "from PySide6.QtWebEngineCore import QWebEnginePage",
            "def later():\n    import PySide6.QtNetwork as net",
        ]
    )
    assert _forbidden_in(source) == [
        "PySide6.QtNetwork",
        "PySide6.QtNetwork.QTcpSocket",
        "PySide6.QtNetwork",
        "PySide6.QtWebEngineCore.QWebEnginePage",
        "PySide6.QtNetwork",
    ]


def test_other_qt_modules_and_relative_imports_pass() -> None:
    source = "from PySide6.QtCore import QObject\nimport PySide6.QtWidgets\nfrom . import QtNetwork"
    assert _forbidden_in(source) == []
