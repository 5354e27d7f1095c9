import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services.office import Office
from lz_desktop.ui.pages.settings_page import SettingsPage

from .conftest import shown


def _page(qtbot: QtBot, office: Office) -> SettingsPage:
    page = SettingsPage(office, today=dt.date(2026, 11, 25))
    qtbot.addWidget(page)
    return page


def test_entering_next_years_schedule_in_november(qtbot: QtBot, app: QApplication, office: Office) -> None:
    page = _page(qtbot, office)
    ui = page.ui
    assert ui.yearSpin.value() == 2027 and "尚未录入" in ui.sourceLabel.text()
    ui.feedbackDateEdit.setDate(QDate(2026, 12, 1))
    assert "2027年1月1日（暂定）" in shown(ui.trialResult)
    ui.holidaysEdit.setPlainText("2027-01-01 至 2027-01-03 元旦\n2027-02-30 春节")
    ui.saveScheduleButton.click()
    assert "放假日期第2行" in ui.scheduleMessage.text()
    assert ui.holidaysEdit.toPlainText().endswith("2027-02-30 春节")  # what was typed stays
    from lz_desktop.domain.units import Unit, UnitCategory
    from lz_desktop.services import feedback, roster

    unit = roster.add_unit(office.db, Unit(None, None, "北京市测试区财政局", "区财政局", UnitCategory.GOVERNMENT))
    feedback.record_feedback(office.db, int(unit.id or 0), "专项检查", dt.date(2026, 12, 1), today=dt.date(2026, 12, 2))
    ui.holidaysEdit.setPlainText("2027-01-01 至 2027-01-03 元旦")
    ui.saveScheduleButton.click()
    assert "已保存" in ui.scheduleMessage.text()
    assert "以下 1 项未报备的整改期限随之调整" in ui.scheduleMessage.text()
    assert "区财政局：专项检查：整改措施报备期限 2027年1月1日（暂定） → 2027年1月4日" in ui.scheduleMessage.text()
    assert "本机关录入" in ui.sourceLabel.text()
    assert shown(ui.trialResult).startswith("整改措施报备期限（第十九条）：2027年1月4日\n")
    assert "元旦假日 → 顺延至 2027年1月4日（周一）" in shown(ui.trialResult)


def test_the_built_in_year_is_shown_and_the_convention_toggles(qtbot: QtBot, app: QApplication, office: Office) -> None:
    page = _page(qtbot, office)
    ui = page.ui
    ui.yearSpin.setValue(2026)
    assert "chinesecalendar" in ui.sourceLabel.text()
    assert "2026-10-01 至 2026-10-07 国庆节" in ui.holidaysEdit.toPlainText()
    ui.feedbackDateEdit.setDate(QDate(2026, 9, 1))
    assert "2026年10月8日" in shown(ui.trialResult)
    ui.extendCheck.setChecked(False)
    assert "2026年10月1日" in shown(ui.trialResult).splitlines()[0]


def test_the_cited_article_opens_highlighted(qtbot: QtBot, app: QApplication, office: Office) -> None:
    from lz_desktop.ui.article_links import SCHEME
    from lz_desktop.ui.dialogs import regulation_dialog

    page = _page(qtbot, office)
    page.ui.trialResult.linkActivated.emit(f"{SCHEME}19")
    viewer = regulation_dialog._viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.addWidget(viewer)
    assert viewer.current == 19
    assert viewer.ui.articleList.currentItem().text().startswith("第十九条")
    html = viewer.ui.textView.toHtml()
    highlighted = html[html.index("#fff1a8"):][:400]
    assert "第十九条" in highlighted and "一个月内制定整改措施" in html
    viewer.close()


def test_the_office_edits_the_impact_catalogue(qtbot: QtBot, app: QApplication, office: Office) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from lz_desktop.services import impact_catalogue

    page = _page(qtbot, office)
    ui = page.ui
    assert ui.impactTable.item(0, 0).text() == "党内警告" and "内置目录" in ui.impactSourceLabel.text()
    ui.impactTable.item(0, 1).setText("十二")
    ui.saveImpactButton.click()
    assert "第1行 影响期（月）" in ui.impactMessage.text()
    assert ui.impactTable.item(0, 1).text() == "十二"  # the typed value stays for correcting
    ui.impactTable.item(0, 1).setText("12")
    ui.addImpactButton.click()
    last = ui.impactTable.rowCount() - 1
    for column, value in enumerate(("政务开除", "48", "不得被录用为公务员", "本机关核对")):
        ui.impactTable.setItem(last, column, QTableWidgetItem(value))
    ui.saveImpactButton.click()
    assert ui.impactMessage.text() == "已保存。" and "本机关修订" in ui.impactSourceLabel.text()
    assert impact_catalogue.catalogue(office.db)[-1].name == "政务开除"
    ui.restoreImpactButton.click()
    assert not impact_catalogue.is_customised(office.db)


