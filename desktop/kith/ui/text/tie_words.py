"""Kinds of tie as the interface names them: what the other person is to this one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kith.domain.ties import TieKind


def tie_word(kind: TieKind) -> str:
    """ "Partner", "Parent", …: how a tie reads on a person's page, beside the other's name."""
    words = {
        TieKind.PARTNER: QCoreApplication.translate("Ties", "Partner"),
        TieKind.PARENT: QCoreApplication.translate("Ties", "Parent"),
        TieKind.CHILD: QCoreApplication.translate("Ties", "Child"),
        TieKind.SIBLING: QCoreApplication.translate("Ties", "Sibling"),
        TieKind.FAMILY: QCoreApplication.translate("Ties", "Family"),
        TieKind.FRIENDS: QCoreApplication.translate("Ties", "Friend"),
        TieKind.COLLEAGUES: QCoreApplication.translate("Ties", "Colleague"),
        TieKind.KNOW: QCoreApplication.translate("Ties", "Acquaintance"),
    }
    return words[kind]
