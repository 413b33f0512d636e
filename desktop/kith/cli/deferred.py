"""Standard modules SQLAlchemy imports on its own start but a command never uses, loaded
only if something does use them.

SQLAlchemy imports `asyncio` (for its async engine) and `importlib.metadata` (for
third-party dialects, which in turn loads `email`, `csv` and `zipfile`) whatever the
program needs: about a sixth of a command's import time. Kith uses neither its async
engine nor a plugin dialect, so each is stood in for by an empty module until an
attribute of it is first read; then the real module is imported and the stand-in takes
on everything it has, so whoever holds the stand-in sees the real functions and classes.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

# What SQLAlchemy imports but a command's work never reaches, with the functions it takes
# from them as it loads (each stands in by calling the real one when first called).
UNUSED_BY_COMMANDS: dict[str, tuple[str, ...]] = {
    "asyncio": ("iscoroutine",),
    "importlib.metadata": (),
}


class _StandIn(ModuleType):
    """Holds only the real module's spec (so `import` finds it finished) until first use."""

    def __getattr__(self, attr: str) -> Any:  # only called for what the stand-in lacks
        return getattr(self.real(), attr)

    def real(self) -> ModuleType:
        """The real module, imported the first time it is asked for."""
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
            real = importlib.import_module(name)
            self.__dict__.update(real.__dict__)
            return real
        return sys.modules[name]


def _forwarding(stand_in: _StandIn, attr: str) -> Callable[..., Any]:
    def forward(*args: Any, **kwargs: Any) -> Any:
        return getattr(stand_in.real(), attr)(*args, **kwargs)

    forward.__name__ = attr
    return forward


def defer(names: Mapping[str, tuple[str, ...]] = UNUSED_BY_COMMANDS) -> None:
    """Stand in for each module in `names` not imported yet; a no-op for the rest."""
    for name, functions in names.items():
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        stand_in = _StandIn(name)
        stand_in.__spec__ = spec
        for attr in functions:
            setattr(stand_in, attr, _forwarding(stand_in, attr))
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        if parent:
            # What a finished import would have done, so `from importlib import metadata`
            # finds the stand-in too.
            setattr(sys.modules[parent], child, stand_in)
