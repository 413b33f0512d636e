"""The `kith` command: a companion to the desktop app for scripts and tests."""
