"""The few D-Bus messages Kith writes: what goes out reads back the same, byte for byte."""

from __future__ import annotations

import pytest

from kith.ui.reminders.dbus_wire import (
    CALL,
    BusError,
    Message,
    Variant,
    _socket_name,
    decode,
    encode,
    message_size,
    session_address,
    split_signature,
)


def test_a_notify_call_reads_back_with_its_unsigned_id_and_byte_urgency() -> None:
    body = [
        "Kith",
        7,
        "org.kith.Kith",
        "Ana’s birthday",
        "Time to see Ana, Ben and Chloé.\nComing up: 🎂",
        ["default", "Open", "plan:3", "Plan…"],
        {"urgency": Variant("y", 1), "desktop-entry": Variant("s", "org.kith.Kith")},
        -1,
    ]
    sent = Message(
        CALL,
        9,
        {
            "path": "/org/freedesktop/Notifications",
            "interface": "org.freedesktop.Notifications",
            "member": "Notify",
            "destination": "org.freedesktop.Notifications",
            "signature": "susssasa{sv}i",
        },
        body,
    )
    raw = encode(sent)
    assert message_size(raw) == len(raw)
    assert message_size(raw[:10]) is None
    got = decode(raw)
    assert got.serial == 9
    assert got.headers["member"] == "Notify"
    assert got.headers["signature"] == "susssasa{sv}i"
    assert got.body[:6] == body[:6]
    assert got.body[6] == {"urgency": 1, "desktop-entry": "org.kith.Kith"}
    assert got.body[7] == -1


def test_signatures_split_into_complete_types() -> None:
    assert split_signature("susssasa{sv}i") == ["s", "u", "s", "s", "s", "as", "a{sv}", "i"]
    assert split_signature("a(yv)u") == ["a(yv)", "u"]


def test_the_session_address_names_a_path_or_an_abstract_socket() -> None:
    assert _socket_name("unix:path=/run/user/1000/bus") == ("/run/user/1000/bus", False)
    assert _socket_name("unix:abstract=/tmp/dbus-Xy%2c1,guid=ab") == ("/tmp/dbus-Xy,1", True)
    assert session_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    with pytest.raises(BusError):
        session_address({})
    with pytest.raises(BusError):
        _socket_name("tcp:host=example.org,port=1")
