"""The desktop app (PySide6). Reads and writes only through kith.services."""
