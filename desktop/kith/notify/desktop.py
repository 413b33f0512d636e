"""System notifications through plyer (imported lazily), with an honest check on Linux.

On Linux plyer talks D-Bus when dbus-python is installed; without it plyer runs
`notify-send` but ignores its exit status, so a failure would look like success.
In that case Kith runs `notify-send` itself and checks the result.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

from kith.domain.errors import QT_TRANSLATE_NOOP, Term
from kith.notify.base import NotifyError

log = logging.getLogger(__name__)

APP_NAME = "Kith"
SHOWN_SECONDS = 10
_NOTIFY_SEND_TIMEOUT = 5


def has_dbus_python() -> bool:
    try:
        import dbus  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


class DesktopNotifier:
    """The platform's own notifications (Windows toast, macOS, freedesktop on Linux)."""

    name = Term(QT_TRANSLATE_NOOP("Errors", "desktop notification"))

    def __init__(self, platform: str = sys.platform) -> None:
        self._platform = platform

    def how(self) -> str:
        """Which mechanism would be used here, for reports and the log."""
        if self._platform.startswith("linux"):
            if has_dbus_python():
                return "plyer over D-Bus (dbus-python)"
            if shutil.which("notify-send"):
                return "notify-send"
            return "none (install notify-send, from libnotify-bin, or dbus-python)"
        return "plyer"

    def send(self, title: str, body: str) -> None:
        if self._platform.startswith("linux") and not has_dbus_python():
            self._notify_send(title, body)
            return
        self._plyer(title, body)

    def _plyer(self, title: str, body: str) -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # plyer warns instead of failing
                from plyer import notification

                notification.notify(
                    title=title, message=body, app_name=APP_NAME, timeout=SHOWN_SECONDS
                )
        except NotImplementedError as exc:
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "notifications are not available on this system"),
                code="notify.desktop.unavailable",
            ) from exc
        except Exception as exc:  # plyer raises whatever its backend raises
            # Its words are a library's: they go to the log, the user gets ours.
            log.warning("plyer could not show a notification: %r", exc)
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "the notification service failed"),
                code="notify.desktop.failed",
            ) from exc

    def _notify_send(self, title: str, body: str) -> None:
        program = shutil.which("notify-send")
        if program is None:
            raise NotifyError(
                QT_TRANSLATE_NOOP(
                    "Errors", "notify-send is not installed and dbus-python is missing"
                ),
                code="notify.desktop.no_program",
            )
        if not (os.environ.get("DBUS_SESSION_BUS_ADDRESS") or _runtime_bus_exists()):
            raise NotifyError(
                QT_TRANSLATE_NOOP(
                    "Errors", "there is no D-Bus session to reach a notification service"
                ),
                code="notify.desktop.no_session",
            )
        try:
            done = subprocess.run(
                [
                    program,
                    "--app-name",
                    APP_NAME,
                    "--expire-time",
                    str(SHOWN_SECONDS * 1000),
                    "--",
                    title,
                    body,
                ],
                capture_output=True,
                text=True,
                timeout=_NOTIFY_SEND_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("notify-send could not run: %s", exc)
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "notify-send could not run"),
                code="notify.desktop.failed",
            ) from exc
        if done.returncode != 0:
            # What notify-send printed is D-Bus internals: the log keeps it.
            log.warning("notify-send failed: %s", done.stderr.strip() or done.returncode)
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "notify-send could not show it (exit status %1)"),
                str(done.returncode),
                code="notify.desktop.failed",
            )


def _runtime_bus_exists() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and (Path(runtime) / "bus").exists()
