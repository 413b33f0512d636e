"""Loading translations: Kith's own (.qm from resources/translations) and Qt's standard dialogs'.

The language follows the system (QLocale.system().uiLanguages(), in the user's order of
preference) unless the user picked one. English is the source language, but kith_en.qm is
still loaded when present because it carries the English plural forms of tr(..., n).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import kith

APP_CATALOGUE = "kith"
QT_CATALOGUES = ("qtbase",)
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
"""Languages Kith ships, with each one's name in itself (for a language picker)."""


LANGUAGE_KEY = "ui/language"
"""QSettings key of the language chosen in Settings; absent or empty: the system's."""


def language_override() -> str | None:
    """The language chosen in Settings, read before any window exists (QSettings)."""
    from PySide6.QtCore import QSettings

    chosen = QSettings().value(LANGUAGE_KEY, "")
    return chosen if isinstance(chosen, str) and chosen else None


def set_language_override(code: str | None) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue(LANGUAGE_KEY, code or "")


def translations_dir() -> Path:
    """Where the compiled .qm files are: $KITH_RESOURCES, the bundled package, or the checkout."""
    override = os.environ.get("KITH_RESOURCES")
    if override:
        return Path(override) / "translations"
    # Bundled beside the package's own files (where importlib.resources would find them,
    # without loading it before the first paint).
    bundled = Path(kith.__file__).parent / "resources" / "translations"
    if bundled.is_dir():
        return bundled
    # desktop/kith/ui/text/i18n.py -> the repository root holds resources/
    return Path(__file__).resolve().parents[4] / "resources" / "translations"


def language_choices() -> list[tuple[str | None, str]]:
    """(code, label) pairs for a language picker; None means "follow the system"."""
    system = QCoreApplication.translate("Language", "Same as the system")
    return [(None, system), *LANGUAGES.items()]


def _candidates(languages: Iterable[str]) -> list[str]:
    """ "id-ID" gives "id_ID" then "id"; order and preference kept, duplicates dropped."""
    seen: list[str] = []
    for language in languages:
        parts = language.replace("-", "_").split("_")
        for name in ("_".join(parts), parts[0]):
            if name and name not in seen:
                seen.append(name)
    return seen


def preferred_languages(override: str | None) -> list[str]:
    if override:
        return _candidates([override])
    return _candidates(QLocale.system().uiLanguages())


def ui_locale(language: str, system: QLocale) -> QLocale:
    """The locale dates and times are written in: the system's when it speaks the language
    the words are in (its country's conventions kept), else that language's own. Under the
    C locale with LANGUAGE=id, "Tue 1 12 2026" would sit among Indonesian words."""
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return wanted


def _qt_translations_dirs() -> list[Path]:
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    # A frozen build keeps Qt's files beside PySide6, where QLibraryInfo may not look.
    import PySide6

    dirs.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    if getattr(sys, "frozen", False):
        dirs.append(Path(getattr(sys, "_MEIPASS", "")) / "PySide6" / "Qt" / "translations")
    return dirs


def _load(app: QCoreApplication, catalogue: str, language: str, folders: list[Path]) -> str:
    """The loaded catalogue's language ("" if none): "id_ID" may well load kith_id.qm."""
    for folder in folders:
        translator = QTranslator(app)  # parented, so it lives as long as the app
        if translator.load(f"{catalogue}_{language}", str(folder)):
            app.installTranslator(translator)
            return translator.language() or language
        translator.deleteLater()
    return ""


def install_translators(app: QCoreApplication, override: str | None = None) -> str | None:
    """Install Kith's and Qt's translators; returns the language Kith's strings are in.

    `override` is a language code the user chose ("id", "en", "pt_BR"); None follows the
    system. Returns None when no catalogue matched (the English source text shows).
    """
    languages = preferred_languages(override)
    if override:
        # Dates and numbers follow the chosen language too, not only the words.
        QLocale.setDefault(QLocale(override))
    chosen: str | None = None
    for language in languages:
        chosen = _load(app, APP_CATALOGUE, language, [translations_dir()]) or None
        if chosen:
            break
    if chosen and not override:
        QLocale.setDefault(ui_locale(chosen, QLocale.system()))
    # Qt's own strings (standard buttons, file dialogs): the same language when Qt has it.
    for catalogue in QT_CATALOGUES:
        for language in [chosen] if chosen else languages:
            if language and _load(app, catalogue, language, _qt_translations_dirs()):
                break
    return chosen
