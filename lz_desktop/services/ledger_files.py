"""The rectification ledger as files: the rows shown, in the order shown, as a workbook (导出所示…) or as an
official-style table (台账PDF…), and the cells every one of them shows (the page, the CLI's CSV)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from lz_desktop.domain.dates import format_cn
from lz_desktop.services.rectification import LedgerRow

LEDGER_HEADERS = ["单位", "状态", "下一期限", "问题", "来源", "程度", "涉及规定", "发现日期", "反馈日期", "责任领导"]


def ledger_cells(row: LedgerRow) -> list[str]:
    f = row.finding
    return [f.unit_short_name, row.status.label, row.next_due.isoformat() if row.next_due else "", f.description,
            f.source.label, f.severity.label, f.rule_ref, f.found_on.isoformat(),
            f.facts.fed_back_on.isoformat() if f.facts.fed_back_on else "", f.leaders]


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
                                          widths=(1.1, 1.1, 1.3, 2.7, 1.15, 0.65, 1.35, 1.3, 1.3, 1),
                                          note=f"截至{format_cn(today)}，共{len(rows)}项"),
                            cancelled=cancelled, progress=progress)
    except Cancelled:
        return None
