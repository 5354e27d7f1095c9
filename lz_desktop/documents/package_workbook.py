"""The 报送表 as an .xlsx file: written for a unit, read back after WPS or Excel has had it.

Cells the office sends are locked (sheet protection without a password: a guard against slips, not
security; the digest of the locked content in the hidden identity sheet is what finds a change). Cells the
unit fills are open, tinted, and carry data validation: dates, scores within the indicator's points, the
unit's leaders as a list.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lz_desktop.documents.workbook_reader import WorkbookError
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.exchange import (
    COLUMNS,
    FIRST_DATA_ROW,
    IDENTITY_SHEET,
    LISTS_SHEET,
    CellKind,
    CellProblem,
    PackageIdentity,
    SheetKind,
    cell_text,
    locked_digest,
)
from lz_desktop.domain.official_document import MEASURES_TITLE

FILL_TINT = "FFF2CC"  # pale yellow, still visible on paper; the instructions call it 浅黄色
HEADING_FACE, BODY_FACE = "黑体", "宋体"  # present in every Chinese Windows and WPS; others substitute
NUMBERS = {"seq", "points", "score"}  # written as numbers: text digits wear Excel's green 以文本形式存储的数字 mark
RECORDS_SHEET = "_records"  # very hidden: sheet, row, record key, fingerprint, fill columns locked


@dataclass(frozen=True)
class SentRow:
    key: str  # the record the row stands for: "finding:12", "measure:34", "task:5", "indicator:7", …
    fingerprint: str  # the record as it stood when issued
    cells: dict[str, str]  # locked and prefilled values, by column code
    locked_fill: frozenset[str] = frozenset()  # fill columns already answered and not to change (a filed measure)
    score_max: float | None = None


@dataclass(frozen=True)
class SentSheet:
    kind: SheetKind
    instructions: str
    rows: tuple[SentRow, ...]


@dataclass(frozen=True)
class PackageContent:
    identity: PackageIdentity  # locked_digest is filled in by write_package
    contact: str
    leaders: tuple[str, ...]
    sheets: tuple[SentSheet, ...]


@dataclass
class ReturnedRow:
    kind: SheetKind
    number: int  # the row number the sheet shows
    key: str
    fingerprint: str
    locked_fill: frozenset[str]
    cells: dict[str, Any]  # raw values as the spreadsheet program left them
    locked_changed: bool = False  # the office's locked cells of this row differ from what was sent


@dataclass
class ReturnedPackage:
    path: Path
    identity: PackageIdentity
    rows: list[ReturnedRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    digest_now: str = ""
    modified: dt.datetime | None = None


def locked_texts(kind: SheetKind, number: int, values: dict[str, Any], locked_fill: frozenset[str]) -> list[str]:
    """One row of the locked content, as the digest reads it (sent and returned alike)."""
    return [kind.value, str(number)] + [cell_text(values.get(c.code)) for c in COLUMNS[kind]
                                        if not c.fill or c.code in locked_fill]


def write_package(content: PackageContent, path: str | os.PathLike[str]) -> PackageIdentity:
    """Write the workbook; returns the identity with the digest of its locked content."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    wb = Workbook()
    wb.remove(wb.active)
    lists = wb.create_sheet(LISTS_SHEET)
    for i, name in enumerate(content.leaders, start=1):
        lists.cell(i, 1, name)
    lists.sheet_state = "veryHidden"
    records = wb.create_sheet(RECORDS_SHEET)
    records.sheet_state = "veryHidden"
    digest_rows: list[list[str]] = []
    for sheet in content.sheets:
        ws = wb.create_sheet(sheet.kind.sheet_title, len(wb.sheetnames) - 2)
        _write_sheet(ws, sheet, content, len(content.leaders))
        for i, row in enumerate(sheet.rows):
            number = FIRST_DATA_ROW + i
            texts = locked_texts(sheet.kind, number, row.cells, row.locked_fill)
            records.append([sheet.kind.value, number, row.key, row.fingerprint, ",".join(sorted(row.locked_fill)),
                            locked_digest([texts])])
            digest_rows.append(texts)
    identity = replace(content.identity, locked_digest=locked_digest(digest_rows))
    ident = wb.create_sheet(IDENTITY_SHEET)
    for key, value in identity.pairs():
        ident.append([key, value])
    ident.sheet_state = "veryHidden"
    wb.active = 0
    # Excel and WPS then refuse 取消隐藏 of the identity sheets (LibreOffice drops the lock when it re-saves;
    # the digest still finds any change).
    wb.security = WorkbookProtection(lockStructure=True)
    target = Path(path)
    wb.save(target)
    return identity


