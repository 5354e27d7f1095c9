"""年度汇总 (Art. 15, 19): the year's figures for the district or one unit with its subordinate units, as the
PDF, workbook and Word draft will carry them; the export runs in the background with progress."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFileDialog, QWidget

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.report import Report, numbered
from lz_desktop.services import annual_summary, roster, summary_export
from lz_desktop.services.office import Office, worker_office
from lz_desktop.ui.bar_chart import BarChart as ChartWidget
from lz_desktop.ui.chinese import INDENT
from lz_desktop.ui.dialogs.problems import say
from lz_desktop.ui.forms.summary_page_ui import Ui_SummaryPage
from lz_desktop.ui.jobs import BackgroundJob, with_progress_dialog
from lz_desktop.ui.printing import print_made
from lz_desktop.ui.unit_picker import make_searchable

ALL = "all"
# Rows of one table the page itself shows. The district's summary has a dozen tables of up to 800 rows;
# the text view lays out 1,100 rows in about 120 ms on the UI thread, 60 rows a table in about 40 ms.
# The exported files always carry every row.
SHOWN_ROWS = 60


def report_html(report: Report) -> str:
    """The report as the page shows it: the same sections, sentences and tables as the files."""
    return "".join(report_pieces(report))


def report_pieces(report: Report) -> list[str]:
    """report_html in pieces of a section's text or one table each, so that the page can lay them out one
    at a time: the whole of a district's year took 60-70 ms of the window's time in one setHtml."""
    pieces = [f"<h2 style='text-align:center'>{html.escape(report.title)}</h2>"
              f"<p style='text-align:center'>{html.escape(report.scope)}　{format_cn(report.made_on)}</p>"]
    for index, section in enumerate(report.sections):
        pieces.append(f"<h3>{html.escape(numbered(index, section.heading))}</h3>"
                      + "".join(f"<p>{html.escape(p)}</p>" for p in section.paragraphs))
        for table in section.tables:
            head = "".join(f"<th>{html.escape(h)}</th>" for h in table.headers)
            span = f"<tr><td colspan='{len(table.headers)}'>"
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                           for row in table.rows[:SHOWN_ROWS]) or f"{span}（无）</td></tr>"
            if len(table.rows) > SHOWN_ROWS:
                rows += (f"{span}此处列出前{SHOWN_ROWS}行，"
                         f"共{len(table.rows)}行；全部见导出的 PDF、Excel、Word 文件。</td></tr>")
            pieces.append(f"<p><b>{html.escape(table.title)}</b></p>"
                          "<table border='1' cellspacing='0' cellpadding='3'>"
                          f"<tr style='background:#eee'>{head}</tr>{rows}</table>")
    return pieces


class SummaryPage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_SummaryPage()
        self.ui.setupUi(self)
        self.office = office
        self.today = today or dt.date.today()
        self.report: Report | None = None
        self.job: BackgroundJob | None = None
        self.building: BackgroundJob | None = None
        self.charts: list[ChartWidget] = []
        self.pending: list[str] = []
        ui = self.ui
        ui.yearSpin.setValue(self.today.year)
        ui.scopeCombo.addItem("全区各单位", ALL)
        for unit, depth in roster.list_units_with_depth(office.db):
            ui.scopeCombo.addItem(INDENT * depth + unit.short_name, unit.id)
        make_searchable(ui.scopeCombo)
        ui.buildButton.clicked.connect(self.build)
        ui.exportButton.clicked.connect(self.export)
        ui.printButton.clicked.connect(self.print_report)
        ui.splitter.setSizes([760, 420])
        ui.reportView.setPlainText("选择年度和范围，点“汇总”。")  # built when first shown: start-up stays quick

    @property
    def unit_id(self) -> int | None:
        data = self.ui.scopeCombo.currentData()
        return None if data == ALL else data

    def build(self) -> BackgroundJob | None:
        """Gather the figures in a worker (a district's year takes about a second) and show them when ready;
        None if a build is already running."""
        if self.building is not None:
            return None
        office, year, unit_id, today = self.office, self.ui.yearSpin.value(), self.unit_id, self.today

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Report:
            with worker_office(office) as worker:
                return annual_summary.build(worker.db, year, unit_id, today)

        job = BackgroundJob(work, self)
        job.succeeded.connect(self._show)
        job.failed.connect(lambda e: say(self.ui.messageLabel, f"未汇总：{e}", error=True))
        job.done.connect(self._built)
        self.building = job
        self.ui.buildButton.setEnabled(False)
        say(self.ui.messageLabel, "正在汇总…", error=False)
        job.start()
        return job

    def _built(self) -> None:
        self.building = None
        self.ui.buildButton.setEnabled(True)

    def _show(self, report: Report) -> None:
        self.report = report
        pieces = report_pieces(report)
        self.ui.reportView.setHtml(pieces[0])
        self.pending = pieces[1:]  # laid out one a turn of the event loop (_show_next)
        QTimer.singleShot(0, self, self._show_next)
        for widget in self.charts:
            widget.deleteLater()
        self.charts = []
        for section in self.report.sections:
            for chart in section.charts:
                widget = ChartWidget(chart.title)
                widget.set_data(list(chart.labels), list(chart.values), chart.top, chart.unit)
                self.ui.chartLayout.addWidget(widget)
                self.charts.append(widget)
        say(self.ui.messageLabel, f"已汇总：{self.report.title}（{self.report.scope}）。", error=False)

    def _show_next(self) -> None:
        if self.pending:
            # A cursor of its own at the end: the view neither scrolls nor lends the new piece the format of
            # the block before it (append() gave every heading the centred subtitle's alignment).
            cursor = QTextCursor(self.ui.reportView.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            spaced = QTextBlockFormat()
            spaced.setTopMargin(12)  # the piece's first block gives up its own margin to this one
            cursor.insertBlock(spaced, QTextCharFormat())
            cursor.insertHtml(self.pending.pop(0))
            QTimer.singleShot(0, self, self._show_next)

    @property
    def shown_whole(self) -> bool:
        return self.report is not None and not self.pending

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择导出文件夹（如U盘）")
        if folder:
            job = self.start_export(folder)
            self._progress = with_progress_dialog(job, self, "正在导出年度汇总（PDF、Excel、Word）…")

    def start_export(self, folder: str) -> BackgroundJob:
        """All three files in a worker with its own connection; the page says where they went."""
        office, year, unit_id, today = self.office, self.ui.yearSpin.value(), self.unit_id, self.today

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> summary_export.Written:
            with worker_office(office) as worker:
                return summary_export.export_all(worker.db, year, unit_id, folder, today, progress=progress,
                                                 cancelled=cancelled)

        job = BackgroundJob(work, self, what="导出年度汇总")
        job.succeeded.connect(lambda written: say(self.ui.messageLabel, "已导出：" + "；".join(
            p.name for p in written.paths), error=False))
        job.failed.connect(lambda e: say(self.ui.messageLabel, f"未导出：{e}", error=True))
        self.job = job
        job.start()
        return job

    def print_report(self) -> BackgroundJob | None:
        """Lay the PDF out in a worker (a district's hundred pages take seconds), then offer the printer."""
        report = self.report
        if report is None:
            return None
        office = self.office

        def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bytes | None:
            with worker_office(office) as reader:
                data = summary_export.pdf_bytes(reader.db, report)
            return None if cancelled() else data

        job = BackgroundJob(work, self)
        job.succeeded.connect(self._print)
        job.failed.connect(lambda e: say(self.ui.messageLabel, f"未打印：{e}", error=True))
        self.print_job = job
        self._progress = with_progress_dialog(job, self, "正在排版年度汇总…")
        job.start()
        return job

    def _print(self, data: bytes | None) -> None:
        if data is None:
            say(self.ui.messageLabel, "已取消打印。", error=False)
            return
        outcome = print_made(self, data)
        if outcome:
            say(self.ui.messageLabel, outcome, error=outcome.startswith("未"))
