"""The window as a whole: every area reachable, unbuilt ones honest, Chinese, read-only respected."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from lz_desktop.services.office import Office, open_office
from lz_desktop.ui.main_window import AREAS, MainWindow
from lz_desktop.ui.pages.overview_page import OverviewPage
from lz_desktop.ui.pages.settings_page import SettingsPage


def _window(qtbot: QtBot, office: Office) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_area_has_its_page(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    window = _window(qtbot, demo_office)
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == AREAS
    assert isinstance(window.stack.currentWidget(), OverviewPage)  # the dashboard greets the clerk
    assert "中共北京市永安区纪律检查委员会" in window.windowTitle()
    pages = set()
    for row, _area in enumerate(AREAS):
        window.navigation.setCurrentRow(row)
        pages.add(type(window.stack.currentWidget()).__name__)
    assert len(pages) == len(AREAS)  # every area is built, each its own page
    window.show_area("设置")
    assert window.stack.currentWidget().widget() is window.settings_page  # inside its scroll area
    assert isinstance(window.settings_page, SettingsPage)


def test_a_read_only_file_says_so_and_offers_no_changes(qtbot: QtBot, app: QApplication, demo_file: Path,
                                                         tmp_path: Path) -> None:
    copy = tmp_path / "ro.lzdb"
    copy.write_bytes(demo_file.read_bytes())
    office = open_office(copy, read_only=True)
    window = _window(qtbot, office)
    window.show_area("单位与班子")
    page = window.roster_page
    assert "只读" in window.windowTitle()
    assert page.ui.readOnlyBanner.isVisible()
    for button in (page.ui.addUnitButton, page.ui.addLeaderButton, page.ui.importButton):
        assert not button.isEnabled()
    assert page.ui.exportButton.isEnabled()
    assert not window.settings_page.ui.saveOfficeButton.isEnabled()
    office.close()


def test_qt_itself_speaks_chinese(app: QApplication) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_the_office_name_is_edited_in_settings(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    window = _window(qtbot, demo_office)
    ui = window.settings_page.ui
    ui.officeNameEdit.clear()
    ui.saveOfficeButton.click()
    assert "不能为空" in ui.officeMessage.text()
    ui.officeNameEdit.insert("中共北京市永安区纪委")
    ui.saveOfficeButton.click()
    assert window.windowTitle().endswith("中共北京市永安区纪委")



def test_the_dashboard_figures_open_their_lists(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    import datetime as dt

    from lz_desktop.domain.rectification import RectificationStatus
    from lz_desktop.ui.pages.rectification_page import RectificationPage

    window = _window(qtbot, demo_office)
    today = dt.date(2026, 11, 25)
    window.overview_page.today = window.rectification_page.today = today
    window.overview_page.refresh()
    ui = window.overview_page.ui
    assert ui.overdueButton.text().split("\n")[:2] == ["已逾期", "2"]
    assert ui.verifyButton.text().split("\n")[:2] == ["待验收销号", "1"]
    assert ui.draftsButton.text().split("\n")[:2] == ["待印发公文", "1"]
    ui.overdueButton.click()
    page = window.stack.currentWidget()
    assert isinstance(page, RectificationPage)
    assert {row.status for row in page.model.rows} == {RectificationStatus.MEASURES_OVERDUE,
                                                        RectificationStatus.COMPLETION_OVERDUE}
    window.show_area("总览")
    window.overview_page.today = dt.date(2026, 12, 16)  # 区卫生健康委's measures fall due on 12-21
    window.rectification_page.today = dt.date(2026, 12, 16)
    window.overview_page.refresh()
    assert ui.dueSoonButton.text().split("\n")[:2] == ["7天内到期", "1"]
    ui.dueSoonButton.click()
    assert [row.finding.unit_short_name for row in window.rectification_page.model.rows] == ["区卫生健康委"]


def test_the_dashboard_shows_the_years_duties_and_opens_them(qtbot: QtBot, app: QApplication,
                                                            demo_office: Office) -> None:
    import datetime as dt

    from lz_desktop.services import duties, obligations
    from lz_desktop.ui.pages.duties_page import DutiesPage
    from lz_desktop.ui.pages.meetings_page import MeetingsPage

    window = _window(qtbot, demo_office)
    today = dt.date(2026, 11, 25)
    for page in (window.overview_page, window.meetings_page, window.duties_page, window.roster_page):
        page.today = today
    window.overview_page.refresh()
    ui = window.overview_page.ui
    owed = obligations.shortfalls(demo_office.db, 2026, today)
    assert ui.obligationsButton.text().split("\n")[:2] == ["本年度责任尚未履行", str(len(owed))]
    assert "其中已过期限 2 项" in ui.obligationsButton.text()  # the two plans never published by 3-31 (Art. 10)
    late = duties.overdue_tasks(demo_office.db, 2026, today)
    assert ui.tasksButton.text().split("\n")[:2] == ["年度任务逾期", str(len(late))]
    ui.obligationsButton.click()
    assert isinstance(window.stack.currentWidget(), MeetingsPage)
    assert window.meetings_page.duty_model.rowCount() == len(owed)
    window.show_area("总览")
    ui.tasksButton.click()
    assert isinstance(window.stack.currentWidget(), DutiesPage)
    assert window.duties_page.ui.taskTable.rowCount() == len(late)
    window.show_area("总览")
    signed, made = duties.signing_rate(demo_office.db, 2026)
    ui.statementsButton.click()  # the unsigned ones, not every statement of the year
    page = window.duties_page
    assert page.ui.tabs.currentWidget() is page.ui.statementTab and page.ui.unsignedOnlyCheck.isChecked()
    assert page.ui.statementTable.rowCount() == made - signed > 0
    page.ui.unsignedOnlyCheck.setChecked(False)
    assert page.ui.statementTable.rowCount() == made


def test_the_dashboard_warns_when_automatic_backup_would_copy_nothing(qtbot: QtBot, app: QApplication,
                                                                      demo_office: Office, tmp_path: Path) -> None:
    from lz_desktop.ui import auto_backup

    window = _window(qtbot, demo_office)
    warning = window.overview_page.ui.backupWarning
    assert warning.isVisible() and "尚未选择备份文件夹" in warning.text()  # on by default, with no folder yet
    auto_backup.set_enabled(False)
    window.overview_page.refresh()
    assert not warning.isVisible()  # switched off: the clerk chose so
    auto_backup.set_enabled(True)
    auto_backup.set_folder(str(tmp_path / "U盘"))
    window.overview_page.refresh()
    assert "不存在或不能写入" in warning.text()
    (tmp_path / "U盘").mkdir()
    window.overview_page.refresh()
    assert not warning.isVisible()
    auto_backup.set_folder("")
    window.overview_page.refresh()
    warning.click()
    assert window.stack.currentWidget() is window.safety_page


def test_a_units_yearly_duties_show_beside_its_team(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    import datetime as dt

    from .conftest import shown

    window = _window(qtbot, demo_office)
    window.roster_page.today = window.meetings_page.today = dt.date(2026, 11, 25)
    window.show_area("单位与班子")
    page = window.roster_page
    union = next(u.id for u in page._units if u.short_name == "区总工会")
    page.ui.unitTree.setCurrentIndex(page.unit_model.index_of(union))
    text = shown(page.ui.obligationsLabel)
    assert "已履行 3 / 5 项" in text
    assert "主要负责人主持召开党风廉政建设工作专题会议（第八条第（二）项）：待履行，已 1 次，应至少 2 次；尚差 1 次" in text
    page.ui.obligationsLabel.linkActivated.emit("obligations")
    assert window.stack.currentWidget() is window.meetings_page
    assert window.meetings_page.ui.unitCombo.currentData() == union


def test_closing_during_an_export_asks_then_waits_and_leaves_no_half_file(
        qtbot: QtBot, app: QApplication, demo_office: Office, tmp_path: Path) -> None:
    window = _window(qtbot, demo_office)
    asked: list[list[str]] = []
    answers = iter([False, True])
    window.ask_to_stop_jobs = lambda named: asked.append(named) or next(answers)  # type: ignore[method-assign]
    window.show_area("年度汇总")
    job = window.summary_page.start_export(str(tmp_path / "U盘"))
    assert not window.close() and window.isVisible()  # 否: the window stays, the export goes on
    assert asked == [["导出年度汇总"]]
    assert window.close()  # 是: cancelled, waited for
    from lz_desktop.ui import jobs

    assert jobs.running_jobs() == [] and not job._thread.isRunning()
    folder = tmp_path / "U盘"
    left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    title = "2026年度党风廉政建设责任制执行情况汇总（全区各单位）"
    assert not [name for name in left if name.startswith(".")]  # no temporary half-written file
    assert set(left) <= {f"{title}.{s}" for s in ("pdf", "xlsx", "docx")}


def test_a_page_shown_again_rereads_its_figures_only_after_a_change(qtbot: QtBot, app: QApplication,
                                                                    demo_office: Office) -> None:
    from lz_desktop.services.office import set_office_name

    window = _window(qtbot, demo_office)
    window.show_area("会议")
    reads: list[int] = []
    page = window.meetings_page
    original = page.refresh
    page.refresh = lambda *a, **k: (reads.append(1), original(*a, **k))  # type: ignore[method-assign]
    window.show_area("总览")
    window.show_area("会议")
    assert reads == []  # nothing written since: the figures on screen still stand
    set_office_name(demo_office.db, "中共北京市永安区纪律检查委员会（测试）")  # a write on this connection
    window.show_area("总览")
    window.show_area("会议")
    assert reads == [1]
    other = open_office(demo_office.path)  # a write by another connection, as a background job makes
    set_office_name(other.db, "中共北京市永安区纪律检查委员会")
    other.close()
    window.show_area("总览")
    window.show_area("会议")
    assert reads == [1, 1]


def test_restoring_a_backup_replaces_the_file_and_keeps_the_one_it_replaced(
        qtbot: QtBot, app: QApplication, demo_office: Office, tmp_path: Path, modals) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from lz_desktop.services import backups, roster

    copy = backups.backup(demo_office.db, demo_office.path, tmp_path / "备份").path
    units = len(roster.list_units(demo_office.db))
    demo_office.db.execute("UPDATE meta SET value = '改过的名称' WHERE key = 'office_name'")
    window = _window(qtbot, demo_office)
    said: list[str] = []
    modals.then(lambda box: (said.append(box.text()), cast(QMessageBox, box).accept()))
    window.restore_from(str(copy))
    assert window.reopen and said and said[0].startswith("已从备份恢复")
    with open_office(demo_office.path) as restored:
        assert restored.db.execute("SELECT value FROM meta WHERE key = 'office_name'").fetchone()[0] != "改过的名称"
        assert len(roster.list_units(restored.db)) == units


def test_closing_the_window_leaves_a_checked_automatic_copy(qtbot: QtBot, app: QApplication, office: Office,
                                                            tmp_path: Path) -> None:
    from lz_desktop.services import backups
    from lz_desktop.ui import auto_backup

    auto_backup.set_folder(str(tmp_path / "U盘"))
    window = _window(qtbot, office)
    assert window.close()
    copies = list((tmp_path / "U盘").glob("*-自动备份-*.lzdb"))
    assert len(copies) == 1 and backups.inspect(copies[0]).ok
