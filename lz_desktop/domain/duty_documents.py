"""A leader's duty list and a responsibility statement as printable papers (Art. 7-9, 8(1)).

Both are drafted from the duty list, so what a leader signs is what the list holds that day; the
statement's text is kept as generated, so a later edit of the templates never changes a signed one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.duties import DutyList, DutyRole
from lz_desktop.domain.leaders import post_in_unit
from lz_desktop.domain.official_document import OfficialDocument


def _numbered(items: list[str]) -> list[str]:
    numerals = "一二三四五六七八九十"
    return [f"（{numerals[i] if i < len(numerals) else i + 1}）{text}" for i, text in enumerate(items)]


def _duty_paragraphs(duties: DutyList) -> list[str]:
    body = ["一、岗位职责"]
    body += [f"{i}. {d.text}。（{d.article}）" for i, d in enumerate(duties.duties, start=1)]
    if duties.portfolio:
        body.append(f"分管工作：{duties.portfolio}")
    body.append("二、年度工作任务")
    if duties.tasks:
        body += [f"{i}. {t.content}" + (f"，目标：{t.target}" if t.target else "")
                 + f"，{format_cn(t.deadline)}前完成" + ("（牵头）" if t.lead else "") + "。"
                 for i, t in enumerate(duties.tasks, start=1)]
    else:
        body.append("本年度计划未分配具体任务。")
    return body


def duty_list_document(duties: DutyList, printed_on: dt.date) -> OfficialDocument:
    return OfficialDocument(
        issuer_mark="", number="", title=f"{duties.leader_name}同志{duties.year}年度党风廉政建设责任清单",
        addressee="", issuer="", issue_date=printed_on,
        body=(f"{post_in_unit(duties.unit_name, duties.post)}{duties.leader_name}同志，作为{duties.role.label}，"
              f"依据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》{duties.role.article}"
              f"{'及第七条' if duties.role is DutyRole.PRINCIPAL else ''}，{duties.year}年度承担以下责任。",
              *_duty_paragraphs(duties)),
        subject=f"责任清单 {duties.leader_name} {duties.year}")


@dataclass(frozen=True)
class StatementParties:
    year: int
    superior_name: str
    superior_post: str  # with the unit, e.g. 永安区委书记
    subordinate_name: str
    subordinate_post: str
    level: str  # e.g. 主要负责人与班子成员 / 分管领导与分管单位主要负责人


def statement_document(parties: StatementParties, duties: DutyList, made_on: dt.date) -> OfficialDocument:
    body = [
        f"为深入落实党风廉政建设责任制，依据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》"
        f"（京发〔2011〕22号），{parties.superior_post}{parties.superior_name}（以下简称甲方）与"
        f"{parties.subordinate_post}{parties.subordinate_name}（以下简称乙方）签订{parties.year}年度党风廉政建设责任书"
        f"（{parties.level}）。",
        *_duty_paragraphs(duties),
        "三、检查考核与责任追究",
        "乙方履行本责任书的情况，纳入年度党风廉政建设责任制检查考核（第十一条至第十四条），"
        "考核结果作为业绩评定、奖励惩处、选拔任用的重要依据（第二十条）；"
        "违反责任制规定的，依照《办法》第四章追究责任。",
        "四、其他",
        f"本责任书一式两份，甲乙双方各执一份，自签订之日起生效，有效期至{parties.year}年12月31日。",
        f"甲方（签字）：{parties.superior_name}　　　　乙方（签字）：{parties.subordinate_name}",
        "签订日期：　　　　年　　月　　日",
    ]
    return OfficialDocument(
        issuer_mark="", number="", title=f"{parties.year}年度党风廉政建设责任书", addressee="", issuer="",
        issue_date=made_on, body=tuple(body),
        subject=f"责任书 {parties.superior_name}—{parties.subordinate_name} {parties.year}")
