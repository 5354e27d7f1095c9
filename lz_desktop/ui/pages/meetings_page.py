"""会议: the year's meetings of every unit with their records and files, and the yearly duties they fulfil."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.meetings import MeetingKind
from lz_desktop.domain.obligations import ObligationResult, RecordKind, Status
from lz_desktop.services import meetings, obligations, roster
from lz_desktop.services.office import Office, StorageError
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.meetings_page_ui import Ui_MeetingsPage
from lz_desktop.ui.models.record_table_model import Record, RecordTableModel, select_key, selected_key
from lz_desktop.ui.tab_reading import ReadWhenShown
from lz_desktop.ui.table_rows import DONE, OVERDUE, XLSX
from lz_desktop.ui.unit_picker import make_searchable
from lz_desktop.ui.waiting import export_file

ALL = "all"
KIND_OF_RECORD = {k.record_kind: k for k in MeetingKind if k.record_kind is not None}
WHERE_RECORDED = {
    RecordKind.LOWER_LIFE_MEETING_ATTENDED: "在下一级单位的民主生活会记录中勾选本单位主要负责人为上级列席人员",
    RecordKind.ANNUAL_PLAN_PUBLISHED: "在“责任分解”中公布年度计划",
}


MEETING_HEADERS = (QT_TRANSLATE_NOOP("MeetingsPage", "日期"), QT_TRANSLATE_NOOP("MeetingsPage", "单位"),
                   QT_TRANSLATE_NOOP("MeetingsPage", "会议类型"), QT_TRANSLATE_NOOP("MeetingsPage", "主持人"),
                   QT_TRANSLATE_NOOP("MeetingsPage", "出席"), QT_TRANSLATE_NOOP("MeetingsPage", "缺席"),
                   QT_TRANSLATE_NOOP("MeetingsPage", "议题"))
DUTY_HEADERS = (QT_TRANSLATE_NOOP("MeetingsPage", "单位"), QT_TRANSLATE_NOOP("MeetingsPage", "年度责任"),
                QT_TRANSLATE_NOOP("MeetingsPage", "依据"), QT_TRANSLATE_NOOP("MeetingsPage", "状态"),
                QT_TRANSLATE_NOOP("MeetingsPage", "已开展"), QT_TRANSLATE_NOOP("MeetingsPage", "应开展"),
                QT_TRANSLATE_NOOP("MeetingsPage", "期限"))


def obligation_cells(unit: str, result: ObligationResult) -> list[str]:
    o = result.obligation
    return [unit, o.title, o.article, result.status.label, str(len(result.counted)), str(o.minimum),
            format_cn(result.due_by)]


class MeetingsPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        self.duty_rows: list[tuple[int, ObligationResult]] = []
        ui = self.ui
        ui.yearSpin.setValue(self.today.year)
        ui.unitCombo.addItem(self.tr("全部单位"), ALL)
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.unitCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        make_searchable(ui.unitCombo)
        ui.kindCombo.addItem(self.tr("全部类型"), ALL)
        for kind in MeetingKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        ui.yearSpin.valueChanged.connect(lambda _y: self.refresh())
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.refresh_meetings())
        self.reading = ReadWhenShown(ui.tabs, {ui.meetingsTab: self.refresh_meetings,
                                               ui.dutiesTab: self.refresh_duties})
        self.meeting_model = RecordTableModel([self.tr(h) for h in MEETING_HEADERS], self)
        self.duty_model = RecordTableModel([self.tr(h) for h in DUTY_HEADERS], self)
        ui.meetingTable.setModel(self.meeting_model)
        ui.dutiesTable.setModel(self.duty_model)
        ui.meetingTable.selectionModel().selectionChanged.connect(lambda *_: self._meeting_selected())
        ui.meetingTable.doubleClicked.connect(lambda _i: self.edit_meeting())
        ui.dutiesTable.doubleClicked.connect(lambda index: self.record_for_duty(index.row()))
        for button, action in ((ui.newButton, self.new_meeting), (ui.editButton, self.edit_meeting),
                               (ui.attachButton, self.attach), (ui.saveAttachmentButton, self.save_attachment),
                               (ui.exportButton, self.export)):
            button.clicked.connect(action)
        for column, width in enumerate((96, 110, 220, 80, 44, 44)):
            ui.meetingTable.setColumnWidth(column, width)
        for column, width in enumerate((110, 330, 130, 70, 56, 56)):
            ui.dutiesTable.setColumnWidth(column, width)
        ui.splitter.setSizes([700, 480])
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def unit_id(self) -> int | None:
        data = self.ui.unitCombo.currentData()
        return None if data == ALL else data

    def refresh(self) -> None:
        """The tab in view now; the other when it is next shown (each costs ~50 ms on a district's file)."""
        self.reading.mark()

    def show_duties(self, unit_id: int | None = None) -> None:
        """Open the yearly duties tab, for one unit or for all (from 总览 or the unit tree)."""
        ui = self.ui
        for widget in (ui.unitCombo, ui.tabs):  # one refresh below, not one per change
            widget.blockSignals(True)
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(unit_id if unit_id else ALL)))
        ui.tabs.setCurrentWidget(ui.dutiesTab)
        for widget in (ui.unitCombo, ui.tabs):
            widget.blockSignals(False)
        self.refresh()

    def show_meeting(self, meeting_id: int, year: int) -> None:
        """One meeting selected in its year, every unit and kind (from a leader's 廉政档案)."""
        ui = self.ui
        for widget in (ui.yearSpin, ui.unitCombo, ui.kindCombo, ui.tabs):
            widget.blockSignals(True)
        ui.yearSpin.setValue(year)
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(ALL)))
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(ALL)))
        ui.tabs.setCurrentWidget(ui.meetingsTab)
        for widget in (ui.yearSpin, ui.unitCombo, ui.kindCombo, ui.tabs):
            widget.blockSignals(False)
        self.refresh_meetings(select=meeting_id)

    # meetings ------------------------------------------------------------------------------
    def refresh_meetings(self, select: int | None = None) -> None:
        ui, unit_id, kind = self.ui, self.unit_id, self.ui.kindCombo.currentData()
        keep = select if select is not None else selected_key(ui.meetingTable)
        rows = meetings.meetings(self.office.db, year=self.year,
                                 unit_ids=roster.subtree_ids(self.office.db, unit_id) if unit_id else None,
                                 kind=None if kind == ALL else MeetingKind(kind))
        self.meeting_model.set_records([
            Record(m.id, (format_cn(m.held_on), m.unit_short_name, m.kind.label, m.chair, str(m.present),
                          str(m.absent), m.agenda.splitlines()[0] if m.agenda else "")) for m in rows])
        select_key(ui.meetingTable, keep)
        self._meeting_selected()

    def _meeting_selected(self) -> None:
        ui, writable = self.ui, not self.office.read_only
        meeting_id = selected_key(ui.meetingTable)
        ui.newButton.setEnabled(writable)
        ui.editButton.setEnabled(writable and meeting_id is not None)
        ui.attachButton.setEnabled(writable and meeting_id is not None)
        ui.attachmentsList.clear()
        if meeting_id is None:
            ui.detailView.setPlainText(self.tr("{0}年共 {1} 次会议。选择一次会议查看记录。").format(
                self.year, self.meeting_model.rowCount()))
            ui.saveAttachmentButton.setEnabled(False)
            return
        ui.detailView.setPlainText(meetings.describe(self.office.db, meeting_id))
        for attachment_id, name, size in meetings.attachments(self.office.db, meeting_id):
            item = QListWidgetItem(f"{name}（{max(1, size // 1024)} KB）", ui.attachmentsList)
            item.setData(Qt.ItemDataRole.UserRole, attachment_id)
        ui.saveAttachmentButton.setEnabled(ui.attachmentsList.count() > 0)

    def new_meeting(self, *, unit_id: int | None = None, kind: MeetingKind | None = None) -> MeetingDialog:
        dialog = MeetingDialog(self.office, self.today, unit_id=unit_id or self.unit_id, kind=kind, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._saved(dialog.saved, self.tr("已登记。"))
        return dialog

    def edit_meeting(self) -> None:
        meeting_id = selected_key(self.ui.meetingTable)
        if meeting_id is None or self.office.read_only:
            return
        dialog = MeetingDialog(self.office, self.today, meeting_id=meeting_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            moved = "".join(f"\n随之变化：{line}" for line in dialog.moved)
            self._saved(meeting_id, self.tr("已更正（理由已记录）。") + moved)

    def _saved(self, meeting_id: int, text: str) -> None:
        record = meetings.record(self.office.db, meeting_id)
        if record.row.held_on.year != self.year:
            self.ui.yearSpin.setValue(record.row.held_on.year)
        linked = sum(1 for d in record.decisions if d.task_id or d.finding_id)
        if linked:
            text += self.tr("会议决定已列入年度任务或整改台账 {0} 项。").format(linked)
        say(self.ui.messageLabel, text, error=False)
        self.refresh_meetings(select=meeting_id)
        self.refresh_duties()

    def attach(self) -> None:
        meeting_id = selected_key(self.ui.meetingTable)
        if meeting_id is not None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("添加附件"))
            if path:
                self.attach_file(meeting_id, path)

    def attach_file(self, meeting_id: int, path: str) -> None:
        try:
            meetings.attach(self.office.db, meeting_id, path, self.today)
        except ValidationError as e:
            say(self.ui.messageLabel, "；".join(p.text() for p in e.problems), error=True)
            return
        except (RuleViolation, StorageError, OSError) as e:
            say(self.ui.messageLabel, f"未添加附件：{e}", error=True)
            return
        say(self.ui.messageLabel, self.tr("附件已保存在数据文件中。"), error=False)
        self.refresh_meetings(select=meeting_id)

    def save_attachment(self) -> None:
        item = self.ui.attachmentsList.currentItem() or self.ui.attachmentsList.item(0)
        if item is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存附件"), item.text().rsplit("（", 1)[0])
        if path:
            self.save_attachment_to(int(item.data(Qt.ItemDataRole.UserRole)), path)

    def save_attachment_to(self, attachment_id: int, path: str) -> None:
        try:
            meetings.save_attachment(self.office.db, attachment_id, path)
        except (RuleViolation, OSError) as e:
            say(self.ui.messageLabel, f"未保存：{e}", error=True)
            return
        say(self.ui.messageLabel, self.tr("已另存：{0}").format(path), error=False)

    def export(self) -> None:
        default = self.tr("{0}年度会议.xlsx").format(self.year)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出本年会议"), default, XLSX)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        year = self.year
        try:
            written = export_file(self, self.tr("正在导出会议…"), self.office, path,
                                  lambda db, file: meetings.export_meetings(db, year, file))
        except OSError as e:
            say(self.ui.messageLabel, f"未导出：{e}", error=True)
            return
        say(self.ui.messageLabel, self.tr("已导出{0}年全部会议：{1}").format(year, path) if written
            else self.tr("已取消，未写文件。"), error=False)

    # yearly duties -------------------------------------------------------------------------
    def refresh_duties(self) -> None:
        """With a unit chosen: each of its duties, met or not. With all units: every duty not yet met."""
        ui, unit_id, db = self.ui, self.unit_id, self.office.db
        if unit_id is not None:
            name = ui.unitCombo.currentText().strip(INDENT)
            results = obligations.unit_obligations(db, unit_id, self.year, self.today)
            self.duty_rows = [(unit_id, r) for r in results]
            names = {unit_id: name}
            met = sum(r.status is Status.MET for r in results)
            ui.dutiesSummary.setText(self.tr("{0}{1}年度应履行的责任 {2} 项：已履行 {3} 项，待履行 {4} 项，"
                                             "未履行 {5} 项。双击一行可登记相应会议。").format(
                name, self.year, len(results), met, sum(r.status is Status.DUE for r in results),
                sum(r.status is Status.MISSED for r in results)))
        else:
            short = obligations.shortfalls(db, self.year, self.today)
            self.duty_rows = [(s.unit_id, s.result) for s in short]
            names = {s.unit_id: s.unit_short_name for s in short}
            ui.dutiesSummary.setText(self.tr("{0}年度尚未履行的责任：{1} 个单位 {2} 项（{3}为止）。"
                                             "选择一个单位可查看其全部责任；双击一行可登记相应会议。").format(
                self.year, len(names), len(short), format_cn(self.today)))
        colours = {Status.MET: DONE, Status.MISSED: OVERDUE, Status.DUE: None}
        self.duty_model.set_records([Record(unit, obligation_cells(names[unit], result), colours[result.status],
                                            {1: result.text()}) for unit, result in self.duty_rows])

    def record_for_duty(self, row: int) -> None:
        if self.office.read_only or not 0 <= row < len(self.duty_rows):
            return
        unit_id, result = self.duty_rows[row]
        kind = KIND_OF_RECORD.get(result.obligation.kind)
        if kind is None:
            where = WHERE_RECORDED.get(result.obligation.kind, "在相应页面登记")
            say(self.ui.messageLabel, self.tr("“{0}”不是本单位的会议：请{1}。").format(result.obligation.title,
                                                                              self.tr(where)), error=True)
            return
        self.new_meeting(unit_id=unit_id, kind=kind)
