"""报送 back, row by row: what a returned row asks the office to record, checked by sheet, row and column.

Each filled row becomes one `Change`: what it will do, in the clerk's words, and the service call that does
it (the same call a clerk's dialog makes, so the same rules hold). Blank rows ask nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from lz_desktop.documents.package_workbook import ReturnedRow
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem
from lz_desktop.domain.exchange import (
    COLUMNS,
    CellProblem,
    SheetKind,
    cell_text,
    column_letter,
    read_date,
    read_number,
)
from lz_desktop.domain.meetings import MeetingKind
from lz_desktop.domain.text import clean

TEXT_MAX = 500


@dataclass(frozen=True)
class FileMeasure:
    finding_id: int
    content: str
    leader_id: int
    due_on: dt.date
    done_on: dt.date | None
    account: str


@dataclass(frozen=True)
class CompleteMeasure:
    measure_id: int
    done_on: dt.date | None  # None: progress only
    account: str
    measure: str = ""  # the measure's words, for the timeline's progress line


@dataclass(frozen=True)
class TaskReport:
    task_id: int
    progress: str
    done_on: dt.date | None


@dataclass(frozen=True)
class SelfScore:
    indicator_id: int
    score: float
    note: str


@dataclass(frozen=True)
class MeetingHeld:
    kind: MeetingKind
    held_on: dt.date
    chair_id: int
    place: str
    agenda: str


Action = FileMeasure | CompleteMeasure | TaskReport | SelfScore | MeetingHeld


@dataclass(frozen=True)
class Change:
    record: str  # the row's record key, as the package carries it
    kind: SheetKind
    row: int
    what: str  # the change in the clerk's words
    action: Action


@dataclass
class RowReader:
    """Reads one returned row's cells, collecting problems under the sheet, row and column they concern."""

    row: ReturnedRow
    year: int
    leaders: dict[str, int]  # name in the list → leader id
    problems: list[CellProblem] = field(default_factory=list)

    def _bad(self, code: str, message: str) -> None:
        kind = self.row.kind
        label = next(c.label for c in COLUMNS[kind] if c.code == code)
        self.problems.append(CellProblem(kind.sheet_title, self.row.number, column_letter(kind, code), label, message))

    def filled(self, *codes: str) -> bool:
        return any(cell_text(self.row.cells.get(c)) for c in codes)

    def text(self, code: str, *, required: bool = False) -> str:
        problems: list[FieldProblem] = []
        value = clean(cell_text(self.row.cells.get(code)), code, "", problems, multiline=True)
        for p in problems:  # the one rule for text from outside (control characters pasted in)
            self._bad(code, p.message)
        if problems:
            return ""
        if required and not value:
            self._bad(code, "须填写")
        elif len(value) > TEXT_MAX:
            self._bad(code, f"过长：{len(value)} 个字，最多 {TEXT_MAX} 个字")
        return value

    def date(self, code: str, *, required: bool = False) -> dt.date | None:
        raw = self.row.cells.get(code)
        if not cell_text(raw):
            if required:
                self._bad(code, "须填写日期")
            return None
        try:
            return read_date(raw, self.year)
        except ValueError as e:
            self._bad(code, str(e))
            return None

    def leader(self, code: str) -> int | None:
        name = cell_text(self.row.cells.get(code))
        if not name:
            self._bad(code, "须从下拉列表选择责任人")
            return None
        found = self.leaders.get(name)
        if found is None:
            self._bad(code, f"“{name}”不是本单位领导班子成员；请从下拉列表选择")
        return found

    def score(self, code: str, top: float) -> float | None:
        raw = self.row.cells.get(code)
        try:
            value = read_number(raw)
        except ValueError as e:
            self._bad(code, str(e))
            return None
        if not 0 <= value <= top:
            self._bad(code, f"{value:g} 分超出范围：应在 0 至 {top:g} 分之间")
            return None
        if round(value, 1) != value:
            self._bad(code, f"{value:g} 分：最多一位小数")
            return None
        return value

    def not_before(self, code: str, day: dt.date | None, bound: dt.date | None, what: str, hint: str = "") -> None:
        if day and bound and day < bound:
            self._bad(code, f"（{format_cn(day)}）早于{what}（{format_cn(bound)}）{hint}")

    def not_after(self, code: str, day: dt.date | None, today: dt.date) -> None:
        if day and day > today:
            self._bad(code, f"（{format_cn(day)}）晚于今天")


