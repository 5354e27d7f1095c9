"""The papers of an accountability case: the decision notice, and the Art. 29 notice urging a lower level to
carry out decisions. First drafts from plain data; the clerk edits them in 文书 before issuing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.official_document import OfficialDocument

MEASURES = "《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（京发〔2011〕22号）"


@dataclass(frozen=True)
class DecisionFacts:
    office_name: str
    addressee: str  # the subject's unit's team
    subject: str  # 张三同志 / 区财政局党组
    subject_post: str  # 区财政局党组书记、局长 ("" for a team)
    circumstances: tuple[tuple[str, str], ...]  # (article, text) of Art. 21
    facts: str  # what happened (the lead's content, as investigated)
    severity: str  # 情节较重
    sanctions: str  # 通报批评
    sanction_article: str  # 第二十四条 / 第二十五条
    responsibility: str  # 主要领导责任 ("" for a team)
    consequences: tuple[str, ...]  # Art. 28's restrictions, as text
    decided_on: dt.date


def decision_notice(f: DecisionFacts) -> OfficialDocument:
    who = f"{f.subject_post}{f.subject}" if f.subject_post else f.subject
    grounds = "；".join(f"{text}（{article}）" for article, text in f.circumstances)
    body = [
        f"经调查，{who}存在以下问题：{f.facts.rstrip('。')}。",
        f"上述问题属于{MEASURES}规定的应当追究责任的情形：{grounds}。"
        + (f"{f.subject}对此负有{f.responsibility}（第二十六条）。" if f.responsibility else ""),
        f"鉴于情节{f.severity.removeprefix('情节')}，依据《办法》{f.sanction_article}，经研究，决定给予{who}{f.sanctions}。",
    ]
    if f.consequences:
        body.append("依据《办法》第二十八条：" + "；".join(f.consequences) + "。")
    body.append(f"请{f.addressee}认真落实本决定，并于收到本决定后十五个工作日内将执行情况书面报{f.office_name}。")
    return OfficialDocument(
        issuer_mark=f"{f.office_name}办公室" if f.office_name else "", number="",
        title=f"关于给予{who}{f.sanctions}的决定", addressee=f.addressee, body=tuple(body), issuer=f.office_name,
        issue_date=f.decided_on, printed_by=f"{f.office_name}办公室" if f.office_name else "", printed_on=f.decided_on)


@dataclass(frozen=True)
class PendingDecision:
    case_number: str
    subject: str
    sanctions: str
    decided_on: dt.date
    days: int


def oversight_notice(office_name: str, addressee: str, items: tuple[PendingDecision, ...],
                     issue_date: dt.date, contact: str) -> OfficialDocument:
    lines = [f"{i + 1}. {p.case_number}：对{p.subject}给予{p.sanctions}的决定，"  # items in the body face
             f"{format_cn(p.decided_on)}作出，已{p.days}天尚未落实。" for i, p in enumerate(items)]
    body = (
        f"根据{MEASURES}第二十九条，纪检监察机关应当加强对责任追究情况的监督检查，发现责任追究处理决定不落实等问题的，"
        "应当及时督促纠正。经查，你单位以下责任追究处理决定尚未落实：",
        *lines,
        "请你单位高度重视，立即予以落实，并于收到本通知后五个工作日内将落实情况书面报送我委。",
        f"联系人：{contact}",
    )
    return OfficialDocument(
        issuer_mark=f"{office_name}办公室", number="", title="关于督促落实责任追究处理决定的通知",
        addressee=addressee, body=body, issuer=office_name, issue_date=issue_date,
        printed_by=f"{office_name}办公室", printed_on=issue_date)
