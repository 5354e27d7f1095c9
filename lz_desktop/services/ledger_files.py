"""The rectification ledger as files: the rows shown, in the order shown, as a workbook (导出所示…) or as an
official-style table (台账PDF…), and the cells every one of them shows (the page, the CLI's CSV)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from lz_desktop.domain.dates import format_cn
from lz_desktop.services.rectification import LedgerRow

LEDGER_HEADERS = ["单位", "状态", "下一期限", "逾期天数", "问题", "来源", "程度", "涉及规定", "发现日期", "反馈日期",
                  "责任领导"]


def ledger_cells(row: LedgerRow, date_text: Callable[[dt.date | None], str] = format_cn) -> list[str]:
    """A row as people read it (2026年12月4日); `date_text=iso` for files meant for programs (CSV)."""
    f = row.finding
    return [f.unit_short_name, row.status.label, date_text(row.next_due), str(row.overdue_days or ""), f.description,
            f.source.label, f.severity.label, f.rule_ref, date_text(f.found_on), date_text(f.facts.fed_back_on),
            f.leaders]


def iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def export_ledger(path: str, rows: list[LedgerRow], progress: Callable[[int, int], None] = lambda d, t: None) -> None:
    """Exactly the rows shown, in the order shown."""
    from lz_desktop.documents.table_workbook import write_table

    write_table(path, "整改台账", LEDGER_HEADERS, [ledger_cells(r) for r in rows], progress)


def ledger_pdf(rows: list[LedgerRow], title: str, today: dt.date, cancelled: Callable[[], bool] = lambda: False,
               progress: Callable[[int, int], None] = lambda done, total: None) -> bytes | None:
    """The rows shown, as an official-style landscape table (header on every page); None if `cancelled`
    said so while the pages were laid out."""
    from lz_desktop.documents.official_table import Cancelled, OfficialTable, render_table

    cells = []
    for number, row in enumerate(rows, start=1):
        cells.append(tuple(ledger_cells(row)))
        if number % 1000 == 0 and cancelled():
            return None
    try:
        return render_table(OfficialTable(title, tuple(LEDGER_HEADERS), tuple(cells),
                                          widths=(1.1, 1.1, 1.3, 0.6, 2.5, 1.0, 0.6, 1.3, 1.3, 1.3, 1),
                                          note=f"截至{format_cn(today)}，共{len(rows)}项"),
                            cancelled=cancelled, progress=progress)
    except Cancelled:
        return None
