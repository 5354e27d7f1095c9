"""The papers of accountability: each decision's notice, Art. 29's notices urging decisions not carried out,
and the case register as an official table and a workbook."""

from __future__ import annotations

import datetime as dt
import os
from itertools import groupby
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.accountability import Subject, article_for
from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.case_documents import DecisionFacts, PendingDecision, decision_notice, oversight_notice
from lz_desktop.domain.cases import sanction_names
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.leaders import post_in_unit
from lz_desktop.domain.official_document import DocumentKind
from lz_desktop.services import cases as svc
from lz_desktop.storage import cases as store
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage.session import require
from lz_desktop.storage.transaction import transaction


def draft_decision_notice(db: Database, decision_id: int) -> int:
    require(db, Permission.CASES)
    """The decision notice, drafted in 文书 from the case and the decision; the decision remembers it."""
    from lz_desktop.services import documents
    from lz_desktop.services.office import office_name

    d = store.decision(db, decision_id)
    if d is None:
        raise RuleViolation("该处理决定已不存在。")
    if not d.draft.sanctions:
        raise RuleViolation("不予追究的决定不需要决定通知。")
    if d.document_id is not None:
        raise RuleViolation("该决定的通知已起草，请在“文书”中修改、印发。")
    c = svc.case(db, d.case_id).row
    post = ""
    if d.draft.subject_leader_id is not None:
        leader = leader_store.get_leader(db, d.draft.subject_leader_id)
        assert leader is not None
        post = post_in_unit(leader.unit_short_name, leader.leader.post)
    subject = f"{d.subject_name}同志" if d.draft.subject_leader_id is not None else d.subject_name
    rules = svc.leader_restrictions(db, d.draft.subject_leader_id, d.draft.decided_on) \
        if d.draft.subject_leader_id is not None else []
    facts = DecisionFacts(
        office_name(db), c.team_name, subject, post,
        tuple((x.article, x.label) for x in c.draft.circumstances), c.draft.content, d.draft.severity.label,
        sanction_names(d.draft, svc.discipline_names(db)),
        article_for(Subject.LEADER if d.draft.subject_leader_id is not None else Subject.TEAM),
        d.draft.responsibility.label if d.draft.responsibility else "",
        tuple(r.text() for r in rules), d.draft.decided_on)
    with transaction(db):
        doc_id = documents.create_draft(db, DocumentKind.ACCOUNTABILITY_DECISION, decision_notice(facts),
                                        source_ref=f"case:{c.number}")
        store.set_document(db, decision_id, doc_id)
        store.add_event(db, c.id, d.draft.decided_on, f"起草决定通知：{svc.describe_decision(db, d)}")
    return doc_id


def draft_oversight_notices(db: Database, today: dt.date, *, older_than_days: int = 30, contact: str = "") -> list[int]:
    """Art. 29: one notice per unit whose decisions are still not carried out after `older_than_days`."""
    from lz_desktop.services import documents
    from lz_desktop.services.office import contact_for_documents, office_name

    require(db, Permission.CASES)
    pending = svc.pending_decisions(db, today, older_than_days=older_than_days)
    if pending:
        contact = contact_for_documents(db, contact)
    name = office_name(db)
    made = []
    with transaction(db):
        for _unit, items in groupby(sorted(pending, key=lambda p: p.unit_short_name), key=lambda p: p.unit_id):
            group = list(items)
            notice = oversight_notice(name, group[0].team_name, tuple(
                PendingDecision(p.case_number, p.decision.subject_name, sanction_names(
                    p.decision.draft, svc.discipline_names(db)), p.decision.draft.decided_on, p.days)
                for p in group), today, contact)
            made.append(documents.create_draft(db, DocumentKind.OVERSIGHT_NOTICE, notice,
                                               source_ref=f"case:{group[0].case_number}"))
    return made


REGISTER_HEADERS = ["编号", "受理日期", "线索来源", "单位", "对象", "情形", "办理机关", "状态", "处理结果"]


def register_cells(db: Database, view: svc.CaseView) -> list[str]:
    c = view.row
    results = "；".join(svc.describe_decision(db, d) for d in store.decisions(db, case_id=c.id)) or c.conclusion
    return [c.number, format_cn(c.draft.received_on), c.draft.source.label, c.unit_short_name, c.subjects,
            "、".join(f"第（{'一二三四五六七'[int(x.value) - 1]}）项" for x in c.draft.circumstances),
            c.draft.body.label, view.status.label, results]


def register_pdf(db: Database, views: list[svc.CaseView], title: str, today: dt.date) -> bytes:
    from lz_desktop.documents.official_table import OfficialTable, render_table
    from lz_desktop.services.documents import font_choice

    if not views:
        raise RuleViolation("没有要打印的案件。")
    return render_table(OfficialTable(
        title, tuple(REGISTER_HEADERS), tuple(tuple(register_cells(db, v)) for v in views),
        widths=(1.6, 1.9, 1.2, 1.2, 1.5, 1.2, 1.2, 1.0, 3.2),  # a date such as 2026年11月20日 on one line
        note=f"截至{format_cn(today)}，共{len(views)}件（“情形”为第二十一条所列各项）"), font_choice(db))


def export_register(db: Database, views: list[svc.CaseView], path: str | os.PathLike[str]) -> Path:
    from lz_desktop.documents.table_workbook import write_table

    return write_table(path, "责任追究案件登记", [*REGISTER_HEADERS, "线索内容"],
                       [[*register_cells(db, v), v.row.draft.content] for v in views])
