"""The desktop app (PySide6). Reads and writes only through kith.services."""

import PySide6  # noqa: F401  (installs the source scan turned off below)

from kith.ui.source_scan import skip_source_scan

# Before the app's own modules are imported: each would be scanned (see source_scan).
skip_source_scan()
