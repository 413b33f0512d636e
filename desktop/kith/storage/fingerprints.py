# ruff: noqa: E501 (index SQL is kept whole, as SQLite stores it)
"""The schema each known revision must have, as its migrations make it.

Written by `python -m kith.storage.reference`; a test proves it equal to what the
migrations produce, so it cannot drift from them. Do not edit by hand.
"""

from kith.storage.fingerprint import Fingerprint, Index, Table

EXPECTED: dict[str, Fingerprint] = {
    "0001": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
        },
        triggers={},
        views={},
    ),
    "0002": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0003": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0004": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0005": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                    ("organisation", "TEXT", True, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0006": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "known_card": Table(
                columns=(("uid", "VARCHAR(255)", True, 1, 0), ("person_id", "INTEGER", True, 0, 0)),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                    ("organisation", "TEXT", True, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_known_card_person_id": Index(
                table="known_card",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_known_card_person_id ON known_card (person_id)",
            ),
            "sqlite_autoindex_known_card_1": Index(
                table="known_card", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0007": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "group_member": Table(
                columns=(("group_id", "INTEGER", True, 1, 0), ("person_id", "INTEGER", True, 2, 0)),
                foreign_keys=(
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                    ("person_group", "group_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "known_card": Table(
                columns=(("uid", "VARCHAR(255)", True, 1, 0), ("person_id", "INTEGER", True, 0, 0)),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                    ("organisation", "TEXT", True, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_group": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(100)", True, 0, 0)),
                foreign_keys=(),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
            "tie": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("other_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                ),
                foreign_keys=(
                    ("person", "other_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_group_member_person": Index(
                table="group_member",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_group_member_person ON group_member (person_id)",
            ),
            "sqlite_autoindex_group_member_1": Index(
                table="group_member",
                columns=("group_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_known_card_person_id": Index(
                table="known_card",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_known_card_person_id ON known_card (person_id)",
            ),
            "sqlite_autoindex_known_card_1": Index(
                table="known_card", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "sqlite_autoindex_person_group_1": Index(
                table="person_group", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_tie_other_id": Index(
                table="tie",
                columns=("other_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_tie_other_id ON tie (other_id)",
            ),
            "sqlite_autoindex_tie_1": Index(
                table="tie", columns=("person_id", "other_id"), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0008": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "group_member": Table(
                columns=(("group_id", "INTEGER", True, 1, 0), ("person_id", "INTEGER", True, 2, 0)),
                foreign_keys=(
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                    ("person_group", "group_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "known_card": Table(
                columns=(("uid", "VARCHAR(255)", True, 1, 0), ("person_id", "INTEGER", True, 0, 0)),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                    ("organisation", "TEXT", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_group": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(100)", True, 0, 0)),
                foreign_keys=(),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
            "sync_device": Table(
                columns=(
                    ("device", "VARCHAR(36)", True, 1, 0),
                    ("name", "TEXT", True, 0, 0),
                    ("last_hlc", "VARCHAR(24)", True, 0, 0),
                    ("heard_at", "DATETIME", False, 0, 0),
                    ("seen", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "sync_file": Table(
                columns=(("path", "TEXT", True, 1, 0), ("size", "INTEGER", True, 0, 0)),
                foreign_keys=(),
            ),
            "sync_shadow": Table(
                columns=(
                    ("record", "VARCHAR(80)", True, 1, 0),
                    ("field", "VARCHAR(300)", True, 2, 0),
                    ("hlc", "VARCHAR(24)", True, 3, 0),
                    ("device", "VARCHAR(36)", True, 4, 0),
                    ("kind", "VARCHAR(32)", True, 0, 0),
                    ("state", "VARCHAR(4)", True, 0, 0),
                    ("value", "TEXT", False, 0, 0),
                    ("base", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "tie": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("other_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                ),
                foreign_keys=(
                    ("person", "other_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_contact_method_sync_id": Index(
                table="contact_method",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_contact_method_sync_id ON contact_method (sync_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_follow_up_sync_id": Index(
                table="follow_up",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_follow_up_sync_id ON follow_up (sync_id)",
            ),
            "ix_group_member_person": Index(
                table="group_member",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_group_member_person ON group_member (person_id)",
            ),
            "sqlite_autoindex_group_member_1": Index(
                table="group_member",
                columns=("group_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_important_date_sync_id": Index(
                table="important_date",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_important_date_sync_id ON important_date (sync_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_sync_id": Index(
                table="interaction",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_interaction_sync_id ON interaction (sync_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_known_card_person_id": Index(
                table="known_card",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_known_card_person_id ON known_card (person_id)",
            ),
            "sqlite_autoindex_known_card_1": Index(
                table="known_card", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "ix_meetup_sync_id": Index(
                table="meetup",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_meetup_sync_id ON meetup (sync_id)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_sync_id": Index(
                table="person",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_person_sync_id ON person (sync_id)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "sqlite_autoindex_person_group_1": Index(
                table="person_group", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_device_1": Index(
                table="sync_device", columns=("device",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_file_1": Index(
                table="sync_file", columns=("path",), unique=True, partial=False, sql=None
            ),
            "ix_sync_shadow_device": Index(
                table="sync_shadow",
                columns=("device", "hlc"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_sync_shadow_device ON sync_shadow (device, hlc)",
            ),
            "ix_sync_shadow_state": Index(
                table="sync_shadow",
                columns=("state", "record"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_sync_shadow_state ON sync_shadow (state, record)",
            ),
            "sqlite_autoindex_sync_shadow_1": Index(
                table="sync_shadow",
                columns=("record", "field", "hlc", "device"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_tie_other_id": Index(
                table="tie",
                columns=("other_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_tie_other_id ON tie (other_id)",
            ),
            "sqlite_autoindex_tie_1": Index(
                table="tie", columns=("person_id", "other_id"), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0009": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "group_member": Table(
                columns=(("group_id", "INTEGER", True, 1, 0), ("person_id", "INTEGER", True, 2, 0)),
                foreign_keys=(
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                    ("person_group", "group_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "known_card": Table(
                columns=(("uid", "VARCHAR(255)", True, 1, 0), ("person_id", "INTEGER", True, 0, 0)),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                    ("organisation", "TEXT", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_group": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(100)", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
            "sync_device": Table(
                columns=(
                    ("device", "VARCHAR(36)", True, 1, 0),
                    ("name", "TEXT", True, 0, 0),
                    ("last_hlc", "VARCHAR(24)", True, 0, 0),
                    ("heard_at", "DATETIME", False, 0, 0),
                    ("seen", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "sync_file": Table(
                columns=(("path", "TEXT", True, 1, 0), ("size", "INTEGER", True, 0, 0)),
                foreign_keys=(),
            ),
            "sync_shadow": Table(
                columns=(
                    ("record", "VARCHAR(80)", True, 1, 0),
                    ("field", "VARCHAR(300)", True, 2, 0),
                    ("hlc", "VARCHAR(24)", True, 3, 0),
                    ("device", "VARCHAR(36)", True, 4, 0),
                    ("kind", "VARCHAR(32)", True, 0, 0),
                    ("state", "VARCHAR(4)", True, 0, 0),
                    ("value", "TEXT", False, 0, 0),
                    ("base", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "tie": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("other_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                ),
                foreign_keys=(
                    ("person", "other_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_contact_method_sync_id": Index(
                table="contact_method",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_contact_method_sync_id ON contact_method (sync_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_follow_up_sync_id": Index(
                table="follow_up",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_follow_up_sync_id ON follow_up (sync_id)",
            ),
            "ix_group_member_person": Index(
                table="group_member",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_group_member_person ON group_member (person_id)",
            ),
            "sqlite_autoindex_group_member_1": Index(
                table="group_member",
                columns=("group_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_important_date_sync_id": Index(
                table="important_date",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_important_date_sync_id ON important_date (sync_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_sync_id": Index(
                table="interaction",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_interaction_sync_id ON interaction (sync_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_known_card_person_id": Index(
                table="known_card",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_known_card_person_id ON known_card (person_id)",
            ),
            "sqlite_autoindex_known_card_1": Index(
                table="known_card", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "ix_meetup_sync_id": Index(
                table="meetup",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_meetup_sync_id ON meetup (sync_id)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_sync_id": Index(
                table="person",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_person_sync_id ON person (sync_id)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_group_sync_id": Index(
                table="person_group",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_person_group_sync_id ON person_group (sync_id)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_device_1": Index(
                table="sync_device", columns=("device",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_file_1": Index(
                table="sync_file", columns=("path",), unique=True, partial=False, sql=None
            ),
            "ix_sync_shadow_device": Index(
                table="sync_shadow",
                columns=("device", "hlc"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_sync_shadow_device ON sync_shadow (device, hlc)",
            ),
            "ix_sync_shadow_state": Index(
                table="sync_shadow",
                columns=("state", "record"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_sync_shadow_state ON sync_shadow (state, record)",
            ),
            "sqlite_autoindex_sync_shadow_1": Index(
                table="sync_shadow",
                columns=("record", "field", "hlc", "device"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_tie_other_id": Index(
                table="tie",
                columns=("other_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_tie_other_id ON tie (other_id)",
            ),
            "sqlite_autoindex_tie_1": Index(
                table="tie", columns=("person_id", "other_id"), unique=True, partial=False, sql=None
            ),
        },
        triggers={},
        views={},
    ),
    "0010": Fingerprint(
        tables={
            "alembic_version": Table(
                columns=(("version_num", "VARCHAR(32)", True, 1, 0),), foreign_keys=()
            ),
            "circle": Table(
                columns=(
                    ("key", "VARCHAR(16)", True, 1, 0),
                    ("rhythm_days", "INTEGER", True, 0, 0),
                    ("position", "INTEGER", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "contact_method": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("value", "TEXT", True, 0, 0),
                    ("label", "VARCHAR(60)", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "follow_up": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("text", "TEXT", True, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("done_at", "DATETIME", False, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "group_member": Table(
                columns=(("group_id", "INTEGER", True, 1, 0), ("person_id", "INTEGER", True, 2, 0)),
                foreign_keys=(
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                    ("person_group", "group_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "important_date": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("label", "VARCHAR(200)", True, 0, 0),
                    ("month", "INTEGER", True, 0, 0),
                    ("day", "INTEGER", True, 0, 0),
                    ("year", "INTEGER", False, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "interaction": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("occurred_on", "DATE", True, 0, 0),
                    ("mode", "VARCHAR(16)", True, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                    ("meetup_id", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("meetup", "meetup_id", "id", "NO ACTION", "SET NULL"),),
            ),
            "interaction_person": Table(
                columns=(
                    ("interaction_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interaction", "interaction_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "interest": Table(
                columns=(("id", "INTEGER", True, 1, 0), ("name", "VARCHAR(60)", True, 0, 0)),
                foreign_keys=(),
            ),
            "known_card": Table(
                columns=(("uid", "VARCHAR(255)", True, 1, 0), ("person_id", "INTEGER", True, 0, 0)),
                foreign_keys=(("person", "person_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "me_interest": Table(
                columns=(("interest_id", "INTEGER", True, 1, 0),),
                foreign_keys=(("interest", "interest_id", "id", "NO ACTION", "CASCADE"),),
            ),
            "meetup": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("uid", "VARCHAR(255)", True, 0, 0),
                    ("sequence", "INTEGER", True, 0, 0),
                    ("title", "VARCHAR(300)", True, 0, 0),
                    ("status", "VARCHAR(16)", True, 0, 0),
                    ("starts_at", "DATETIME", False, 0, 0),
                    ("on_day", "DATE", False, 0, 0),
                    ("tzid", "VARCHAR(64)", True, 0, 0),
                    ("duration_minutes", "INTEGER", False, 0, 0),
                    ("place", "TEXT", True, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("alarm_minutes", "INTEGER", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(),
            ),
            "meetup_person": Table(
                columns=(
                    ("meetup_id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("meetup", "meetup_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "person": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(200)", True, 0, 0),
                    ("nickname", "VARCHAR(200)", False, 0, 0),
                    ("circle", "VARCHAR(16)", True, 0, 0),
                    ("rhythm_days", "INTEGER", False, 0, 0),
                    ("notes", "TEXT", True, 0, 0),
                    ("lean_on", "BOOLEAN", True, 0, 0),
                    ("archived", "BOOLEAN", True, 0, 0),
                    ("card_uid", "VARCHAR(255)", False, 0, 0),
                    ("created_at", "DATETIME", True, 0, 0),
                    ("updated_at", "DATETIME", True, 0, 0),
                    ("last_in_person_on", "DATE", False, 0, 0),
                    ("last_talked_on", "DATE", False, 0, 0),
                    ("snoozed_until", "DATE", False, 0, 0),
                    ("organisation", "TEXT", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(("circle", "circle", "key", "NO ACTION", "NO ACTION"),),
            ),
            "person_group": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("name", "VARCHAR(100)", True, 0, 0),
                    ("sync_id", "VARCHAR(36)", False, 0, 0),
                ),
                foreign_keys=(),
            ),
            "person_interest": Table(
                columns=(
                    ("person_id", "INTEGER", True, 1, 0),
                    ("interest_id", "INTEGER", True, 2, 0),
                ),
                foreign_keys=(
                    ("interest", "interest_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
            "reminder_delivery": Table(
                columns=(
                    ("key", "VARCHAR(300)", True, 1, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("delivered_at", "DATETIME", True, 0, 0),
                    ("title", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "setting": Table(
                columns=(("key", "VARCHAR(100)", True, 1, 0), ("value", "TEXT", True, 0, 0)),
                foreign_keys=(),
            ),
            "sync_device": Table(
                columns=(
                    ("device", "VARCHAR(36)", True, 1, 0),
                    ("name", "TEXT", True, 0, 0),
                    ("last_hlc", "VARCHAR(24)", True, 0, 0),
                    ("heard_at", "DATETIME", False, 0, 0),
                    ("seen", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "sync_file": Table(
                columns=(("path", "TEXT", True, 1, 0), ("size", "INTEGER", True, 0, 0)),
                foreign_keys=(),
            ),
            "sync_journal": Table(
                columns=(("entry", "VARCHAR(120)", True, 1, 0),), foreign_keys=()
            ),
            "sync_record": Table(
                columns=(
                    ("record", "VARCHAR(80)", True, 1, 0),
                    ("kind", "VARCHAR(32)", True, 0, 0),
                    ("own", "VARCHAR(24)", True, 0, 0),
                    ("lost", "INTEGER", True, 0, 0),
                    ("fields", "TEXT", True, 0, 0),
                ),
                foreign_keys=(),
            ),
            "tie": Table(
                columns=(
                    ("id", "INTEGER", True, 1, 0),
                    ("person_id", "INTEGER", True, 0, 0),
                    ("other_id", "INTEGER", True, 0, 0),
                    ("kind", "VARCHAR(16)", True, 0, 0),
                    ("note", "TEXT", True, 0, 0),
                ),
                foreign_keys=(
                    ("person", "other_id", "id", "NO ACTION", "CASCADE"),
                    ("person", "person_id", "id", "NO ACTION", "CASCADE"),
                ),
            ),
        },
        indexes={
            "sqlite_autoindex_alembic_version_1": Index(
                table="alembic_version",
                columns=("version_num",),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_circle_1": Index(
                table="circle", columns=("key",), unique=True, partial=False, sql=None
            ),
            "ix_contact_method_person_id": Index(
                table="contact_method",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_contact_method_person_id ON contact_method (person_id)",
            ),
            "ix_contact_method_sync_id": Index(
                table="contact_method",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_contact_method_sync_id ON contact_method (sync_id)",
            ),
            "ix_follow_up_person_id": Index(
                table="follow_up",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_follow_up_person_id ON follow_up (person_id)",
            ),
            "ix_follow_up_sync_id": Index(
                table="follow_up",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_follow_up_sync_id ON follow_up (sync_id)",
            ),
            "ix_group_member_person": Index(
                table="group_member",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_group_member_person ON group_member (person_id)",
            ),
            "sqlite_autoindex_group_member_1": Index(
                table="group_member",
                columns=("group_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_important_date_month_day": Index(
                table="important_date",
                columns=("month", "day"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_month_day ON important_date (month, day)",
            ),
            "ix_important_date_person_id": Index(
                table="important_date",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_important_date_person_id ON important_date (person_id)",
            ),
            "ix_important_date_sync_id": Index(
                table="important_date",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_important_date_sync_id ON important_date (sync_id)",
            ),
            "ix_interaction_meetup_id": Index(
                table="interaction",
                columns=("meetup_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_meetup_id ON interaction (meetup_id)",
            ),
            "ix_interaction_sync_id": Index(
                table="interaction",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_interaction_sync_id ON interaction (sync_id)",
            ),
            "ix_interaction_when": Index(
                table="interaction",
                columns=("occurred_on", "mode"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_when ON interaction (occurred_on, mode)",
            ),
            "ix_interaction_person_person": Index(
                table="interaction_person",
                columns=("person_id", "interaction_id"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_interaction_person_person ON interaction_person (person_id, interaction_id)",
            ),
            "sqlite_autoindex_interaction_person_1": Index(
                table="interaction_person",
                columns=("interaction_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "sqlite_autoindex_interest_1": Index(
                table="interest", columns=("name",), unique=True, partial=False, sql=None
            ),
            "ix_known_card_person_id": Index(
                table="known_card",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_known_card_person_id ON known_card (person_id)",
            ),
            "sqlite_autoindex_known_card_1": Index(
                table="known_card", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_on_day": Index(
                table="meetup",
                columns=("on_day",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_on_day ON meetup (on_day)",
            ),
            "ix_meetup_starts_at": Index(
                table="meetup",
                columns=("starts_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_starts_at ON meetup (starts_at)",
            ),
            "ix_meetup_status": Index(
                table="meetup",
                columns=("status",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_status ON meetup (status)",
            ),
            "ix_meetup_sync_id": Index(
                table="meetup",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_meetup_sync_id ON meetup (sync_id)",
            ),
            "sqlite_autoindex_meetup_1": Index(
                table="meetup", columns=("uid",), unique=True, partial=False, sql=None
            ),
            "ix_meetup_person_person": Index(
                table="meetup_person",
                columns=("person_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_meetup_person_person ON meetup_person (person_id)",
            ),
            "sqlite_autoindex_meetup_person_1": Index(
                table="meetup_person",
                columns=("meetup_id", "person_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_person_card_uid": Index(
                table="person",
                columns=("card_uid",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_card_uid ON person (card_uid)",
            ),
            "ix_person_name": Index(
                table="person",
                columns=("name",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_name ON person (name)",
            ),
            "ix_person_sync_id": Index(
                table="person",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_person_sync_id ON person (sync_id)",
            ),
            "ix_person_tending": Index(
                table="person",
                columns=("archived", "last_in_person_on"),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_tending ON person (archived, last_in_person_on)",
            ),
            "ix_person_group_sync_id": Index(
                table="person_group",
                columns=("sync_id",),
                unique=True,
                partial=False,
                sql="CREATE UNIQUE INDEX ix_person_group_sync_id ON person_group (sync_id)",
            ),
            "ix_person_interest_interest": Index(
                table="person_interest",
                columns=("interest_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_person_interest_interest ON person_interest (interest_id)",
            ),
            "sqlite_autoindex_person_interest_1": Index(
                table="person_interest",
                columns=("person_id", "interest_id"),
                unique=True,
                partial=False,
                sql=None,
            ),
            "ix_reminder_delivery_at": Index(
                table="reminder_delivery",
                columns=("delivered_at",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_reminder_delivery_at ON reminder_delivery (delivered_at)",
            ),
            "sqlite_autoindex_reminder_delivery_1": Index(
                table="reminder_delivery", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_setting_1": Index(
                table="setting", columns=("key",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_device_1": Index(
                table="sync_device", columns=("device",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_file_1": Index(
                table="sync_file", columns=("path",), unique=True, partial=False, sql=None
            ),
            "sqlite_autoindex_sync_journal_1": Index(
                table="sync_journal", columns=("entry",), unique=True, partial=False, sql=None
            ),
            "ix_sync_record_lost": Index(
                table="sync_record",
                columns=("lost",),
                unique=False,
                partial=True,
                sql="CREATE INDEX ix_sync_record_lost ON sync_record (lost) WHERE lost = 1",
            ),
            "ix_sync_record_own": Index(
                table="sync_record",
                columns=("own",),
                unique=False,
                partial=True,
                sql="CREATE INDEX ix_sync_record_own ON sync_record (own) WHERE own != ''",
            ),
            "sqlite_autoindex_sync_record_1": Index(
                table="sync_record", columns=("record",), unique=True, partial=False, sql=None
            ),
            "ix_tie_other_id": Index(
                table="tie",
                columns=("other_id",),
                unique=False,
                partial=False,
                sql="CREATE INDEX ix_tie_other_id ON tie (other_id)",
            ),
            "sqlite_autoindex_tie_1": Index(
                table="tie", columns=("person_id", "other_id"), unique=True, partial=False, sql=None
            ),
        },
        triggers={
            "sync_journal_person_insert": "CREATE TRIGGER sync_journal_person_insert AFTER INSERT ON person BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#person:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#person:' || NEW.id)); END",
            "sync_journal_person_update": "CREATE TRIGGER sync_journal_person_update AFTER UPDATE ON person BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#person:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#person:' || NEW.id)); END",
            "sync_journal_person_delete": "CREATE TRIGGER sync_journal_person_delete AFTER DELETE ON person BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#person:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#person:' || OLD.id)); END",
            "sync_journal_contact_method_insert": "CREATE TRIGGER sync_journal_contact_method_insert AFTER INSERT ON contact_method BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#contact_method:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#contact_method:' || NEW.id)); END",
            "sync_journal_contact_method_update": "CREATE TRIGGER sync_journal_contact_method_update AFTER UPDATE ON contact_method BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#contact_method:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#contact_method:' || NEW.id)); END",
            "sync_journal_contact_method_delete": "CREATE TRIGGER sync_journal_contact_method_delete AFTER DELETE ON contact_method BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#contact_method:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#contact_method:' || OLD.id)); END",
            "sync_journal_important_date_insert": "CREATE TRIGGER sync_journal_important_date_insert AFTER INSERT ON important_date BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#important_date:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#important_date:' || NEW.id)); END",
            "sync_journal_important_date_update": "CREATE TRIGGER sync_journal_important_date_update AFTER UPDATE ON important_date BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#important_date:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#important_date:' || NEW.id)); END",
            "sync_journal_important_date_delete": "CREATE TRIGGER sync_journal_important_date_delete AFTER DELETE ON important_date BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#important_date:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#important_date:' || OLD.id)); END",
            "sync_journal_follow_up_insert": "CREATE TRIGGER sync_journal_follow_up_insert AFTER INSERT ON follow_up BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#follow_up:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#follow_up:' || NEW.id)); END",
            "sync_journal_follow_up_update": "CREATE TRIGGER sync_journal_follow_up_update AFTER UPDATE ON follow_up BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#follow_up:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#follow_up:' || NEW.id)); END",
            "sync_journal_follow_up_delete": "CREATE TRIGGER sync_journal_follow_up_delete AFTER DELETE ON follow_up BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#follow_up:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#follow_up:' || OLD.id)); END",
            "sync_journal_interaction_insert": "CREATE TRIGGER sync_journal_interaction_insert AFTER INSERT ON interaction BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#interaction:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#interaction:' || NEW.id)); END",
            "sync_journal_interaction_update": "CREATE TRIGGER sync_journal_interaction_update AFTER UPDATE ON interaction BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#interaction:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#interaction:' || NEW.id)); END",
            "sync_journal_interaction_delete": "CREATE TRIGGER sync_journal_interaction_delete AFTER DELETE ON interaction BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#interaction:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#interaction:' || OLD.id)); END",
            "sync_journal_meetup_insert": "CREATE TRIGGER sync_journal_meetup_insert AFTER INSERT ON meetup BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#meetup:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#meetup:' || NEW.id)); END",
            "sync_journal_meetup_update": "CREATE TRIGGER sync_journal_meetup_update AFTER UPDATE ON meetup BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#meetup:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#meetup:' || NEW.id)); END",
            "sync_journal_meetup_delete": "CREATE TRIGGER sync_journal_meetup_delete AFTER DELETE ON meetup BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#meetup:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#meetup:' || OLD.id)); END",
            "sync_journal_person_group_insert": "CREATE TRIGGER sync_journal_person_group_insert AFTER INSERT ON person_group BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#group:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#group:' || NEW.id)); END",
            "sync_journal_person_group_update": "CREATE TRIGGER sync_journal_person_group_update AFTER UPDATE ON person_group BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(NEW.sync_id, '#group:' || NEW.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(NEW.sync_id, '#group:' || NEW.id)); END",
            "sync_journal_person_group_delete": "CREATE TRIGGER sync_journal_person_group_delete AFTER DELETE ON person_group BEGIN INSERT INTO sync_journal (entry) SELECT coalesce(OLD.sync_id, '#group:' || OLD.id) WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce(OLD.sync_id, '#group:' || OLD.id)); END",
            "sync_journal_person_interest_insert": "CREATE TRIGGER sync_journal_person_interest_insert AFTER INSERT ON person_interest BEGIN INSERT INTO sync_journal (entry) SELECT '#person:' || NEW.person_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#person:' || NEW.person_id); END",
            "sync_journal_person_interest_update": "CREATE TRIGGER sync_journal_person_interest_update AFTER UPDATE ON person_interest BEGIN INSERT INTO sync_journal (entry) SELECT '#person:' || NEW.person_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#person:' || NEW.person_id); END",
            "sync_journal_person_interest_delete": "CREATE TRIGGER sync_journal_person_interest_delete AFTER DELETE ON person_interest BEGIN INSERT INTO sync_journal (entry) SELECT '#person:' || OLD.person_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#person:' || OLD.person_id); END",
            "sync_journal_known_card_insert": "CREATE TRIGGER sync_journal_known_card_insert AFTER INSERT ON known_card BEGIN INSERT INTO sync_journal (entry) SELECT '#person:' || NEW.person_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#person:' || NEW.person_id); END",
            "sync_journal_known_card_update": "CREATE TRIGGER sync_journal_known_card_update AFTER UPDATE ON known_card BEGIN INSERT INTO sync_journal (entry) SELECT '#person:' || NEW.person_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#person:' || NEW.person_id); END",
            "sync_journal_known_card_delete": "CREATE TRIGGER sync_journal_known_card_delete AFTER DELETE ON known_card BEGIN INSERT INTO sync_journal (entry) SELECT '#person:' || OLD.person_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#person:' || OLD.person_id); END",
            "sync_journal_meetup_person_insert": "CREATE TRIGGER sync_journal_meetup_person_insert AFTER INSERT ON meetup_person BEGIN INSERT INTO sync_journal (entry) SELECT '#meetup:' || NEW.meetup_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#meetup:' || NEW.meetup_id); END",
            "sync_journal_meetup_person_update": "CREATE TRIGGER sync_journal_meetup_person_update AFTER UPDATE ON meetup_person BEGIN INSERT INTO sync_journal (entry) SELECT '#meetup:' || NEW.meetup_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#meetup:' || NEW.meetup_id); END",
            "sync_journal_meetup_person_delete": "CREATE TRIGGER sync_journal_meetup_person_delete AFTER DELETE ON meetup_person BEGIN INSERT INTO sync_journal (entry) SELECT '#meetup:' || OLD.meetup_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#meetup:' || OLD.meetup_id); END",
            "sync_journal_interaction_person_insert": "CREATE TRIGGER sync_journal_interaction_person_insert AFTER INSERT ON interaction_person BEGIN INSERT INTO sync_journal (entry) SELECT '#interaction:' || NEW.interaction_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#interaction:' || NEW.interaction_id); END",
            "sync_journal_interaction_person_update": "CREATE TRIGGER sync_journal_interaction_person_update AFTER UPDATE ON interaction_person BEGIN INSERT INTO sync_journal (entry) SELECT '#interaction:' || NEW.interaction_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#interaction:' || NEW.interaction_id); END",
            "sync_journal_interaction_person_delete": "CREATE TRIGGER sync_journal_interaction_person_delete AFTER DELETE ON interaction_person BEGIN INSERT INTO sync_journal (entry) SELECT '#interaction:' || OLD.interaction_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#interaction:' || OLD.interaction_id); END",
            "sync_journal_group_member_insert": "CREATE TRIGGER sync_journal_group_member_insert AFTER INSERT ON group_member BEGIN INSERT INTO sync_journal (entry) SELECT '#group:' || NEW.group_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#group:' || NEW.group_id); END",
            "sync_journal_group_member_update": "CREATE TRIGGER sync_journal_group_member_update AFTER UPDATE ON group_member BEGIN INSERT INTO sync_journal (entry) SELECT '#group:' || NEW.group_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#group:' || NEW.group_id); END",
            "sync_journal_group_member_delete": "CREATE TRIGGER sync_journal_group_member_delete AFTER DELETE ON group_member BEGIN INSERT INTO sync_journal (entry) SELECT '#group:' || OLD.group_id WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = '#group:' || OLD.group_id); END",
            "sync_journal_tie_insert": "CREATE TRIGGER sync_journal_tie_insert AFTER INSERT ON tie BEGIN INSERT INTO sync_journal (entry) SELECT coalesce('#tie:' || (SELECT sync_id FROM person WHERE id = NEW.person_id) || ' ' || (SELECT sync_id FROM person WHERE id = NEW.other_id), '*') WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce('#tie:' || (SELECT sync_id FROM person WHERE id = NEW.person_id) || ' ' || (SELECT sync_id FROM person WHERE id = NEW.other_id), '*')); END",
            "sync_journal_tie_update": "CREATE TRIGGER sync_journal_tie_update AFTER UPDATE ON tie BEGIN INSERT INTO sync_journal (entry) SELECT coalesce('#tie:' || (SELECT sync_id FROM person WHERE id = NEW.person_id) || ' ' || (SELECT sync_id FROM person WHERE id = NEW.other_id), '*') WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce('#tie:' || (SELECT sync_id FROM person WHERE id = NEW.person_id) || ' ' || (SELECT sync_id FROM person WHERE id = NEW.other_id), '*')); END",
            "sync_journal_tie_delete": "CREATE TRIGGER sync_journal_tie_delete AFTER DELETE ON tie BEGIN INSERT INTO sync_journal (entry) SELECT coalesce('#tie:' || (SELECT sync_id FROM person WHERE id = OLD.person_id) || ' ' || (SELECT sync_id FROM person WHERE id = OLD.other_id), '*') WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = coalesce('#tie:' || (SELECT sync_id FROM person WHERE id = OLD.person_id) || ' ' || (SELECT sync_id FROM person WHERE id = OLD.other_id), '*')); END",
            "sync_journal_me_interest_insert": "CREATE TRIGGER sync_journal_me_interest_insert AFTER INSERT ON me_interest BEGIN INSERT INTO sync_journal (entry) SELECT 'me' WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = 'me'); END",
            "sync_journal_me_interest_delete": "CREATE TRIGGER sync_journal_me_interest_delete AFTER DELETE ON me_interest BEGIN INSERT INTO sync_journal (entry) SELECT 'me' WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = 'me'); END",
            "sync_journal_circle_update": "CREATE TRIGGER sync_journal_circle_update AFTER UPDATE ON circle BEGIN INSERT INTO sync_journal (entry) SELECT 'circle:' || NEW.key WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = 'circle:' || NEW.key); END",
            "sync_journal_interest_update": "CREATE TRIGGER sync_journal_interest_update AFTER UPDATE OF name ON interest BEGIN INSERT INTO sync_journal (entry) SELECT DISTINCT '#person:' || person_id FROM person_interest WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND interest_id = NEW.id AND '#person:' || person_id NOT IN (SELECT entry FROM sync_journal); INSERT INTO sync_journal (entry) SELECT 'me' FROM me_interest WHERE EXISTS (SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"') AND interest_id = NEW.id AND 'me' NOT IN (SELECT entry FROM sync_journal); END",
        },
        views={},
    ),
}
