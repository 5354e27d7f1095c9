"""The yearly duties in force for the office: the regulation's, then the office's own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlite_utils import Database

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.leaders import Role
from lz_desktop.domain.obligations import (
    DEFAULT_OBLIGATIONS,
    Obligation,
    ObligationResult,
    RecordKind,
    Status,
    UnitFacts,
    UnitRecord,
    evaluate,
    validate_obligation,
)
from lz_desktop.domain.units import UnitCategory
from lz_desktop.storage import duties as duty_store
from lz_desktop.storage import inspections as inspection_store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import meetings as meeting_store
from lz_desktop.storage import obligations as store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.transaction import transaction


def catalogue(db: Database) -> list[Obligation]:
    return [*DEFAULT_OBLIGATIONS, *store.office_obligations(db)]


def add_duty(db: Database, draft: Obligation) -> Obligation:
    duty = validate_obligation(replace(draft, builtin=False))
    with transaction(db):
        duty = replace(duty, code=store.next_code(db))
        store.insert(db, duty)
    return duty


def remove_duty(db: Database, code: str) -> None:
    if any(o.code == code for o in DEFAULT_OBLIGATIONS):
        raise RuleViolation("《办法》规定的年度责任不能删除。")
    with transaction(db):
        store.delete(db, code)


# the year's records against the duties --------------------------------------------------------------
# Duties whose records this app keeps; an office's own duty of another kind is listed but not evaluated.
RECORDED_KINDS = frozenset({
    RecordKind.STANDING_COMMITTEE_TOPIC_MEETING, RecordKind.GOVERNMENT_INTEGRITY_MEETING,
    RecordKind.PRINCIPAL_TOPIC_MEETING, RecordKind.DEMOCRATIC_LIFE_MEETING, RecordKind.LOWER_LIFE_MEETING_ATTENDED,
    RecordKind.ANNUAL_PLAN_PUBLISHED, RecordKind.PLENARY_REPORT, RecordKind.DEMOCRATIC_EVALUATION,
    RecordKind.INSPECTION, RecordKind.PRINCIPAL_LED_INSPECTION, RecordKind.RESULTS_FED_BACK,
})


@dataclass(frozen=True)
class UnitShortfall:
    unit_id: int
    unit_short_name: str
    result: ObligationResult


def unit_facts(db: Database) -> dict[int, UnitFacts]:
    units = unit_store.list_units(db)
    parents = {u.parent_id for u in units}
    return {u.id: UnitFacts(u.category, u.parent_id is None, u.id in parents,
                            u.category is UnitCategory.GOVERNMENT and u.name.endswith("人民政府"))
            for u in units if u.id is not None}


def unit_records(db: Database, year: int) -> dict[int, list[UnitRecord]]:
    """Each unit's records of the year that duties count: meetings held, sub-unit life meetings attended,
    the plan published."""
    out: dict[int, list[UnitRecord]] = {}
    for unit_id, kind, day, meeting_id in meeting_store.held(db, year):
        if kind.record_kind is not None:
            out.setdefault(unit_id, []).append(UnitRecord(kind.record_kind, day, kind.label, f"meeting:{meeting_id}"))
    for unit_id, day, meeting_id, sub_unit in meeting_store.lower_life_meetings_attended(db, year):
        out.setdefault(unit_id, []).append(UnitRecord(
            RecordKind.LOWER_LIFE_MEETING_ATTENDED, day, f"参加{sub_unit}民主生活会", f"meeting:{meeting_id}"))
    held = inspection_store.held(db, year)
    principals = {i: r for i, r in leader_store.leaders_by_id(db, {h[3] for h in held if h[3] is not None}).items()
                  if r.leader.role is Role.PRINCIPAL}
    for unit_id, day, inspection_id, leader_id in held:
        ref = f"inspection:{inspection_id}"
        out.setdefault(unit_id, []).append(UnitRecord(RecordKind.INSPECTION, day, "检查考核", ref))
        led = principals.get(leader_id) if leader_id is not None else None
        if led is not None and led.unit_id == unit_id and led.leader.serves_on(day):  # Art. 8(4): the principal led
            out[unit_id].append(UnitRecord(RecordKind.PRINCIPAL_LED_INSPECTION, day, f"{led.leader.name}带队检查", ref))
    for unit_id, day, inspection_id in inspection_store.fed_back(db, year):
        out.setdefault(unit_id, []).append(UnitRecord(RecordKind.RESULTS_FED_BACK, day, "检查考核结果反馈",
                                                      f"inspection:{inspection_id}"))
    for plan in duty_store.plans_of_year(db, year):
        if plan.published_on is not None:
            # A plan published in December for the next year counts for the year it plans.
            day = max(plan.published_on, dt.date(year, 1, 1))
            out.setdefault(plan.unit_id, []).append(UnitRecord(
                RecordKind.ANNUAL_PLAN_PUBLISHED, day, f"{year}年度计划（{format_cn(plan.published_on)}公布）",
                f"plan:{plan.id}"))
    return out


def unit_obligations(db: Database, unit_id: int, year: int, today: dt.date) -> list[ObligationResult]:
    facts = unit_facts(db).get(unit_id)
    if facts is None:
        return []
    duties = [o for o in catalogue(db) if o.kind in RECORDED_KINDS]
    return evaluate(duties, facts, unit_records(db, year).get(unit_id, []), year, today)


def shortfalls(db: Database, year: int, today: dt.date) -> list[UnitShortfall]:
    """Every duty of the year not yet met, unit by unit in the tree's order: the dashboard's list."""
    from lz_desktop.domain.units import tree_order

    facts, records = unit_facts(db), unit_records(db, year)
    duties = [o for o in catalogue(db) if o.kind in RECORDED_KINDS]
    out = []
    for unit, _depth in tree_order(unit_store.list_units(db)):
        assert unit.id is not None
        for result in evaluate(duties, facts[unit.id], records.get(unit.id, []), year, today):
            if result.status is not Status.MET:
                out.append(UnitShortfall(unit.id, unit.short_name, result))
    return out
