"""报送 back: a returned workbook checked whole, shown as what would change, and merged in one transaction.

A package is refused untouched, with the reason, when it belongs to another office file or year, to a unit
that no longer exists, when its locked content was changed, or when any filled cell is wrong. A row whose
record the office changed since the package was issued is a conflict: shown with both values, merged only
when the clerk says so (the command line leaves it out and lists it). Merged rows are remembered, so the
same package imported twice merges nothing the second time. The audit trail records the unit, the package
id and the file's SHA-256 for every row written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lz_desktop.documents.package_workbook import ReturnedPackage, read_package
from lz_desktop.documents.workbook_reader import WorkbookError
from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.exchange import CellProblem, cell_text, fingerprint
from lz_desktop.domain.meetings import MeetingDraft, MeetingKind
from lz_desktop.services import duties, meetings
from lz_desktop.services import rectification as rect
from lz_desktop.services.exchange import finding_fingerprint, measure_fingerprint, task_fingerprint
from lz_desktop.services.exchange_rows import (
    Change,
    CompleteMeasure,
    FileMeasure,
    MeetingHeld,
    RowReader,
    SelfScore,
    TaskReport,
    read_row,
)
from lz_desktop.storage import exchange as store
from lz_desktop.storage import finding_steps
from lz_desktop.storage import findings as finding_store
from lz_desktop.storage import meetings as meeting_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.session import session
from lz_desktop.storage.transaction import transaction


class MergeRefused(RuleViolation):
    """A service refused a row while merging: where, and the service's own reason."""

    def __init__(self, problem: CellProblem):
        super().__init__(problem.text())
        self.problem = problem


@dataclass(frozen=True)
class Conflict:
    change: Change
    office_value: str  # what the office's record says now
    unit_value: str  # what the unit filled in
    refused: str = ""  # why the unit's value cannot be taken (the services refuse it): only the office's stands


@dataclass
class PackageCheck:
    path: Path
    sha256: str
    refused: str = ""  # the whole package is not for this office file: why
    package_id: str = ""
    unit_id: int = 0
    unit_name: str = ""
    year: int = 0
    returned_on: dt.date | None = None
    late: bool = False
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    already_merged: int = 0

    @property
    def mergeable(self) -> bool:
        return not self.refused and not self.problems and bool(self.changes or [c for c in self.conflicts
                                                                                 if not c.refused])

    def summary(self) -> str:
        name = self.unit_name or self.path.name
        if self.refused:
            # A file refused before its unit is known is named by the refusal itself (it starts with the file's name).
            return f"{self.unit_name}：未导入。{self.refused}" if self.unit_name else f"未导入：{self.refused}"
        if self.problems:
            return f"{name}：有 {len(self.problems)} 处问题，整表未导入，请单位改正后重新报送。"
        late = "（逾期报送）" if self.late else ""
        if not self.changes and not self.conflicts:
            if self.already_merged:
                return f"{name}{late}：该报送表的 {self.already_merged} 行已合并过，本次没有新的改动。"
            return f"{name}{late}：没有新填写或改动的内容。"
        text = f"{name}{late}：可合并 {len(self.changes)} 行"
        open_conflicts = [c for c in self.conflicts if not c.refused]
        if open_conflicts:
            text += f"，另有 {len(open_conflicts)} 行与本机关已登记的记录冲突，须选择"
        if len(open_conflicts) < len(self.conflicts):
            text += f"，{len(self.conflicts) - len(open_conflicts)} 行与本机关记录冲突且不能采用，保留本机关记录"
        if self.already_merged:
            text += f"，{self.already_merged} 行此前已合并"
        return text + "。"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_package(db: Database, path: str | os.PathLike[str], *, today: dt.date, year: int | None = None
                  ) -> PackageCheck:
    """What the returned workbook would change, and everything wrong with it; writes nothing."""
    file = Path(path)
    check = PackageCheck(file, file_sha256(file) if file.is_file() else "")
    try:
        returned = read_package(file)
    except WorkbookError as e:
        check.refused = str(e)
        return check
    ident = returned.identity
    check.package_id, check.unit_id, check.unit_name, check.year = (ident.package_id, ident.unit_id,
                                                                     ident.unit_name, ident.year)
    check.refused = _refusal(db, returned, year)
    if check.refused:
        return check
    sent = store.get(db, ident.package_id)
    assert sent is not None
    check.returned_on = _returned_on(returned, sent.issued_at.date(), today)
    check.late = check.returned_on > sent.due_on
    check.problems = list(returned.problems)
    done = store.merged_records(db, ident.package_id)
    leaders = {name: i for i, name in meetings.team_names(db, ident.unit_id, check.returned_on).items()}
    for row in returned.rows:
        reader = RowReader(row, ident.year, leaders, check.problems)
        change = read_row(reader, _facts(db, row.key, row.cells) | {"filing_on": check.returned_on}, today)
        if change is None:
            continue
        if change.record in done:
            check.already_merged += 1
            continue
        if _as_recorded(db, change, ident.unit_id, ident.year):
            continue  # a prefilled answer sent back unchanged (last package's self-assessment) asks nothing
        office_now = _current(db, change.record, ident.unit_id, ident.year)
        if office_now is None:
            check.problems.append(CellProblem(change.kind.sheet_title, change.row,
                                              message="本机关已删除此记录，不能合并"))
        elif office_now[0] != row.fingerprint:
            check.conflicts.append(Conflict(change, office_now[1], change.what))
        else:
            check.changes.append(change)
    _group_filings(db, check)
    if not check.problems and session(db).role.may(Permission.WRITE):
        _trial(db, check, today)
    return check


