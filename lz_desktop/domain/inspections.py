"""Inspections (Art. 11-14, 19-20): indicator systems worth 100 points, scores, grades and ranking.

Scores are typed per unit and scoring indicator (a level-2 indicator, or a level-1 one without any);
totals, grades and ranks are always computed. A score below the indicator's points is a deduction and
carries its reason; the reason can become a finding, and so a rectification (Art. 19).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from lz_desktop.domain.errors import FieldProblem, ValidationError

TOTAL_POINTS = 100.0
NAME_MAX = 60
TEXT_MAX = 500


class Method(StrEnum):
    """Art. 14: the ways an inspection may be carried out."""

    SELF_ASSESSMENT = "self_assessment"
    SPECIAL_INSPECTION = "special_inspection"
    SPOT_CHECK = "spot_check"
    DEMOCRATIC_EVALUATION = "democratic_evaluation"
    PUBLIC_EVALUATION = "public_evaluation"
    ROUTINE_SUPERVISION = "routine_supervision"

    @property
    def label(self) -> str:
        return {"self_assessment": "自查自评", "special_inspection": "专项检查", "spot_check": "重点抽查",
                "democratic_evaluation": "民主评议", "public_evaluation": "公众评价",
                "routine_supervision": "日常监督"}[self.value]


class Feed(StrEnum):
    """Where an indicator's score may come from besides the inspectors' own scoring."""

    NONE = "none"
    EVALUATION = "evaluation"  # points × the unit's democratic evaluation satisfaction rate (Art. 16)

    @property
    def label(self) -> str:
        return {"none": "检查评分", "evaluation": "按民主评议满意率计分"}[self.value]


@dataclass(frozen=True)
class Indicator:
    name: str
    points: float
    rule: str = ""  # 评分标准
    method: Method = Method.SPECIAL_INSPECTION
    feed: Feed = Feed.NONE
    children: tuple[Indicator, ...] = ()
    id: int | None = None

    @property
    def scored(self) -> bool:
        return not self.children


def one_decimal(value: float) -> bool:
    return abs(round(value, 1) - value) < 1e-9


def fmt(value: float | None) -> str:
    """Points as a clerk writes them: 15, 7.5."""
    if value is None:
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def validate_system(indicators: Sequence[Indicator]) -> tuple[Indicator, ...]:
    """Level-1 points total 100; a level-1 indicator with level-2 ones is their sum; names, points and
    texts are sensible. Every problem is named by its place in the tree (Art. 14)."""
    problems: list[FieldProblem] = []
    if not indicators:
        problems.append(FieldProblem("indicators", "指标体系", "至少一项一级指标", "第十四条"))

    def check(where: str, item: Indicator) -> None:
        if not item.name.strip():
            problems.append(FieldProblem("indicators", "指标名称", f"{where}名称为空"))
        elif len(item.name.strip()) > NAME_MAX:
            problems.append(FieldProblem("indicators", "指标名称", f"{where}名称过长：最多 {NAME_MAX} 个字"))
        if item.points <= 0:
            problems.append(FieldProblem("indicators", "分值", f"{where}分值应大于 0"))
        elif not one_decimal(item.points):
            problems.append(FieldProblem("indicators", "分值", f"{where}分值至多一位小数"))
        if len(item.rule) > TEXT_MAX:
            problems.append(FieldProblem("indicators", "评分标准", f"{where}评分标准过长：最多 {TEXT_MAX} 个字"))

    for i, top in enumerate(indicators, start=1):
        check(f"第{i}项一级指标“{top.name}”", top)
        for j, child in enumerate(top.children, start=1):
            check(f"第{i}.{j}项二级指标“{child.name}”", child)
            if child.children:
                problems.append(FieldProblem("indicators", "指标体系", f"第{i}.{j}项：指标最多两级"))
        if top.children:
            total = round(sum(c.points for c in top.children), 1)
            if abs(total - top.points) > 1e-9:
                problems.append(FieldProblem("indicators", "分值", f"一级指标“{top.name}”{fmt(top.points)} 分，"
                                             f"其二级指标合计 {fmt(total)} 分，应相等"))
    total = round(sum(t.points for t in indicators), 1)
    if indicators and abs(total - TOTAL_POINTS) > 1e-9:
        problems.append(FieldProblem("indicators", "分值", f"一级指标合计 {fmt(total)} 分，应为 100 分（百分制）",
                                     "第十四条"))
    if problems:
        raise ValidationError(problems)
    return tuple(replace(t, name=t.name.strip(), rule=t.rule.strip(),
                         children=tuple(replace(c, name=c.name.strip(), rule=c.rule.strip()) for c in t.children))
                 for t in indicators)


def scoring_indicators(indicators: Iterable[Indicator]) -> list[tuple[Indicator, Indicator | None]]:
    """(scoring indicator, its level-1 parent or None), in the tree's order."""
    out: list[tuple[Indicator, Indicator | None]] = []
    for top in indicators:
        if top.children:
            out += [(child, top) for child in top.children]
        else:
            out.append((top, None))
    return out


