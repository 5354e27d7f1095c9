"""A leader's record history in words a clerk reads: what changed, from what, to what (Art. 27)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.leaders import Gender, LeaderStatus, Role

ACTIONS = {"created": "新增", "updated": "修改", "deleted": "删除", "imported": "导入"}
FIELD_LABELS = {
    "team_id": "所在班子", "name": "姓名", "gender": "性别", "post": "职务", "rank": "职级",
    "role": "角色", "term_start": "任职开始", "term_end": "任职结束", "status": "状态",
    "portfolio": "分管工作", "portfolio_unit_ids": "分管单位", "note": "备注",
}
_LABELS: dict[str, Callable[[str], str]] = {
    "gender": lambda v: Gender(v).label, "role": lambda v: Role(v).label,
    "status": lambda v: LeaderStatus(v).label,
    # One date style on screen: 2026年6月30日, as everywhere else.
    "term_start": lambda v: format_cn(dt.date.fromisoformat(v)),
    "term_end": lambda v: format_cn(dt.date.fromisoformat(v)),
}


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: str  # ISO timestamp, local time
    action: str
    before: dict[str, object] | None
    after: dict[str, object] | None

    def changes(self, unit_names: dict[int, str] | None = None) -> list[str]:
        """One line per changed field: “职务：副局长 → 局长”."""
        if self.before is None or self.after is None:
            return []
        lines = []
        for key, label in FIELD_LABELS.items():
            old, new = self.before.get(key), self.after.get(key)
            if old != new:
                lines.append(f"{label}：{_show(key, old, unit_names)} → {_show(key, new, unit_names)}")
        return lines

    def describe(self, unit_names: dict[int, str] | None = None) -> str:
        stamp = dt.datetime.fromisoformat(self.changed_at)
        when = f"{format_cn(stamp.date())} {stamp:%H:%M}"
        head = f"{when}  {ACTIONS.get(self.action, self.action)}"
        details = self.changes(unit_names)
        return head + ("：" + "；".join(details) if details else "")


def _show(key: str, value: object, unit_names: dict[int, str] | None) -> str:
    if value in (None, "", []):
        return "（空）"
    if key in _LABELS:
        return _LABELS[key](str(value))
    if key == "portfolio_unit_ids" and isinstance(value, list):
        names = unit_names or {}
        return "、".join(names.get(int(i), str(i)) for i in value)
    return str(value)
