"""Every string the code shows is translated, and the loader picks the right language."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kith.ui.text import i18n
from tests.packaging.system_tools import ROOT_DIR

TRANSLATIONS = ROOT_DIR / "resources" / "translations"
QT_TOOLS = Path(sys.executable).parent
UNFINISHED = {"unfinished", "vanished", "obsolete"}

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iterfind("context"):
        name = context.findtext("name") or ""
        for message in context.iterfind("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in UNFINISHED:
        return False
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iterfind("numerusform")]
        return bool(forms) and all(form.strip() for form in forms)
    return bool((translation.text or "").strip())


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in desktop/kith today, scanned into a throw-away .ts."""
    scanned = tmp_path_factory.mktemp("lupdate") / "kith_scan.ts"
    subprocess.run(
        [str(QT_TOOLS / "pyside6-lupdate"), "-extensions", "py", "-silent",
         str(ROOT_DIR / "desktop" / "kith"), "-ts", str(scanned)],
        check=True, capture_output=True,
    )  # fmt: skip
    return _messages(scanned)


def test_every_string_in_the_code_is_translated_into_indonesian(
    strings_in_code: dict[Key, ET.Element],
) -> None:
    indonesian = _messages(TRANSLATIONS / "kith_id.ts")
    missing = [key for key in strings_in_code if key not in indonesian]
    unfinished = [key for key in strings_in_code if key in indonesian
                  and not _finished(indonesian[key])]  # fmt: skip
    assert not missing, f"run `make translations-update`, then translate: {missing}"
    assert not unfinished, f"translate these in kith_id.ts: {unfinished}"


def test_english_plural_forms_are_written_out(strings_in_code: dict[Key, ET.Element]) -> None:
    english = _messages(TRANSLATIONS / "kith_en.ts")
    plurals = [key for key, message in strings_in_code.items() if message.get("numerus") == "yes"]
    unwritten = [key for key in plurals if key not in english or not _finished(english[key])]
    assert not unwritten, f"give the singular and plural forms in kith_en.ts: {unwritten}"


SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
<context><name>Sample</name>
<message><source>Who to see</source><translation>{who}</translation></message>
<message numerus="yes"><source>%n people</source><translation>{forms}</translation></message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def compiled_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resources folder with a compiled Indonesian and English catalogue, made once."""
    root = tmp_path_factory.mktemp("samples")
    folder = root / "translations"
    folder.mkdir()
    catalogues = {
        "id": ("Siapa yang perlu ditemui", "<numerusform>%n orang</numerusform>"),
        "en": ("Who to see",
               "<numerusform>%n person</numerusform><numerusform>%n people</numerusform>"),
    }  # fmt: skip
    for lang, (who, forms) in catalogues.items():
        ts = folder / f"kith_{lang}.ts"
        ts.write_text(SAMPLE_TS.format(lang=lang, who=who, forms=forms), encoding="utf-8")
        subprocess.run([str(QT_TOOLS / "pyside6-lrelease"), "-silent", str(ts)], check=True)
    return root


@pytest.fixture
def sample_resources(compiled_samples: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KITH_RESOURCES", str(compiled_samples))
    return compiled_samples


@pytest.fixture
def app(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    """The test app, with every translator and the default locale put back afterwards."""
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Sample", text, None, n)


@pytest.mark.usefixtures("sample_resources")
def test_a_chosen_language_translates_words_plurals_and_dates(app: QCoreApplication) -> None:
    assert i18n.install_translators(app, "id") == "id"
    assert tr("Who to see") == "Siapa yang perlu ditemui"
    assert tr("%n people", 3) == "3 orang"
    assert QLocale().language() == QLocale.Language.Indonesian


@pytest.mark.usefixtures("sample_resources")
def test_a_regional_variant_falls_back_to_the_language(app: QCoreApplication) -> None:
    assert i18n.install_translators(app, "id_ID") == "id"
    assert tr("Who to see") == "Siapa yang perlu ditemui"


@pytest.mark.usefixtures("sample_resources")
def test_english_uses_its_plural_forms(app: QCoreApplication) -> None:
    assert i18n.install_translators(app, "en") == "en"
    assert tr("%n people", 1) == "1 person"
    assert tr("%n people", 2) == "2 people"


@pytest.mark.usefixtures("sample_resources")
def test_a_language_kith_lacks_leaves_english_but_translates_qt_dialogs(
    app: QCoreApplication,
) -> None:
    assert i18n.install_translators(app, "de") is None
    assert tr("Who to see") == "Who to see"
    # Qt ships German for its standard buttons; Kith loads it for file and message dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_system_languages_are_tried_in_order_region_first() -> None:
    assert i18n._candidates(["id-ID", "en-US", "id"]) == ["id_ID", "id", "en_US", "en"]


def test_the_shipped_indonesian_catalogue_loads(app: QCoreApplication, tmp_path: Path) -> None:
    """The real kith_id.ts compiles and, loaded, speaks Indonesian."""
    compiled = tmp_path / "kith_id.qm"
    subprocess.run(
        [str(QT_TOOLS / "pyside6-lrelease"), "-silent", str(TRANSLATIONS / "kith_id.ts"),
         "-qm", str(compiled)],
        check=True,
    )  # fmt: skip
    translator = QTranslator(app)
    assert translator.load(str(compiled))
    app.installTranslator(translator)
    choices = dict(i18n.language_choices())
    assert choices[None] == "Ikuti bahasa sistem"
    assert choices["id"] == "Bahasa Indonesia"
