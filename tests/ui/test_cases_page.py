"""责任追究, driven as a clerk drives it, on the demo office as of 2026-11-25."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.domain.cases import CaseStatus
from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.services import cases, documents, roster
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.case_dialogs import CaseDialog, DecisionDialog
from lz_desktop.ui.dialogs.leader_dialog import LeaderDialog
from lz_desktop.ui.pages.cases_page import CasesPage

from .conftest import shown

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> CasesPage:
    page = CasesPage(office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _check(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(widget.count()):
        if text in widget.item(i).text():
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(text)


def test_a_lead_is_registered_and_bad_input_keeps_what_was_typed(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    before = page.case_model.rowCount()
    dialog = CaseDialog(demo_office, TODAY, parent=page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findText("上级交办"))
    ui.contentEdit.insertPlainText("市纪委交办：区财政局违规发放津贴补贴问题。")
    ui.unitCombo.setCurrentIndex(next(i for i in range(ui.unitCombo.count())
                                      if ui.unitCombo.itemText(i).strip("\u3000") == "区财政局"))
    dialog.save()
    text = shown(ui.errorLabel)
    assert "须写明由谁批办或交办" in text and "第二十三条" in text and "“情形”至少一项" in text
    assert ui.contentEdit.toPlainText() == "市纪委交办：区财政局违规发放津贴补贴问题。"
    retired = [ui.leadersList.item(i).text() for i in range(ui.leadersList.count()) if "退休" in ui.leadersList.item(i).text()]
    assert retired == ["顾欣秀（党组书记、局长，退休）"]  # Art. 27: still selectable
    _check(ui.leadersList, "顾欣秀")
    _check(ui.circumstancesList, "弄虚作假")
    ui.assignedByEdit.insert("市纪委（交办单2026-31号）")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh(select=dialog.saved)
    assert page.case_model.rowCount() == before + 1 and page.ui.investigateButton.isEnabled()
    assert "市纪委（交办单2026-31号）" in page.ui.detailView.toPlainText()


def test_a_decision_the_severity_does_not_allow_is_refused_with_the_article(qtbot: QtBot, app: QApplication,
                                                                            demo_office: Office) -> None:
    retired_case = next(v for v in cases.cases(demo_office.db) if v.status is CaseStatus.INVESTIGATING)
    dialog = DecisionDialog(demo_office, retired_case.row.id, TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.subjectCombo.currentText() == "顾欣秀（党组书记、局长，退休）"
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findText("情节较轻"))
    assert "可给予：批评教育、诫勉谈话、责令作出书面检查（第二十五条" in ui.allowedLabel.text()
    _check(ui.sanctionsList, "降职")
    ui.noteEdit.insert("经区委常委会研究")
    dialog.save()
    text = shown(ui.errorLabel)
    assert "“责任类型”须指定" in text and "第二十六条" in text
    ui.responsibilityCombo.setCurrentIndex(ui.responsibilityCombo.findText("主要领导责任"))
    dialog.save()
    assert "领导干部情节较轻的，不能给予降职" in shown(ui.errorLabel) and "第二十五条" in shown(ui.errorLabel)
    assert ui.noteEdit.text() == "经区委常委会研究"
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findText("情节严重"))
    ui.decidedOnEdit.setDate(QDate(2026, 11, 20))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cases.case(demo_office.db, retired_case.row.id).status is CaseStatus.DECIDED

    # Corrected with a reason: the clerk is told which of the leader's restrictions moved.
    again = DecisionDialog(demo_office, retired_case.row.id, TODAY)
    qtbot.addWidget(again)
    ui = again.ui
    ui.severityCombo.setCurrentIndex(ui.severityCombo.findText("情节较重"))
    ui.responsibilityCombo.setCurrentIndex(ui.responsibilityCombo.findText("主要领导责任"))
    _check(ui.sanctionsList, "通报批评")
    ui.decidedOnEdit.setDate(QDate(2026, 11, 20))
    again.save()
    assert "更正须写明理由" in shown(ui.errorLabel)
    ui.reasonEdit.insert("复议后改为通报批评")
    again.save()
    assert again.result() == again.DialogCode.Accepted
    assert any(m.startswith("不再适用：") for m in again.moved), again.moved


def test_restrictions_on_a_date_and_decisions_to_urge(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    page = _page(qtbot, demo_office)
    assert page.restriction_model.rowCount() == page.pending_model.rowCount() == 0  # read when their tab is shown
    page.ui.tabs.setCurrentWidget(page.ui.restrictionsTab)
    names = [page.restriction_model.text(r, 3) for r in range(page.restriction_model.rowCount())]
    assert "处分影响期" in names and "取消当年年度考核评优和评选各类先进的资格" in names
    page.ui.onDateEdit.setDate(QDate(2027, 1, 5))
    names = [page.restriction_model.text(r, 3) for r in range(page.restriction_model.rowCount())]
    assert names == ["处分影响期"]  # the excellence bar ends with the year; the Party warning runs to 2027-07-15

    page.show_pending()
    pending = [page.pending_model.text(r, 4) for r in range(page.pending_model.rowCount())]
    assert pending == ["蔡德远：情节严重，党内警告（重要领导责任）", "区总工会党组：情节较轻，责令作出书面检查"]
    page.ui.daysSpin.setValue(60)
    assert page.pending_model.rowCount() == 1
    drafted: list[int] = []
    page.document_drafted.connect(drafted.append)
    page.draft_reminders()
    assert "生成 1 份督促落实通知草稿" in page.ui.messageLabel.text()
    assert documents.entry(demo_office.db, drafted[0]).kind is DocumentKind.OVERSIGHT_NOTICE
    assert documents.entry(demo_office.db, drafted[0]).recipient == "区住房城乡建设委党组"


def test_the_leaders_page_shows_results_and_restrictions(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    row = next(r for r in roster.list_leaders(demo_office.db) if r.leader.name == "蔡德远")
    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db), leader=row.leader, today=TODAY)
    qtbot.addWidget(dialog)
    text = dialog.ui.accountabilityView.toPlainText()
    assert "考核结果（第二十条）：2026年 区住房城乡建设委" in text and "2025年 区住房城乡建设委" in text
    assert "责任追究：2026年 蔡德远：情节严重，党内警告（重要领导责任）" in text
    assert "影响期：处分影响期（至2027年7月15日）" in text


def test_a_collective_decision_is_recorded_and_the_decision_dialog_proposes_each_share(
        qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    dialog = CaseDialog(demo_office, TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.contentEdit.insertPlainText("区财政局党组集体研究违规发放津贴。")
    ui.unitCombo.setCurrentIndex(next(i for i in range(ui.unitCombo.count())
                                      if ui.unitCombo.itemText(i).strip("\u3000") == "区财政局"))
    _check(ui.circumstancesList, "弄虚作假")
    current = [ui.leadersList.item(i).text() for i in range(ui.leadersList.count())
               if "退休" not in ui.leadersList.item(i).text() and "调离" not in ui.leadersList.item(i).text()][:3]
    for name in current:
        _check(ui.leadersList, name)
    assert ui.supervisingCombo.isHidden()
    ui.modeCombo.setCurrentIndex(ui.modeCombo.findText("集体决策"))
    assert not ui.supervisingCombo.isHidden() and ui.objectorsList.count() == 3
    ui.supervisingCombo.setCurrentIndex(ui.supervisingCombo.findText(current[1]))
    _check(ui.objectorsList, current[2])
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, shown(ui.errorLabel)
    case_id = dialog.saved
    assert case_id is not None
    cases.start_investigation(demo_office.db, case_id, TODAY, today=TODAY)

    decision = DecisionDialog(demo_office, case_id, TODAY)
    qtbot.addWidget(decision)
    d = decision.ui
    name = current[1].split("（")[0]
    d.subjectCombo.setCurrentIndex(next(i for i in range(d.subjectCombo.count())
                                        if d.subjectCombo.itemText(i).startswith(name)))
    assert d.responsibilityCombo.currentText() == "主要领导责任"
    assert "按第二十六条推定：主要领导责任（直接主管的领导班子成员）" in d.shareLabel.text()
    d.responsibilityCombo.setCurrentIndex(d.responsibilityCombo.findText("重要领导责任"))
    d.severityCombo.setCurrentIndex(d.severityCombo.findText("情节较重"))
    _check(d.sanctionsList, "通报批评")
    decision.save()
    assert "认定为“重要领导责任”须写明理由" in shown(d.errorLabel) and "第二十六条" in shown(d.errorLabel)
    d.shareReasonEdit.insert("该事项实际由主要负责人直接安排")
    decision.save()
    assert decision.result() == decision.DialogCode.Accepted, shown(d.errorLabel)


def test_the_proposed_share_does_not_carry_over_to_a_subject_without_one(qtbot: QtBot, app: QApplication,
                                                                        demo_office: Office) -> None:
    from lz_desktop.domain.accountability import Circumstance, LeadSource, Subject
    from lz_desktop.domain.cases import CaseDraft, DecisionMode

    db = demo_office.db
    leaders = [r for r in roster.list_leaders(db) if r.unit_short_name == "区教委" and r.leader.term_end is None][:2]
    ids = tuple(int(r.leader.id or 0) for r in leaders)
    case_id = cases.register_lead(db, CaseDraft(LeadSource.PETITION, TODAY, "个人批准违规采购。", "", Subject.LEADER,
                                                leaders[0].unit_id, ids, (Circumstance.OTHER,),
                                                decision_mode=DecisionMode.INDIVIDUAL, decided_by_id=ids[0]),
                                  today=TODAY)
    cases.start_investigation(db, case_id, TODAY, today=TODAY)
    dialog = DecisionDialog(demo_office, case_id, TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.subjectCombo.setCurrentIndex(next(i for i in range(ui.subjectCombo.count())
                                         if ui.subjectCombo.itemText(i).startswith(leaders[0].leader.name)))
    assert ui.responsibilityCombo.currentText() == "个人责任"
    ui.subjectCombo.setCurrentIndex(next(i for i in range(ui.subjectCombo.count())
                                         if ui.subjectCombo.itemText(i).startswith(leaders[1].leader.name)))
    assert ui.responsibilityCombo.currentText() == "（请选择）"
    assert "错误决策由另一名领导干部个人决定或者批准" in ui.shareLabel.text()
