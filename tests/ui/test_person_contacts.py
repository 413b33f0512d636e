"""Several phones and e-mails: all shown in the dialog, each editable, none lost, and on
the person page each a link to the user's own phone or mail app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, ContactKind
from kith.services.app import Services
from kith.services.views import ContactView, PersonInput
from kith.ui.dialogs.person import PersonDialog
from tests.ui.conftest import shown_window


def _ana(services: Services) -> int:
    return services.people.add(
        PersonInput(
            name="Ana Silva",
            circle=Circle.FRIENDS,
            contacts=(
                ContactView(ContactKind.PHONE, "+62 812 3456 7890", "mobile"),
                ContactView(ContactKind.PHONE, "+62 21 555 0101", "work"),
                ContactView(ContactKind.PHONE, "+62 21 555 0199", "grandma's"),
                ContactView(ContactKind.EMAIL, "ana@example.org", "home"),
                ContactView(ContactKind.EMAIL, "ana@work.example", "work"),
                ContactView(ContactKind.ADDRESS, "Jl. Merdeka 1\nBandung", "home"),
            ),
        )
    ).id


def stored(services: Services, person_id: int) -> list[tuple[str, str, str]]:
    return sorted(
        (c.kind.value, c.value, c.label) for c in services.people.detail(person_id).contacts
    )


def test_editing_one_phone_keeps_every_phone_and_email_with_its_label(
    qtbot: QtBot, services: Services
) -> None:
    ana = _ana(services)
    dialog = PersonDialog(services, person_id=ana)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r.value.text() for r in dialog.phones.rows] == [
        "+62 812 3456 7890",
        "+62 21 555 0101",
        "+62 21 555 0199",
    ]
    # A label of its own from an imported card is shown as it was, not lost.
    assert dialog.phones.rows[2].label.currentText() == "grandma's"
    assert [r.label.currentData() for r in dialog.emails.rows] == ["home", "work"]

    work = dialog.phones.rows[1].value
    work.clear()
    qtbot.keyClicks(work, "+62 21 555 0102")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert not dialog.isVisible()
    assert stored(services, ana) == [
        ("address", "Jl. Merdeka 1\nBandung", "home"),
        ("email", "ana@example.org", "home"),
        ("email", "ana@work.example", "work"),
        ("phone", "+62 21 555 0102", "work"),
        ("phone", "+62 21 555 0199", "grandma's"),
        ("phone", "+62 812 3456 7890", "mobile"),
    ]


def test_a_phone_is_added_with_a_label_and_an_email_removed(
    qtbot: QtBot, services: Services
) -> None:
    ana = _ana(services)
    dialog = PersonDialog(services, person_id=ana)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.phones.add_button, Qt.MouseButton.LeftButton)
    added = dialog.phones.rows[-1]
    qtbot.keyClicks(added.value, "0811 222 333")
    added.label.setCurrentIndex(added.label.findData("home"))
    assert added.label.currentText() == "home"
    qtbot.mouseClick(dialog.emails.rows[1].remove, Qt.MouseButton.LeftButton)
    dialog.accept()

    contacts = stored(services, ana)
    assert ("phone", "0811 222 333", "home") in contacts
    assert [c for c in contacts if c[0] == "email"] == [("email", "ana@example.org", "home")]
    assert len(contacts) == 6  # four phones, one e-mail, the address


def test_a_bad_second_email_is_refused_next_to_the_emails_and_nothing_is_saved(
    qtbot: QtBot, services: Services
) -> None:
    ana = _ana(services)
    before = stored(services, ana)
    dialog = PersonDialog(services, person_id=ana)
    qtbot.addWidget(dialog)
    dialog.show()
    second = dialog.emails.rows[1].value
    second.setText("ana-at-work")
    dialog.accept()
    assert dialog.isVisible()
    assert "ana-at-work" in dialog.problems.message("email")
    assert dialog.focusWidget() is second
    assert stored(services, ana) == before


def test_a_new_person_starts_with_one_empty_phone_and_email(
    qtbot: QtBot, services: Services
) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    assert len(dialog.phones.rows) == 1 and len(dialog.emails.rows) == 1
    dialog.name.setText("Mo")
    dialog.phone.setText("0812 000 111")
    dialog.phones.rows[0].label.setCurrentIndex(dialog.phones.rows[0].label.findData("mobile"))
    dialog.accept()
    assert dialog.saved is not None
    assert stored(services, dialog.saved.id) == [("phone", "0812 000 111", "mobile")]


def test_rows_are_added_and_removed_with_the_keyboard_alone(
    qtbot: QtBot, services: Services
) -> None:
    ana = _ana(services)
    dialog = PersonDialog(services, person_id=ana)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.phones.add_button.setFocus()
    qtbot.keyClick(dialog.phones.add_button, Qt.Key.Key_Space)
    added = dialog.phones.rows[-1]
    qtbot.waitUntil(lambda: added.value.hasFocus())
    qtbot.keyClicks(added.value, "0811 222 333")
    # Tab goes from a value to its row's remove button; Space removes the row.
    work_email = dialog.emails.rows[1]
    work_email.value.setFocus()
    qtbot.keyClick(work_email.value, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: work_email.remove.hasFocus())
    qtbot.keyClick(work_email.remove, Qt.Key.Key_Space)
    assert len(dialog.emails.rows) == 1
    dialog.accept()

    contacts = stored(services, ana)
    assert ("phone", "0811 222 333", "") in contacts
    assert ("email", "ana@work.example", "work") not in contacts


def test_the_page_makes_each_phone_and_email_a_link_to_the_users_own_app(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    ana = _ana(services)
    with shown_window(qtbot, services) as window:
        window.open_person(ana)
        reach = window.person.reach
        names = [link.accessibleName() for link in reach.links]
        assert names == [
            "Call +62 812 3456 7890",
            "Call +62 21 555 0101",
            "Call +62 21 555 0199",
            "Write to ana@example.org",
            "Write to ana@work.example",
        ]
        captions = [label.text() for label in reach.findChildren(QLabel) if label.isVisible()]
        assert "Phone (mobile)" in captions and "Address (home)" in captions
        assert "Jl. Merdeka 1\nBandung" in captions  # an address is text, not a link
        first = reach.links[0]
        first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(first, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: reach.links[4].height() > 0)
        qtbot.mouseClick(reach.links[4], Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened] == ["tel:+6281234567890", "mailto:ana@work.example"]
