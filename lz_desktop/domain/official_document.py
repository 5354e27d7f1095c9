"""An official document (公文) as data: what the clerk drafts, edits and issues."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum

from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.text import clean

HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")


def heading_role(paragraph: str) -> str:
    """GB/T 9704-2012 7.3.3: 一、 in 黑体, （一） in 楷体, 1. and （1） in the body's 仿宋."""
    return "heading1" if HEADING1.match(paragraph) else "heading2" if HEADING2.match(paragraph) else "body"


def heading_length(paragraph: str) -> int:
    """How much of a heading paragraph is the heading: up to its first 。 when text follows it."""
    end = paragraph.find("。")
    return len(paragraph) if end in (-1, len(paragraph) - 1) else end + 1


class DocumentKind(StrEnum):
    NOTICE = "notice"
    RECTIFICATION_NOTICE = "rectification_notice"
    REMINDER_NOTICE = "reminder_notice"
    RESULTS_FEEDBACK = "results_feedback"  # Art. 19: inspection results fed back to a unit
    REPORT = "report"  # Art. 19: results reported to the party committee
    ACCOUNTABILITY_DECISION = "accountability_decision"  # Chapter 4: a decision about a team or leader
    OVERSIGHT_NOTICE = "oversight_notice"  # Art. 29: urging a lower level to carry out decisions
    INTEGRITY_REPLY = "integrity_reply"  # Arts. 20, 28: the 党风廉政意见 answered to the organisation department

    @property
    def label(self) -> str:
        return {"notice": "通知", "rectification_notice": "整改通知书", "reminder_notice": "督办通知",
                "results_feedback": "考核情况反馈", "report": "报告", "accountability_decision": "责任追究决定",
                "oversight_notice": "督促落实通知", "integrity_reply": "党风廉政意见复函"}[self.value]


class IssuingOrgan(StrEnum):
    """In whose name a document goes out: the commission itself, or its office. The 版头, the 署名 and the
    number's prefix all say the same one (GB/T 9704 7.2.3, 7.3.5)."""

    COMMISSION = "commission"
    OFFICE = "office"

    @property
    def label(self) -> str:
        return {"commission": "本委（纪律检查委员会）", "office": "本委办公室"}[self.value]

    def full_name(self, commission: str) -> str:
        """Its full name, from the commission's (中共北京市永安区纪律检查委员会 / …办公室)."""
        return commission if self is IssuingOrgan.COMMISSION else f"{commission}办公室"


# Who issues each kind unless the office sets otherwise: the commission decides and reports (Chapter 4's
# decisions, Art. 29's urging of lower levels, Art. 19's results fed back and reported to the party committee);
# its office circulates notices and chases what is due.
DEFAULT_ORGANS: dict[DocumentKind, IssuingOrgan] = {
    DocumentKind.NOTICE: IssuingOrgan.OFFICE,
    DocumentKind.RECTIFICATION_NOTICE: IssuingOrgan.OFFICE,
    DocumentKind.REMINDER_NOTICE: IssuingOrgan.OFFICE,
    DocumentKind.RESULTS_FEEDBACK: IssuingOrgan.COMMISSION,
    DocumentKind.REPORT: IssuingOrgan.COMMISSION,
    DocumentKind.ACCOUNTABILITY_DECISION: IssuingOrgan.COMMISSION,
    DocumentKind.OVERSIGHT_NOTICE: IssuingOrgan.COMMISSION,
    DocumentKind.INTEGRITY_REPLY: IssuingOrgan.COMMISSION,
}


def issued_by(doc: OfficialDocument, organ: IssuingOrgan, commission: str) -> OfficialDocument:
    """`doc` with the organ's name as its 版头 and 署名; printed (印发) by the commission's office either way."""
    if not doc.issuer_mark:  # a paper without a 版头 (a duty list) has no issuer to set
        return doc
    name = organ.full_name(commission)
    return replace(doc, issuer_mark=name, issuer=name, printed_by=IssuingOrgan.OFFICE.full_name(commission))


def organ_of(doc: OfficialDocument, commission: str) -> IssuingOrgan | None:
    """Which organ a document's 版头 names, if either."""
    return next((o for o in IssuingOrgan if doc.issuer_mark == o.full_name(commission)), None)


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    VOIDED = "voided"

    @property
    def label(self) -> str:
        return {"draft": "草稿", "issued": "已印发", "voided": "已作废"}[self.value]


@dataclass(frozen=True)
class OfficialDocument:
    issuer_mark: str  # 发文机关标志, e.g. 中共北京市永安区纪律检查委员会办公室
    number: str  # 发文字号, e.g. 区纪办发〔2026〕3号 ("" on a draft not yet numbered)
    title: str
    addressee: str  # 主送机关 (without the colon)
    body: tuple[str, ...]  # paragraphs; one starting 一、 is set in 黑体, （一） in 楷体
    issuer: str  # 发文机关署名
    issue_date: dt.date  # 成文日期
    attachments: tuple[str, ...] = ()
    copy_to: tuple[str, ...] = ()  # 抄送机关
    printed_by: str = ""  # 印发机关
    printed_on: dt.date | None = None
    subject: str = field(default="", compare=False)  # PDF metadata only
    signer: str = ""  # 签发人: an upward document (a report to the party committee) names who signed it off (7.2.5)
    letter: bool = False  # 信函格式 (GB/T 9704 10.1): a 复函 and other letters between organs
    annex: tuple[tuple[str, ...], ...] = ()  # a table attached (附件, 8.? of GB/T 9704): its header row, then rows

    def fields(self) -> dict[str, str]:
        """Every printed text, by the label the clerk knows it by."""
        return {"发文机关标志": self.issuer_mark, "发文字号": self.number, "标题": self.title,
                "主送机关": self.addressee, "正文": "\n".join(self.body),
                "附件说明": "\n".join(self.attachments), "发文机关署名": self.issuer, "签发人": self.signer,
                "抄送机关": "、".join(self.copy_to), "印发机关": self.printed_by}


