"""The papers of an inspection's results (Art. 19): the feedback notice to each unit and the report to the
party committee. First drafts only, from plain data; the clerk edits them in 文书 before issuing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.deadlines import Deadline
from lz_desktop.domain.inspections import UnitResult, fmt
from lz_desktop.domain.official_document import OfficialDocument

NUMERALS = "一二三四五六七八九十"
MEASURES = "《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（京发〔2011〕22号）"


def _n(i: int) -> str:
    return NUMERALS[i] if i < len(NUMERALS) else str(i + 1)


@dataclass(frozen=True)
class InspectionFacts:
    office_name: str
    title: str  # e.g. 2026年度党风廉政建设责任制检查考核
    start_on: dt.date
    end_on: dt.date
    methods: str  # 、-separated labels
    units: int  # how many inspected


def feedback_notice(facts: InspectionFacts, addressee: str, result: UnitResult, deadline: Deadline | None,
                    issue_date: dt.date, contact: str) -> OfficialDocument:
    body = [
        f"根据{MEASURES}第十一条至第十四条，{facts.office_name}于{format_cn(facts.start_on)}至"
        f"{format_cn(facts.end_on)}采取{facts.methods}等方式，对{facts.units}个单位开展了{facts.title}。"
        f"依照第十九条，现将你单位检查考核情况反馈如下。",
        "一、考核结果",
        f"你单位考核得分{fmt(result.total)}分（百分制），等次为“{result.grade}”，在参加考核的{facts.units}个单位中"
        f"列第{result.rank}名。",
        "二、发现的问题",
    ]
    if result.deductions:
        body += [f"（{_n(i)}）{name}：扣{fmt(points)}分。{reason.rstrip('。')}。"
                 for i, (name, points, reason) in enumerate(result.deductions)]
    else:
        body.append("本次检查考核未发现扣分问题。")
    body.append("三、有关要求")
    if deadline is not None and result.deductions:
        provisional = "（暂定：该年节假日安排尚未录入，以最终计算为准）" if deadline.provisional else ""
        body.append(f"请你单位党委（党组）将检查考核情况在适当范围内通报，对发现的问题认真研究，在"
                    f"{format_cn(deadline.due)}{provisional}前制定整改措施，报{facts.office_name}备案。"
                    f"我委将对整改情况进行跟踪督查。")
    else:
        body.append("请你单位党委（党组）将检查考核情况在适当范围内通报，巩固成绩，持续抓好责任制落实。")
    body.append(f"联系人：{contact}")
    return OfficialDocument(
        issuer_mark=f"{facts.office_name}办公室", number="", title=f"关于{facts.title}情况的反馈",
        addressee=addressee, body=tuple(body), issuer=facts.office_name, issue_date=issue_date,
        printed_by=f"{facts.office_name}办公室", printed_on=issue_date)


def committee_report(facts: InspectionFacts, addressee: str, rows: list[UnitResult], issue_date: dt.date,
                     attachment: str) -> OfficialDocument:
    grades = Counter(r.grade for r in rows)
    average = sum(r.total for r in rows) / len(rows) if rows else 0.0
    deducted = Counter(name for r in rows for name, _p, _r in r.deductions)
    body = [
        f"根据{MEASURES}第十三条、第十九条，现将{facts.title}情况报告如下。",
        "一、基本情况",
        f"{format_cn(facts.start_on)}至{format_cn(facts.end_on)}，{facts.office_name}会同有关部门，采取{facts.methods}"
        f"等方式，按照本年度考核指标体系，对{facts.units}个单位进行了检查考核。",
        "二、考核结果",
        f"参加考核的{len(rows)}个单位平均得分{fmt(round(average, 1))}分。其中"
        + "，".join(f"“{g}”{n}个" for g, n in grades.items()) + "。"
        + (f"得分最高的是{rows[0].unit_name}（{fmt(rows[0].total)}分），最低的是{rows[-1].unit_name}"
           f"（{fmt(rows[-1].total)}分）。" if rows else ""),
        "三、存在的主要问题",
    ]
    if deducted:
        body += [f"（{_n(i)}）{name}方面，{n}个单位被扣分。" for i, (name, n) in enumerate(deducted.most_common(5))]
    else:
        body.append("本次检查考核未发现扣分问题。")
    body += [
        "四、下一步工作",
        "（一）向各被考核单位反馈检查考核情况，督促其在一个月内制定整改措施并报备，跟踪督查整改落实（第十九条）。",
        "（二）将考核结果作为领导班子总体评价和领导干部业绩评定、奖励惩处、选拔任用的重要依据（第二十条）。",
        "（三）考核结果在一定范围内公开（第十四条）。",
        "特此报告。",
    ]
    return OfficialDocument(
        issuer_mark=f"{facts.office_name}办公室", number="", title=f"关于{facts.title}情况的报告",
        addressee=addressee, body=tuple(body), issuer=facts.office_name, issue_date=issue_date,
        attachments=(attachment,), printed_by=f"{facts.office_name}办公室", printed_on=issue_date)
