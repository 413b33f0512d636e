"""Reminder phrases in the GUI go through Qt's translation and QLocale."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kith.domain.reminder_wording import Wording
from kith.ui.reminders.wording import QtWording


def test_every_phrase_is_translatable() -> None:
    phrases = {name for name in vars(Wording) if not name.startswith("_")}
    assert phrases <= set(vars(QtWording)), phrases - set(vars(QtWording))


def test_untranslated_it_reads_like_the_english_wording(qtbot: QtBot) -> None:
    qt, plain = (
        QtWording(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)),
        Wording(),
    )
    assert qt.people_to_see(3) == plain.people_to_see(3)
    assert (
        qt.time_to_see(qt.names_and_more(["Ana", "Ben"], 4)) == "Time to see Ana, Ben and 4 more."
    )
    assert qt.alarm(time(18, 15), ["Ben"], "Boulderhalle") == "At 18:15 with Ben at Boulderhalle."
    assert qt.day(date(2026, 10, 21)) == plain.day(date(2026, 10, 21)) == "Wednesday 21 October"


def test_days_follow_the_locale(qtbot: QtBot) -> None:
    german = QtWording(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert german.day(date(2026, 10, 21)) == "Mittwoch 21 Oktober"
