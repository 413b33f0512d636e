"""The triggers that keep `sync_journal`: every write to a shared table names the record
it touched, whichever path made it (a dialog, an import, a script with plain SQL), so a
sync round compares only those. Migration 0010 makes the same triggers (its own copy).
"""

from __future__ import annotations

# Tables with a sync_id: the record is the row.
_RECORDS = ("person", "contact_method", "important_date", "follow_up", "interaction", "meetup")
# Link tables: (table, column naming the owner row, owner table).
_LINKS = (
    ("person_interest", "person_id", "person"),
    ("known_card", "person_id", "person"),
    ("meetup_person", "meetup_id", "meetup"),
    ("interaction_person", "interaction_id", "interaction"),
    ("group_member", "group_id", "group"),
)
# Tables whose record kind is not the table's name.
_KINDS = {"person_group": "group"}


_ON = "(SELECT 1 FROM setting WHERE key = 'sync.journal' AND value = '\"on\"')"


def journal_triggers() -> dict[str, str]:
    """Trigger name -> SQL. A row is named by its sync id, or "#table:id" when it has
    none yet (or for a link row, by its owner row)."""
    made: dict[str, str] = {}
    # Not INSERT OR IGNORE: a foreign key's cascade runs a trigger under its own
    # conflict policy, and a second link row of one owner would then fail.
    # Only while this database syncs (`sync.journal` is "on"): one that never syncs pays
    # nothing, and its first round compares everything anyway.
    note = (
        "INSERT INTO sync_journal (entry) SELECT {0} "
        f"WHERE EXISTS {_ON} "
        "AND NOT EXISTS (SELECT 1 FROM sync_journal WHERE entry = {0})"
    )
    for table in (*_RECORDS, *_KINDS):
        kind = _KINDS.get(table, table)
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            entry = f"coalesce({row}.sync_id, '#{kind}:' || {row}.id)"
            made[f"sync_journal_{table}_{event}"] = (
                f"CREATE TRIGGER sync_journal_{table}_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN {note.format(entry)}; END"
            )
    for table, owner, owner_table in _LINKS:
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            entry = f"'#{owner_table}:' || {row}.{owner}"
            made[f"sync_journal_{table}_{event}"] = (
                f"CREATE TRIGGER sync_journal_{table}_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN {note.format(entry)}; END"
            )
    # A tie is named by its two people's sync ids (its record is made from them). When
    # they are gone already (a person's delete cascading), everything is compared.
    for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        ends = (
            f"'#tie:' || (SELECT sync_id FROM person WHERE id = {row}.person_id) || ' ' || "
            f"(SELECT sync_id FROM person WHERE id = {row}.other_id)"
        )
        made[f"sync_journal_tie_{event}"] = (
            f"CREATE TRIGGER sync_journal_tie_{event} AFTER {event.upper()} ON tie "
            f"BEGIN {note.format(f'coalesce({ends}, {chr(39)}*{chr(39)})')}; END"
        )
    for event in ("insert", "delete"):
        made[f"sync_journal_me_interest_{event}"] = (
            f"CREATE TRIGGER sync_journal_me_interest_{event} AFTER {event.upper()} "
            f"ON me_interest BEGIN {note.format(repr('me'))}; END"
        )
    made["sync_journal_circle_update"] = (
        "CREATE TRIGGER sync_journal_circle_update AFTER UPDATE ON circle "
        f"BEGIN {note.format(chr(39) + 'circle:' + chr(39) + ' || NEW.key')}; END"
    )
    # Interests are shared by name: a renamed one changes everyone who has it.
    made["sync_journal_interest_update"] = (
        "CREATE TRIGGER sync_journal_interest_update AFTER UPDATE OF name ON interest BEGIN "
        "INSERT INTO sync_journal (entry) SELECT DISTINCT '#person:' || person_id "
        f"FROM person_interest WHERE EXISTS {_ON} AND interest_id = NEW.id "
        "AND '#person:' || person_id "
        "NOT IN (SELECT entry FROM sync_journal); "
        "INSERT INTO sync_journal (entry) SELECT 'me' FROM me_interest "
        f"WHERE EXISTS {_ON} AND interest_id = NEW.id "
        "AND 'me' NOT IN (SELECT entry FROM sync_journal); END"
    )
    return made