def _write_sheet(ws: Any, sheet: SentSheet, content: PackageContent, leader_count: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    columns = COLUMNS[sheet.kind]
    last = chr(ord("A") + len(columns) - 1)
    ident = content.identity
    ws["A1"] = f"{ident.unit_name}{ident.year}年度党风廉政建设责任制报送表·{sheet.kind.sheet_title}"
    ws["A1"].font = Font(name=HEADING_FACE, size=14)
    ws["A2"] = sheet.instructions
    ws["A3"] = (f"报送截止日期：{format_cn(ident.due_on)}　　咨询联系人：{content.contact or '（见通知）'}　　"
                f"依据：{MEASURES_TITLE}{sheet.kind.article}　　报送表编号：{ident.package_id}")
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if r == 1 else None)
        if r > 1:
            ws[f"A{r}"].font = Font(name=BODY_FACE, size=10)
    # Merged rows never grow to fit in any spreadsheet program: they are given their height.
    width = sum(c.width for c in columns)
    ws.row_dimensions[1].height = 24
    ws.row_dimensions[2].height = _height(sheet.instructions, width, 13)
    ws.row_dimensions[3].height = _height(str(ws["A3"].value), width, 13)
    tint = PatternFill("solid", fgColor=FILL_TINT)
    wrap = Alignment(wrap_text=True, vertical="top")
    line = Side(style="thin", color="808080")
    ruled = Border(left=line, right=line, top=line, bottom=line)  # printed, a table has its lines
    for i, column in enumerate(columns, start=1):
        cell = ws.cell(4, i, column.label)
        cell.font = Font(name=HEADING_FACE, size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = ruled
        ws.column_dimensions[cell.column_letter].width = column.width
    validations = _Validations(leader_count)
    body = Font(name=BODY_FACE, size=11)
    for i, row in enumerate(sheet.rows):
        r = FIRST_DATA_ROW + i
        for j, column in enumerate(columns, start=1):
            cell = ws.cell(r, j, _value(column.code, row.cells.get(column.code)))
            cell.alignment, cell.border, cell.font = wrap, ruled, body
            if not column.fill or column.code in row.locked_fill:
                continue
            cell.protection = Protection(locked=False)
            cell.fill = tint
            if column.kind is CellKind.DATE:
                cell.number_format = 'yyyy"年"m"月"d"日"'  # a date the unit types reads as the sent ones do
            validations.add(column, cell.coordinate, row.score_max)
        # A row no program has measured yet is drawn one line high, its wrapped text over the next row's.
        ws.row_dimensions[r].height = max(_height(str(row.cells.get(c.code) or ""), c.width, 15) for c in columns)
    validations.attach(ws)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    # Printed, a sheet is one page wide in landscape with its header row on every page: a unit's leader reads
    # and signs the paper copy before it goes back.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # the unit may widen a column or a row to read it
    ws.protection.formatRows = False


class _Validations:
    """The open cells' data validation, one rule per kind (and per indicator's points), each with its message."""

    def __init__(self, leader_count: int):
        from openpyxl.worksheet.datavalidation import DataValidation

        self.leader_count = leader_count
        self.dates = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                                    formula2="DATE(2099,12,31)", allow_blank=True, showErrorMessage=True,
                                    errorTitle="日期有误", error="请填写日期，例如 2026-12-5 或 2026年12月5日")
        source = f"'{LISTS_SHEET}'!$A$1:$A${max(leader_count, 1)}"
        self.lists = {code: DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=True,
                                           errorTitle=label, error=f"请从下拉列表中选择本单位领导班子成员作为{label}")
                      for code, label in (("leader", "责任领导"), ("chair", "主持人"))}
        self.scores: dict[float, Any] = {}

    def add(self, column: Any, coordinate: str, score_max: float | None) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        if column.kind is CellKind.DATE:
            self.dates.add(coordinate)
        elif column.kind is CellKind.LEADER and self.leader_count:
            self.lists[column.code].add(coordinate)
        elif column.kind is CellKind.NUMBER and score_max is not None:
            if score_max not in self.scores:
                self.scores[score_max] = DataValidation(
                    type="decimal", operator="between", formula1="0", formula2=f"{score_max:g}", allow_blank=True,
                    showErrorMessage=True, errorTitle="自评得分", error=f"自评得分应在 0 至 {score_max:g} 分之间")
            self.scores[score_max].add(coordinate)

    def attach(self, ws: Any) -> None:
        for validation in (self.dates, *self.lists.values(), *self.scores.values()):
            if validation.sqref:
                ws.add_data_validation(validation)


def _value(code: str, text: str | None) -> object:
    if not text:
        return None
    if code in NUMBERS:
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number
    return text