def _as_recorded(db: Database, change: Change, unit_id: int, year: int) -> bool:
    a = change.action
    if isinstance(a, SelfScore):
        return store.self_assessment(db, unit_id, year).get(a.indicator_id) == (a.score, a.note)
    return False


def _refusal(db: Database, returned: ReturnedPackage, year: int | None) -> str:
    ident = returned.identity
    if ident.office_id != store.office_id(db):
        return (f"这份报送表是“{ident.office_name}”的另一个数据文件下发的，不是本数据文件下发的；"
                "请在下发它的数据文件中导入。")
    if year is not None and ident.year != year:
        return f"这是 {ident.year} 年度的报送表，当前导入的是 {year} 年度。"
    if store.get(db, ident.package_id) is None:
        return f"本数据文件中没有编号为 {ident.package_id} 的报送表（可能是从较早的备份恢复后下发的）。"
    if unit_store.get_unit(db, ident.unit_id) is None:
        return f"单位“{ident.unit_name}”已不在本数据文件的单位中，报送表无法归属。"
    if returned.digest_now != ident.locked_digest:
        where = [r for r in returned.rows if r.locked_changed]
        place = "、".join(f"“{r.kind.sheet_title}”表第{r.number}行" for r in where[:5]) or "表格结构"
        return (f"报送表中由本机关填写、已锁定的内容被改动（{place}），整表不予导入。"
                "请单位在原下发的报送表上重新填写，只填着色的单元格。")
    return ""


def _returned_on(returned: ReturnedPackage, issued: dt.date, today: dt.date) -> dt.date:
    """The day the unit last saved it (as WPS or Excel record it), within issue day and today; else today."""
    if returned.modified is None:
        return today
    saved = returned.modified.replace(tzinfo=dt.UTC).astimezone().date() if returned.modified.tzinfo is None \
        else returned.modified.astimezone().date()
    return min(max(saved, issued), today)


def _facts(db: Database, key: str, cells: dict[str, Any]) -> dict[str, Any]:
    """What a row's checks compare with: the feedback date, the filing date, the indicator's points."""
    kind, _sep, rest = key.partition(":")
    facts: dict[str, Any] = {k: cell_text(v) for k, v in cells.items() if v is not None}
    if kind == "finding" and (f := finding_store.get(db, int(rest))):
        facts["fed_back_on"] = f.facts.fed_back_on
    elif kind == "measure" and (finding_id := finding_store.measure_finding(db, int(rest))):
        facts["filed_on"] = rect.finding(db, finding_id).facts.measures_filed_on
    return facts


