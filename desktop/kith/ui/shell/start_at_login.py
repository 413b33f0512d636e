"""Starting Kith at login, as Settings and the first close without a tray both set it.

The desktop's own autostart entry is the truth; the setting is what Kith last asked for,
and stands in when the entry cannot be read."""

from __future__ import annotations

from kith.services.settings import SettingsService
from kith.system.autostart import Autostart


def is_on(autostart: Autostart, settings: SettingsService) -> bool:
    try:
        return autostart.is_enabled()
    except OSError:
        return settings.start_at_login


def switch(autostart: Autostart, settings: SettingsService, on: bool) -> None:
    """Turn it on or off; an OSError (the entry cannot be written) leaves the setting as
    it was, for the caller to say so."""
    if on:
        autostart.enable()
    else:
        autostart.disable()
    settings.start_at_login = on
