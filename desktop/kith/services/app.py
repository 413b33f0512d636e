"""All services of one open database, built together so they share one context.

Each service is built on first use, so a command or the window imports only the
modules and libraries of the services it touches. They hold no state, so two threads
building one at the same moment is harmless.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kith.services.context import ChangeBus, ServiceContext

if TYPE_CHECKING:
    from kith.services.archive import ArchiveService
    from kith.services.backups import BackupService
    from kith.services.calendar_export import CalendarExportService
    from kith.services.contacts import ContactsService
    from kith.services.demo import DemoService
    from kith.services.followups import FollowUpService
    from kith.services.health import HealthService
    from kith.services.interactions import InteractionService
    from kith.services.live_calendar import LiveCalendarService
    from kith.services.meetups import MeetupService
    from kith.services.merging import MergingService
    from kith.services.people import PeopleService
    from kith.services.profile import ProfileService
    from kith.services.reminders import ReminderService
    from kith.services.settings import SettingsService
    from kith.services.sync import SyncService
    from kith.services.tending import TendingService
    from kith.services.ties import TieService
    from kith.services.today import TodayService


class Services:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @cached_property
    def people(self) -> PeopleService:
        from kith.services.people import PeopleService

        return PeopleService(self.ctx)

    @cached_property
    def interactions(self) -> InteractionService:
        from kith.services.interactions import InteractionService

        return InteractionService(self.ctx)

    @cached_property
    def meetups(self) -> MeetupService:
        from kith.services.meetups import MeetupService

        return MeetupService(self.ctx)

    @cached_property
    def follow_ups(self) -> FollowUpService:
        from kith.services.followups import FollowUpService

        return FollowUpService(self.ctx)

    @cached_property
    def profile(self) -> ProfileService:
        from kith.services.profile import ProfileService

        return ProfileService(self.ctx)

    @cached_property
    def settings(self) -> SettingsService:
        from kith.services.settings import SettingsService

        return SettingsService(self.ctx)

    @cached_property
    def tending(self) -> TendingService:
        from kith.services.tending import TendingService

        return TendingService(self.ctx)

    @cached_property
    def reminders(self) -> ReminderService:
        from kith.services.reminders import ReminderService

        return ReminderService(self.ctx, self.people, self.tending, self.meetups, self.follow_ups)

    @cached_property
    def today(self) -> TodayService:
        from kith.services.today import TodayService

        return TodayService(self.ctx, self.tending, self.meetups, self.people, self.follow_ups)

    @cached_property
    def health(self) -> HealthService:
        from kith.services.health import HealthService

        return HealthService(self.ctx)

    @cached_property
    def demo(self) -> DemoService:
        from kith.services.demo import DemoService

        return DemoService(self.ctx)

    @cached_property
    def calendar_export(self) -> CalendarExportService:
        from kith.services.calendar_export import CalendarExportService

        return CalendarExportService(self.ctx, self.meetups)

    @cached_property
    def live_calendar(self) -> LiveCalendarService:
        from kith.services.live_calendar import LiveCalendarService

        return LiveCalendarService(self.ctx, self.settings, self.calendar_export)

    @cached_property
    def merging(self) -> MergingService:
        from kith.services.merging import MergingService

        return MergingService(self.ctx)

    @cached_property
    def ties(self) -> TieService:
        from kith.services.ties import TieService

        return TieService(self.ctx)

    @cached_property
    def contacts(self) -> ContactsService:
        from kith.services.contacts import ContactsService

        return ContactsService(self.ctx)

    @cached_property
    def archive(self) -> ArchiveService:
        from kith.services.archive import ArchiveService

        return ArchiveService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        from kith.services.backups import BackupService

        return BackupService(self.ctx)

    @cached_property
    def sync(self) -> SyncService:
        from kith.services.sync import SyncService

        return SyncService(self.ctx)

    @property
    def changes(self) -> ChangeBus:
        return self.ctx.changes

    def close(self) -> None:
        if "tending" in self.__dict__:  # built: it follows the bus for its kept list
            self.tending.close()
        self.ctx.db.close()