def test_the_document_fonts_are_chosen_with_a_sample(qtbot: QtBot, app: QApplication, office: Office) -> None:
    from lz_desktop.services import documents

    page = _page(qtbot, office)
    combo, sample = page.ui.bodyFontCombo, page.ui.bodyFontSample
    qtbot.waitUntil(lambda: combo.count() >= 2, timeout=30000)  # the font files are read in the background
    assert "𠮷" in sample.text() and page.ui.fontMessage.text() == ""
    last = combo.itemText(combo.count() - 1)
    combo.setCurrentText(last)
    assert "已保存" in page.ui.fontMessage.text()
    assert {o.role: o.chosen for o in documents.font_options(office.db)}["body"] == last
    assert sample.font().family() != ""


def test_the_office_adds_its_own_yearly_duty(qtbot: QtBot, app: QApplication, office: Office) -> None:
    page = _page(qtbot, office)
    ui = page.ui
    builtin_rows = ui.obligationsTable.rowCount()
    assert builtin_rows == 11 and "第八条第（二）项" in ui.obligationsTable.item(2, 1).text()
    ui.dutyTitleEdit.insert("开展警示教育大会")
    ui.dutyMinimumSpin.setValue(0)
    ui.addDutyButton.click()
    assert "“依据”不能为空" in ui.dutyMessage.text() and "“每年至少次数”应在 1 到 52 之间" in ui.dutyMessage.text()
    assert ui.dutyTitleEdit.text() == "开展警示教育大会"  # nothing typed is lost
    ui.dutyArticleEdit.insert("区纪委2026年第3号文件")
    ui.dutyMinimumSpin.setValue(1)
    ui.dutyMonthSpin.setValue(6)
    ui.dutyDaySpin.setValue(30)
    ui.addDutyButton.click()
    assert ui.obligationsTable.rowCount() == builtin_rows + 1
    last = ui.obligationsTable.rowCount() - 1
    assert ui.obligationsTable.item(last, 0).text() == "开展警示教育大会（本机关）"
    assert ui.obligationsTable.item(last, 4).text() == "6月30日前"
    ui.obligationsTable.selectRow(0)
    ui.removeDutyButton.click()
    assert "不能删除" in ui.dutyMessage.text() and ui.obligationsTable.rowCount() == builtin_rows + 1
    ui.obligationsTable.selectRow(last)
    ui.removeDutyButton.click()
    assert ui.obligationsTable.rowCount() == builtin_rows


def test_the_office_sets_the_contact_its_notices_print(qtbot: QtBot, app: QApplication, office: Office) -> None:
    from PySide6.QtCore import Qt

    from lz_desktop.services.office import contact_for_documents

    page = _page(qtbot, office)
    page.ui.contactNameEdit.setText("王芳")
    page.ui.contactPhoneEdit.setText("电话")
    qtbot.mouseClick(page.ui.saveContactButton, Qt.MouseButton.LeftButton)
    assert "联系电话" in page.ui.officeMessage.text() and page.ui.contactPhoneEdit.text() == "电话"  # kept as typed
    page.ui.contactPhoneEdit.setText("6123 4567")
    qtbot.mouseClick(page.ui.saveContactButton, Qt.MouseButton.LeftButton)
    assert "已保存" in page.ui.officeMessage.text()
    assert contact_for_documents(office.db) == "王芳 6123 4567"
    again = _page(qtbot, office)  # shown as saved the next time
    assert (again.ui.contactNameEdit.text(), again.ui.contactPhoneEdit.text()) == ("王芳", "6123 4567")


def test_the_office_sets_who_issues_each_kind_and_their_prefixes(qtbot: QtBot, app: QApplication,
                                                                 office: Office) -> None:
    from PySide6.QtCore import Qt

    from lz_desktop.domain.official_document import DocumentKind, IssuingOrgan
    from lz_desktop.services import issuers

    page = _page(qtbot, office)
    ui = page.ui
    page.resize(1100, 2400)
    page.show()
    qtbot.waitExposed(page)
    # Laid out below 本机关, not inside its form (a misplaced item drew its title over 本机关's and hid the rest).
    assert ui.issuerGroup.parent() is ui.officeGroup.parent()
    assert ui.issuerGroup.geometry().top() >= ui.officeGroup.geometry().bottom()
    assert ui.issuerTable.isVisible() and ui.issuerTable.height() > 100
    assert (ui.commissionPrefixEdit.text(), ui.officePrefixEdit.text()) == ("纪发", "纪办发")
    ui.commissionPrefixEdit.setText("区纪办发")
    ui.officePrefixEdit.setText("区纪办发")
    qtbot.mouseClick(ui.saveIssuersButton, Qt.MouseButton.LeftButton)
    assert "不能相同" in ui.issuerMessage.text() and ui.officePrefixEdit.text() == "区纪办发"  # kept as typed
    ui.commissionPrefixEdit.setText("区纪发")
    combo = page.issuers.combos[DocumentKind.RESULTS_FEEDBACK]
    combo.setCurrentIndex(combo.findData(IssuingOrgan.OFFICE))
    qtbot.mouseClick(ui.saveIssuersButton, Qt.MouseButton.LeftButton)
    assert "已保存" in ui.issuerMessage.text()
    assert issuers.organ_for(office.db, DocumentKind.RESULTS_FEEDBACK) is IssuingOrgan.OFFICE
    assert issuers.prefix_of(office.db, IssuingOrgan.COMMISSION) == "区纪发"
