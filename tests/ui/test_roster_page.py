"""单位与班子, driven as a clerk drives it: real widgets, a real file, offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.domain.pinyin import search_key
from lz_desktop.services import roster
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.leader_dialog import LeaderDialog
from lz_desktop.ui.pages.roster_page import RosterPage

from .conftest import ModalAnswers, shown


def _page(qtbot: QtBot, office: Office) -> RosterPage:
    page = RosterPage(office)
    qtbot.addWidget(page)
    page.show()
    return page


def _select_unit(page: RosterPage, short_name: str) -> int:
    unit = next(u for u in roster.list_units(page.office.db) if u.short_name == short_name)
    page.ui.unitTree.setCurrentIndex(page.unit_model.index_of(unit.id))
    return int(unit.id or 0)


def _shown_names(page: RosterPage) -> list[str]:
    model = page.leader_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_add_a_leader_through_the_dialog_and_find_them_by_pinyin(qtbot: QtBot, app: QApplication,
                                                                  demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    unit_id = _select_unit(page, "区财政局")
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db), unit_id=unit_id, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.unitCombo.currentText().strip("\u3000") == "区财政局"
    ui.nameEdit.insert("张三")
    ui.postEdit.insert("党组成员、副局长")
    ui.rankCombo.setCurrentText("副处级")
    ui.termStartEdit.setDate(QDate(2025, 3, 5))
    ui.portfolioEdit.insertPlainText("预算、国库")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.saved is not None, shown(dialog.ui.errorLabel)
    assert dialog.result() == dialog.DialogCode.Accepted

    page.ui.unitTree.setCurrentIndex(page.unit_model.index_of(None))
    qtbot.keyClicks(page.ui.filterEdit, "zs")
    qtbot.waitUntil(lambda: page.leader_model.rowCount() < 10)
    assert "张三" in _shown_names(page)
    assert all("zs" in search_key(name) for name in _shown_names(page))
    row = _shown_names(page).index("张三")
    assert page.leader_model.index(row, 7).data() == "2025年3月5日"


def test_bad_input_is_named_and_nothing_typed_is_lost(qtbot: QtBot, app: QApplication,
                                                      demo_office: Office) -> None:
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.postEdit.insert("职" * 61)
    ui.portfolioEdit.insertPlainText("分管财务")
    ui.termStartEdit.setDate(QDate(2025, 3, 5))
    ui.termEndCheck.setChecked(True)
    ui.termEndEdit.setDate(QDate(2025, 3, 4))
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    message = shown(ui.errorLabel)
    assert "“姓名”不能为空" in message
    assert "“职务”过长：61 个字，最多 60 个字" in message
    assert "“任职结束”（2025年3月4日）早于任职开始（2025年3月5日）" in message
    assert ui.nameEdit.property("invalid") and ui.postEdit.property("invalid")
    assert ui.postEdit.text() == "职" * 61 and ui.portfolioEdit.toPlainText() == "分管财务"
    assert ui.termEndEdit.date() == QDate(2025, 3, 4)


def test_a_second_principal_is_refused_in_the_dialog(qtbot: QtBot, app: QApplication,
                                                     demo_office: Office) -> None:
    unit = next(u for u in roster.list_units(demo_office.db) if u.short_name == "区财政局")
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db), unit_id=unit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.insert("吉𠮷")
    dialog.ui.postEdit.insert("局长")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("主要负责人"))
    dialog.save()
    assert dialog.saved is None
    assert "已有主要负责人" in shown(dialog.ui.errorLabel) and "第六条" in shown(dialog.ui.errorLabel)
    assert dialog.ui.roleCombo.property("invalid")
    assert dialog.ui.nameEdit.text() == "吉𠮷"


def test_sorting_by_a_column_header(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.ui.leaderTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = _shown_names(page)
    from lz_desktop.domain.pinyin import sort_key

    assert names == sorted(names, key=sort_key)
    page.ui.leaderTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _shown_names(page) == sorted(names, key=sort_key, reverse=True)


def test_the_column_layout_is_remembered(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    page.ui.leaderTable.setColumnWidth(3, 333)
    page.ui.leaderTable.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    page.save_layout()
    again = _page(qtbot, demo_office)
    assert again.ui.leaderTable.columnWidth(3) == 333
    assert again.ui.leaderTable.horizontalHeader().sortIndicatorSection() == 4


def test_a_unit_roster_includes_subordinate_units(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    _select_unit(page, "区教委")
    units = {str(page.leader_model.index(r, 1).data()) for r in range(page.leader_model.rowCount())}
    assert units == {"区教委", "永安一中", "实验小学"}
    assert "区教委" in page.ui.teamTitle.text()


def test_double_click_opens_the_leader_for_editing(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                   modals: ModalAnswers) -> None:
    page = _page(qtbot, demo_office)
    first = str(page.leader_model.index(0, 0).data())
    opened: list[str] = []

    def look_and_cancel(dialog: QWidget) -> None:
        opened.append(dialog.ui.nameEdit.text())  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    modals.then(look_and_cancel)
    page.ui.leaderTable.selectRow(0)
    page.ui.leaderTable.doubleClicked.emit(page.leader_model.index(0, 0))
    assert opened == [first]


def test_deleting_a_unit_with_leaders_is_refused_with_the_article(qtbot: QtBot, app: QApplication,
                                                                   demo_office: Office,
                                                                   modals: ModalAnswers) -> None:
    page = _page(qtbot, demo_office)
    _select_unit(page, "区财政局")
    warnings: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    def read_warning(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        box.accept()

    modals.then(yes).then(read_warning)
    page.delete_unit()
    assert warnings and "第二十七条" in warnings[0]
    assert any(u.short_name == "区财政局" for u in roster.list_units(demo_office.db))


def test_import_shows_the_report_and_imports_only_when_accepted(qtbot: QtBot, app: QApplication,
                                                                demo_office: Office, tmp_path: Path,
                                                                modals: ModalAnswers) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["单位", "姓名", "性别", "职务", "角色", "任职开始"])
    ws.append(["区财政局", "新同志", "女", "副局长", "班子成员", "2026.3.5"])
    ws.append(["区财政局", "错日期", "男", "副局长", "班子成员", "2026-02-30"])
    wb.save(tmp_path / "名册.xlsx")
    page = _page(qtbot, demo_office)
    before = len(roster.list_leaders(demo_office.db))
    report: list[str] = []

    def cancel(dialog: QWidget) -> None:
        table = dialog.ui.problemTable  # type: ignore[attr-defined]
        report.append(" ".join(table.item(0, c).text() for c in range(3)))
        dialog.ui.cancelButton.click()  # type: ignore[attr-defined]

    modals.then(cancel)
    assert page.import_file(tmp_path / "名册.xlsx") is False
    assert report == ["第3行 任职开始 “2026-02-30”不是存在的日期（2026年没有2月30日）"]
    assert len(roster.list_leaders(demo_office.db)) == before

    modals.then(lambda d: d.ui.importButton.click()).then(lambda box: box.accept())  # type: ignore[attr-defined]
    assert page.import_file(tmp_path / "名册.xlsx") is True
    assert len(roster.list_leaders(demo_office.db)) == before + 1
    assert "新同志" in _shown_names(page)


def test_dates_are_chinese_and_weeks_start_on_monday(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db))
    qtbot.addWidget(dialog)
    dialog.ui.termStartEdit.setDate(QDate(2026, 11, 24))
    assert dialog.ui.termStartEdit.text() == "2026年11月24日"
    assert dialog.ui.termStartEdit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert dialog.draft().term_start == dt.date(2026, 11, 24)


def test_editing_shows_the_record_history(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    row = roster.list_leaders(demo_office.db)[3]
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db), leader=row.leader)
    qtbot.addWidget(dialog)
    dialog.ui.postEdit.setText("区委常委、区纪委书记")
    dialog.save()
    assert dialog.saved is not None
    again = LeaderDialog(demo_office, roster.list_units(demo_office.db), leader=dialog.saved)
    qtbot.addWidget(again)
    history = again.ui.historyView.toPlainText().splitlines()
    assert history[0].endswith("新增")
    assert history[1].endswith(f"修改：职务：{row.leader.post} → 区委常委、区纪委书记")
    fresh = LeaderDialog(demo_office, roster.list_units(demo_office.db))
    qtbot.addWidget(fresh)
    assert fresh.ui.historyGroup.isHidden()


def test_a_rule_message_links_to_its_article(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    unit = next(u for u in roster.list_units(demo_office.db) if u.short_name == "区财政局")
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db), unit_id=unit.id)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.insert("李四")
    dialog.ui.postEdit.insert("局长")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("主要负责人"))
    dialog.save()
    assert "<a href='article:6'>第六条</a>" in dialog.ui.errorLabel.text()


def test_a_team_without_a_principal_is_flagged(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    import dataclasses

    page = _page(qtbot, demo_office)
    unit_id = _select_unit(page, "区财政局")
    assert not page.unit_model.index_of(unit_id).data().endswith("（缺主要负责人）")
    principal = next(r.leader for r in roster.list_leaders(demo_office.db, unit_id=unit_id)
                     if r.leader.role.value == "principal" and r.leader.term_end is None)
    roster.update_leader(demo_office.db, dataclasses.replace(
        principal, term_end=dt.date(2026, 1, 31), status=principal.status.__class__("transferred")))
    page.refresh_leaders()
    index = page.unit_model.index_of(unit_id)
    assert index.data() == "区财政局（缺主要负责人）" and "第六条" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_post_art_28_asks_approval_for_shows_the_approval_fields_and_keeps_what_was_typed(
        qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    """罗杰 of 区住房城乡建设委 was held accountable in July 2026 (the demo): not a bar to a post. A leader dismissed
    over a year ago is: the dialog shows where to record the approval, and saves with it."""
    import datetime as dt
    from dataclasses import replace

    from lz_desktop.domain.accountability import Circumstance, LeadSource, Sanction, Severity, Subject
    from lz_desktop.domain.cases import CaseDraft, DecisionDraft
    from lz_desktop.domain.leaders import LeaderStatus
    from lz_desktop.domain.responsibility import Responsibility
    from lz_desktop.services import cases

    db = demo_office.db
    row = next(r for r in roster.list_leaders(db) if r.leader.name == "傅国新")
    leader_id = int(row.leader.id or 0)
    case_id = cases.register_lead(db, CaseDraft(LeadSource.PETITION, dt.date(2025, 1, 6), "反映问题。", "",
                                                Subject.LEADER, row.unit_id, (leader_id,), (Circumstance.OTHER,)),
                                  today=dt.date(2025, 1, 6))
    cases.start_investigation(db, case_id, dt.date(2025, 1, 8), today=dt.date(2025, 1, 8))
    cases.decide(db, case_id, DecisionDraft(leader_id, Severity.GRAVE, (Sanction.DISMISSAL,), dt.date(2025, 1, 10),
                                            Responsibility.PRIMARY), today=dt.date(2025, 1, 10))
    gone = roster.update_leader(db, replace(row.leader, term_end=dt.date(2025, 1, 10),
                                            status=LeaderStatus.TRANSFERRED), today=dt.date(2025, 1, 10))
    dialog = LeaderDialog(demo_office, roster.list_units(db), leader=gone, today=dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.resize(600, 520)
    dialog.show()
    ui = dialog.ui
    assert ui.postingGroup.isHidden()
    ui.termEndCheck.setChecked(False)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(LeaderStatus.IN_OFFICE.value))
    ui.termStartEdit.setDate(QDate(2026, 11, 2))
    dialog.save()
    assert "请填写批准机关、批准日期和批准文号后再保存" in shown(ui.errorLabel) and "第二十八条" in shown(ui.errorLabel)
    assert not ui.postingGroup.isHidden() and ui.notSameCheck.isHidden()
    # The fields to answer in are scrolled into view (the group sits below the fold of a small dialog).
    qtbot.waitUntil(lambda: ui.scroll.verticalScrollBar().value() > 0)
    viewport = ui.scroll.viewport()
    field = ui.approvalNumberEdit.mapTo(viewport, ui.approvalNumberEdit.rect().bottomLeft())
    assert 0 <= field.y() <= viewport.height()
    ui.approvedByEdit.setText("区委组织部")
    ui.approvedOnEdit.setDate(QDate(2026, 10, 28))
    ui.approvalNumberEdit.setText("永组干〔2026〕40号")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert roster.post_approvals(db, leader_id) == ["经区委组织部2026年10月28日批准（永组干〔2026〕40号）"]


def test_an_annual_rating_of_excellent_in_a_year_held_accountable_is_refused_beside_the_button(
        qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    """罗杰 of 区住房城乡建设委 was held accountable in July 2026 (the demo)."""
    import datetime as dt

    db = demo_office.db
    row = next(r for r in roster.list_leaders(db) if r.leader.name == "罗杰" and r.leader.term_end is None)
    dialog = LeaderDialog(demo_office, roster.list_units(db), leader=row.leader, today=dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.ratingYearSpin.value() == 2026
    ui.ratingCombo.setCurrentIndex(ui.ratingCombo.findText("优秀"))
    ui.rateButton.click()
    text = shown(ui.ratingMessage)
    assert "不能评为优秀：2026年受到责任追究" in text and "第二十八条" in text
    ui.ratingCombo.setCurrentIndex(ui.ratingCombo.findText("称职"))
    ui.rateButton.click()
    assert shown(ui.ratingMessage) == "已记录2026年度考核等次：称职。"
    assert "本人年度考核等次：2026年 称职" in ui.accountabilityView.toPlainText()
    assert not dialog.changed()  # the rating is saved: closing asks nothing
