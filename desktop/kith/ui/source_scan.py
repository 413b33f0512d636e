"""PySide6's scan of every module's source, turned off.

On each import after PySide6's own, its `__feature__` support reads the new module's
whole source (`inspect.getsource`) to see whether it names PySide6, and `linecache`
keeps every line: about 20 MB, a sixth of the app's peak memory, and a file read per
module at start-up. The scan only serves `from __feature__ import snake_case` (or
`true_property`), which Kith never uses, so every module is taken as not opting in:
what the scan would decide for most of them anyway, without reading any.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _opts_into_no_feature(_module: ModuleType) -> bool:
    return False


def skip_source_scan() -> bool:
    """Whether the scan was found and turned off (PySide6 must be imported first)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False  # another PySide6 version: it may not scan, and nothing is changed
    feature._mod_uses_pyside = _opts_into_no_feature  # type: ignore[attr-defined]
    return True
