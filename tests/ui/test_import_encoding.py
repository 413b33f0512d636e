"""The import dialog's character set row and its unticked cards with no name."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.interchange.import_contacts import ImportContactsDialog

DATA = Path(__file__).parent.parent / "data" / "vcf"


def open_dialog(qtbot: QtBot, services: Services, name: str) -> ImportContactsDialog:
    dialog = ImportContactsDialog(services, path=DATA / name)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled() and not dialog.is_working(), timeout=20_000)
    return dialog


def names(dialog: ImportContactsDialog) -> list[str]:
    model = dialog.added_model
    return [model.card(row).name for row in range(model.rowCount())]


def test_a_guessed_character_set_is_shown_and_another_rereads_the_file(
    qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(qtbot, services, "russian_cp1251_no_charset.vcf")
    assert dialog.form.isRowVisible(dialog.encoding)
    assert dialog.encoding.currentText() == "Windows-1251"
    assert names(dialog) == ["Дмитрий Сергеевич Иванов", "Мария Смирнова"]
    assert "it was read as Windows-1251" in dialog.notices.text()
    koi8 = dialog.encoding.findData("koi8-r")
    dialog.encoding.setCurrentIndex(koi8)
    dialog.encoding.activated.emit(koi8)
    qtbot.waitUntil(lambda: "as chosen" in dialog.notices.text(), timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    assert names(dialog)[0] != "Дмитрий Сергеевич Иванов"
    back = dialog.encoding.findData("cp1251")
    dialog.encoding.setCurrentIndex(back)
    dialog.encoding.activated.emit(back)
    qtbot.waitUntil(lambda: names(dialog)[0] == "Дмитрий Сергеевич Иванов", timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert {p.name for p in services.people.list()} == {
        "Дмитрий Сергеевич Иванов",
        "Мария Смирнова",
    }


def test_a_file_that_says_its_character_sets_shows_no_choice(
    qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(qtbot, services, "docomo_shift_jis.vcf")
    assert names(dialog) == ["山田 太郎", "木曽 ソラ"]
    assert not dialog.form.isRowVisible(dialog.encoding)


def test_cards_with_no_name_are_listed_but_not_ticked(qtbot: QtBot, services: Services) -> None:
    dialog = open_dialog(qtbot, services, "android_nameless.vcf")
    model = dialog.added_model
    assert names(dialog) == ["Kwame Osei", "+233 20 765 4321", "delivery@shop.example"]
    assert [model.is_ticked(row) for row in range(3)] == [True, False, False]
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert [p.name for p in services.people.list()] == ["Kwame Osei"]


def test_a_character_set_that_cannot_read_the_file_is_explained_and_another_can_be_chosen(
    qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(qtbot, services, "russian_cp1251_no_charset.vcf")
    wrong = dialog.encoding.findData("utf-16")
    dialog.encoding.setCurrentIndex(wrong)
    dialog.encoding.activated.emit(wrong)
    qtbot.waitUntil(lambda: dialog.heading.text().startswith("Could not import"), timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    assert "no BEGIN:VCARD" in dialog.heading.text() and not dialog.import_button.isEnabled()
    assert dialog.encoding.isEnabled()
    back = dialog.encoding.findData("cp1251")
    dialog.encoding.setCurrentIndex(back)
    dialog.encoding.activated.emit(back)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert names(dialog) == ["Дмитрий Сергеевич Иванов", "Мария Смирнова"]
