"""Every refusal written in the code has a stable code and a marked, translated template.

Read from the source itself, so a new refusal without `code=`, with an f-string, or with a
template nobody translated fails here instead of reaching a user in English.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import kith
from kith.domain.errors import KithError, ValidationError
from tests.packaging.system_tools import ROOT_DIR

PACKAGE = ROOT_DIR / "desktop" / "kith"
MARK = "QT_TRANSLATE_NOOP"


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        yield where, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _refusal_classes() -> dict[str, type[KithError]]:
    for module in pkgutil.walk_packages(kith.__path__, "kith."):
        if not module.name.startswith(("kith.ui", "kith.storage.migrations", "kith.__main__")):
            importlib.import_module(module.name)
    found: dict[str, type[KithError]] = {}
    todo: list[type[KithError]] = [KithError]
    while todo:
        kind = todo.pop()
        found[kind.__name__] = kind
        todo.extend(kind.__subclasses__())
    return found


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _is_mark(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _called_name(node) == MARK


def _is_template(node: ast.expr) -> bool:
    """Marked where it is written, or a name (or table entry) holding marked templates.

    Text built at run time (an f-string, "+", .format) is what this refuses."""
    if isinstance(node, ast.IfExp):
        return _is_template(node.body) and _is_template(node.orelse)
    return _is_mark(node) or isinstance(node, ast.Name | ast.Attribute | ast.Subscript)


def test_every_refusal_has_a_code_and_a_marked_template() -> None:
    classes = _refusal_classes()
    wrong = []
    for where, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            kind = classes.get(_called_name(node) or "")
            if kind is None:
                continue
            at = f"{where}:{node.lineno}"
            # Storage's kinds each name their own stable code; others pass code= at the call.
            own_code = "default_code" in vars(kind)
            if not own_code and not any(k.arg == "code" for k in node.keywords):
                wrong.append(f"{at}: {kind.__name__}(…) without code=")
            index = 1 if issubclass(kind, ValidationError) else 0
            if len(node.args) <= index:
                if kind.__init__ is KithError.__init__ or issubclass(kind, ValidationError):
                    wrong.append(f"{at}: {kind.__name__}(…) without a template")
                continue
            template = node.args[index]
            if (
                isinstance(template, ast.Starred)
                and isinstance(template.value, ast.Call)
                and _called_name(template.value) == "not_written"
            ):
                continue  # storage.files.not_written returns a marked template and its values
            if not _is_template(template):
                wrong.append(f"{at}: {kind.__name__}'s template is not QT_TRANSLATE_NOOP(…)")
    assert not wrong, "\n".join(wrong)


def _marked_templates() -> dict[str, str]:
    """Every template marked in the code (as lupdate sees them), with where it is."""
    found: dict[str, str] = {}
    for where, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_mark(node):
                context, source = node.args
                assert isinstance(context, ast.Constant), (
                    f"{where}:{node.lineno}: lupdate reads only a literal context"
                )
                if context.value != "Errors":
                    continue  # a place label or another marked word, not a refusal
                assert isinstance(source, ast.Constant) and isinstance(source.value, str), (
                    f"{where}:{node.lineno}: the template must be a plain string"
                )
                found.setdefault(source.value, f"{where}:{node.lineno}")
    return found


def _finished_translations(ts: Path, context: str) -> set[str]:
    finished = set()
    for found in ET.parse(ts).getroot().iterfind("context"):
        if found.findtext("name") != context:
            continue
        for message in found.iterfind("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            if (translation.text or "").strip():
                finished.add(message.findtext("source") or "")
    return finished


def test_every_marked_template_has_a_finished_indonesian_translation() -> None:
    templates = _marked_templates()
    assert len(templates) > 100  # the walk found the refusals, not nothing
    translated = _finished_translations(
        ROOT_DIR / "resources" / "translations" / "kith_id.ts", "Errors"
    )
    missing = {t: where for t, where in templates.items() if t not in translated}
    assert not missing, f"translate these in kith_id.ts (context Errors): {missing}"