MEASURES_TITLE = "《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》"
MEASURES_NUMBER = "（京发〔2011〕22号）"
MEASURES_SHORT = "《办法》"
_SO_CALLED = "（以下简称《办法》）"


def cite_measures_in_full_first(body: tuple[str, ...]) -> tuple[str, ...]:
    """A document names the regulation by its full title first and says what it calls it after (以下简称《办法》),
    then uses the short name: a paragraph that says 《办法》 before the full title has been given gets the full
    title there."""
    text = "\n".join(body)
    short = text.find(MEASURES_SHORT)
    if short < 0 or "以下简称《办法》" in text:
        return body
    full = text.find(MEASURES_TITLE)
    if 0 <= full < short:
        end = full + len(MEASURES_TITLE)
        if text.startswith(MEASURES_NUMBER, end):  # （京发〔2011〕22号，以下简称《办法》）
            end += len(MEASURES_NUMBER) - 1
            text = text[:end] + "，以下简称《办法》" + text[end:]
        else:
            text = text[:end] + _SO_CALLED + text[end:]
    else:
        text = text[:short] + MEASURES_TITLE + _SO_CALLED + text[short + len(MEASURES_SHORT):]
    return tuple(text.split("\n"))


def void_note(voided_on: dt.date, reason: str) -> str:
    """What every copy of a voided document says of itself, on every page."""
    reason = reason.strip().rstrip("。；;.")
    return f"作废：本文件已于{voided_on.year}年{voided_on.month}月{voided_on.day}日作废，不再有效。作废原因：{reason}。"


def cleaned_document(doc: OfficialDocument) -> OfficialDocument:
    """Every text of a document by the one text rule (domain/text.py): a paragraph or a line is single-line
    (a tab pasted into a finding printed as a box in the notice); refused, naming the field, if it holds what
    cannot be printed."""
    problems: list[FieldProblem] = []

    def one(value: str, label: str) -> str:
        return clean(value, label, label, problems)

    made = replace(doc, issuer_mark=one(doc.issuer_mark, "发文机关标志"), title=one(doc.title, "标题"),
                   addressee=one(doc.addressee, "主送机关"), body=tuple(one(p, "正文") for p in doc.body),
                   issuer=one(doc.issuer, "发文机关署名"),
                   attachments=tuple(one(a, "附件说明") for a in doc.attachments),
                   copy_to=tuple(one(c, "抄送机关") for c in doc.copy_to), printed_by=one(doc.printed_by, "印发机关"),
                   signer=one(doc.signer, "签发人"))
    if problems:
        raise ValidationError(problems[:1] + [p for p in problems[1:] if p.label != problems[0].label])
    return made


UPWARD = {DocumentKind.REPORT}  # 上行文: to a higher organ, with 签发人 (GB/T 9704 7.2.4, 7.2.5)


def validate_document(doc: OfficialDocument, kind: DocumentKind | None = None) -> OfficialDocument:
    """What must be there before a document is issued; every problem names its field."""
    problems = []
    if kind in UPWARD and not doc.signer.strip():
        problems.append(FieldProblem("签发人", "签发人", "报告等上行文须注明签发人（GB/T 9704—2012 7.2.5）"))
    for label, value in (("发文机关标志", doc.issuer_mark), ("标题", doc.title), ("主送机关", doc.addressee),
                         ("正文", "".join(doc.body)), ("发文机关署名", doc.issuer)):
        if not value.strip():
            problems.append(FieldProblem(label, label, "不能为空"))
    if len(doc.title) > 80:
        problems.append(FieldProblem("标题", "标题", f"过长：{len(doc.title)} 个字，最多 80 个字"))
    if problems:
        raise ValidationError(problems)
    return doc


def to_json(doc: OfficialDocument) -> str:
    data = asdict(doc)
    for key in ("issue_date", "printed_on"):
        data[key] = data[key].isoformat() if data[key] else None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> OfficialDocument:
    data = json.loads(text)
    data["issue_date"] = dt.date.fromisoformat(data["issue_date"])
    data["printed_on"] = dt.date.fromisoformat(data["printed_on"]) if data.get("printed_on") else None
    for key in ("body", "attachments", "copy_to"):
        data[key] = tuple(data.get(key) or ())
    data["annex"] = tuple(tuple(row) for row in data.get("annex") or ())
    return OfficialDocument(**data)


def with_number(doc: OfficialDocument, number: str) -> OfficialDocument:
    return replace(doc, number=number)
