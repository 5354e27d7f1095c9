"""检查考核, driven as a clerk drives it, on the demo office as of 2026-11-25."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.services import documents, inspections
from lz_desktop.services import inspection_results as results
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.inspection_dialog import InspectionDialog
from lz_desktop.ui.pages.inspections_page import InspectionsPage

from .conftest import ModalAnswers, shown

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> InspectionsPage:
    page = InspectionsPage(office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _select_unit(page: InspectionsPage, name: str) -> None:
    for i in range(page.ui.unitList.count()):
        if page.ui.unitList.item(i).text().startswith(name):
            page.ui.unitList.setCurrentRow(i)
            return
    raise AssertionError(name)


def _row(page: InspectionsPage, indicator: str) -> int:
    table = page.ui.scoreTable
    return next(r for r in range(table.rowCount()) if indicator in (table.item(r, 0).text(), table.item(r, 1).text()))


def test_missing_scores_are_visible_and_hold_the_results(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    assert page.ui.inspectionCombo.currentText().startswith("2026年度党风廉政建设责任制检查考核")
    red = [page.ui.unitList.item(i).text() for i in range(page.ui.unitList.count())
           if "缺" in page.ui.unitList.item(i).text()]
    assert [t.split("\u3000")[0] for t in red] == ["永安城发集团", "长河街道", "青龙镇"]
    page.ui.tabs.setCurrentWidget(page.ui.resultsTab)
    assert "尚缺评分，结果未确定：永安城发集团缺 10 项" in page.ui.missingLabel.text()
    assert not page.ui.feedBackButton.isEnabled() and not page.ui.reportButton.isEnabled()
    incomplete = [page.ui.resultsTable.item(r, 0).text() for r in range(page.ui.resultsTable.rowCount())
                  if "缺" in page.ui.resultsTable.item(r, 2).text()]
    assert incomplete == ["—", "—", "—"]  # no rank before every indicator is scored
    assert "90–100" in page.distribution.accessibleDescription()
    assert "民主评议" in page.averages.accessibleDescription()


def test_a_unit_is_scored_in_the_table_and_bad_cells_keep_what_was_typed(qtbot: QtBot, app: QApplication,
                                                                         demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    _select_unit(page, "长河街道")
    table = page.ui.scoreTable
    row = _row(page, "研究部署")
    table.item(row, 5).setText("9")
    table.item(_row(page, "主要负责人履责"), 5).setText("五")
    assert not page.save_scores()
    text = shown(page.ui.scoreErrorLabel)
    assert "“考核得分”“组织领导·主要负责人履责”：五不是数字" in text
    table.item(_row(page, "主要负责人履责"), 5).setText("5")
    assert not page.save_scores()
    text = shown(page.ui.scoreErrorLabel)
    assert "超过该指标分值 8" in text and "扣 2 分，须写明扣分理由" in text
    assert table.item(row, 5).text() == "9"  # nothing typed is lost

    _select_unit(page, "区委办")  # moving on with bad scores: the clerk stays to fix them
    assert page.ui.unitList.currentItem().text().startswith("长河街道")
    table.item(row, 5).setText("8")
    table.item(_row(page, "主要负责人履责"), 6).setText("主要负责人仅主持一次专题会议")
    for r in range(table.rowCount()):
        if not table.item(r, 5).text():
            table.item(r, 5).setText(table.item(r, 2).text())
    assert page.save_scores()
    assert page.ui.unitList.currentItem().text() == "长河街道　98 分"
    assert page.ui.unitTotalLabel.text().startswith("长河街道：98 分，优秀，第")


def test_an_inspection_is_registered_with_its_units(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    dialog = InspectionDialog(demo_office, 2026, TODAY, parent=page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.unitCombo.setCurrentIndex(next(i for i in range(ui.unitCombo.count())
                                      if ui.unitCombo.itemText(i).strip("\u3000") == "区教委"))
    dialog.save()
    text = shown(ui.errorLabel)
    assert "“被检查单位”至少一个" in text and "“考核方式”至少选择一种" in text and "第十四条" in text
    assert ui.titleEdit.text() == "2026年度党风廉政建设责任制检查考核"  # kept
    ui.allBelowButton.click()
    checked = [ui.unitsList.item(i).text().strip("\u3000") for i in range(ui.unitsList.count())
               if ui.unitsList.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == ["永安一中", "实验小学"]
    ui.methodsList.item(1).setCheckState(Qt.CheckState.Checked)
    ui.leaderCombo.setCurrentIndex(1)  # the principal, listed first: Art. 8(4)
    ui.titleEdit.setText("2026年度区属学校党风廉政建设责任制检查")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh(select=dialog.saved)
    assert page.ui.unitList.count() == 2 and "区教委组织" in page.ui.stateLabel.text()


def test_the_indicator_system_is_edited_and_must_total_100(qtbot: QtBot, app: QApplication,
                                                           demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.ui.tabs.setCurrentWidget(page.ui.systemTab)
    assert not page.ui.saveSystemButton.isEnabled()  # 2026 is scored: locked
    page.ui.yearSpin.setValue(2027)
    assert page.ui.startYearButton.isVisible()
    page.start_year()
    tree = page.ui.systemTree
    assert tree.topLevelItemCount() == 7 and page.ui.pointsLabel.text() == "一级指标合计 100 分"
    tree.topLevelItem(6).setText(1, "20")
    assert page.ui.pointsLabel.text() == "一级指标合计 105 分（应为100分）"
    page.save_system()
    assert "一级指标合计 105 分，应为 100 分（百分制）" in shown(page.ui.systemErrorLabel)
    assert tree.topLevelItem(6).text(1) == "20"  # what was typed stays
    tree.topLevelItem(5).setText(1, "10")
    tree.topLevelItem(5).child(0).setText(1, "10")
    feed = tree.itemWidget(tree.topLevelItem(6), 4)
    assert isinstance(feed, QComboBox) and feed.currentText() == "按民主评议满意率计分"
    page.save_system()
    assert page.ui.messageLabel.text() == "2027年度考核指标体系已保存。"
    saved = inspections.system(demo_office.db, 2027)
    assert saved is not None and [t.points for t in saved.indicators][-2:] == [10, 20]


def test_a_bad_score_sheet_imports_nothing(qtbot: QtBot, app: QApplication, demo_office: Office,
                                           tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    inspection_id = page.inspection_id or 0
    sheet = tmp_path / "评分表.xlsx"
    results.export_score_sheet(demo_office.db, inspection_id, sheet)
    wb = load_workbook(sheet)
    ws = wb["评分表"]
    ws.cell(row=2, column=7).value = -1
    wb.save(sheet)
    before = inspections.scores(demo_office.db, inspection_id)
    assert not page.import_sheet_from(str(sheet))
    assert "未导入任何评分" in shown(page.ui.scoreErrorLabel) and "为负数" in shown(page.ui.scoreErrorLabel)
    assert inspections.scores(demo_office.db, inspection_id) == before


def test_results_are_fed_back_and_reported_from_the_page(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                         modals: ModalAnswers) -> None:
    page = _page(qtbot, demo_office)
    own = next(i for i in inspections.inspections(demo_office.db, 2026) if i.unit_short_name == "区卫生健康委")
    page.refresh(select=own.id)
    page.ui.tabs.setCurrentWidget(page.ui.resultsTab)
    assert page.ui.resultsTable.item(0, 6).text() == "2026年11月2日"  # fed back
    assert page.ui.reportButton.isEnabled() and not page.ui.feedBackButton.isEnabled()
    drafted: list[int] = []
    page.document_drafted.connect(drafted.append)
    modals.then(lambda dialog: dialog.save())  # type: ignore[attr-defined]
    page.ui.reportButton.click()
    assert drafted and "报告草稿已在“文书”中生成" in page.ui.messageLabel.text()
    assert documents.entry(demo_office.db, drafted[0]).kind is DocumentKind.REPORT
    report = documents.content(demo_office.db, drafted[0])
    assert report.issuer == "北京市永安区卫生健康委员会" and report.addressee == "区卫生健康委党组"
    assert "2026年11月25日已报告党委" in page.ui.stateLabel.text()


def test_each_leaders_results_are_listed_once_their_tab_is_shown(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    assert page.ui.leaderList.count() == 0  # not read while out of sight
    page.ui.tabs.setCurrentWidget(page.ui.useTab)
    assert page.ui.leaderList.count() > 10
    first = page.ui.leaderList.item(0).text()
    page.ui.leaderList.setCurrentRow(0)
    assert "选择一名领导干部" not in page.ui.leaderResultsView.toPlainText()
    page.ui.leaderFilterEdit.setText(first.split("　")[1].split("（")[0])  # the leader's name
    assert 1 <= page.ui.leaderList.count() < 10 and first in [page.ui.leaderList.item(i).text()
                                                             for i in range(page.ui.leaderList.count())]


def test_a_score_is_corrected_after_the_results_with_a_reason(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                              modals: ModalAnswers) -> None:
    from PySide6.QtWidgets import QInputDialog, QWidget

    page = _page(qtbot, demo_office)
    own = next(i for i in inspections.inspections(demo_office.db, 2026) if i.unit_short_name == "区卫生健康委")
    page.refresh(select=own.id)
    assert page.ui.saveScoresButton.text() == "更正评分…" and page.ui.saveScoresButton.isEnabled()
    page.ui.unitList.setCurrentRow(0)
    table = page.ui.scoreTable
    row = next(r for r in range(table.rowCount()) if float(table.item(r, 5).text() or 0) >= 1)
    was = float(table.item(row, 5).text())
    table.item(row, 5).setText(f"{was - 1:g}")
    table.item(row, 6).setText("台账记录不全")

    def no_reason_then_a_reason(box: QWidget) -> None:
        assert isinstance(box, QInputDialog) and "确定" in box.labelText()
        box.setTextValue("复核发现扣分漏记")
        box.accept()

    modals.then(no_reason_then_a_reason)
    page.ui.saveScoresButton.click()
    said = shown(page.ui.messageLabel)
    assert said.startswith("已更正。") and f"由 {was:g} 分改为 {was - 1:g} 分" in said and " → " in said
    [kept] = inspections.score_corrections(demo_office.db, own.id)
    assert kept.endswith("理由：复核发现扣分漏记")
