"""All services of one open database, built together so they share one context."""

from __future__ import annotations

from kith.services.archive import ArchiveService
from kith.services.backups import BackupService
from kith.services.calendar_export import CalendarExportService
from kith.services.contacts import ContactsService
from kith.services.context import ChangeBus, ServiceContext
from kith.services.demo import DemoService
from kith.services.followups import FollowUpService
from kith.services.health import HealthService
from kith.services.interactions import InteractionService
from kith.services.live_calendar import LiveCalendarService
from kith.services.meetups import MeetupService
from kith.services.people import PeopleService
from kith.services.profile import ProfileService
from kith.services.reminders import ReminderService
from kith.services.settings import SettingsService
from kith.services.tending import TendingService


class Services:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.people = PeopleService(ctx)
        self.interactions = InteractionService(ctx)
        self.meetups = MeetupService(ctx)
        self.follow_ups = FollowUpService(ctx)
        self.profile = ProfileService(ctx)
        self.settings = SettingsService(ctx)
        self.tending = TendingService(ctx)
        self.health = HealthService(ctx)
        self.demo = DemoService(ctx)
        self.calendar_export = CalendarExportService(ctx, self.meetups)
        self.live_calendar = LiveCalendarService(ctx, self.settings, self.calendar_export)
        self.contacts = ContactsService(ctx)
        self.archive = ArchiveService(ctx)
        self.backups = BackupService(ctx)
        self.reminders = ReminderService(
            ctx, self.people, self.tending, self.meetups, self.follow_ups
        )

    @property
    def changes(self) -> ChangeBus:
        return self.ctx.changes

    def close(self) -> None:
        self.ctx.db.close()
