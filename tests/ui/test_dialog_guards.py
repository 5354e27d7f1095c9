"""A dialog keeps what was typed until the clerk says otherwise, saves on Ctrl+S and remembers choices
(ui/dialogs/action_dialog.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.services import accounts
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.account_dialogs import LoginDialog
from lz_desktop.ui.dialogs.rectification_dialogs import FindingDialog, FollowUpDialog

from .conftest import ModalAnswers

TODAY = dt.date(2026, 11, 25)
LONG = "该单位" + "未按规定召开专题会议研究党风廉政建设工作，" * 14  # about 300 characters, typed for minutes


def _button(text: str):  # type: ignore[no-untyped-def]
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == text).click()
    return press


def test_escape_on_a_half_filled_finding_asks_and_keeps_the_text(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office, modals: ModalAnswers) -> None:
    dialog = FindingDialog(demo_office, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.descriptionEdit.setPlainText(LONG)
    asked: list[str] = []
    modals.then(lambda box: (asked.append(box.text()), _button("继续填写")(box)))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "尚未保存" in asked[0]
    assert dialog.isVisible() and dialog.ui.descriptionEdit.toPlainText() == LONG

    modals.then(_button("放弃并关闭"))
    dialog.ui.buttonBox.rejected.emit()  # 取消
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 0


def test_an_untouched_dialog_closes_without_asking(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    dialog = FindingDialog(demo_office, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_s_saves_and_the_next_finding_starts_with_the_same_unit_and_source(
        qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    first = FindingDialog(demo_office, TODAY)
    qtbot.addWidget(first)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    ui = first.ui
    ui.unitCombo.setCurrentIndex(ui.unitCombo.findText("区财政局", Qt.MatchFlag.MatchEndsWith))
    ui.sourceCombo.setCurrentIndex(3)
    unit, source = ui.unitCombo.currentText(), ui.sourceCombo.currentText()
    ui.descriptionEdit.setPlainText("“三重一大”事项未经集体研究")
    before = len(r.ledger(demo_office.db, TODAY))
    qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert first.saved is not None and not first.isVisible(), first.ui.errorLabel.text()
    assert len(r.ledger(demo_office.db, TODAY)) == before + 1

    second = FindingDialog(demo_office, TODAY)
    qtbot.addWidget(second)
    second.show()
    # The release of Ctrl went to a dialog already closed: a plain key tells Qt it is up again (else the next
    # test's selectRow would toggle, as with Ctrl held).
    qtbot.keyClick(second, Qt.Key.Key_Shift)
    assert (second.ui.unitCombo.currentText(), second.ui.sourceCombo.currentText()) == (unit, source)


def test_a_follow_up_remembers_who_does_them(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    row = next(x for x in r.ledger(demo_office.db, TODAY) if x.status.value == "in_progress")
    dialog = FollowUpDialog(demo_office, row.finding.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.byEdit.setText("王明、李华")
    dialog.ui.resultEdit.setPlainText("已查阅整改台账，措施正在落实。")
    dialog.save()
    again = FollowUpDialog(demo_office, row.finding.id, TODAY)
    qtbot.addWidget(again)
    assert again.ui.byEdit.text() == "王明、李华"


def test_sign_in_remembers_the_user_name_never_the_password(qtbot: QtBot, app: QApplication,
                                                             office: Office) -> None:
    accounts.create_first_admin(office.db, "zhangsan", "张三", "Mima-2026!", "Mima-2026!")
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("zhangsan")
    dialog.ui.passwordEdit.setText("Mima-2026!")
    dialog.save()
    assert dialog.result() == 1
    again = LoginDialog(office)
    qtbot.addWidget(again)
    again.show()
    assert again.ui.nameEdit.text() == "zhangsan" and again.ui.passwordEdit.text() == ""
    qtbot.waitUntil(again.ui.passwordEdit.hasFocus)
