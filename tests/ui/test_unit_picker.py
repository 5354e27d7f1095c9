"""Unit drop-downs searched by name or pinyin, and rare characters read by the office's supplement
(ui/unit_picker.py, domain/pinyin.py, services/readings.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.leaders import Gender, Leader, Role
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import readings, roster
from lz_desktop.services.office import Office, open_office
from lz_desktop.ui.dialogs.rectification_dialogs import FindingDialog
from lz_desktop.ui.pages.settings_page import SettingsPage

TODAY = dt.date(2026, 11, 25)


def test_typing_initials_in_a_unit_drop_down_finds_the_unit(qtbot: QtBot, app: QApplication,
                                                             demo_office: Office) -> None:
    dialog = FindingDialog(demo_office, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.unitCombo
    QApplication.sendEvent(combo, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.MouseFocusReason))  # a click in
    qtbot.waitUntil(lambda: combo.lineEdit().selectedText() == combo.currentText())  # all selected: typing replaces
    qtbot.keyClicks(combo.lineEdit(), "qczj")
    completer = combo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [completer.completionModel().index(i, 0).data().strip("\u3000") for i in
               range(completer.completionModel().rowCount())]
    assert offered == ["区财政局"]
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # as the clerk picks it
    qtbot.waitUntil(lambda: not popup.isVisible())
    chosen = next(u.id for u in roster.list_units(demo_office.db) if u.short_name == "区财政局")
    assert combo.currentData() == chosen
    qtbot.keyClicks(combo.lineEdit(), "xxq")  # matches no unit
    popup.hide()
    QApplication.sendEvent(combo, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))  # leaving
    assert combo.currentText().strip("\u3000") == "区财政局"  # the current choice is shown again


def test_a_rare_character_is_found_by_pinyin_and_the_office_can_add_readings(qtbot: QtBot, app: QApplication,
                                                                             office: Office) -> None:
    unit = roster.add_unit(office.db, Unit(None, None, "北京市测试区财政局", "区财政局", UnitCategory.GOVERNMENT))
    for name in ("𠮷田", "王䶮", "张𣲙"):
        roster.add_leader(office.db, Leader(None, int(unit.team_id or 0), name, Gender.MALE, "副局长", "",
                                            Role.MEMBER, dt.date(2024, 1, 1)))
    found = [row.leader.name for row in roster.list_leaders(office.db, text="jt")]
    assert found == ["𠮷田"]  # built in: pypinyin has no reading for 𠮷
    assert [row.leader.name for row in roster.list_leaders(office.db, text="zs")] == []

    page = SettingsPage(office, today=TODAY)
    qtbot.addWidget(page)
    assert page.ui.readingsEdit.toPlainText().startswith("𠮷 ji")
    page.ui.readingsEdit.setPlainText("𠮷 jí\n𣲙 shuǐ shui\n")
    page.ui.saveReadingsButton.click()
    assert "生僻字读音第2行" in page.ui.readingsMessage.text()
    assert page.ui.readingsEdit.toPlainText() == "𠮷 jí\n𣲙 shuǐ shui\n"  # what was typed stays
    page.ui.readingsEdit.setPlainText("𠮷 jí\n𣲙 shuǐ\n")
    page.ui.saveReadingsButton.click()
    assert page.ui.readingsMessage.text() == "已保存；1 名领导干部的拼音查找随之更新。"
    assert [row.leader.name for row in roster.list_leaders(office.db, text="zs")] == ["张𣲙"]
    path = office.path
    office.close()
    again = open_office(path)  # another workstation: the office's readings come with the file
    assert readings.office_readings(again.db) == {"𠮷": "ji", "𣲙": "shui"}
    assert [row.leader.name for row in roster.list_leaders(again.db, text="zhangshui")] == ["张𣲙"]
    with pytest.raises(ValidationError, match="生僻字读音第1行"):
        readings.save(again.db, "𣲙𣲙 shui")
    again.close()
