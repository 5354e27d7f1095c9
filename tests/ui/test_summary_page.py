"""年度汇总, as a clerk uses it: pick the year and scope, read the figures, export the three files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services import duties
from lz_desktop.services.office import Office
from lz_desktop.ui.pages.summary_page import SummaryPage

TODAY = dt.date(2026, 11, 25)


def test_the_summary_page_shows_the_figures_and_exports_in_the_background(qtbot: QtBot, app: QApplication,
                                                                        demo_office: Office, tmp_path: Path) -> None:
    page = SummaryPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.build()
    text = page.ui.reportView.toPlainText()
    signed, made = duties.signing_rate(demo_office.db, 2026)
    assert "2026年度党风廉政建设责任制执行情况汇总" in text and f"生成责任书{made}份，已签订{signed}份" in text
    assert {chart.title for chart in page.charts} >= {"各项年度责任履行率（%）", "问题来源（个）"}

    page.ui.scopeCombo.setCurrentIndex(next(i for i in range(page.ui.scopeCombo.count())
                                            if page.ui.scopeCombo.itemText(i).strip("\u3000") == "区教委"))
    page.build()
    assert "区教委及其下属单位" in page.ui.reportView.toPlainText()

    out = tmp_path / "U盘"
    job = page.start_export(str(out))
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"2026年度党风廉政建设责任制执行情况汇总（区教委及其下属单位）.{s}" for s in ("docx", "pdf", "xlsx")]
    assert "已导出" in page.ui.messageLabel.text()
