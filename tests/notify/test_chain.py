"""The notifier chain: a failing or missing backend falls through to the next."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kith.notify.base import NotDelivered, NotifierChain, NotifyError
from kith.notify.desktop import DesktopNotifier


class Recording:
    def __init__(self, name: str, error: Exception | None = None) -> None:
        self.name = name
        self.error = error
        self.shown: list[tuple[str, str]] = []

    def send(self, title: str, body: str) -> None:
        if self.error is not None:
            raise self.error
        self.shown.append((title, body))


def test_a_failing_backend_falls_through_to_the_next_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = Recording(
        "desktop notification", NotifyError("no notification service", code="notify.test")
    )
    tray = Recording("tray message")
    banner = Recording("banner")
    chain = NotifierChain([broken, tray, banner])
    with caplog.at_level(logging.WARNING, logger="kith.notify"):
        assert chain.deliver("Ana", "Time to see Ana.") == "tray message"
    assert tray.shown == [("Ana", "Time to see Ana.")] and banner.shown == []
    assert "desktop notification could not show a notification: no notification service" in (
        caplog.text
    )


def test_when_every_backend_fails_the_error_names_each() -> None:
    chain = NotifierChain(
        [Recording("a", NotifyError("x", code="notify.test")), Recording("b", OSError("y"))]
    )
    with pytest.raises(NotDelivered, match=r"\(a: x; b: it failed unexpectedly\)"):
        chain.send("t", "b")


def test_desktop_notifier_without_a_session_bus_fails_clearly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    notifier = DesktopNotifier(platform="linux")
    if "D-Bus (dbus-python)" in notifier.how():
        pytest.skip("dbus-python talks to the bus itself")
    with pytest.raises(NotifyError):
        notifier.send("Kith", "test")


def test_desktop_notifier_without_notify_send_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "")
    notifier = DesktopNotifier(platform="linux")
    if "D-Bus (dbus-python)" in notifier.how():
        pytest.skip("dbus-python talks to the bus itself")
    assert notifier.how().startswith("none (install notify-send")
    with pytest.raises(NotifyError, match="notify-send is not installed"):
        notifier.send("Kith", "test")
