"""报送: the workbook a unit fills in for the office (Arts. 8, 10, 14, 15, 19), and what comes back.

The office sends each unit one package a year (or again when more is due); the unit fills the open cells in
WPS or Excel and returns it. What a spreadsheet program does to a workbook on the way (dates as serial
numbers or typed text, numbers as text, full-width digits) is read here; everything else about a returned
cell is a problem named by sheet, row and column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.dates import parse_date

FORMAT = "lz-desktop-package/1"
IDENTITY_SHEET = "_package"  # very hidden: the package's identity and the records it carries
LISTS_SHEET = "_lists"  # very hidden: the leaders a unit may name (a list validation's source)
FIRST_DATA_ROW = 5  # rows 1–4: title, instructions, due date and contact, header


class SheetKind(StrEnum):
    MEASURES = "measures"
    TASKS = "tasks"
    SELF_ASSESSMENT = "self_assessment"
    MEETINGS = "meetings"

    @property
    def sheet_title(self) -> str:
        return _TITLES[self][0]

    @property
    def article(self) -> str:
        return _TITLES[self][1]


_TITLES = {
    SheetKind.MEASURES: ("整改措施", "第十九条"),
    SheetKind.TASKS: ("年度任务", "第八条第（一）项、第十条"),
    SheetKind.SELF_ASSESSMENT: ("自查自评", "第十四条"),
    SheetKind.MEETINGS: ("会议与报告", "第七条第（一）项、第八条第（二）（六）项、第十五条"),
}


class CellKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    LEADER = "leader"  # one of the unit's leaders, from the list sheet


@dataclass(frozen=True)
class Column:
    code: str
    label: str
    fill: bool = False  # the unit fills it in (unlocked); else sent by the office and locked
    kind: CellKind = CellKind.TEXT
    width: int = 14


COLUMNS: dict[SheetKind, tuple[Column, ...]] = {
    SheetKind.MEASURES: (
        Column("seq", "序号", width=6), Column("finding", "问题", width=40), Column("source", "来源", width=12),
        Column("due", "报备或整改期限", width=16), Column("measure", "整改措施", True, width=40),
        Column("leader", "责任领导", True, CellKind.LEADER, 12), Column("measure_due", "完成期限", True, CellKind.DATE),
        Column("account", "完成情况", True, width=30), Column("done_on", "完成日期", True, CellKind.DATE)),
    SheetKind.TASKS: (
        Column("seq", "序号", width=6), Column("task", "任务内容", width=44), Column("role", "本单位职责", width=10),
        Column("deadline", "完成时限", width=16), Column("progress", "进展情况", True, width=40),
        Column("done_on", "完成日期", True, CellKind.DATE)),
    SheetKind.SELF_ASSESSMENT: (
        Column("seq", "序号", width=6), Column("indicator", "考核指标", width=36), Column("rule", "评分标准", width=40),
        Column("points", "分值", width=8), Column("score", "自评得分", True, CellKind.NUMBER, 10),
        Column("note", "自评说明", True, width=36)),
    SheetKind.MEETINGS: (
        Column("seq", "序号", width=6), Column("kind", "会议或报告", width=30), Column("article", "依据", width=16),
        Column("held_on", "召开日期", True, CellKind.DATE), Column("chair", "主持人", True, CellKind.LEADER, 12),
        Column("place", "地点", True, width=16), Column("agenda", "议题", True, width=40)),
}


def column_letter(kind: SheetKind, code: str) -> str:
    index = next(i for i, c in enumerate(COLUMNS[kind]) if c.code == code)
    return chr(ord("A") + index)


@dataclass(frozen=True)
class CellProblem:
    """One thing wrong in a returned workbook, where the unit's clerk will find it."""

    sheet: str  # the sheet's title, as the tab shows it
    row: int = 0  # 0: the sheet (or the workbook) as a whole
    column: str = ""  # the letter, as the column header shows it
    label: str = ""
    message: str = ""

    def text(self) -> str:
        where = f"“{self.sheet}”表" if self.sheet else ""
        if self.row:
            where += f"第{self.row}行"
        if self.column:
            where += f"{self.column}列"
        if self.label:
            where += f"（{self.label}）"
        return f"{where}：{self.message}" if where else self.message