def read_row(reader: RowReader, facts: dict[str, Any], today: dt.date) -> Change | None:
    """The change a filled row asks for, or None (blank, or wrong: the reader holds the problems)."""
    row, key = reader.row, reader.row.key
    kind, _sep, rest = key.partition(":")
    before = len(reader.problems)
    change: Change | None = None
    if kind == "finding" and reader.filled("measure", "leader", "measure_due", "account", "done_on"):
        content = reader.text("measure", required=True)
        leader = reader.leader("leader")
        due = reader.date("measure_due", required=True)
        # The measures are filed on the day the package came back (Art. 19): a deadline or a completion
        # before that day cannot be recorded as a filed measure's (domain/rectification.step_date_problems).
        filing = facts.get("filing_on")
        reader.not_before("measure_due", due, facts.get("fed_back_on"), "反馈日期")
        reader.not_before("measure_due", due, filing, "报备日期（报送表报回之日）")
        done = reader.date("done_on")
        reader.not_after("done_on", done, today)
        reader.not_before("done_on", done, filing, "报备日期（报送表报回之日）",
                          "；报备前已完成的，请在“完成情况”中说明")
        account = reader.text("account")
        if content and leader is not None and due:
            what = f"报备整改措施：{content}（责任领导{_name(reader, leader)}，{format_cn(due)}前完成）" + (
                f"，已于{format_cn(done)}完成" if done else "")
            change = Change(key, row.kind, row.number, what,
                            FileMeasure(int(rest), content, leader, due, done, account))
    elif kind == "measure" and reader.filled("account", "done_on"):
        done = reader.date("done_on")
        reader.not_after("done_on", done, today)
        reader.not_before("done_on", done, facts.get("filed_on"), "措施报备日期")
        account = reader.text("account")
        what = (f"措施完成（{format_cn(done)}）" if done else "报送整改进展") + (f"：{account}" if account else "")
        change = Change(key, row.kind, row.number, f"{facts.get('measure', '')}——{what}",
                        CompleteMeasure(int(rest), done, account, str(facts.get("measure", ""))))
    elif kind == "task" and reader.filled("progress", "done_on"):
        progress = reader.text("progress", required=not reader.filled("done_on"))
        done = reader.date("done_on")
        reader.not_after("done_on", done, today)
        what = "；".join(x for x in (f"进展：{progress}" if progress else "",
                                     f"{format_cn(done)}完成" if done else "") if x)
        change = Change(key, row.kind, row.number, f"{facts.get('task', '')}——{what}",
                        TaskReport(int(rest), progress, done))
    elif kind == "indicator" and reader.filled("score", "note"):
        if not reader.filled("score"):
            reader._bad("score", "填写了自评说明，未填自评得分")
        score = reader.score("score", float(facts.get("points", 0))) if reader.filled("score") else None
        note = reader.text("note")
        if score is not None:
            change = Change(key, row.kind, row.number, f"{facts.get('indicator', '')}：自评 {score:g} 分",
                            SelfScore(int(rest), score, note))
    elif kind == "meeting" and reader.filled("held_on", "chair", "place", "agenda"):
        held = reader.date("held_on", required=True)
        reader.not_after("held_on", held, today)
        if held and held.year != reader.year:
            reader._bad("held_on", f"（{format_cn(held)}）不在 {reader.year} 年度")
        chair = reader.leader("chair")
        place, agenda = reader.text("place"), reader.text("agenda", required=True)
        meeting_kind = MeetingKind(rest.split(":")[0])
        if held and chair is not None and agenda:
            change = Change(key, row.kind, row.number, f"{meeting_kind.label}：{format_cn(held)}，"
                            f"{_name(reader, chair)}主持，议题“{agenda}”",
                            MeetingHeld(meeting_kind, held, chair, place, agenda))
    return change if len(reader.problems) == before else None


def _name(reader: RowReader, leader_id: int) -> str:
    return next((n for n, i in reader.leaders.items() if i == leader_id), "")

