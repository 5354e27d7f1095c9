"""The annual summary written out: PDF (official style), .xlsx (one sheet per table) and .docx (a draft),
from one `Report`, so that the three carry the same figures."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.documents.fonts import FontChoice
from lz_desktop.domain.report import Report
from lz_desktop.services import annual_summary
from lz_desktop.services.annual_summary import Step

FORMATS = ("pdf", "xlsx", "docx")


@dataclass(frozen=True)
class Written:
    report: Report
    paths: list[Path]


def write(report: Report, path: str | os.PathLike[str], choice: FontChoice | None = None,
          progress: Step = lambda d, t: None) -> Path:
    """One format, chosen by the file's suffix."""
    from lz_desktop.documents.files import write_atomically

    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if suffix == "pdf":
        from lz_desktop.documents.report_pdf import render_report

        data = render_report(report, choice, progress)
        return write_atomically(target, lambda tmp: tmp.write_bytes(data))
    if suffix == "xlsx":
        from lz_desktop.documents.table_workbook import Sheet, write_tables

        sheets: list[Sheet] = []
        seen: set[str] = set()
        for table in report.tables():
            name = table.title[:31]
            while name in seen:  # Excel refuses two sheets of one name
                name = f"{name[:28]}（{len(seen)}）"
            seen.add(name)
            sheets.append((name, list(table.headers), [list(row) for row in table.rows]))
        return write_tables(target, sheets)
    if suffix == "docx":
        from lz_desktop.documents.report_docx import write_report_docx

        return write_atomically(target, lambda tmp: write_report_docx(report, tmp))
    raise ValueError(f"不支持的格式：{target.suffix or '（无扩展名）'}；可选 .pdf、.xlsx、.docx")


def export_all(db: Database, year: int, unit_id: int | None, folder: str | os.PathLike[str], today: dt.date,
               *, progress: Step = lambda d, t: None, cancelled: Callable[[], bool] = lambda: False) -> Written:
    """The summary in all three formats into a folder, named by year and scope."""
    from lz_desktop.services.documents import font_choice

    report = annual_summary.build(db, year, unit_id, today)
    Path(folder).mkdir(parents=True, exist_ok=True)
    base = Path(folder) / f"{year}年度党风廉政建设责任制执行情况汇总（{report.scope}）"
    paths = []
    choice = font_choice(db)
    for done, suffix in enumerate(FORMATS, start=1):
        if cancelled():
            break
        paths.append(write(report, base.with_suffix(f".{suffix}"), choice))
        progress(done, len(FORMATS))
    return Written(report, paths)


def pdf_bytes(db: Database, report: Report) -> bytes:
    from lz_desktop.documents.report_pdf import render_report
    from lz_desktop.services.documents import font_choice

    return render_report(report, font_choice(db))
