"""A process that writes to Kith as fast as it can until it is killed.

It reports each write on stdout only AFTER the service call returned, that is after the
transaction committed; the crash test kills it at random moments and then checks that
every reported write is still there.

    crash_worker.py write DB SEED   one writer in this (fresh) process
    crash_worker.py serve DB        a fork server: each `run SEED` line on stdin forks a
                                    writer; prints `started PID` and later `reaped PID STATUS`

The fork server pays Python's start-up once, so hundreds of kills fit in a minute; the
test also starts fresh `write` processes now and then, so the real start-up is covered.

Report lines (each one short write to a pipe, so a kill never splits one):
    ready PID            the database is open
    I ID TOKEN           interaction ID with note TOKEN committed
    M ID TOKEN           meetup ID titled TOKEN committed (planned)
    D ID                 meetup ID completed (done + its in-person interaction) committed
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import MeetupStatus, Mode
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput

# The same noon as the test suite's clock: writes are in the past, plans in the future.
NOW = datetime(2026, 11, 22, 12, 0)
ZONE = "Asia/Jakarta"
# Bits of hard text ride along in the notes, so recovery is checked on more than ASCII.
FLAVOURS = ("", " — café ☕", " Robert'); DROP TABLE person;--", " 100% {x}", " שלום", " 👩‍👩‍👧")


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_until_killed(db: Path, seed: int) -> None:
    rng = random.Random(seed)
    svc = open_services(db, FixedClock(NOW, ZONE))
    report(f"ready {os.getpid()}")
    # The test adds the people first, to a new database, so their ids are 1..count;
    # listing them would cost a due-list computation per start.
    people = list(range(1, svc.people.count() + 1))
    today = svc.ctx.today()
    planned: list[int] = []
    n = 0
    while True:
        n += 1
        token = f"w{seed}-{n}"
        roll = rng.random()
        if roll < 0.55:
            view = svc.interactions.log(
                rng.sample(people, rng.randint(1, 3)),
                rng.choice(list(Mode)),
                today - timedelta(days=rng.randint(0, 400)),
                note=token + rng.choice(FLAVOURS),
                place=rng.choice(FLAVOURS),
            )
            report(f"I {view.id} {token}")
        elif roll < 0.85 or not planned:
            meetup = _plan(svc, rng, people, token)
            planned.append(meetup)
            report(f"M {meetup} {token}")
        else:
            meetup = planned.pop(rng.randrange(len(planned)))
            svc.meetups.complete(meetup, today - timedelta(days=rng.randint(0, 3)))
            report(f"D {meetup}")


def _plan(svc: Services, rng: random.Random, people: list[int], title: str) -> int:
    start = NOW + timedelta(days=rng.randint(-3, 60), hours=rng.randint(0, 8))
    view = svc.meetups.plan(
        MeetupInput(
            title=title,
            person_ids=tuple(rng.sample(people, rng.randint(1, 4))),
            starts_at=start,
            place=rng.choice(FLAVOURS),
            notes=rng.choice(FLAVOURS),
            status=MeetupStatus.PLANNED,
        )
    )
    return view.id


def warm_up() -> None:
    """Do each kind of write once on a scratch database before forking.

    Imports, mapper set-up and the like then happen once here rather than in every
    child, so the children reach their writes quickly and most kills land among them.
    """
    with tempfile.TemporaryDirectory() as folder:
        svc = open_services(Path(folder) / "warm.sqlite3", FixedClock(NOW, ZONE))
        people = [svc.people.add(PersonInput(name=f"Warm {i}")).id for i in range(4)]
        rng = random.Random(0)
        svc.interactions.log(people[:2], Mode.IN_PERSON, svc.ctx.today(), note="warm")
        svc.meetups.complete(_plan(svc, rng, people, "warm"), svc.ctx.today())
        svc.people.list()
        svc.health.check()
        svc.close()


def serve(db: Path) -> None:
    warm_up()
    for line in sys.stdin:
        command, _, arg = line.partition(" ")
        if command != "run":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                write_until_killed(db, int(arg))
            finally:
                os._exit(code)
        report(f"started {pid}")
        _, status = os.waitpid(pid, 0)
        report(f"reaped {pid} {status}")


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "write":
        write_until_killed(Path(argv[1]), int(argv[2]))
    elif len(argv) == 2 and argv[0] == "serve":
        serve(Path(argv[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
