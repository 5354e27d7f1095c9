"""年度汇总, as a clerk uses it: pick the year and scope, read the figures, export the three files."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services import duties
from lz_desktop.services.office import Office
from lz_desktop.ui.pages.summary_page import SummaryPage

from .conftest import ModalAnswers

TODAY = dt.date(2026, 11, 25)


def _build(qtbot: QtBot, page: SummaryPage) -> None:
    """汇总 gathers the figures in the background; the button is back when they are shown."""
    job = page.build()
    assert job is not None and not page.ui.buildButton.isEnabled()
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    assert page.ui.buildButton.isEnabled() and page.report is not None
    qtbot.waitUntil(lambda: page.shown_whole)  # the tables are laid out one a turn of the event loop


def test_the_summary_page_shows_the_figures_and_exports_in_the_background(qtbot: QtBot, app: QApplication,
                                                                        demo_office: Office, tmp_path: Path) -> None:
    page = SummaryPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    _build(qtbot, page)
    text = page.ui.reportView.toPlainText()
    signed, made = duties.signing_rate(demo_office.db, 2026)
    assert "2026年度党风廉政建设责任制执行情况汇总" in text and f"生成责任书{made}份，已签订{signed}份" in text
    assert {chart.title for chart in page.charts} >= {"各项年度责任履行率（%）", "问题来源（个）"}

    page.ui.scopeCombo.setCurrentIndex(next(i for i in range(page.ui.scopeCombo.count())
                                            if page.ui.scopeCombo.itemText(i).strip("\u3000") == "区教委"))
    _build(qtbot, page)
    assert "区教委及其下属单位" in page.ui.reportView.toPlainText()

    out = tmp_path / "U盘"
    job = page.start_export(str(out))
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"2026年度党风廉政建设责任制执行情况汇总（区教委及其下属单位）.{s}" for s in ("docx", "pdf", "xlsx")]
    assert "已导出" in page.ui.messageLabel.text()


def test_a_long_table_is_cut_on_screen_but_never_in_the_files() -> None:
    from lz_desktop.domain.report import Report, ReportTable, Section
    from lz_desktop.ui.pages.summary_page import SHOWN_ROWS, report_html

    rows = tuple((str(i), f"单位{i}") for i in range(SHOWN_ROWS + 50))
    report = Report("标题", "全区", "区纪委", TODAY, (Section("检查考核", (), (ReportTable("得分", ("名次", "单位"), rows),), ()),))
    shown = report_html(report)
    assert f"单位{SHOWN_ROWS - 1}<" in shown and f"单位{SHOWN_ROWS}<" not in shown
    assert f"共{SHOWN_ROWS + 50}行" in shown


def test_printing_lays_the_pdf_out_in_the_background_then_offers_the_printer(
        qtbot: QtBot, app: QApplication, demo_office: Office, modals: ModalAnswers) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    page = SummaryPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    _build(qtbot, page)
    made: list[bytes] = []
    modals.then(lambda dialog: dialog.reject())  # the clerk looks at the printer dialog and cancels
    job = page.print_report()
    assert job is not None
    job.succeeded.connect(made.append)
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(modals.seen))
    assert isinstance(modals.seen[0], QPrintDialog)
    assert made and made[0].startswith(b"%PDF") and len(pypdf.PdfReader(io.BytesIO(made[0])).pages) > 3


def test_a_long_bar_label_is_cut_to_two_lines_and_named_in_full_in_the_tooltip(app: QApplication) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from lz_desktop.ui.bar_chart import BarChart, two_lines

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("常委会")
    lines = two_lines("常委会（党组）研究党风廉政建设", metrics, width)
    assert len(lines) == 2 and lines[0] == "常委会" and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert two_lines("会议", metrics, width) == ["会议"]
    chart = BarChart("各项年度责任履行率（%）")
    chart.set_data(["常委会（党组）研究党风廉政建设", "检查考核"], [67.7, 100.0], 110, "%")
    assert chart.toolTip() == "常委会（党组）研究党风廉政建设：67.7%\n检查考核：100%"


def test_bars_lie_down_when_a_label_would_be_cut_so_every_name_reads_whole(qtbot: QtBot, app: QApplication) -> None:
    from PySide6.QtGui import QFontMetrics

    from lz_desktop.ui.bar_chart import BarChart

    labels = ["常委会（党组）研究党风廉政建设", "民主生活会专题内容", "年度报告", "责任书签订", "检查考核", "述责述廉"]
    chart = BarChart("各项年度责任履行率（%）")
    qtbot.addWidget(chart)
    chart.set_data(labels, [67.7, 100.0, 90.0, 100.0, 80.0, 75.0], 110, "%")
    chart.resize(420, chart.minimumHeight())
    chart.show()
    assert not chart.fits_upright(QFontMetrics(chart.font()))
    assert chart.minimumHeight() >= 34 + 20 * len(labels)
    picture = chart.grab().toImage()
    assert not picture.isNull()
    chart.set_data(["优秀", "良好"], [3.0, 5.0], 5)
    assert chart.fits_upright(QFontMetrics(chart.font()))
