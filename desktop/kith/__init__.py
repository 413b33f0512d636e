"""Kith: tend the relationships that matter, offline."""

__version__ = "0.1.0"
APP_NAME = "Kith"
APP_ID = "org.kith.Kith"
