"""Units (单位) and their leadership teams (领导班子). Art. 2 decides who is in scope."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.text import clean

ART_2 = "第二条"


class UnitCategory(StrEnum):
    """Art. 2: six categories apply the measures; three apply them by reference (参照执行)."""

    PARTY_ORGAN = "party_organ"
    PEOPLES_CONGRESS = "peoples_congress"
    GOVERNMENT = "government"
    CPPCC = "cppcc"
    COURT = "court"
    PROCURATORATE = "procuratorate"
    PEOPLES_ORGANISATION = "peoples_organisation"
    STATE_OWNED_ENTERPRISE = "state_owned_enterprise"
    PUBLIC_INSTITUTION = "public_institution"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @property
    def by_reference(self) -> bool:
        """Art. 2 para. 2: these apply the measures by reference, not directly."""
        return self in _BY_REFERENCE

    @property
    def display(self) -> str:
        return f"{self.label}（参照执行）" if self.by_reference else self.label


_CATEGORY_LABELS = {
    UnitCategory.PARTY_ORGAN: "党的机关",
    UnitCategory.PEOPLES_CONGRESS: "人大机关",
    UnitCategory.GOVERNMENT: "行政机关",
    UnitCategory.CPPCC: "政协机关",
    UnitCategory.COURT: "审判机关",
    UnitCategory.PROCURATORATE: "检察机关",
    UnitCategory.PEOPLES_ORGANISATION: "人民团体",
    UnitCategory.STATE_OWNED_ENTERPRISE: "国有和国有控股企业",
    UnitCategory.PUBLIC_INSTITUTION: "事业单位",
}
_BY_REFERENCE = {
    UnitCategory.PEOPLES_ORGANISATION,
    UnitCategory.STATE_OWNED_ENTERPRISE,
    UnitCategory.PUBLIC_INSTITUTION,
}

NAME_MAX = 60
SHORT_NAME_MAX = 20
TEAM_NAME_MAX = 40


@dataclass(frozen=True)
class Unit:
    id: int | None
    parent_id: int | None
    name: str  # full name, printed on documents
    short_name: str
    category: UnitCategory
    team_name: str = ""
    sort_order: int = 0
    note: str = ""
    team_id: int | None = None


def default_team_name(short_name: str) -> str:
    return f"{short_name}领导班子"


def validate_unit(unit: Unit) -> Unit:
    """Return the unit with whitespace trimmed and defaults filled, or raise ValidationError."""
    problems: list[FieldProblem] = []
    name, short = clean(unit.name, "name", "单位全称", problems), clean(unit.short_name, "short_name", "简称", problems)
    team = clean(unit.team_name, "team_name", "领导班子名称", problems) or (default_team_name(short) if short else "")
    _require(problems, "name", "单位全称", name, NAME_MAX)
    _require(problems, "short_name", "简称", short, SHORT_NAME_MAX)
    _require(problems, "team_name", "领导班子名称", team, TEAM_NAME_MAX)
    if unit.id is not None and unit.parent_id == unit.id:
        problems.append(FieldProblem("parent_id", "上级单位", "不能是本单位自己"))
    if problems:
        raise ValidationError(problems)
    note = clean(unit.note, "note", "备注", problems, multiline=True)
    if problems:
        raise ValidationError(problems)
    return Unit(unit.id, unit.parent_id, name, short, unit.category, team, unit.sort_order, note, unit.team_id)


def descendants(units: list[Unit], root_id: int) -> list[int]:
    """The ids of root_id and every unit below it, at any depth."""
    children: dict[int | None, list[int]] = {}
    for u in units:
        assert u.id is not None
        children.setdefault(u.parent_id, []).append(u.id)
    found, stack = [], [root_id]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def tree_order(units: list[Unit]) -> list[tuple[Unit, int]]:
    """Units as the tree reads top to bottom (each parent before its children), with depth."""
    children: dict[int | None, list[Unit]] = {}
    known = {u.id for u in units}
    for u in units:
        # A parent outside the list (filtered away) makes the unit a top of its own.
        children.setdefault(u.parent_id if u.parent_id in known else None, []).append(u)
    ordered: list[tuple[Unit, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for unit in sorted(children.get(parent, []), key=lambda u: (u.sort_order, u.id or 0)):
            ordered.append((unit, depth))
            walk(unit.id, depth + 1)

    walk(None, 0)
    return ordered


def _require(problems: list[FieldProblem], field: str, label: str, value: str, limit: int) -> None:
    if not value:
        problems.append(FieldProblem(field, label, "不能为空"))
    elif len(value) > limit:
        problems.append(FieldProblem(field, label, f"过长：{len(value)} 个字，最多 {limit} 个字"))
