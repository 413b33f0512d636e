"""`conflicts_of`: the conflicts a person's page lists are theirs, their own records' too."""

from __future__ import annotations

from kith.services.views import PersonInput
from tests.services.sync_devices import Device


def test_each_person_gets_their_own_conflicts(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    ben = laptop.svc.people.add(PersonInput("Ben"))
    ask = laptop.svc.follow_ups.add(ana.id, "Ask about the move")
    laptop.sync()
    desktop.sync()
    ana_there = desktop.svc.people.find("Ana").id
    ben_there = desktop.svc.people.find("Ben").id
    [ask_there] = desktop.svc.follow_ups.open_for([ana_there])
    for person, there, words in ((ana, ana_there, "tea"), (ben, ben_there, "jazz")):
        laptop.svc.people.update(person.id, PersonInput(person.name, notes=f"likes {words}"))
        desktop.svc.people.update(there, PersonInput(person.name, notes=f"loves {words}"))
    laptop.svc.follow_ups.set_done(ask.id, True)
    desktop.later(5)
    desktop.svc.follow_ups.set_done(ask_there.id, True)
    for device in (laptop, desktop, laptop):
        device.sync()

    everyone = laptop.svc.sync.conflicts()
    of_ana = laptop.svc.sync.conflicts_of(ana.id)
    of_ben = laptop.svc.sync.conflicts_of(ben.id)
    assert {(c.field, c.value) for c in of_ana} >= {("notes", "likes tea")}
    assert any(c.kind == "follow_up" for c in of_ana), of_ana
    assert {(c.field, c.value) for c in of_ben} == {("notes", "likes jazz")}
    assert sorted(map(str, everyone)) == sorted(map(str, of_ana + of_ben))
    assert laptop.svc.sync.conflicts_of(9_999) == []