def _height(text: str, width: float, line: float) -> float:
    """Points for `text` wrapped in a column `width` characters wide (a Chinese character takes two)."""
    room = max(int(width) - 1, 1)
    lines = sum(max(1, -(-sum(2 if ord(ch) > 0x2E7F else 1 for ch in part) // room)) for part in text.split("\n"))
    return lines * line + 3


def read_package(path: str | os.PathLike[str]) -> ReturnedPackage:
    """Read a returned workbook; WorkbookError (in Chinese) when it is not a package at all."""
    from openpyxl import load_workbook

    file = Path(path)
    _refuse_foreign(file)
    try:
        wb = load_workbook(file, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as e:
        raise WorkbookError(f"{file.name} 不是可读取的 .xlsx 工作簿（{type(e).__name__}），请用 WPS 或 Excel "
                            "打开后另存为 .xlsx 再导入。") from e
    try:
        if IDENTITY_SHEET not in wb.sheetnames or RECORDS_SHEET not in wb.sheetnames:
            raise WorkbookError(f"{file.name} 不是本系统下发的报送表（缺少报送表标识）。请单位在下发的报送表上填写，"
                                "不要另建工作簿或复制到新文件。")
        pairs = {cell_text(r[0]): cell_text(r[1]) for r in wb[IDENTITY_SHEET].iter_rows(values_only=True) if r[0]}
        try:
            identity = PackageIdentity.from_pairs(pairs)
        except ValueError as e:
            raise WorkbookError(f"{file.name}：{e}。") from None
        found = ReturnedPackage(file, identity, modified=wb.properties.modified)
        _read_rows(wb, found)
        return found
    finally:
        wb.close()


def _refuse_foreign(file: Path) -> None:
    if not file.exists():
        raise WorkbookError(f"找不到文件 {file}。")
    head = file.read_bytes()[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WorkbookError(f"{file.name} 是旧版 Excel（.xls）或 WPS 的 .et 格式文件。请在 WPS 或 Excel 中“另存为”"
                            "Excel 工作簿（.xlsx）后再导入。")
    if not head.startswith(b"PK"):
        raise WorkbookError(f"{file.name} 不是 .xlsx 工作簿。请选择单位报回的报送表（.xlsx）。")
    with zipfile.ZipFile(file) as z:
        names = set(z.namelist())
    if "word/document.xml" in names:
        raise WorkbookError(f"{file.name} 是 Word 文档（.docx）被改了扩展名，不是报送表。请向单位索取填写后的报送表。")
    if "xl/workbook.xml" not in names:
        raise WorkbookError(f"{file.name} 不是 .xlsx 工作簿（压缩包中没有工作簿）。")


def _read_rows(wb: Any, found: ReturnedPackage) -> None:
    sent: dict[tuple[str, int], tuple[str, str, frozenset[str], str]] = {}
    for r in wb[RECORDS_SHEET].iter_rows(values_only=True):
        if r and r[0] and len(r) >= 6:
            fill = frozenset(x for x in cell_text(r[4]).split(",") if x)
            sent[(cell_text(r[0]), int(float(cell_text(r[1]))))] = (cell_text(r[2]), cell_text(r[3]), fill,
                                                                    cell_text(r[5]))
    digest_rows: list[list[str]] = []
    for kind in SheetKind:
        numbers = sorted(n for k, n in sent if k == kind.value)
        if not numbers:
            continue
        if kind.sheet_title not in wb.sheetnames:
            found.problems.append(CellProblem(kind.sheet_title, message="工作表不见了（被删除或改名），"
                                              "请使用下发的报送表"))
            continue
        ws = wb[kind.sheet_title]
        columns = COLUMNS[kind]
        header = [cell_text(ws.cell(4, i).value) for i in range(1, len(columns) + 1)]
        if header != [c.label for c in columns]:
            found.problems.append(CellProblem(kind.sheet_title, 4, message="表头被改动（列被插入、删除或改名），"
                                              "请使用下发的报送表"))
            continue
        for merged in ws.merged_cells.ranges:
            if merged.max_row >= FIRST_DATA_ROW:
                found.problems.append(CellProblem(kind.sheet_title, merged.min_row, merged.coord.split(":")[0].rstrip(
                    "0123456789"), message=f"单元格 {merged.coord} 被合并；请取消合并，每行每格各填各的"))
        for number in numbers:
            key, fp, locked_fill, row_digest = sent[(kind.value, number)]
            values = {c.code: ws.cell(number, i).value for i, c in enumerate(columns, start=1)}
            texts = locked_texts(kind, number, values, locked_fill)
            digest_rows.append(texts)
            found.rows.append(ReturnedRow(kind, number, key, fp, locked_fill, values,
                                          locked_digest([texts]) != row_digest))
        for number in range(numbers[-1] + 1, ws.max_row + 1):
            if any(cell_text(ws.cell(number, i).value) for i in range(1, ws.max_column + 1)):
                found.problems.append(CellProblem(kind.sheet_title, number, message=(
                    "表格下方新增了行；报送表只收下发的行，新增事项请另行报告，并删除此行后再报送")))
                break
    found.digest_now = locked_digest(digest_rows)
