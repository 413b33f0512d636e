"""The Plans model groups meetups by the user's week and passes Qt's model checks."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt

from kith.services.app import Services
from kith.ui.plans.model import Column, PlansModel, week_start
from tests.ui.plans_support import add_person, plan


def test_week_start_follows_the_first_day_of_the_week() -> None:
    sunday = date(2026, 11, 22)
    assert week_start(sunday, 1) == date(2026, 11, 16)  # Monday-first locales
    assert week_start(sunday, 7) == sunday  # Sunday-first locales


def _titles(model: PlansModel) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        grouped[group.data()] = [
            model.index(r, 0, group).data() for r in range(model.rowCount(group))
        ]
    return grouped


def test_groups_by_week_with_ideas_last(services: Services, qtmodeltester: object) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        ana = add_person(services, "Ana Sari")
        # Today is Sunday 22 November 2026; British weeks start on Monday.
        plan(services, "Coffee", (ana,), at=datetime(2026, 11, 22, 18, 0))
        plan(services, "Lunch", (ana,), at=datetime(2026, 11, 20, 12, 0))
        plan(services, "Hike", (ana,), at=datetime(2026, 11, 24, 7, 30))
        plan(services, "Picnic", (ana,), on_day=date(2026, 11, 29))
        plan(services, "Concert", (ana,), at=datetime(2026, 12, 9, 19, 0))
        plan(services, "Pottery someday", (ana,))
        model = PlansModel(date(2026, 11, 22), services.ctx.clock.zone())
        model.load(services.meetups.list(), date(2026, 11, 22), services.ctx.clock.zone())
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        assert _titles(model) == {
            "This week": ["Lunch", "Coffee"],
            "Next week": ["Hike", "Picnic"],
            "Week of 7 December": ["Concert"],
            "Ideas without a day": ["Pottery someday"],
        }
        hike = model.index(0, Column.WHEN, model.index(1, 0))
        assert hike.data() == "Tue, 24 Nov · 07:30–09:30"
        picnic = model.index(1, Column.WHEN, model.index(1, 0))
        assert picnic.data() == "Sun, 29 Nov · all day"
        assert model.index(0, Column.PEOPLE, model.index(1, 0)).data() == "Ana Sari"
        this_week = model.index(0, 0)
        # A planned meetup whose day has passed is waiting to be marked done.
        assert model.index(0, Column.STATUS, this_week).data() == "Not marked done yet"
        assert model.index(1, Column.STATUS, this_week).data() == "Planned"
        assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    finally:
        QLocale.setDefault(QLocale.c())


def test_empty_model_passes_checks(qtmodeltester: object) -> None:
    model = PlansModel(date(2026, 11, 22), ZoneInfo("UTC"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 0
