"""The main window assembles the pages; it holds no rules and no SQL."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from lz_desktop.domain.accounts import Permission
from lz_desktop.services import accounts, backups, integrity, printable
from lz_desktop.services.office import Office, change_stamp, office_name, open_office
from lz_desktop.ui import auto_backup, jobs, memory, recent_files, window_keys
from lz_desktop.ui.article_links import open_article
from lz_desktop.ui.jobs import BackgroundJob
from lz_desktop.ui.table_columns import ColumnChooser
from lz_desktop.ui.waiting import run_waiting
from lz_desktop.version import version_text

if TYPE_CHECKING:
    from lz_desktop.ui.pages.cases_page import CasesPage
    from lz_desktop.ui.pages.rectification_page import RectificationPage
    from lz_desktop.ui.pages.roster_page import RosterPage

_PAGE_CLASSES = {  # area → (module under lz_desktop.ui.pages, class)
    "总览": ("overview_page", "OverviewPage"), "单位与班子": ("roster_page", "RosterPage"),
    "责任分解": ("duties_page", "DutiesPage"), "会议": ("meetings_page", "MeetingsPage"),
    "检查考核": ("inspections_page", "InspectionsPage"), "整改": ("rectification_page", "RectificationPage"),
    "报送": ("exchange_page", "ExchangePage"),
    "年度汇总": ("summary_page", "SummaryPage"), "文书": ("documents_page", "DocumentsPage"),
    "数据安全": ("safety_page", "SafetyPage")}


def T(text: str) -> str:
    """Marks text for lupdate in the MainWindow context; shown through self.tr()."""
    return str(QT_TRANSLATE_NOOP("MainWindow", text))


APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "党风廉政建设责任制管理")
# Every area of the app, in the order a clerk works.
AREAS = [
    QT_TRANSLATE_NOOP("MainWindow", "总览"), QT_TRANSLATE_NOOP("MainWindow", "单位与班子"),
    QT_TRANSLATE_NOOP("MainWindow", "责任分解"), QT_TRANSLATE_NOOP("MainWindow", "会议"),
    QT_TRANSLATE_NOOP("MainWindow", "检查考核"), QT_TRANSLATE_NOOP("MainWindow", "整改"),
    QT_TRANSLATE_NOOP("MainWindow", "报送"), QT_TRANSLATE_NOOP("MainWindow", "责任追究"),
    QT_TRANSLATE_NOOP("MainWindow", "年度汇总"),
    QT_TRANSLATE_NOOP("MainWindow", "文书"), QT_TRANSLATE_NOOP("MainWindow", "数据安全"),
    QT_TRANSLATE_NOOP("MainWindow", "设置"),
]
START_AREA = "总览"


class MainWindow(QMainWindow):
    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.office = office
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setAccessibleName(self.tr("功能导航"))
        self.navigation.setFixedWidth(132)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; background: #f4f1ec; border: none; }"
            "QListWidget::item { padding: 10px 14px; }"
            "QListWidget::item:selected { background: #b71c1c; color: white; }")
        self.stack = QStackedWidget(objectName="pages")
        self.reopen = False  # set when a restore replaced the file, or another file is chosen: the app opens it
        self.next_path: Path | None = None  # the other office file chosen in 文件 (None: this one again)
        self._columns: list[ColumnChooser] = []
        recent_files.add(office.path)
        # Pages are made when first shown (a ten-year district file makes some of them heavy); the
        # dashboard, shown at start, is made now.
        self._pages: dict[str, QWidget] = {}
        self._read_at: dict[str, tuple[tuple[int, int], dt.date]] = {}  # area → change stamp when last read
        for area in AREAS:
            self.navigation.addItem(self.tr(area))
            self.stack.addWidget(QWidget(objectName=f"unbuilt-{area}"))
        self.navigation.currentRowChanged.connect(self._show_row)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_menu()
        mode = self.tr("只读") if office.read_only else self.tr("可读写")
        me = accounts.current(office.db)
        self.statusBar().addPermanentWidget(QLabel(f"{me.user}（{me.role.label}）　{office.path}（{mode}）"))
        if not accounts.may(office.db, Permission.CASES):  # the services refuse too; this only tidies the list
            self.navigation.item(AREAS.index("责任追究")).setHidden(True)
        if office.held_by:
            QTimer.singleShot(0, self, lambda: QMessageBox.information(self, self.tr("只读打开"), self.tr(
                "该数据文件正由{0}使用。为防止两处同时修改造成数据丢失，本窗口以只读方式打开，可以查看和打印，"
                "不能修改。").format(office.held_by)))
        self.backup_timer = QTimer(self, interval=3600 * 1000)  # the daily backup, checked every hour
        self.backup_timer.timeout.connect(lambda: auto_backup.start_if_due(self.office, self))
        self.backup_timer.start()
        QTimer.singleShot(2000, self, lambda: auto_backup.start_if_due(self.office, self))  # the day's first use
        QTimer.singleShot(3000, self, self._check_in_background)
        # The faces' tables, for the check of names and findings at entry (services/printable.py): read in the
        # background once the window is up, so that the first saved record does not wait 0.4 s for them.
        QTimer.singleShot(1500, self, self._warm_fonts)
        if office.backup_path:
            self.statusBar().showMessage(
                self.tr("数据文件已升级；升级前的副本：{0}").format(office.backup_path.name))
        self._update_title()
        self.show_area(START_AREA)
        self._restore_geometry()

    def show_area(self, area: str) -> None:
        self.navigation.setCurrentRow(AREAS.index(area))

    # pages, made when first needed -------------------------------------------------------------
    def page(self, area: str) -> QWidget:
        """The area's page, made (and wired) the first time it is needed, then kept."""
        if area not in self._pages:
            made = self._make(area)
            self._pages[area] = made
            index = AREAS.index(area)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, made)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._columns += window_keys.remember_columns(area, made)
        return self._pages[area]

    def _make(self, area: str) -> QWidget:
        # Each page module is imported here, when the page is first shown, not at start-up: together they
        # pull in openpyxl, python-docx, reportlab and the demo generator, a second of a cold start.
        office = self.office
        if area == "设置":
            from lz_desktop.ui.pages.settings_page import SettingsPage

            settings = SettingsPage(office)
            settings.office_renamed.connect(lambda _name: self._update_title())
            scroll = QScrollArea(objectName="settingsScroll")
            scroll.setWidgetResizable(True)
            scroll.setWidget(settings)
            return scroll
        if area == "责任追究":  # case records only for roles allowed to see them: no page at all for others
            if not accounts.may(office.db, Permission.CASES):
                return QLabel(self.tr("当前用户无权查看责任追究案件。"))
            from lz_desktop.ui.pages.cases_page import CasesPage

            cases_page = CasesPage(office)
            cases_page.document_drafted.connect(self._open_draft)
            return cases_page
        module, name = _PAGE_CLASSES[area]
        made: Any = getattr(importlib.import_module(f"lz_desktop.ui.pages.{module}"), name)(office)
        if area == "总览":
            made.open_ledger.connect(self._open_ledger)
            made.open_documents.connect(lambda: self.show_area("文书"))
            made.open_obligations.connect(self._open_obligations)
            made.open_duties.connect(self._open_duties)
            made.open_pending_decisions.connect(self._open_pending_decisions)
            made.open_safety.connect(lambda: self.show_area("数据安全"))
            made.open_exchange.connect(lambda: self.show_area("报送"))
        if area == "单位与班子":
            made.open_obligations.connect(self._open_obligations)
            made.open_record.connect(self.open_record)
        if area in ("整改", "检查考核"):
            made.document_drafted.connect(self._open_draft)
        if area == "数据安全":
            made.restore_requested.connect(self.restore_from)
        return cast(QWidget, made)

    overview_page = property(lambda self: self.page("总览"))
    roster_page = property(lambda self: self.page("单位与班子"))
    duties_page = property(lambda self: self.page("责任分解"))
    meetings_page = property(lambda self: self.page("会议"))
    inspections_page = property(lambda self: self.page("检查考核"))
    rectification_page = property(lambda self: self.page("整改"))
    summary_page = property(lambda self: self.page("年度汇总"))
    documents_page = property(lambda self: self.page("文书"))
    safety_page = property(lambda self: self.page("数据安全"))
    settings_page = property(lambda self: self.page("设置").widget())

    @property
    def cases_page(self) -> CasesPage | None:
        found = self.page("责任追究")
        return None if isinstance(found, QLabel) else cast("CasesPage", found)

    def _show_row(self, row: int) -> None:
        area = AREAS[row]
        fresh = area not in self._pages  # a page just made has just read its figures
        self.page(area)
        self.stack.setCurrentIndex(row)
        # Nothing written and the same day since the page last read its figures: they still stand. At district
        # scale re-reading them costs a few hundred milliseconds each time the clerk comes back to a page.
        stamp = (change_stamp(self.office.db), dt.date.today())
        if area == "年度汇总" or (not fresh and self._read_at.get(area) != stamp):
            self._refresh_shown(row)
        self._read_at[area] = stamp
        memory.settle()  # what the page read stays while it is open: out of the collector's walks

    def _refresh_shown(self, row: int) -> None:
        # Pages that summarise others are brought up to date when they come into view.
        if AREAS[row] == "总览":
            self.overview_page.refresh()
        elif AREAS[row] == "文书":
            self.documents_page.refresh()
        elif AREAS[row] == "会议":
            self.meetings_page.refresh()
        elif AREAS[row] == "责任分解":
            self.duties_page.refresh()
        elif AREAS[row] == "年度汇总" and self.summary_page.report is None:
            self.summary_page.build()
        elif AREAS[row] == "检查考核":
            self.inspections_page.refresh()
        elif AREAS[row] == "责任追究" and self.cases_page is not None:
            self.cases_page.refresh()

    def _open_ledger(self, status_key: str) -> None:
        self.rectification_page.show_only(status_key)
        self.show_area("整改")

    def _open_obligations(self, unit_id: int | None = None) -> None:
        self.meetings_page.show_duties(unit_id)
        self.show_area("会议")

    def _open_pending_decisions(self) -> None:
        if self.cases_page is not None:
            self.cases_page.show_pending()
        self.show_area("责任追究")

    def _open_duties(self, tab: int) -> None:
        if tab == 0:
            self.duties_page.show_overdue()
        elif tab == 2:
            self.duties_page.show_unsigned()
        else:
            self.duties_page.ui.tabs.setCurrentIndex(tab)
        self.show_area("责任分解")

    def open_record(self, ref: str) -> None:
        """The record a line of a leader's 廉政档案 came from, on its own page (ui/record_links.py)."""
        from lz_desktop.ui.record_links import open_record

        open_record(self, ref)

    def _open_draft(self, doc_id: int) -> None:
        self.documents_page.refresh(select=doc_id)

    def _update_title(self) -> None:
        name = office_name(self.office.db)
        suffix = self.tr("（只读）") if self.office.read_only else ""
        title = self.tr(APP_TITLE)
        if QApplication.platformName() in ("xcb", "wayland") and QApplication.applicationDisplayName() == title:
            # These platforms append the application's name themselves ("… — 党风廉政建设责任制管理")
            self.setWindowTitle(f"{name}{suffix}" if name else suffix)
        else:
            self.setWindowTitle(f"{title} — {name}{suffix}" if name else title + suffix)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self._action(file_menu, "newFileAction", self.tr("新建数据文件(&N)…"), self.new_file)
        self._action(file_menu, "openFileAction", self.tr("打开数据文件(&O)…"), self.open_file,
                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(file_menu, "backupAction", self.tr("立即备份(&B)"), self.back_up_now, QKeySequence("Ctrl+B"))
        file_menu.addSeparator()
        self._action(file_menu, "quitAction", self.tr("退出(&X)"), self.close, QKeySequence("Ctrl+Q"))
        # The page in view answers these (ui/window_keys.py); the menu shows the keys, as desktop programs do.
        page_menu = self.menuBar().addMenu(self.tr("操作(&A)"))
        self._action(page_menu, "findAction", self.tr("查找(&F)"), lambda: self._on_page(window_keys.find, "查找"),
                     QKeySequence.StandardKey.Find)
        self._action(page_menu, "newRecordAction", self.tr("新建记录(&N)"), lambda: self._on_page(
            lambda page: window_keys.press(window_keys.new_button(page)), "新建"), QKeySequence.StandardKey.New)
        self._action(page_menu, "printAction", self.tr("打印(&P)…"), lambda: self._on_page(
            lambda page: window_keys.press(window_keys.print_button(page)), "打印"), QKeySequence.StandardKey.Print)
        self._action(page_menu, "refreshAction", self.tr("刷新(&R)"),
                     lambda: self._on_page(window_keys.refresh, "刷新"), QKeySequence.StandardKey.Refresh)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        law = QAction(self.tr("《办法》原文(&R)"), self, objectName="regulationAction")
        law.triggered.connect(lambda: open_article(1))
        help_menu.addAction(law)
        about = QAction(self.tr("关于(&A)"), self, objectName="aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _action(self, menu: QMenu, name: str, text: str, slot: Callable[[], object],
                keys: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self, objectName=name)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def current_page(self) -> QWidget:
        shown = self.stack.currentWidget()
        return shown.widget() if isinstance(shown, QScrollArea) and shown.widget() is not None else shown

    def _on_page(self, act: Callable[[QWidget], bool], what: str) -> None:
        if not act(self.current_page()):
            self.statusBar().showMessage(self.tr("本页没有“{0}”可用。").format(what), 3000)

    # other office files ------------------------------------------------------------------------
    def new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建数据文件"), self.tr("新数据文件.lzdb"),
                                              self.tr("数据文件 (*.lzdb)"))
        if path:
            self.switch_to(Path(path if path.endswith(".lzdb") else path + ".lzdb"))

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据文件"), str(self.office.path.parent),
                                              self.tr("数据文件 (*.lzdb)"))
        if path:
            self.switch_to(Path(path))

    def switch_to(self, path: Path) -> None:
        """Close this file and open (or, if new, create) another: the app does it after the window closes."""
        if path.resolve() == self.office.path.resolve():
            return
        self.next_path = path
        self.reopen = True
        self.close()
        if self.isVisible():  # the clerk kept the window (background work): stay on this file
            self.next_path, self.reopen = None, False

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_files.listed():
            if Path(path).resolve() != self.office.path.resolve():
                self.recent_menu.addAction(path, lambda p=path: self.switch_to(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)

    def back_up_now(self) -> None:
        self.show_area("数据安全")
        if self.safety_page.ui.backupButton.isEnabled():
            self.safety_page.backup_now()
        else:
            self.statusBar().showMessage(self.tr("请先在“数据安全”中选择备份文件夹（如U盘）。"), 5000)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于"), self.tr(
            "{0}\n版本 {1}\n\n依据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》"
            "（京发〔2011〕22号）。").format(APP_TITLE, version_text()))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(QSize(1280, 760))

    def _check_in_background(self) -> None:
        """A large file is opened without its full page check (storage.database): that check runs here, on its
        own read-only connection, and speaks only if something is wrong."""
        if integrity.checked_at_open(self.office.path):
            return
        path = self.office.path

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> list[str]:
            with open_office(path, read_only=True) as reader:
                return integrity.verify(reader.db).problems

        self.check_job = BackgroundJob(work, self)
        self.check_job.succeeded.connect(self._report_check)
        self.check_job.start()

    def _warm_fonts(self) -> None:
        self.fonts_job = BackgroundJob(lambda _progress, _cancelled: printable.warm(), self)
        self.fonts_job.start()

    def _report_check(self, problems: list[str]) -> None:
        if problems:
            QMessageBox.warning(self, self.tr("数据文件有问题"), self.tr(
                "后台检查发现：\n{0}\n\n请先在“数据安全”中备份，并联系管理员从备份恢复。").format("\n".join(problems[:5])))

    def _background_work_stopped(self) -> bool:
        """Exports and batches still running are cancelled, and waited for, before the window closes; the
        clerk may choose to keep the window open instead. The quiet background check is simply stopped."""
        named = [job.what for job in jobs.running_jobs() if job.what]
        if named and not self.ask_to_stop_jobs(named):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            jobs.stop_all()
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def ask_to_stop_jobs(self, named: list[str]) -> bool:
        answer = QMessageBox.question(self, self.tr("后台任务"), self.tr(
            "后台仍在进行：{0}。\n取消并退出？已写好的文件保留，未完成的文件不会留下半截。"
        ).format("、".join(named)))
        return answer == QMessageBox.StandardButton.Yes

    def restore_from(self, backup: str, passphrase: str = "") -> None:
        """Close the file, restore the backup over it (the services copy the current file first), reopen."""
        path = self.office.path
        self.office.close()
        self.office_closed = True
        try:  # two copies of the whole file: seconds for a district's, done by a worker
            safety = run_waiting(self, self.tr("正在恢复…"), lambda _count, _cancelled: backups.restore(
                path, backup, passphrase=passphrase or None), cancellable=False)
        except (backups.BackupError, OSError) as e:
            QMessageBox.critical(self, self.tr("未恢复"), str(e))
        else:
            QMessageBox.information(self, self.tr("已恢复"), self.tr(
                "已从备份恢复。恢复前的数据文件已保存为：\n{0}\n程序将重新打开数据文件。").format(safety))
        self.reopen = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_closing", False):  # asked again while the exit backup runs: it is on its way
            event.ignore()
            return
        if not self._background_work_stopped():
            event.ignore()
            return
        if not getattr(self, "office_closed", False):
            self._closing = True
            try:
                auto_backup.back_up_on_exit(self.office, self)
            finally:
                self._closing = False
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        for area in ("单位与班子", "整改"):  # remembered column layouts, of the pages the clerk opened
            shown = self._pages.get(area)
            if shown is not None:
                cast("RosterPage | RectificationPage", shown).save_layout()
        for chooser in self._columns:
            chooser.save()
        super().closeEvent(event)
