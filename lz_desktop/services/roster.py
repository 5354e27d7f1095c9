"""Keeping units, their teams and their leaders (Art. 2, 6, 8, 9, 27)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import replace

from sqlite_utils import Database

from lz_desktop.domain import posting
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.leaders import (
    ART_27,
    Leader,
    principal_conflict_problem,
    principal_conflicts,
    validate_leader,
)
from lz_desktop.domain.posting import Approval
from lz_desktop.domain.units import Unit, descendants, tree_order, validate_unit
from lz_desktop.services import printable
from lz_desktop.storage import exchange as exchange_store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.leaders import LeaderRow
from lz_desktop.storage.transaction import transaction


def list_units(db: Database) -> list[Unit]:
    """Every unit in the tree's reading order."""
    return [unit for unit, _depth in tree_order(unit_store.list_units(db))]


def list_units_with_depth(db: Database) -> list[tuple[Unit, int]]:
    return tree_order(unit_store.list_units(db))


def subtree_ids(db: Database, unit_id: int) -> list[int]:
    return descendants(unit_store.list_units(db), unit_id)


def units_without_principal(db: Database, on: dt.date) -> set[int]:
    """Art. 6: every team has its first responsible person; these have none in office on `on`."""
    staffed = leader_store.teams_with_principal(db, on)
    return {u.id for u in unit_store.list_units(db) if u.id is not None and u.team_id not in staffed}


def add_unit(db: Database, draft: Unit) -> Unit:
    unit = validate_unit(draft)
    with transaction(db):
        _check_unit_refs(db, unit)
        order = unit.sort_order or unit_store.next_sort_order(db, unit.parent_id)
        new_id = unit_store.insert_unit(db, replace(unit, sort_order=order))
    saved = unit_store.get_unit(db, new_id)
    assert saved is not None
    return saved


def update_unit(db: Database, draft: Unit) -> Unit:
    unit = validate_unit(draft)
    assert unit.id is not None
    with transaction(db):
        _check_unit_refs(db, unit)
        if unit.parent_id is not None and unit.parent_id in subtree_ids(db, unit.id):
            raise ValidationError([FieldProblem("parent_id", "上级单位", "不能是本单位的下属单位")])
        unit_store.update_unit(db, unit)
    saved = unit_store.get_unit(db, unit.id)
    assert saved is not None
    return saved


def delete_unit(db: Database, unit_id: int) -> None:
    """Only an empty unit may go: leader records must survive (Art. 27)."""
    with transaction(db):
        children, leaders, overseen = unit_store.dependants(db, unit_id)
        if children:
            raise RuleViolation(f"该单位有 {children} 个下属单位，请先删除或移走下属单位。")
        if leaders:
            raise RuleViolation(
                f"该单位班子有 {leaders} 名领导干部的记录；领导干部记录须保留，不能随单位删除。",
                ART_27)
        if overseen:
            raise RuleViolation(f"有 {overseen} 名领导干部分管该单位，请先修改其分管单位。")
        sent = exchange_store.packages_of_unit(db, unit_id)
        if sent:
            raise RuleViolation(f"已向该单位下发过 {sent} 份报送表；报送记录须保留，不能删除该单位。")
        unit_store.delete_unit(db, unit_id)


def list_leaders(db: Database, *, unit_id: int | None = None, text: str = "", sort: str = "unit",
                 descending: bool = False) -> list[LeaderRow]:
    """The roster of a unit and all its subordinate units (all units when unit_id is None)."""
    ids = subtree_ids(db, unit_id) if unit_id is not None else None
    return leader_store.list_leaders(db, unit_ids=ids, text=text, sort=sort,
                                     descending=descending)


def get_leader(db: Database, leader_id: int) -> LeaderRow | None:
    return leader_store.get_leader(db, leader_id)


def leader_history(db: Database, leader_id: int) -> list[str]:
    """The record's history, oldest first, each line in words (Art. 27: records are kept)."""
    names = {u.id: u.short_name for u in unit_store.list_units(db) if u.id is not None}
    return [entry.describe(names) for entry in leader_store.history(db, leader_id)]


def add_leader(db: Database, draft: Leader, *, approval: Approval | None = None,
               not_same_as: Collection[int] = (), today: dt.date | None = None) -> Leader:
    """A new record. Art. 28 is checked against namesakes' restrictions unless the clerk said (`not_same_as`)
    that the person is not the one held accountable: the roster has no identity beyond the name."""
    leader = validate_leader(draft)
    check_printable(leader)
    with transaction(db):
        _check_leader_rules(db, leader)
        _check_posting(db, None, leader, approval, not_same_as, today or dt.date.today())
        new_id = leader_store.insert_leader(db, leader)
        saved = _saved(db, new_id)
        leader_store.record_history(db, new_id, "created", None, saved)
        if approval is not None:
            leader_store.add_approval(db, new_id, approval.approved_by, approval.approved_on, approval.document_number)
    return saved


def update_leader(db: Database, draft: Leader, *, approval: Approval | None = None,
                  today: dt.date | None = None) -> Leader:
    leader = validate_leader(draft)
    check_printable(leader)
    assert leader.id is not None
    with transaction(db):
        before = _saved(db, leader.id)
        _check_leader_rules(db, leader)
        _check_posting(db, before, leader, approval, (), today or dt.date.today())
        leader_store.update_leader(db, leader)
        after = _saved(db, leader.id)
        leader_store.record_history(db, leader.id, "updated", before, after)
        if approval is not None:
            leader_store.add_approval(db, leader.id, approval.approved_by, approval.approved_on,
                                      approval.document_number)
    return after


