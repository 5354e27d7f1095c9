"""报送 at district scale (issue #22): every unit's package written, then every one checked back, each beside its
floor — openpyxl writing the same cells bare, and openpyxl reading the returned files bare. Called by
scripts/benchmark.py (`--only exchange` runs just these rows in a fresh process, so the memory peak is theirs).

Budgets: writing all 300 packages ≤ 60 s; checking 300 returned packages ≤ 120 s; peak memory ≤ 300 MB.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 11, 25)


def exchange_rows(path: Path) -> list[tuple[str, str, str, bool]]:
    from openpyxl import Workbook, load_workbook

    from lz_desktop.domain.exchange import COLUMNS, SheetKind
    from lz_desktop.services import exchange, exchange_import
    from lz_desktop.services.office import open_office

    results = []
    with tempfile.TemporaryDirectory() as folder, open_office(path) as office:
        out = Path(folder)
        t = time.perf_counter()
        made = exchange.export_packages(office.db, 2026, out, today=TODAY, due_on=TODAY + dt.timedelta(days=15))
        written = time.perf_counter() - t
        cells = [[[list(r) for r in ws.iter_rows(values_only=True)] for ws in load_workbook(p).worksheets]
                 for p in made.written]
        t = time.perf_counter()
        for i, sheets in enumerate(cells):
            wb = Workbook()
            for rows in sheets:
                ws = wb.create_sheet()
                for row in rows:
                    ws.append(row)
            wb.save(out / f"bare-{i}.xlsx")
        bare_write = time.perf_counter() - t
        results.append((f"生成全部单位的报送表（{len(made.written)} 份）",
                        f"{written:.1f} s（openpyxl 裸写同样的单元格 {bare_write:.1f} s，"
                        f"{written / bare_write:.1f} 倍）",
                        "≤ 60 s", written <= 60))
        for p in made.written:  # as units fill them: every indicator scored
            wb = load_workbook(p)
            if SheetKind.SELF_ASSESSMENT.sheet_title in wb.sheetnames:
                ws = wb[SheetKind.SELF_ASSESSMENT.sheet_title]
                score = next(i for i, c in enumerate(COLUMNS[SheetKind.SELF_ASSESSMENT], 1) if c.code == "score")
                for row in range(5, ws.max_row + 1):
                    ws.cell(row, score).value = 1
            wb.save(p)
        t = time.perf_counter()
        checks = exchange_import.check_all(office.db, made.written, today=TODAY)
        checked = time.perf_counter() - t
        t = time.perf_counter()
        for p in made.written:
            wb = load_workbook(p, data_only=True)
            for ws in wb.worksheets:
                list(ws.iter_rows(values_only=True))
            wb.close()
        bare_read = time.perf_counter() - t
        changes = sum(len(c.changes) for c in checks)
        results.append((f"检查报回的报送表（{len(checks)} 份，{changes} 行改动，含试合并）",
                        f"{checked:.1f} s（openpyxl 裸读同样的文件 {bare_read:.1f} s，{checked / bare_read:.1f} 倍）",
                        "≤ 120 s", checked <= 120))
    status = Path("/proc/self/status").read_text().splitlines()
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    results.append(("生成并检查报送表时的内存峰值", f"{peak:.0f} MB", "≤ 300 MB", peak <= 300))
    return results
