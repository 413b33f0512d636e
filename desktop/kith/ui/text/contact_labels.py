"""The words for a phone's or e-mail's label ("mobile", "work"…), in the user's language.

Labels are stored in English, as vCards name them; one function turns them into words,
for the person dialog and the person page alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def contact_label_words(label: str) -> str:
    """A known label in the user's language; "" as "no label"; any other as stored."""
    # The context stays "ContactRows", where the dialog first translated these words.
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
    return words.get(label, label)


__all__ = ["contact_label_words"]
