"""Screenshots of the pages and dialogs on the demo office, for review: python scripts/screenshots.py OUT_DIR

Run under xvfb-run for a real (xcb) window; each widget is grabbed as it is painted.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from lz_desktop.app import make_application
from lz_desktop.domain.meetings import MeetingKind
from lz_desktop.services import roster, roster_io
from lz_desktop.services.office import create_office
from lz_desktop.ui.dialogs.account_dialogs import UserDialog
from lz_desktop.ui.dialogs.first_start_dialog import FirstStartDialog
from lz_desktop.ui.dialogs.import_report_dialog import ImportReportDialog
from lz_desktop.ui.dialogs.leader_dialog import LeaderDialog
from lz_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from lz_desktop.ui.dialogs.unit_dialog import UnitDialog
from lz_desktop.ui.main_window import MainWindow


def shoot(widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    for _ in range(20):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    office = create_office(work / "demo.lzdb", "中共北京市永安区纪律检查委员会", demo=True)
    window = MainWindow(office)
    window.resize(1366, 768)
    shoot(window, out / "01-roster.png")
    units = roster.list_units(office.db)
    edu = next(u for u in units if u.short_name == "区教委")
    window.roster_page.ui.unitTree.setCurrentIndex(window.roster_page.unit_model.index_of(edu.id))
    from lz_desktop.domain.leaders import Gender, Leader, Role

    roster.add_leader(office.db, Leader(None, int(edu.team_id or 0), "吉𠮷䶮", Gender.FEMALE, "党组成员、副主任",
                                        "副处级", Role.MEMBER, __import__("datetime").date(2025, 9, 1)))
    window.roster_page.reload_units()
    window.roster_page.ui.filterEdit.setText("j")
    QTimer.singleShot(0, lambda: None)
    for _ in range(10):
        app.processEvents()
    window.roster_page.refresh_leaders()
    shoot(window, out / "02-roster-filtered.png")
    for number, area in enumerate(("总览", "责任分解", "会议", "整改", "文书", "检查考核", "责任追究", "年度汇总",
                                   "数据安全"), start=3):
        window.show_area(area)
        shoot(window, out / f"{number:02d}-{area}.png")
    window.meetings_page.show_duties()
    window.show_area("会议")
    shoot(window, out / "20-会议-年度责任.png")
    window.show_area("设置")
    shoot(window, out / "10-settings.png")

    dialog = LeaderDialog(office, units, unit_id=edu.id)
    dialog.ui.postEdit.setText("副主任" * 21)
    dialog.ui.termStartEdit.setDate(QDate(2025, 3, 5))
    dialog.ui.termEndCheck.setChecked(True)
    dialog.ui.termEndEdit.setDate(QDate(2025, 3, 1))
    dialog.save()
    shoot(dialog, out / "11-leader-dialog-errors.png")
    first = roster.list_leaders(office.db)[0].leader
    shoot(LeaderDialog(office, units, leader=first), out / "12-leader-dialog-edit.png")
    shoot(UnitDialog(office, units, unit=edu), out / "13-unit-dialog.png")
    shoot(FirstStartDialog(work / "new.lzdb"), out / "14-first-start.png")
    shoot(UserDialog(office, first=True), out / "21-first-administrator.png")
    meeting = MeetingDialog(office, __import__("datetime").date.today(), unit_id=edu.id,
                            kind=MeetingKind.PRINCIPAL_TOPIC)
    meeting.ui.heldOnEdit.setDate(QDate.currentDate().addDays(3))
    meeting.save()
    shoot(meeting, out / "15-meeting-dialog-errors.png")

    sheet = work / "名册.xlsx"
    roster_io.export_roster(office.db, sheet, unit_id=edu.id)
    shoot(ImportReportDialog(roster_io.check_roster(office.db, sheet)), out / "16-import-report.png")
    office.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