def _current(db: Database, record: str, unit_id: int, year: int) -> tuple[str, str] | None:
    """(fingerprint, the office's value in words) of the record now; None when it is gone."""
    kind, _sep, rest = record.partition(":")
    if kind == "finding":
        f = finding_store.get(db, int(rest))
        if f is None:
            return None
        filed = f.facts.measures_filed_on
        return finding_fingerprint(db, f.id), (f"本机关已于{format_cn(filed)}登记报备措施 {len(f.facts.measures)} 条"
                                               if filed else "尚未报备措施")
    if kind == "measure":
        finding_id = finding_store.measure_finding(db, int(rest))
        m = next((m for m in finding_steps.measures(db, finding_id) if m.id == int(rest)), None) if finding_id else None
        if m is None:
            return None
        return measure_fingerprint(m), (f"已于{format_cn(m.done_on)}完成" if m.done_on
                                        else f"措施已更正为“{m.content}”，{format_cn(m.due_on)}前完成")
    if kind == "task":
        try:
            t = duties.task(db, int(rest))
        except RuleViolation:
            return None
        return task_fingerprint(t), (f"已于{format_cn(t.done_on)}完成" if t.done_on
                                     else f"任务已更正为“{t.content}”，{format_cn(t.deadline)}前完成")
    if kind == "indicator":
        score, note = store.self_assessment(db, unit_id, year).get(int(rest), (None, ""))
        return fingerprint(score, note), ("尚未自评" if score is None else f"本机关已登记自评 {score:g} 分")
    if kind == "meeting":
        meeting_kind = MeetingKind(rest.split(":")[0])
        held = sum(1 for u, k, _d, _i in meeting_store.held(db, year) if u == unit_id and k is meeting_kind)
        return fingerprint(held), f"本机关已登记本年{meeting_kind.label} {held} 次"
    return None


def _group_filings(db: Database, check: PackageCheck) -> None:
    """Measures are filed feedback by feedback (Art. 19): a feedback's findings are answered together."""
    asked: dict[int, list[Change]] = {}
    for change in check.changes + [c.change for c in check.conflicts]:
        if isinstance(change.action, FileMeasure):
            f = finding_store.get(db, change.action.finding_id)
            if f and f.feedback_id:
                asked.setdefault(f.feedback_id, []).append(change)
    for feedback_id, changes in asked.items():
        answered = {c.action.finding_id for c in changes if isinstance(c.action, FileMeasure)}
        for f in finding_store.findings_of_feedback(db, feedback_id):
            if f.id not in answered and f.facts.measures_filed_on is None and f.facts.closed_on is None:
                check.problems.append(CellProblem(changes[0].kind.sheet_title, changes[0].row, message=(
                    f"同一次反馈的问题“{f.description[:20]}”未填写整改措施；一次反馈的问题须一并报备（第十九条）")))


def _trial(db: Database, check: PackageCheck, today: dt.date) -> None:
    """Run the merge and roll it back: what the services refuse is found before anything is kept. Each conflict
    is tried too, on top of the changes: one the services would refuse is not offered to the clerk."""
    problem = _tried(db, check, list(check.changes), today)
    if problem is not None:
        check.problems.append(problem)
        return
    for i, conflict in enumerate(check.conflicts):
        refused = _tried(db, check, [*check.changes, conflict.change], today)
        if refused is not None:
            check.conflicts[i] = replace(conflict, refused=refused.message)


def _tried(db: Database, check: PackageCheck, chosen: list[Change], today: dt.date) -> CellProblem | None:
    class _Undo(Exception):
        pass

    try:
        with db.atomic():
            _merge(db, check, chosen, today)
            raise _Undo
    except _Undo:
        return None
    except MergeRefused as e:
        return e.problem
    except (ValidationError, RuleViolation) as e:  # not traced to a row: said for the package as a whole
        return CellProblem("", message=f"合并时被拒绝：{_reason(e)}")


