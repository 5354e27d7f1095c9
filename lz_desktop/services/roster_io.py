"""Roster import and export (.xlsx): every row checked, the batch whole or absent."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.documents import roster_workbook as workbook
from lz_desktop.documents.roster_workbook import LABELS, SheetRow, WorkbookError
from lz_desktop.documents.workbook_reader import FORMULA_PROBLEM
from lz_desktop.domain.dates import parse_date
from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.leaders import (
    Gender,
    Leader,
    LeaderStatus,
    Role,
    parse_label,
    principal_conflicts,
    terms_overlap,
    validate_leader,
)
from lz_desktop.services import roster
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.transaction import transaction

Complaint = Callable[[str], None]  # records one problem with the current cell

__all__ = ["ImportProblem", "RosterCheck", "WorkbookError", "check_roster", "export_roster",
           "import_checked", "save_template"]


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str  # the header label, as the clerk sees it in the workbook
    message: str

    def text(self) -> str:
        return f"第{self.row}行“{self.column}”：{self.message}"


@dataclass(frozen=True)
class ValidRow:
    row: int
    leader: Leader


@dataclass
class RosterCheck:
    path: Path
    total: int = 0
    valid: list[ValidRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})


def save_template(path: str | os.PathLike[str]) -> Path:
    return workbook.write_template(path)


def export_roster(db: Database, path: str | os.PathLike[str], *, unit_id: int | None = None,
                  text: str = "") -> int:
    rows = roster.list_leaders(db, unit_id=unit_id, text=text)
    names = {u.id: u.short_name for u in unit_store.list_units(db)}
    plain = []
    for r in rows:
        ld = r.leader
        plain.append({
            "unit": r.unit_short_name, "name": ld.name, "gender": ld.gender.label,
            "post": ld.post, "rank": ld.rank, "role": ld.role.label, "portfolio": ld.portfolio,
            "portfolio_units": "、".join(names.get(i, "") for i in ld.portfolio_unit_ids),
            "term_start": ld.term_start.isoformat(),
            "term_end": ld.term_end.isoformat() if ld.term_end else "",
            "status": ld.status.label, "note": ld.note,
        })
    workbook.write_roster(path, plain)
    return len(plain)


def check_roster(db: Database, path: str | os.PathLike[str]) -> RosterCheck:
    """Read and check every row against the rules and the records; writes nothing."""
    rows = workbook.read_roster(path)
    check = RosterCheck(Path(path), total=len(rows))
    for sheet_row in rows:
        problems, leader = _parse_row(db, sheet_row)
        if leader is not None:
            problems += _against_others(db, sheet_row.number, leader, check.valid)
        if problems:
            check.problems.extend(problems)
        elif leader is not None:
            check.valid.append(ValidRow(sheet_row.number, leader))
    return check


def import_checked(db: Database, check: RosterCheck) -> int:
    """Import the valid rows of a check, all in one transaction."""
    with transaction(db):
        for valid in check.valid:
            roster.add_leader(db, valid.leader)
    return len(check.valid)


def _parse_row(db: Database, row: SheetRow) -> tuple[list[ImportProblem], Leader | None]:
    v, n = row.values, row.number
    problems: list[ImportProblem] = []

    def bad(code: str, message: str) -> None:
        problems.append(ImportProblem(n, LABELS[code], message))

    for code in sorted(row.formulas):
        bad(code, FORMULA_PROBLEM)
    for code, _label, _, required in workbook.COLUMNS:
        if required and not v[code] and code not in row.formulas:
            bad(code, "必填，不能为空")
    team_id = _resolve_team(db, v["unit"], lambda m: bad("unit", m)) if v["unit"] else None
    gender = _choice(Gender, v["gender"], lambda m: bad("gender", m))
    role = _choice(Role, v["role"], lambda m: bad("role", m))
    status = _choice(LeaderStatus, v["status"] or "在职", lambda m: bad("status", m))
    start = _date(v["term_start"], lambda m: bad("term_start", m))
    end = _date(v["term_end"], lambda m: bad("term_end", m))
    overseen = []
    for part in filter(None, (p.strip() for p in re.split(r"[、,，;；]", v["portfolio_units"]))):
        unit = _resolve_unit(db, part, lambda m: bad("portfolio_units", m))
        if unit is not None:
            overseen.append(unit)
    if problems or team_id is None or gender is None or role is None or status is None \
            or start is None:
        return problems, None
    draft = Leader(None, team_id, v["name"], Gender(gender), v["post"], v["rank"], Role(role),
                   start, end, LeaderStatus(status), v["portfolio"], tuple(overseen), v["note"])
    try:
        leader = validate_leader(draft)
        roster.check_printable(leader)
        return [], leader
    except ValidationError as e:
        return [ImportProblem(n, LABELS.get(p.field, p.label), p.message) for p in e.problems], None


def _against_others(db: Database, number: int, leader: Leader,
                    accepted: list[ValidRow]) -> list[ImportProblem]:
    """The same person twice, and two principals at once, in the file or with the records."""
    existing = leader_store.team_leaders(db, leader.team_id)
    for other in existing:
        if other.name == leader.name and terms_overlap(other, leader):
            return [ImportProblem(number, LABELS["name"],
                                  f"{leader.name}已在该单位班子名册中（任期重叠），同一人不能重复导入")]
    for prior in accepted:
        if prior.leader.team_id == leader.team_id and prior.leader.name == leader.name:
            return [ImportProblem(number, LABELS["name"],
                                  f"与第{prior.row}行是同一人（同一单位、同一姓名）")]
    # Art. 28: a namesake held accountable; a clerk answers that in the window, one by one.
    posted = roster.posting_problems(db, None, leader, None, (), dt.date.today(),
                                     not_same="请在“单位与班子”中单独录入此人并勾选“与同名受处理人员不是同一人”")
    if posted:
        return [ImportProblem(number, LABELS.get(p.field, p.label), p.message) for p in posted]
    in_file = [p.leader for p in accepted if p.leader.team_id == leader.team_id]
    clash = principal_conflicts(leader, existing + in_file)
    if clash:
        other = clash[0]
        where = next((f"第{p.row}行的" for p in accepted if p.leader is other), "名册中已有的")
        return [ImportProblem(number, LABELS["role"],
                              f"与{where}{other.name}同为该班子主要负责人且任期重叠；"
                              "同一班子同一时间只能有一名主要负责人（《办法》第六条）")]
    return []


def _resolve_unit(db: Database, text: str, bad: Complaint) -> int | None:
    found = unit_store.find_unit_by_name(db, text)
    if not found:
        bad(f"系统中没有名为“{text}”的单位")
        return None
    if len(found) > 1:
        bad(f"“{text}”对应多个单位，请填写单位全称")
        return None
    return found[0].id


def _resolve_team(db: Database, text: str, bad: Complaint) -> int | None:
    unit_id = _resolve_unit(db, text, bad)
    unit = unit_store.get_unit(db, unit_id) if unit_id is not None else None
    return unit.team_id if unit else None


def _choice(enum_type: type[StrEnum], text: str, bad: Complaint) -> str | None:
    if not text:
        return None
    try:
        return str(parse_label(enum_type, text).value)
    except ValueError as e:
        bad(str(e))
        return None


def _date(text: str, bad: Complaint) -> dt.date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as e:
        bad(str(e))
        return None
