import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services.office import Office
from lz_desktop.ui.pages.settings_page import SettingsPage


def _page(qtbot: QtBot, office: Office) -> SettingsPage:
    page = SettingsPage(office, today=dt.date(2026, 11, 25))
    qtbot.addWidget(page)
    return page


def test_entering_next_years_schedule_in_november(qtbot: QtBot, app: QApplication, office: Office) -> None:
    page = _page(qtbot, office)
    ui = page.ui
    assert ui.yearSpin.value() == 2027 and "尚未录入" in ui.sourceLabel.text()
    ui.feedbackDateEdit.setDate(QDate(2026, 12, 1))
    assert "2027-01-01（暂定）" in ui.trialResult.text()
    ui.holidaysEdit.setPlainText("2027-01-01 至 2027-01-03 元旦\n2027-02-30 春节")
    ui.saveScheduleButton.click()
    assert "放假日期第2行" in ui.scheduleMessage.text()
    assert ui.holidaysEdit.toPlainText().endswith("2027-02-30 春节")  # what was typed stays
    ui.holidaysEdit.setPlainText("2027-01-01 至 2027-01-03 元旦")
    ui.saveScheduleButton.click()
    assert "已保存" in ui.scheduleMessage.text()
    assert "本机关录入" in ui.sourceLabel.text()
    assert ui.trialResult.text().startswith("整改措施报备期限：2027-01-04\n")
    assert "元旦假日 → 顺延至 2027-01-04（周一）" in ui.trialResult.text()


def test_the_built_in_year_is_shown_and_the_convention_toggles(qtbot: QtBot, app: QApplication, office: Office) -> None:
    page = _page(qtbot, office)
    ui = page.ui
    ui.yearSpin.setValue(2026)
    assert "chinesecalendar" in ui.sourceLabel.text()
    assert "2026-10-01 至 2026-10-07 国庆节" in ui.holidaysEdit.toPlainText()
    ui.feedbackDateEdit.setDate(QDate(2026, 9, 1))
    assert "2026-10-08" in ui.trialResult.text()
    ui.extendCheck.setChecked(False)
    assert "2026-10-01" in ui.trialResult.text().splitlines()[0]