def _check_posting(db: Database, before: Leader | None, after: Leader, approval: Approval | None,
                   not_same_as: Collection[int], today: dt.date) -> None:
    problems = posting_problems(db, before, after, approval, not_same_as, today)
    if problems:
        raise ValidationError(problems)


NOT_SAME_IN_WINDOW = "请勾选“与同名受处理人员不是同一人”后保存"


def posting_problems(db: Database, before: Leader | None, after: Leader, approval: Approval | None,
                     not_same_as: Collection[int], today: dt.date, *, not_same: str = NOT_SAME_IN_WINDOW
                     ) -> list[FieldProblem]:
    """Art. 28: a promotion or a leading post while a restriction forbids it is refused, with the article and
    the end date; a post needing the approving authority's consent needs the approval recorded."""
    from lz_desktop.domain.accounts import Permission
    from lz_desktop.services.accounts import may
    from lz_desktop.services.cases import restrictions_enforced

    detailed = may(db, Permission.CASES)  # case data is need-to-know: others learn only the restriction
    made = posting.changes(before, after)
    if not made and approval is None:
        return []
    # The day the change takes effect: a new term's start, else the day it is recorded.
    on = after.term_start if before is None or after.term_start != before.term_start else today
    problems = posting.approval_problems(approval, on, today) if approval is not None else []
    if after.id is not None:
        problems += posting.post_problems(made, restrictions_enforced(db, after.id, on), on, approval,
                                          detailed=detailed)
    else:
        for other in leader_store.namesakes(db, after.name, None):
            if other.leader.id in not_same_as or other.leader.id is None:
                continue
            # If the same person, the new record is a change from the old one: a higher rank is a promotion.
            relative = posting.changes(other.leader, replace(after, id=other.leader.id))
            lower = posting.PostChange.LOWER_POST in relative  # a lower post than the one lost is allowed
            as_change = (made - {posting.PostChange.LEADING_POST} if lower else made) | relative
            found = posting.post_problems(as_change, restrictions_enforced(db, other.leader.id, on), on, approval,
                                          detailed=detailed)
            problems += [replace(p, field="name", label="姓名", message=(
                f"与{other.unit_short_name}的{other.leader.name}（{other.leader.post}）同名；若是同一人，{p.message}。"
                f"若不是同一人，{not_same}")) for p in found]
    return problems


def rate(db: Database, leader_id: int, year: int, rating: posting.AnnualRating, *, today: dt.date) -> None:
    """A leader's 年度考核等次 of a year. 优秀 is refused in a year the leader was held accountable (Art. 28 para.
    1), with the decision named: the check holds whoever records the rating."""
    from lz_desktop.services.cases import excellence_enforced

    _saved(db, leader_id)
    if not 2000 <= year <= today.year:
        raise ValidationError([FieldProblem("year", "考核年度", f"（{year}年）应在2000年至今年之间")])
    if rating is posting.AnnualRating.EXCELLENT:
        eligible, why = excellence_enforced(db, leader_id, year)
        if not eligible:
            raise ValidationError([FieldProblem("rating", "考核等次", f"不能评为优秀：{why}")])
    with transaction(db):
        leader_store.set_rating(db, leader_id, year, rating.value, today)


def ratings(db: Database, leader_id: int) -> dict[int, posting.AnnualRating]:
    return {year: posting.AnnualRating(value) for year, value in leader_store.ratings(db, leader_id).items()}


def post_approvals(db: Database, leader_id: int) -> list[str]:
    """The approvals that allowed the leader a post again (Art. 28 para. 2), in words."""
    return [posting.Approval(by, on, number).text() for by, on, number in leader_store.approvals(db, leader_id)]


def check_printable(leader: Leader) -> None:
    """The leader's printed fields against the faces that print them (services/printable.py)."""
    printable.check((("name", "姓名", leader.name), ("post", "职务", leader.post),
                     ("portfolio", "分管工作", leader.portfolio)))


def delete_leader(db: Database, leader_id: int) -> Leader:
    """For records entered by mistake; a leader who leaves is marked transferred or retired."""
    with transaction(db):
        before = _saved(db, leader_id)
        leader_store.delete_leader(db, leader_id)
        leader_store.record_history(db, leader_id, "deleted", before, None)
    return before


def _saved(db: Database, leader_id: int) -> Leader:
    row = leader_store.get_leader(db, leader_id)
    if row is None:
        raise RuleViolation("该领导干部记录已不存在（可能已被删除）。")
    return row.leader


def _check_leader_rules(db: Database, leader: Leader) -> None:
    conflicts = principal_conflicts(leader, leader_store.team_leaders(db, leader.team_id))
    if conflicts:
        raise ValidationError([principal_conflict_problem(leader, conflicts)])
    known = {u.id for u in unit_store.list_units(db)}
    missing = [i for i in leader.portfolio_unit_ids if i not in known]
    if missing:
        raise ValidationError([FieldProblem("portfolio_unit_ids", "分管单位", "含有已删除的单位")])


def _check_unit_refs(db: Database, unit: Unit) -> None:
    if unit.parent_id is not None and unit_store.get_unit(db, unit.parent_id) is None:
        raise ValidationError([FieldProblem("parent_id", "上级单位", "所选上级单位已不存在")])
    if unit_store.name_taken(db, unit.name, unit.id):
        raise ValidationError([FieldProblem("name", "单位全称", f"“{unit.name}”已存在，单位全称不能重复")])