# A sample system the office edits: the areas an inspection of the responsibility system looks at.
SAMPLE_SYSTEM: tuple[Indicator, ...] = (
    Indicator("组织领导", 15, children=(
        Indicator("研究部署", 8, "每年召开专题研究党风廉政建设的会议；未召开扣8分，少一次扣4分",
                  Method.SPECIAL_INSPECTION),
        Indicator("主要负责人履责", 7, "主要负责人主持专题会议不少于两次；少一次扣3分", Method.SPECIAL_INSPECTION),
    )),
    Indicator("责任分解", 15, children=(
        Indicator("年度计划", 5, "制定并公布年度计划；未公布扣5分", Method.SELF_ASSESSMENT),
        Indicator("任务分解与责任书", 10, "任务分解到人，责任书签订率100%；每少一份扣1分", Method.SPOT_CHECK),
    )),
    Indicator("教育与制度", 15, children=(
        Indicator("廉洁教育", 7, "开展党性党风党纪和廉洁从政教育；未开展扣7分", Method.SPECIAL_INSPECTION),
        Indicator("制度建设", 8, "廉政风险防控机制健全，制度执行有力；视情况扣分", Method.SPOT_CHECK),
    )),
    Indicator("检查考核", 15, children=(
        Indicator("监督检查", 8, "对下级开展检查考核并反馈；未开展扣8分", Method.ROUTINE_SUPERVISION),
        Indicator("问题整改", 7, "发现问题一个月内制定整改措施并报备；逾期一项扣1分", Method.ROUTINE_SUPERVISION),
    )),
    Indicator("责任追究", 10, children=(
        Indicator("责任追究落实", 10, "应追究未追究的，每起扣5分", Method.SPECIAL_INSPECTION),
    )),
    Indicator("廉洁自律", 15, children=(
        Indicator("领导干部廉洁自律", 15, "班子成员违反廉洁自律规定的，每人次扣5分", Method.ROUTINE_SUPERVISION),
    )),
    Indicator("民主评议", 15, "按民主评议总体满意率计分（分值×满意率）", Method.DEMOCRATIC_EVALUATION, Feed.EVALUATION),
)


# scores ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Score:
    indicator_id: int
    self_score: float | None
    score: float | None
    reason: str = ""  # why points were deducted
    comment: str = ""


def check_score(where: str, indicator: Indicator, s: Score) -> list[FieldProblem]:
    """A score lies between 0 and the indicator's points, with at most one decimal; a deduction has its reason."""
    problems = []
    for label, value in (("自评得分", s.self_score), ("考核得分", s.score)):
        if value is None:
            continue
        if value < 0:
            problems.append(FieldProblem("scores", label, f"{where}：{fmt(value)} 为负数"))
        elif value > indicator.points + 1e-9:
            problems.append(FieldProblem("scores", label,
                                         f"{where}：{fmt(value)} 超过该指标分值 {fmt(indicator.points)}"))
        elif not one_decimal(value):
            problems.append(FieldProblem("scores", label, f"{where}：{value} 至多一位小数"))
    if (s.score is not None and s.score < indicator.points - 1e-9 and not s.reason.strip()
            and not problems):
        problems.append(FieldProblem("scores", "扣分理由",
                                     f"{where}：扣 {fmt(indicator.points - s.score)} 分，须写明扣分理由"))
    if len(s.reason) > TEXT_MAX or len(s.comment) > TEXT_MAX:
        problems.append(FieldProblem("scores", "扣分理由", f"{where}：理由或备注过长，最多 {TEXT_MAX} 个字"))
    return problems


def evaluation_score(points: float, rate: float) -> float:
    """An indicator fed by the democratic evaluation: its points times the satisfaction rate, to 0.1."""
    return round(points * rate + 1e-9, 1)


# grades and ranking ------------------------------------------------------------------------------
@dataclass(frozen=True)
class GradeBand:
    label: str
    minimum: float  # total at or above
    no_zero: bool = False  # only if no scoring indicator scored 0


DEFAULT_BANDS: tuple[GradeBand, ...] = (
    GradeBand("优秀", 90, no_zero=True), GradeBand("良好", 80), GradeBand("一般", 60), GradeBand("较差", 0))


