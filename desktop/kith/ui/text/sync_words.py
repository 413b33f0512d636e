"""Sync's state in one calm line, the same in Settings and the tray menu."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDir

from kith.domain.placeholders import fill
from kith.services.sync import SyncStatus
from kith.ui.text.formatting import plural_fallback


def status_line(status: SyncStatus, now: datetime) -> str:
    """Off, or with whom and how long ago this computer last heard from another."""
    if status.folder is None:
        return QCoreApplication.translate("SyncWords", "Off: this computer syncs with no other.")
    heard = [d for d in status.devices if d.heard_at is not None]
    if not heard:
        return fill(
            QCoreApplication.translate(
                "SyncWords", "Syncing through %1; no other computer heard from yet."
            ),
            QDir.toNativeSeparators(str(status.folder)),
        )
    latest = max(heard, key=lambda d: d.heard_at or now)
    assert latest.heard_at is not None
    return fill(
        QCoreApplication.translate("SyncWords", "Synced with %1 %2."),
        latest.name,
        ago(latest.heard_at, now),
    )


def ago(at: datetime, now: datetime) -> str:
    minutes = max(0, int((now - at).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("SyncWords", "just now")
    if minutes < 60:
        return plural_fallback(
            QCoreApplication.translate("SyncWords", "%n minute(s) ago", "", minutes), minutes
        )
    hours = minutes // 60
    if hours < 48:
        return plural_fallback(
            QCoreApplication.translate("SyncWords", "%n hour(s) ago", "", hours), hours
        )
    days = hours // 24
    return plural_fallback(QCoreApplication.translate("SyncWords", "%n day(s) ago", "", days), days)
