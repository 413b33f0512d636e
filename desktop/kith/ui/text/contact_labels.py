"""Phone and e-mail labels in the user's language: "mobile" is stored, "seluler" is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def label_words(label: str) -> str:
    """A known label in the user's language; "" as "no label"; any other as stored."""
    words = {
        "": QCoreApplication.translate("ContactRows", "no label"),
        "mobile": QCoreApplication.translate("ContactRows", "mobile"),
        "home": QCoreApplication.translate("ContactRows", "home"),
        "work": QCoreApplication.translate("ContactRows", "work"),
        "main": QCoreApplication.translate("ContactRows", "main"),
        "fax": QCoreApplication.translate("ContactRows", "fax"),
        "pager": QCoreApplication.translate("ContactRows", "pager"),
        "other": QCoreApplication.translate("ContactRows", "other"),
    }
    # Labels arrive from vCards in any case ("Mobile", "WORK"); the stored text otherwise.
    return words.get(label.lower(), label)
