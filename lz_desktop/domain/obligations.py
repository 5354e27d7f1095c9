"""Recurring yearly duties, each with its article, evaluated against a unit's records for a year.

The table is data: an office adds its own duties as more `Obligation`s; no widget knows them.
The records come from the areas that hold them (meetings, inspections, plans) as plain `UnitRecord`s.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.units import UnitCategory


class RecordKind(StrEnum):
    STANDING_COMMITTEE_TOPIC_MEETING = "standing_committee_topic_meeting"
    GOVERNMENT_INTEGRITY_MEETING = "government_integrity_meeting"
    PRINCIPAL_TOPIC_MEETING = "principal_topic_meeting"
    PRINCIPAL_LED_INSPECTION = "principal_led_inspection"
    DEMOCRATIC_LIFE_MEETING = "democratic_life_meeting"
    LOWER_LIFE_MEETING_ATTENDED = "lower_life_meeting_attended"
    ANNUAL_PLAN_PUBLISHED = "annual_plan_published"
    INSPECTION = "inspection"
    PLENARY_REPORT = "plenary_report"
    DEMOCRATIC_EVALUATION = "democratic_evaluation"
    RESULTS_FED_BACK = "results_fed_back"

    @property
    def label(self) -> str:
        return _RECORD_LABELS[self]


_RECORD_LABELS = {
    RecordKind.STANDING_COMMITTEE_TOPIC_MEETING: "党委常委会议（党组会议）专题研究",
    RecordKind.GOVERNMENT_INTEGRITY_MEETING: "政府廉政建设工作会议",
    RecordKind.PRINCIPAL_TOPIC_MEETING: "主要负责人主持的专题会议",
    RecordKind.PRINCIPAL_LED_INSPECTION: "主要负责人带队检查下属单位",
    RecordKind.DEMOCRATIC_LIFE_MEETING: "本级领导班子民主生活会",
    RecordKind.LOWER_LIFE_MEETING_ATTENDED: "参加下一级民主生活会",
    RecordKind.ANNUAL_PLAN_PUBLISHED: "年度计划公布",
    RecordKind.INSPECTION: "检查考核",
    RecordKind.PLENARY_REPORT: "向全委会报告",
    RecordKind.DEMOCRATIC_EVALUATION: "民主评议",
    RecordKind.RESULTS_FED_BACK: "检查考核结果报告和反馈",
}


class Scope(StrEnum):
    ALL = "all"
    WITH_SUBORDINATES = "with_subordinates"  # Art. 8(4): “有下属单位的”
    GOVERNMENT = "government"  # a people's government (政府廉政建设工作会议)
    PARTY_COMMITTEE = "party_committee"  # the committee reporting to its plenary (Art. 15)

    @property
    def label(self) -> str:
        return {"all": "各单位", "with_subordinates": "有下属单位的单位", "government": "人民政府",
                "party_committee": "党的委员会"}[self.value]


class Status(StrEnum):
    MET = "met"
    DUE = "due"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return {"met": "已履行", "due": "待履行", "missed": "未履行"}[self.value]


@dataclass(frozen=True)
class Obligation:
    code: str
    article: str
    title: str
    kind: RecordKind
    minimum: int = 1
    scope: Scope = Scope.ALL
    due_month: int = 12
    due_day: int = 31
    builtin: bool = True


@dataclass(frozen=True)
class UnitFacts:
    """What decides whether a duty applies to a unit."""

    category: UnitCategory
    is_top_level: bool
    has_subordinates: bool
    is_government: bool = False


@dataclass(frozen=True)
class UnitRecord:
    kind: RecordKind
    day: dt.date
    title: str
    ref: str = ""  # where the record lives (e.g. "meeting:12"), for opening it


@dataclass(frozen=True)
class ObligationResult:
    obligation: Obligation
    status: Status
    due_by: dt.date
    counted: tuple[UnitRecord, ...]

    @property
    def short_by(self) -> int:
        return max(0, self.obligation.minimum - len(self.counted))

    def text(self) -> str:
        o, done = self.obligation, len(self.counted)
        head = f"{o.title}（{o.article}）：{self.status.label}，已 {done} 次，应至少 {o.minimum} 次"
        if self.status is Status.DUE:
            return f"{head}；尚差 {self.short_by} 次，须在 {format_cn(self.due_by)} 前完成"
        if self.status is Status.MISSED:
            return f"{head}；{format_cn(self.due_by)} 前尚差 {self.short_by} 次"
        return head


K = RecordKind
DEFAULT_OBLIGATIONS: tuple[Obligation, ...] = (
    Obligation("art7_standing_committee", "第七条第（一）项", "召开专题研究党风廉政建设的党委常委会议（党组会议）",
               K.STANDING_COMMITTEE_TOPIC_MEETING),
    Obligation("art7_government_meeting", "第七条第（一）项", "召开政府廉政建设工作会议",
               K.GOVERNMENT_INTEGRITY_MEETING, scope=Scope.GOVERNMENT),
    Obligation("art8_topic_meetings", "第八条第（二）项", "主要负责人主持召开党风廉政建设工作专题会议",
               K.PRINCIPAL_TOPIC_MEETING, minimum=2),
    Obligation("art8_inspect_subordinates", "第八条第（四）项", "主要负责人带队检查下属单位执行责任制情况",
               K.PRINCIPAL_LED_INSPECTION, scope=Scope.WITH_SUBORDINATES),
    Obligation("art8_life_meeting", "第八条第（六）项", "主要负责人组织召开本级领导班子民主生活会",
               K.DEMOCRATIC_LIFE_MEETING),
    Obligation("art8_lower_life_meeting", "第八条第（六）项", "主要负责人参加下一级领导班子民主生活会",
               K.LOWER_LIFE_MEETING_ATTENDED, scope=Scope.WITH_SUBORDINATES),
    Obligation("art10_annual_plan", "第十条", "制定并公布党风廉政建设年度计划", K.ANNUAL_PLAN_PUBLISHED,
               due_month=3, due_day=31),
    Obligation("art13_inspection", "第十三条", "开展责任制检查考核", K.INSPECTION, scope=Scope.WITH_SUBORDINATES),
    Obligation("art15_plenary_report", "第十五条", "向党的委员会全体会议报告执行责任制情况", K.PLENARY_REPORT,
               scope=Scope.PARTY_COMMITTEE),
    Obligation("art16_evaluation", "第十六条", "开展党风廉政建设民主评议", K.DEMOCRATIC_EVALUATION),
    Obligation("art19_feedback", "第十九条", "向同级党委（党组）报告并向被考核单位反馈检查考核情况",
               K.RESULTS_FED_BACK, scope=Scope.WITH_SUBORDINATES),
)


def validate_obligation(obligation: Obligation) -> Obligation:
    """An office's own duty: named, cited, counted sensibly, due on a real day."""
    problems = []
    if not obligation.title.strip():
        problems.append(FieldProblem("title", "责任内容", "不能为空"))
    if len(obligation.title) > 60:
        problems.append(FieldProblem("title", "责任内容", f"过长：{len(obligation.title)} 个字，最多 60 个字"))
    if not obligation.article.strip():
        problems.append(FieldProblem("article", "依据", "不能为空（如：本机关2026年第3号文件）"))
    if not 1 <= obligation.minimum <= 52:
        problems.append(FieldProblem("minimum", "每年至少次数", "应在 1 到 52 之间"))
    try:
        dt.date(2024, obligation.due_month, obligation.due_day)  # a leap year admits 2月29日
    except ValueError:
        problems.append(FieldProblem("due", "完成期限", f"{obligation.due_month}月{obligation.due_day}日不存在"))
    if problems:
        raise ValidationError(problems)
    return replace(obligation, title=obligation.title.strip(), article=obligation.article.strip())


def applies(obligation: Obligation, unit: UnitFacts) -> bool:
    if obligation.scope is Scope.WITH_SUBORDINATES:
        return unit.has_subordinates
    if obligation.scope is Scope.GOVERNMENT:
        return unit.is_government
    if obligation.scope is Scope.PARTY_COMMITTEE:
        return unit.is_top_level and unit.category is UnitCategory.PARTY_ORGAN
    return True


def evaluate(obligations: Iterable[Obligation], unit: UnitFacts, records: Iterable[UnitRecord],
             year: int, today: dt.date) -> list[ObligationResult]:
    """Met, due (by when) or missed, for each duty that applies to the unit in `year`."""
    records = [r for r in records if r.day.year == year]
    results = []
    for obligation in obligations:
        if not applies(obligation, unit):
            continue
        last = calendar.monthrange(year, obligation.due_month)[1]
        due_by = dt.date(year, obligation.due_month, min(obligation.due_day, last))
        counted = tuple(sorted((r for r in records if r.kind is obligation.kind), key=lambda r: r.day))
        if len(counted) >= obligation.minimum:
            status = Status.MET
        else:
            status = Status.DUE if today <= due_by else Status.MISSED
        results.append(ObligationResult(obligation, status, due_by, counted))
    return results
