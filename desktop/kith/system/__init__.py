"""Hooks into the operating system: starting at login."""
