"""The window never freezes during long work: while a batch of notices is numbered and printed, and while
the annual summary is gathered and exported, the event loop keeps turning (issue: district scale).

A timer ticks every 5 ms on the UI thread; the longest wait between two ticks is the longest the clerk
could have seen the window not answer. The budget is 100 ms."""

from __future__ import annotations

import datetime as dt
import gc
import io
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services import rectification
from lz_desktop.services.office import Office
from lz_desktop.ui.pages.documents_page import DocumentsPage
from lz_desktop.ui.pages.summary_page import SummaryPage

TODAY = dt.date(2026, 11, 25)
LONGEST_STALL = 0.100


class StallMeter:
    """The longest gap between two turns of the UI thread's event loop while it runs."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.ticks:
            self.longest = max(self.longest, now - self.last)
        self.last, self.ticks = now, self.ticks + 1

    def __enter__(self) -> StallMeter:
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()


def test_a_batch_of_notices_is_numbered_and_printed_without_freezing_the_window(
        qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    drafts: list[int] = []
    while len(drafts) < 60:  # rounds of reminders: a batch long enough to say something about the event loop
        drafts += rectification.draft_reminders(demo_office.db, TODAY)
    page = DocumentsPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    meter = StallMeter()
    with meter:
        job = page.start_batch(drafts, "永纪督")
        with qtbot.waitSignal(job.done, timeout=120000):
            pass
    assert page.last_batch is not None and len(page.last_batch.entries) == len(drafts)
    assert gc.get_freeze_count() > 0  # what the window held before the job is out of the collector's walks
    assert meter.ticks > 20 and meter.longest < LONGEST_STALL, f"longest stall {meter.longest * 1000:.0f} ms"


def test_the_summary_is_gathered_and_exported_without_freezing_the_window(
        qtbot: QtBot, app: QApplication, demo_office: Office, tmp_path: Path) -> None:
    page = SummaryPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    meter = StallMeter()
    with meter:
        built = page.build()
        assert built is not None
        with qtbot.waitSignal(built.done, timeout=120000):
            pass
        gathering = meter.longest
        meter.longest = 0.0
        job = page.start_export(str(tmp_path / "U盘"))
        with qtbot.waitSignal(job.done, timeout=120000):
            pass
    assert len(list((tmp_path / "U盘").iterdir())) == 3
    assert gathering < LONGEST_STALL, f"gathering: longest stall {gathering * 1000:.0f} ms"
    assert meter.ticks > 20 and meter.longest < LONGEST_STALL, f"export: longest stall {meter.longest * 1000:.0f} ms"


def test_printing_a_long_document_keeps_the_window_answering_and_can_be_cancelled(
        qtbot: QtBot, app: QApplication, tmp_path: Path) -> None:
    import pypdf
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from lz_desktop.documents.official import render_many
    from lz_desktop.domain.notices import ReminderItem, reminder_notice
    from lz_desktop.ui.printing import print_in_background

    notices = [reminder_notice("中共北京市永安区纪律检查委员会", "中共北京市永安区纪律检查委员会办公室", f"第{n}局党组",
                               (ReminderItem("检查考核发现问题的整改措施", TODAY, 10),), TODAY, "王芳 6123 4567")
               for n in range(20)]
    data = render_many(notices)
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    parent = QWidget()
    qtbot.addWidget(parent)

    def printer(name: str) -> QPrinter:
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print spooler, as a file
        made.setOutputFileName(str(tmp_path / name))
        made.setResolution(150)
        return made

    with StallMeter() as meter:
        sent = print_in_background(parent, data, printer("printed.pdf"))
    assert sent == pages > 10 and len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == pages
    assert meter.ticks > 20 and meter.longest < LONGEST_STALL, f"longest stall {meter.longest * 1000:.0f} ms"

    def press_cancel() -> None:  # 取消 on the progress dialog
        dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消").click()

    QTimer.singleShot(150, press_cancel)
    assert print_in_background(parent, data, printer("cancelled.pdf")) is None
