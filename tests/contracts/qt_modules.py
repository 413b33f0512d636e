"""An import-linter contract for Qt modules: which PySide6 modules Kith may import.

import-linter sees an external package only as a whole (`PySide6`), so it cannot forbid
`PySide6.QtNetwork` while allowing `PySide6.QtCore`. This contract reads each importer's
source instead and names every Qt module it imports, however the import is spelled.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator
from pathlib import Path

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def imported_names(source: str) -> Iterator[tuple[int, str]]:
    """Every dotted name a source imports, with its line: `from a import b` gives `a.b`."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def is_forbidden(name: str, forbidden: set[str]) -> bool:
    """`PySide6.QtWebEngine` forbids `PySide6.QtWebEngineCore` too: a prefix names a family."""
    return any(name == f or name.startswith(f) for f in forbidden)


class ForbiddenQtModulesContract(Contract):
    """No module of `source_modules` imports a module named in `forbidden_modules`.

    `allowed_imports` lists exceptions as `importer -> name`, one imported name each.
    """

    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())
    allowed_imports = fields.ListField(subfield=fields.StringField(), required=False, default=[])

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        forbidden = set(self.forbidden_modules)
        roots = {f.split(".")[0] for f in forbidden}
        allowed = {tuple(part.strip() for part in a.split("->")) for a in self.allowed_imports}
        found: list[tuple[str, int, str]] = []
        for source in self.source_modules:
            for module in sorted({source, *graph.find_descendants(source)}):
                if not roots & graph.find_modules_directly_imported_by(module):
                    continue
                for line, name in imported_names(_source_of(module)):
                    if is_forbidden(name, forbidden) and (module, name) not in allowed:
                        found.append((module, line, name))
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, line, name in check.metadata["found"]:
            output.print_error(f"{module} imports {name} (l.{line})", bold=False)
            output.new_line()


def _source_of(module: str) -> str:
    """The module's file, found without importing it (importing kith.ui would start Qt)."""
    root, *parts = module.split(".")
    spec = importlib.util.find_spec(root)
    if spec is None or spec.origin is None:
        raise LookupError(f"cannot find the package {root}")
    base = Path(spec.origin).parent.joinpath(*parts)
    path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
    return path.read_text(encoding="utf-8")
