"""One leader's standing, as the leader's page shows it: the years' inspection results (Art. 20), any
accountability, this year's excellence eligibility and the restrictions in force today (Art. 28)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.inspections import fmt
from lz_desktop.services import accounts, cases, roster
from lz_desktop.services.inspection_results import leader_results


def record_lines(db: Database, leader_id: int, today: dt.date) -> list[str]:
    years = leader_results(db, leader_id)
    lines = ["考核结果（第二十条）：" + ("；".join(
        f"{y.year}年 {y.unit} {fmt(y.total)}分 {y.grade or '未评完'}"
        + (f" 第{y.rank}名/{y.of}" if y.rank else "") + ("" if y.final else "（结果未确定）") for y in years)
        or "任职期间所在单位尚无检查考核结果")]
    rated = roster.ratings(db, leader_id)
    if rated:
        lines.append("本人年度考核等次：" + "；".join(f"{y}年 {r.label}" for y, r in rated.items()))
    if not accounts.may(db, Permission.CASES):
        return [*lines, "责任追究与影响期：当前用户无权查看（第二十八条的限制由案件管理员查询）"]
    held = cases.accountability_years(db, leader_id)
    lines.append("责任追究：" + ("；".join(f"{year}年 {'；'.join(texts)}" for year, texts in sorted(held.items()))
                                 or "无"))
    _eligible, why = cases.excellence_eligible(db, leader_id, today.year)
    lines.append(f"{today.year}年度评优资格（第二十八条）：{why}")
    limits = cases.leader_restrictions(db, leader_id, today)
    lines += [f"影响期：{r.text()}" for r in limits if r.kind.value != "no_excellence"]
    return lines