def validate_bands(bands: Sequence[GradeBand]) -> tuple[GradeBand, ...]:
    problems = []
    labels = [b.label.strip() for b in bands]
    if not bands:
        problems.append(FieldProblem("bands", "等次", "至少一个等次"))
    if any(not label for label in labels):
        problems.append(FieldProblem("bands", "等次", "等次名称不能为空"))
    if len(set(labels)) != len(labels):
        problems.append(FieldProblem("bands", "等次", "等次名称重复"))
    minima = [b.minimum for b in bands]
    if minima != sorted(minima, reverse=True) or len(set(minima)) != len(minima):
        problems.append(FieldProblem("bands", "分数线", "分数线须从高到低、互不相同"))
    if bands and minima[-1] != 0:
        problems.append(FieldProblem("bands", "分数线", "最低等次的分数线须为 0，使每个得分都有等次"))
    if any(not 0 <= m <= TOTAL_POINTS for m in minima):
        problems.append(FieldProblem("bands", "分数线", "分数线应在 0 到 100 之间"))
    if problems:
        raise ValidationError(problems)
    return tuple(replace(b, label=b.label.strip()) for b in bands)


def grade(total: float, any_zero: bool, bands: Sequence[GradeBand]) -> str:
    for band in bands:
        if total + 1e-9 >= band.minimum and not (band.no_zero and any_zero):
            return band.label
    return bands[-1].label if bands else ""


@dataclass(frozen=True)
class UnitResult:
    unit_id: int
    unit_name: str
    total: float  # inspection scores so far
    self_total: float
    missing: int  # scoring indicators without an inspection score
    zeros: tuple[str, ...]  # scoring indicators scored 0
    grade: str = ""
    rank: int = 0
    deductions: tuple[tuple[str, float, str], ...] = field(default=(), compare=False)  # (indicator, points, reason)

    @property
    def complete(self) -> bool:
        return self.missing == 0


def results(units: Sequence[tuple[int, str]], indicators: Sequence[Indicator],
            scores: dict[tuple[int, int], Score], bands: Sequence[GradeBand]) -> list[UnitResult]:
    """Totals, grades and competition ranks (1, 2, 2, 4) of the inspected units, best first; a unit with
    scores missing has its total so far, no grade and no rank."""
    leaves = scoring_indicators(indicators)
    out = []
    for unit_id, name in units:
        total = self_total = 0.0
        missing, zeros, deductions = 0, [], []
        for leaf, parent in leaves:
            s = scores.get((unit_id, leaf.id or 0))
            label = f"{parent.name}·{leaf.name}" if parent else leaf.name
            if s is None or s.score is None:
                missing += 1
            else:
                total += s.score
                if s.score == 0:
                    zeros.append(label)
                if s.score < leaf.points - 1e-9:
                    deductions.append((label, round(leaf.points - s.score, 1), s.reason))
            if s is not None and s.self_score is not None:
                self_total += s.self_score
        total, self_total = round(total, 1), round(self_total, 1)
        out.append(UnitResult(unit_id, name, total, self_total, missing, tuple(zeros),
                              grade(total, bool(zeros), bands) if missing == 0 else "",
                              deductions=tuple(deductions)))
    # Only a unit scored on every indicator has a grade and a rank; the others follow, most scored first.
    out.sort(key=lambda r: (not r.complete, -r.total, r.unit_name))
    ranked, previous, rank = [], None, 0
    for position, result in enumerate(out, start=1):
        if not result.complete:
            ranked.append(result)
            continue
        if result.total != previous:
            rank, previous = position, result.total
        ranked.append(replace(result, rank=rank))
    return ranked


def indicator_averages(indicators: Sequence[Indicator], scores: dict[tuple[int, int], Score],
                       unit_ids: Sequence[int]) -> list[tuple[str, float, float]]:
    """(level-1 indicator, points, average share of its points scored as a percentage) for a chart."""
    out = []
    for top in indicators:
        leaves = [top] if top.scored else list(top.children)
        per_unit = []
        for unit_id in unit_ids:
            got = [scores.get((unit_id, leaf.id or 0)) for leaf in leaves]
            if all(s is not None and s.score is not None for s in got):
                per_unit.append(sum(s.score for s in got if s and s.score is not None))
        average = sum(per_unit) / len(per_unit) if per_unit else 0.0
        out.append((top.name, top.points, round(average / top.points * 100, 1) if top.points else 0.0))
    return out


def distribution(totals: Iterable[float]) -> list[tuple[str, int]]:
    """How many units scored in each ten-point band from 60 up (below 60 together): a chart's bars."""
    bins = [("<60", 0)] + [(f"{low}–{low + 9}" if low < 90 else "90–100", 0) for low in range(60, 100, 10)]
    counts = dict(bins)
    for total in totals:
        if total < 60:
            counts["<60"] += 1
        elif total >= 90:
            counts["90–100"] += 1
        else:
            low = int(total // 10 * 10)
            counts[f"{low}–{low + 9}"] += 1
    return list(counts.items())
