"""责任追究 › 廉政意见回复, as the clerk answers the organisation department."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services import documents
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.opinion_dialogs import OpinionChangeDialog, OpinionRequestDialog
from lz_desktop.ui.pages.cases_page import CasesPage

from .conftest import shown

TODAY = dt.date(2026, 11, 25)


def test_a_request_is_registered_settled_and_its_reply_drafted(qtbot: QtBot, app: QApplication,
                                                              demo_office: Office) -> None:
    page = CasesPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    section = page.opinions
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(section)) == "廉政意见回复"
    assert section.ui.requestCombo.count() == 1  # the demo's request of November, already answered
    section.ui.personTable.selectRow(0)
    assert not section.ui.replyButton.isEnabled() and not section.ui.changeButton.isEnabled()  # issued
    assert "2026年11月20日 中共北京市永安区委组织部（永组干函〔2026〕31号）" in section.ui.requestCombo.itemText(0)

    dialog = OpinionRequestDialog(demo_office, TODAY, parent=section)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findText("评优评先"))
    ui.namesEdit.setPlainText("罗杰\n顾欣秀\t区财政局\n查无此人\n罗杰")
    dialog.save()
    assert "第4个“罗杰”与第1个重复" in shown(ui.errorLabel)
    assert ui.namesEdit.toPlainText().endswith("罗杰")  # what was typed stays
    ui.namesEdit.setPlainText("罗杰\n顾欣秀\t区财政局\n查无此人")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    section.refresh(select=dialog.saved)
    states = [section.ui.personTable.item(r, 2).text() for r in range(section.ui.personTable.rowCount())]
    assert states == ["须选择人员", "待确认", "未找到"]
    section.ui.personTable.selectRow(0)
    assert section.ui.chooseButton.isEnabled() and not section.ui.confirmButton.isEnabled()

    section.draft_reply()
    assert "尚有 2 人的意见未确认" in shown(section.ui.messageLabel)

    section.ui.personTable.selectRow(2)
    change = OpinionChangeDialog(demo_office, section.selected())  # type: ignore[arg-type]
    qtbot.addWidget(change)
    change.textEdit.setPlainText("经核，来函所列“查无此人”非本区管理干部。")
    change.save()
    assert "改动系统提出的意见须写明理由" in shown(change.errorLabel)
    change.reasonEdit.setText("核对干部名册后补充说明")
    change.save()
    assert change.result() == change.DialogCode.Accepted
    section.show_persons()
    section.ui.personTable.selectRow(0)
    from lz_desktop.services import integrity_opinions as opinions

    first = section.views[0]
    opinions.choose(demo_office.db, first.row.id, int(first.candidates[0].leader.id or 0))
    section.show_persons()
    section.confirm_all()
    assert [section.ui.personTable.item(r, 2).text() for r in range(3)] == ["已确认", "已确认", "已修改"]
    with qtbot.waitSignal(page.document_drafted) as drafted:
        section.draft_reply()
    content = documents.content(demo_office.db, drafted.args[0])
    assert content.title == "关于拟评优评先人选党风廉政意见的复函"
    assert any("非本区管理干部" in row[3] for row in content.annex)


def test_a_name_typed_wrong_is_corrected_and_matched_again(qtbot: QtBot, app: QApplication,
                                                          demo_office: Office) -> None:
    from lz_desktop.domain.integrity_opinion import Purpose
    from lz_desktop.services import integrity_opinions as opinions
    from lz_desktop.services.integrity_opinions import NameEntry

    request_id = opinions.create_request(demo_office.db, "区委组织部", Purpose.AWARD, TODAY,
                                         [NameEntry("傅国", "新")], today=TODAY)
    page = CasesPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    section = page.opinions
    section.refresh(select=request_id)
    assert section.ui.personTable.item(0, 2).text() == "未找到"
    section.ui.personTable.selectRow(0)
    assert section.ui.renameButton.isEnabled()
    section.rename_to(section.views[0], "傅国新 区城市管理委")
    assert section.ui.personTable.item(0, 2).text() == "待确认"
    assert section.views[0].opinion.startswith("有以下情况：2025年6月10日受到责任追究")
    section.rename_to(section.views[0], "傅国新、罗杰")
    assert "请只填写一人的姓名" in shown(section.ui.messageLabel)
