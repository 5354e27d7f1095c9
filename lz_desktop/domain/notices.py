"""Drafts of the notices the office sends, generated from plain record data (Art. 19).

The clerk edits the draft before issuing; these functions only write the first version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.deadlines import Deadline
from lz_desktop.domain.official_document import OfficialDocument

NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class FindingItem:
    description: str
    rule: str  # the rule or duty it concerns, e.g. 《办法》第八条第（二）项
    requirement: str  # what is required


@dataclass(frozen=True)
class RectificationNoticeData:
    office_name: str  # issuer
    issuer_mark: str
    unit_name: str  # the inspected unit's team, as addressed
    inspection: str  # e.g. 2026年度党风廉政建设责任制检查考核
    inspected_on: dt.date
    fed_back_on: dt.date
    findings: tuple[FindingItem, ...]
    deadline: Deadline
    contact: str  # 联系人及电话
    issue_date: dt.date


def rectification_notice(data: RectificationNoticeData) -> OfficialDocument:
    due = format_cn(data.deadline.due)
    provisional = "（暂定：该年节假日安排尚未录入，以最终计算为准）" if data.deadline.provisional else ""
    body = [
        f"根据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（京发〔2011〕22号）第十九条，"
        f"{data.office_name}于{format_cn(data.inspected_on)}对你单位开展了{data.inspection}，"
        f"并于{format_cn(data.fed_back_on)}反馈了检查考核情况。现将发现的问题及整改要求通知如下。",
        "一、发现的问题",
    ]
    for i, finding in enumerate(data.findings):
        numeral = NUMERALS[i] if i < len(NUMERALS) else str(i + 1)
        body.append(f"（{numeral}）{finding.description}（涉及{finding.rule}）整改要求：{finding.requirement}")
    body += [
        "二、整改要求",
        f"请你单位认真研究，在{due}{provisional}前制定整改措施，报{data.office_name}备案，"
        "并按整改措施抓好落实。我委将对整改情况进行跟踪督查。",
        f"联系人：{data.contact}",
    ]
    return OfficialDocument(
        issuer_mark=data.issuer_mark, number="", title=f"关于{data.inspection}发现问题整改的通知",
        addressee=data.unit_name, body=tuple(body), issuer=data.office_name, issue_date=data.issue_date,
        printed_by=data.issuer_mark, printed_on=data.issue_date)


@dataclass(frozen=True)
class ReminderItem:
    what: str  # e.g. 2026年度检查考核发现问题的整改措施
    due: dt.date
    overdue_days: int  # 0 when only due soon


def reminder_notice(office_name: str, issuer_mark: str, unit_name: str, items: tuple[ReminderItem, ...],
                    issue_date: dt.date, contact: str) -> OfficialDocument:
    lines = []
    for i, item in enumerate(items):
        state = f"已逾期{item.overdue_days}天" if item.overdue_days > 0 else "即将到期"
        # Items, not headings: numbered 1. in the body face (GB/T 9704 7.3.3's third level). As （一） the whole
        # item, a sentence of a line or two, was set in 楷体.
        lines.append(f"{i + 1}. {item.what}，期限为{format_cn(item.due)}，{state}。")
    body = (
        "根据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》第十九条，现对你单位以下事项予以督办：",
        *lines,
        "请你单位高度重视，抓紧办理，并于收到本通知后五个工作日内将办理情况书面报送我委。",
        f"联系人：{contact}",
    )
    return OfficialDocument(
        issuer_mark=issuer_mark, number="", title="关于督促办理党风廉政建设有关事项的通知",
        addressee=unit_name, body=body, issuer=office_name, issue_date=issue_date,
        printed_by=issuer_mark, printed_on=issue_date)