@dataclass(frozen=True)
class PackageIdentity:
    office_id: str
    office_name: str
    unit_id: int
    unit_name: str
    year: int
    package_id: str
    issued_at: dt.datetime
    due_on: dt.date
    locked_digest: str

    def pairs(self) -> list[tuple[str, str]]:
        return [("format", FORMAT), ("office_id", self.office_id), ("office_name", self.office_name),
                ("unit_id", str(self.unit_id)), ("unit_name", self.unit_name), ("year", str(self.year)),
                ("package_id", self.package_id), ("issued_at", self.issued_at.isoformat(timespec="seconds")),
                ("due_on", self.due_on.isoformat()), ("locked_digest", self.locked_digest)]

    @classmethod
    def from_pairs(cls, pairs: dict[str, str]) -> PackageIdentity:
        """Raises ValueError (in Chinese) when the identity is missing or damaged."""
        if pairs.get("format") != FORMAT:
            raise ValueError("不是本系统下发的报送表（缺少报送表标识）")
        try:
            return cls(pairs["office_id"], pairs["office_name"], int(pairs["unit_id"]), pairs["unit_name"],
                       int(pairs["year"]), pairs["package_id"], dt.datetime.fromisoformat(pairs["issued_at"]),
                       dt.date.fromisoformat(pairs["due_on"]), pairs["locked_digest"])
        except (KeyError, ValueError) as e:
            raise ValueError(f"报送表标识已损坏（{e}）") from None


def locked_digest(rows: Iterable[Sequence[str]]) -> str:
    """SHA-256 of what the office sent and locked: a row changed, inserted or removed changes it."""
    h = hashlib.sha256()
    for row in rows:
        h.update("\x1f".join(row).encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


def fingerprint(*values: object) -> str:
    """A record as it stood when the package was issued: the office's later change of it is a conflict."""
    return hashlib.sha256("\x1f".join(str(v) for v in values).encode("utf-8")).hexdigest()[:16]


# 12月5日, 12.5, 12-5: a date without its year is in the package's year.
_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's leap-year slip makes day 0 this one)


def read_date(value: object, year: int) -> dt.date:
    """A date cell as WPS, Excel or LibreOffice leave it: a date, a serial number, or text typed in any
    of the ways clerks type dates. Raises ValueError in Chinese."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueError(f"“{value:g}”不是日期")
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if re.fullmatch(r"\d{5}(\.0+)?", text):  # a serial number kept as text
        return read_date(float(text), year)
    compact = _COMPACT.match(text)
    if compact:
        text = "-".join(compact.groups())
    short = _MONTH_DAY.match(text)
    if short:
        month, day = (int(g) for g in short.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"“{text}”不是存在的日期（{year}年没有{month}月{day}日）") from None
    return parse_date(text)


def read_number(value: object) -> float:
    """A number cell: a number, or text such as “95”, “９５”, “95.5分”. Raises ValueError in Chinese."""
    if isinstance(value, bool):
        raise ValueError("不是数字")
    if isinstance(value, int | float):
        return float(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("分").strip()
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"“{value}”不是数字") from None


def cell_text(value: object) -> str:
    """A cell's value as the office compares and stores text: a whole float without its “.0”."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


class PackageState(StrEnum):
    SENT = "sent"
    RETURNED = "returned"  # checked, not (wholly) merged
    MERGED = "merged"

    @property
    def label(self) -> str:
        return {"sent": "已下发", "returned": "已收回待合并", "merged": "已合并"}[self.value]


def package_file_name(unit_short_name: str, year: int) -> str:
    safe = re.sub(r'[\\/:*?"<>|]', "_", unit_short_name)
    return f"{safe}-{year}-报送表.xlsx"
