"""The demo district's meetings of 2025 and 2026: most duties met, a few units short, as offices are."""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from lz_desktop.domain.meetings import (
    Absence,
    Decision,
    DecisionOutcome,
    Evaluation,
    EvaluationItem,
    LifeMeetingEntry,
    MeetingDraft,
    MeetingKind,
)
from lz_desktop.domain.units import UnitCategory
from lz_desktop.services import meetings, roster

D = dt.date
TODAY = D(2026, 11, 25)
K = MeetingKind
# Units that held only one principal-chaired topic meeting in 2026 (Art. 8(2) asks for two).
ONE_TOPIC_MEETING = ("区总工会", "青龙镇", "永安城发集团")
NO_LIFE_MEETING_ATTENDED = ("区卫生健康委",)  # its principal has not sat in on the hospital's life meeting
NO_EVALUATION_YET = ("长河街道", "区人民医院")  # their 2026 democratic evaluation is still to come
_AGENDAS = {
    K.PRINCIPAL_TOPIC: ("传达学习上级党风廉政建设工作会议精神，研究部署本单位年度工作",
                        "听取班子成员履行“一岗双责”情况汇报，研究推进措施"),
    K.STANDING_COMMITTEE_TOPIC: ("专题研究党风廉政建设和反腐败工作", "听取纪检组织关于责任制落实情况的汇报"),
    K.GOVERNMENT_INTEGRITY: ("部署政府系统廉政建设工作",),
    K.DEMOCRATIC_LIFE: ("{year}年度领导班子民主生活会：对照检查，开展批评与自我批评",),
    K.DUTY_REPORT: ("领导班子成员述职述廉",),
    K.PLENARY_REPORT: ("区委常委会向全会报告执行党风廉政建设责任制情况",),
    K.DEMOCRATIC_EVALUATION: ("{year}年度党风廉政建设民主评议",),
}
_EXAMINATIONS = ("对分管领域廉政风险排查不够深入", "落实“一岗双责”存在上热中温下冷现象",
                 "调查研究不够，联系基层不紧密", "对身边工作人员教育管理不够严格")
_CRITICISMS = ("希望加强对分管单位的监督检查", "建议多深入基层了解情况", "督促整改的力度还需加大")


_ITEMS = ("落实党风廉政建设主体责任", "领导干部廉洁自律", "纠正损害群众利益的不正之风", "政务公开和权力运行透明")


def _evaluation(rng: random.Random) -> Evaluation:
    groups = (("党员", rng.randint(20, 60)), ("干部", rng.randint(10, 40)), ("人大代表", rng.randint(0, 8)),
              ("政协委员", rng.randint(0, 6)), ("特约监察员", rng.randint(2, 5)), ("党风监督员", rng.randint(2, 5)))
    people = sum(n for _g, n in groups)
    items = []
    for item in _ITEMS:
        unsatisfied = rng.randint(0, people // 10)
        basically = rng.randint(people // 10, people // 4)
        items.append(EvaluationItem(item, people - unsatisfied - basically, basically, unsatisfied))
    return Evaluation(groups, tuple(items))


def add_demo_meetings(db: Database) -> None:
    rng = random.Random(16)
    units = roster.list_units(db)
    by_name = {u.short_name: u for u in units}

    def hold(unit_id: int, kind: MeetingKind, day: D, **extra: object) -> int | None:
        seats = meetings.team_on(db, unit_id, day)
        principal = next((s for s in seats if s.principal), None)
        if principal is None:
            return None
        away = [s for s in seats if not s.principal][-1:] if rng.random() < 0.3 else []
        agenda = rng.choice(_AGENDAS[kind]).format(year=day.year if kind is not K.DEMOCRATIC_LIFE else day.year - 1)
        draft = MeetingDraft(
            unit_id, kind, day, rng.choice(("机关第一会议室", "机关第二会议室", "三楼会议室")), principal.leader_id,
            rng.choice(("办公室 周晓", "办公室 吴敏", "办公室 郑丽")), agenda,
            minutes=f"会议由{principal.name}主持。{agenda}。与会同志逐一发言，会议形成决定如下。",
            attendee_ids=tuple(s.leader_id for s in seats if s not in away),
            absences=tuple(Absence(s.leader_id, rng.choice(("外出学习", "公务出差", "病假"))) for s in away),
            **extra)  # type: ignore[arg-type]
        return meetings.record_meeting(db, draft, today=TODAY)

    def life_meeting(unit_id: int, day: D, observer: int | None) -> None:
        seats = meetings.team_on(db, unit_id, day)
        hold(unit_id, K.DEMOCRATIC_LIFE, day, observer_ids=(observer,) if observer else (),
             observers_note="区纪委监委派驻纪检监察组",
             previous_review="上年度民主生活会查摆的问题已逐项整改，整改清单在会上通报。" if day.year == 2026 else "",
             life_entries=tuple(LifeMeetingEntry(s.leader_id, rng.choice(_EXAMINATIONS), rng.choice(_CRITICISMS))
                                for s in seats))

    def principal_of(unit_id: int, day: D) -> int | None:
        return next((s.leader_id for s in meetings.team_on(db, unit_id, day) if s.principal), None)

    district = by_name["区委"]
    for year in (2025, 2026):
        last_month = 12 if year == 2025 else 11
        for unit in units:
            assert unit.id is not None
            parent = next((u for u in units if u.id == unit.parent_id), None)
            observer = principal_of(parent.id or 0, D(year, 1, 20)) if parent else None
            if parent and parent.short_name in NO_LIFE_MEETING_ATTENDED and year == 2026:
                observer = None
            life_meeting(unit.id, D(year, 1, rng.randint(10, 28)), observer)
            hold(unit.id, K.STANDING_COMMITTEE_TOPIC, D(year, 3, rng.randint(2, 27)))
            hold(unit.id, K.PRINCIPAL_TOPIC, D(year, rng.randint(4, 5), rng.randint(1, 28)))
            if year == 2025 or unit.short_name not in ONE_TOPIC_MEETING:
                hold(unit.id, K.PRINCIPAL_TOPIC, D(year, rng.randint(7, last_month - 1), rng.randint(1, 28)))
            if rng.random() < 0.4:
                hold(unit.id, K.DUTY_REPORT, D(year, 1, rng.randint(5, 9)))
            if year == 2025 or unit.short_name not in NO_EVALUATION_YET:
                hold(unit.id, K.DEMOCRATIC_EVALUATION, D(year, 11, rng.randint(2, 20)), evaluation=_evaluation(rng))
            if unit.category is UnitCategory.GOVERNMENT and unit.name.endswith("人民政府"):
                hold(unit.id, K.GOVERNMENT_INTEGRITY, D(year, 3, 20))
        hold(district.id or 0, K.PLENARY_REPORT, D(year, 1, 30))
    # A topic meeting whose decisions became a duty task and a finding.
    urban = by_name["区城市管理委"].id or 0
    deputy = next(s.leader_id for s in meetings.team_on(db, urban, D(2026, 3, 18)) if not s.principal)
    hold(urban, K.PRINCIPAL_TOPIC, D(2026, 3, 18), decisions=(
        Decision("开展占道经营执法中吃拿卡要问题专项整治", DecisionOutcome.TASK, deputy),
        Decision("执法记录仪使用不规范，限期整改", DecisionOutcome.FINDING, deputy),
        Decision("会议精神于一周内传达到各执法队")))
