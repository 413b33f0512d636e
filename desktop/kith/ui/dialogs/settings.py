"""Reminder settings: digest time, quiet hours, start at login, start in the tray, what
closing the window does where there is no tray, how reminders arrive now, and a test.

Every change applies at once; there is nothing to save and nothing to lose.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.system.autostart import Autostart
from kith.ui.dialogs.sync_settings import SyncSettings
from kith.ui.interchange.calendar_export import LiveCalendarSettings
from kith.ui.shell import start_at_login
from kith.ui.text.error_text import explain, explain_term
from kith.ui.text.i18n import language_choices, language_override, set_language_override

if TYPE_CHECKING:
    from kith.ui.reminders.delivery import ReminderDelivery

log = logging.getLogger(__name__)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class SettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        autostart: Autostart,
        send_test: Callable[[str, str], str],
        parent: QWidget | None = None,
        *,
        delivery: ReminderDelivery | None = None,
        tray: bool = True,
    ) -> None:
        """`delivery` says how reminders arrive now; without a `tray`, the dialog also
        offers what closing the window does."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kith Settings"))
        self._services = services
        self._autostart = autostart
        self._send_test = send_test
        current = services.reminders.settings()
        self.digest_time = self._time_edit(current.digest_time)
        self.digest_time.setAccessibleName(self.tr("Daily reminder time"))
        self.quiet_start = self._time_edit(current.quiet_start)
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end = self._time_edit(current.quiet_end)
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        self.start_at_login = QCheckBox(self.tr("Start Kith when I log in"), self)
        self.start_at_login.setChecked(self._login_enabled())
        self.start_minimised = QCheckBox(self.tr("Start in the tray, without the window"), self)
        self.start_minimised.setChecked(services.settings.start_minimised)
        # Starting in a tray that does not exist would hide Kith from view entirely.
        self.start_minimised.setVisible(tray)
        self.run_without_window = QCheckBox(
            self.tr("Keep reminding in the background when the window closes"), self
        )
        self.run_without_window.setChecked(services.settings.run_without_window)
        self.run_without_window.setVisible(not tray)
        self._delivery = delivery
        self.delivery_way = QLabel(self)
        self.delivery_way.setWordWrap(True)
        self.delivery_way.setVisible(delivery is not None)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in language_choices():
            self.language.addItem(label, code or "")
        chosen = self.language.findData(language_override() or "")
        self.language.setCurrentIndex(max(0, chosen))
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Send a test reminder"), self)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)

        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to"), self))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        digest = QHBoxLayout()
        digest.addWidget(self.digest_time)
        digest.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Daily reminder at"), digest)
        form.addRow(self.tr("Quiet hours from"), quiet)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        explain = QLabel(
            self.tr(
                "One reminder a day names who to see. Nothing comes in quiet hours except "
                "the alarm of a meetup you planned."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(self.start_at_login)
        layout.addWidget(self.start_minimised)
        layout.addWidget(self.run_without_window)
        layout.addSpacing(8)
        self.live_calendar = LiveCalendarSettings(services, self)
        layout.addWidget(self.live_calendar)
        layout.addSpacing(8)
        self.sync = SyncSettings(services, self)
        layout.addWidget(self.sync)
        layout.addSpacing(8)
        layout.addWidget(self.delivery_way)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.close)
        self.setMinimumWidth(420)
        self._connect_signals()
        self._on_way_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        """Grow to the height the wrapped explanations need at this width (up to the
        screen's): a window is sized by its hint before a status line or a language
        changes the text, and would otherwise squeeze them into clipped lines."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _time_edit(self, value: time) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value), self)
        # The language's way of writing a time: "09.00" in Indonesian, "9:00 AM" in the US.
        edit.setDisplayFormat(self.locale().timeFormat(QLocale.FormatType.ShortFormat))
        return edit

    def _connect_signals(self) -> None:
        self.digest_time.timeChanged.connect(self._on_times_changed)
        self.quiet_start.timeChanged.connect(self._on_times_changed)
        self.quiet_end.timeChanged.connect(self._on_times_changed)
        self.start_at_login.toggled.connect(self._on_start_at_login_toggled)
        self.start_minimised.toggled.connect(self._on_start_minimised_toggled)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.run_without_window.toggled.connect(self._on_run_without_window_toggled)
        if self._delivery is not None:
            self._delivery.way_changed.connect(self._on_way_changed)

    def _login_enabled(self) -> bool:
        return start_at_login.is_on(self._autostart, self._services.settings)

    def _on_times_changed(self) -> None:
        self._services.reminders.update_settings(
            digest_time=_time(self.digest_time.time()),
            quiet_start=_time(self.quiet_start.time()),
            quiet_end=_time(self.quiet_end.time()),
        )

    def _on_start_at_login_toggled(self, on: bool) -> None:
        try:
            start_at_login.switch(self._autostart, self._services.settings, on)
        except OSError as exc:
            log.warning("could not change start at login: %s", exc)
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not on)
            self.start_at_login.blockSignals(False)
            self.test_result.setText(
                fill(self.tr("Could not change starting at login: %1"), explain(exc))
            )

    def _on_language_changed(self) -> None:
        code = self.language.currentData()
        set_language_override(code or None)
        self.language_note.setText(self.tr("Kith speaks the new language from its next start."))

    def _on_start_minimised_toggled(self, on: bool) -> None:
        self._services.settings.start_minimised = on

    def _on_run_without_window_toggled(self, on: bool) -> None:
        settings = self._services.settings
        settings.run_without_window = on
        settings.asked_about_closing = True  # chosen here: closing need not ask again

    def _on_way_changed(self) -> None:
        if self._delivery is not None:
            self.delivery_way.setText(self._delivery.describe())

    def _on_test_clicked(self) -> None:
        try:
            by = self._send_test(
                self.tr("Kith is working"), self.tr("This is how a reminder from Kith looks.")
            )
        except Exception as exc:  # shown to the user, not raised
            self.test_result.setText(fill(self.tr("No reminder could be shown: %1"), explain(exc)))
            return
        # A notifier's name is marked for translation where the notifier is written.
        self.test_result.setText(fill(self.tr("Sent by %1."), explain_term(by)))