def apply_package(db: Database, check: PackageCheck, *, today: dt.date, take: Collection[str] | None = None,
                  conflicts_taken: Collection[str] = ()) -> int:
    """Merge the package in one transaction: every change (or those in `take`), and the conflicts the clerk
    chose the unit's value for. Returns how many rows were merged."""
    if not check.mergeable:
        raise RuleViolation(check.summary())
    chosen = [c for c in check.changes if take is None or c.record in take]
    chosen += [c.change for c in check.conflicts if c.change.record in conflicts_taken and not c.refused]
    if not chosen:
        return 0
    who = session(db)
    actor = who.user
    who.user = f"{actor}（导入{check.unit_name}报送表，编号 {check.package_id}，SHA-256 {check.sha256}）"
    try:
        with transaction(db):
            _merge(db, check, chosen, today)
            now = dt.datetime.now().replace(microsecond=0)
            for c in chosen:
                store.add_merged_record(db, check.package_id, c.record, now, check.sha256)
            assert check.returned_on is not None
            store.set_returned(db, check.package_id, check.returned_on, check.late, check.sha256)
            open_conflicts = [c for c in check.conflicts if not c.refused]  # a refused one leaves nothing to decide
            left = len(check.changes) + len(open_conflicts) - len(chosen)
            store.set_merged(db, check.package_id, None if left else now, len(chosen))
    finally:
        who.user = actor
    return len(chosen)


def _merge(db: Database, check: PackageCheck, chosen: list[Change], today: dt.date) -> None:
    on = check.returned_on or today
    filings: dict[int, list[FileMeasure]] = {}
    for change in chosen:
        a = change.action
        try:
            if isinstance(a, FileMeasure):
                f = rect.finding(db, a.finding_id)
                assert f.feedback_id is not None
                filings.setdefault(f.feedback_id, []).append(a)
            elif isinstance(a, CompleteMeasure):
                if a.done_on:
                    rect.complete_measure(db, a.measure_id, a.done_on, today=today, account=a.account)
                else:
                    finding_id = finding_store.measure_finding(db, a.measure_id) or 0
                    rect.report_progress(db, finding_id, on, a.measure, a.account)
            elif isinstance(a, TaskReport):
                if a.progress:
                    duties.report_progress(db, a.task_id, on, a.progress, today=today)
                if a.done_on:
                    duties.complete_task(db, a.task_id, a.done_on, today=today)
            elif isinstance(a, SelfScore):
                with transaction(db):
                    store.set_self_assessment(db, check.unit_id, check.year, a.indicator_id, a.score, a.note,
                                              check.package_id, on)
            elif isinstance(a, MeetingHeld):
                meetings.record_meeting(db, MeetingDraft(
                    check.unit_id, a.kind, a.held_on, a.place, a.chair_id, f"{check.unit_name}报送", a.agenda,
                    attendee_ids=(a.chair_id,)), today=today)
        except (ValidationError, RuleViolation) as e:
            raise MergeRefused(CellProblem(change.kind.sheet_title, change.row, message=_reason(e))) from e
    rows = {c.action: c for c in chosen}
    for feedback_id, items in filings.items():
        try:
            rect.file_measures(db, feedback_id, on, [rect.MeasureDraft(a.finding_id, a.content, a.due_on, a.leader_id)
                                                     for a in items])
            for a in items:
                if a.done_on:
                    added = finding_steps.measures(db, a.finding_id)[-1]
                    rect.complete_measure(db, added.id, a.done_on, today=today, account=a.account)
        except (ValidationError, RuleViolation) as e:
            first = rows[items[0]]
            raise MergeRefused(CellProblem(first.kind.sheet_title, first.row, message=_reason(e))) from e


def _reason(e: Exception) -> str:
    if isinstance(e, ValidationError):
        return "；".join(p.text() for p in e.problems)
    return str(e)


def check_all(db: Database, paths: list[Path], *, today: dt.date, year: int | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> list[PackageCheck]:
    """Every returned workbook of a folder or a list, checked one by one (nothing written)."""
    out = []
    for i, path in enumerate(paths):
        if cancelled and cancelled():
            break
        try:
            out.append(check_package(db, path, today=today, year=year))
        except (ValidationError, RuleViolation, OSError) as e:  # one file's surprise never stops the others
            out.append(PackageCheck(path, "", refused=f"未能检查：{_reason(e)}"))
        if progress:
            progress(i + 1, len(paths))
    return out


