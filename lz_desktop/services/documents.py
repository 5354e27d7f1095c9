"""Drafting, issuing, voiding and reprinting official documents; the register (发文登记)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from lz_desktop.documents.files import write_atomically
from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.document_numbers import document_number
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.official_document import (
    DocumentKind,
    DocumentStatus,
    OfficialDocument,
    cite_measures_in_full_first,
    cleaned_document,
    from_json,
    to_json,
    validate_document,
    void_note,
    with_number,
)
from lz_desktop.services.accounts import may
from lz_desktop.services.office import office_name
from lz_desktop.storage import documents as store
from lz_desktop.storage import office as office_store
from lz_desktop.storage.session import require
from lz_desktop.storage.transaction import transaction

if TYPE_CHECKING:
    from lz_desktop.documents.fonts import FontChoice

# The PDF engine (reportlab, Pillow: a fifth of a second) is imported where a document is rendered, not when
# this module is: the dashboard counts drafts through it at every start.

PREFIX_KEY = "document_prefix"
FONTS_KEY = "document_fonts"
DEFAULT_PREFIX = "纪办发"


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    kind: DocumentKind
    status: DocumentStatus
    number: str
    title: str
    recipient: str
    date: str  # issue date for issued documents, creation date for drafts
    source_ref: str
    void_reason: str
    faces: str  # what an issued document was set in (fonts.faces_text); '' for drafts and older files

    @property
    def stand_ins(self) -> bool:
        """Issued in open faces where the official fonts were not installed."""
        return "开源" in self.faces

    @property
    def source_label(self) -> str:
        """The record a document was generated from, as the register shows it."""
        if not self.source_ref:
            return "（手工拟稿）"
        kind, _, key = self.source_ref.partition(":")
        return f"{SOURCE_KINDS.get(kind, kind)} {key}".strip()


SOURCE_KINDS = {"demo": "演示记录", "feedback": "检查考核反馈", "finding": "问题", "case": "案件",
                "inspection": "检查考核"}


@dataclass(frozen=True)
class FontOption:
    role: str
    role_label: str
    labels: tuple[str, ...]  # installed fonts for the role, official ones first
    chosen: str
    paths: tuple[str, ...]


def font_choice(db: Database) -> FontChoice:
    """The office's font per role (设置 › 公文字体); roles it never chose take the first available."""
    from lz_desktop.documents.fonts import FontChoice

    chosen = json.loads(office_store.get_setting(db, FONTS_KEY, "{}"))
    return FontChoice(tuple(sorted(chosen.items())))


def font_options(db: Database) -> list[FontOption]:
    return options_for(font_choice(db))


def options_for(choice: FontChoice) -> list[FontOption]:
    """Each role's installed fonts. The first call reads every candidate font file (about a second for the
    CJK faces, once per run): the settings page calls it in a worker."""
    from lz_desktop.documents.fonts import ROLE_LABELS

    options = []
    for role, role_label in ROLE_LABELS.items():
        fonts = choice.fonts(role)
        options.append(FontOption(role, role_label, tuple(f.label for f in fonts), fonts[0].label if fonts else "",
                                  tuple(str(f.path) for f in fonts)))
    return options


def set_font(db: Database, role: str, label: str) -> None:
    from lz_desktop.documents.fonts import ROLE_LABELS, available

    if role not in ROLE_LABELS or label not in {f.label for f in available(role)}:
        raise ValidationError([FieldProblem("font", ROLE_LABELS.get(role, role), f"“{label}”未安装")])
    chosen = json.loads(office_store.get_setting(db, FONTS_KEY, "{}"))
    chosen[role] = label
    with transaction(db):
        office_store.set_setting(db, FONTS_KEY, json.dumps(chosen, ensure_ascii=False, sort_keys=True))


def blank_notice(db: Database, today: dt.date) -> OfficialDocument:
    """A new notice in the name of the organ that issues notices (its 版头 and 署名 the same)."""
    from lz_desktop.services.issuers import organ_for

    name = office_name(db)
    organ = organ_for(db, DocumentKind.NOTICE).full_name(name) if name else ""
    return OfficialDocument(issuer_mark=organ, number="", title="", addressee="", body=(), issuer=organ,
                            issue_date=today, printed_by=f"{name}办公室" if name else "", printed_on=today)


def create_draft(db: Database, kind: DocumentKind, content: OfficialDocument, source_ref: str = "") -> int:
    """A draft in the register. One generated from the records (`source_ref`) goes out in the name of the organ
    that issues its kind (版头, 署名) and cites the regulation by its full title first; the clerk's own drafts
    are kept as typed."""
    content = _generated(db, kind, content) if source_ref else _printable(db, cleaned_document(content))
    with transaction(db):
        return store.insert_draft(db, kind.value, to_json(content), content.addressee, source_ref)


def _generated(db: Database, kind: DocumentKind, content: OfficialDocument) -> OfficialDocument:
    """A draft made from the records: checked at entry like any draft, in the name of the organ that issues its
    kind, citing the regulation by its full title first."""
    from lz_desktop.services.issuers import in_its_name

    content = _printable(db, cleaned_document(content))
    return in_its_name(db, kind, replace(content, body=cite_measures_in_full_first(content.body)))


def redraft(db: Database, doc_id: int, kind: DocumentKind, content: OfficialDocument) -> None:
    """A generated draft made again from corrected records, in the same place in the register (as create_draft
    words it). An issued document is never changed: it is voided and issued anew instead."""
    row = _row(db, doc_id)
    if row.status != DocumentStatus.DRAFT:
        raise RuleViolation("已印发的公文不能修改；如有错误，请作废后重新拟稿。")
    content = _generated(db, kind, content)
    with transaction(db):
        store.update_draft(db, doc_id, to_json(content), content.addressee)


def generated_from(db: Database, source_refs: list[str]) -> list[store.DocumentRow]:
    return store.by_source(db, source_refs)


def _printable(db: Database, doc: OfficialDocument) -> OfficialDocument:
    """Refused at entry, not at issuing: a character no installed or bundled face has, named with its field."""
    from lz_desktop.documents.official import check_printable

    check_printable(doc, font_choice(db))
    return doc


def save_draft(db: Database, doc_id: int, content: OfficialDocument) -> None:
    """The clerk's edits stay with the document."""
    row = _row(db, doc_id)
    _need_to_know(db, row)
    if row.status != DocumentStatus.DRAFT:
        raise RuleViolation("已印发的公文不能修改；如有错误，请作废后重新拟稿。")
    content = _printable(db, cleaned_document(content))
    with transaction(db):
        store.update_draft(db, doc_id, to_json(content), content.addressee)


def content(db: Database, doc_id: int) -> OfficialDocument:
    row = _row(db, doc_id)
    _need_to_know(db, row)
    return from_json(row.content_json)


def document_prefix(db: Database, doc_id: int | None = None) -> str:
    """The prefix to offer: that of the organ the draft is issued in the name of, else the last one used."""
    if doc_id is not None:
        from lz_desktop.services.issuers import prefix_for

        own = prefix_for(db, content(db, doc_id))
        if own:
            return own
    return office_store.get_setting(db, PREFIX_KEY, DEFAULT_PREFIX)


def issue(db: Database, doc_id: int, prefix: str, *, year: int | None = None,
          choice: FontChoice | None = None) -> RegisterEntry:
    """Number the draft (next serial for prefix and year), render and keep its PDF, all at once."""
    from lz_desktop.documents.fonts import faces_text
    from lz_desktop.documents.official import check_printable, render_pdf

    row = _row(db, doc_id)
    _need_to_know(db, row)
    if row.status != DocumentStatus.DRAFT:
        raise RuleViolation("该公文已印发或已作废，不能再次编号。")
    draft = validate_document(from_json(row.content_json), DocumentKind(row.kind))
    choice = choice or font_choice(db)
    check_printable(draft, choice)  # before a number is spent
    year = year or draft.issue_date.year
    try:
        document_number(prefix, year, 1)
    except ValueError as e:
        raise ValidationError([FieldProblem("prefix", "发文字号前缀", str(e))]) from e
    from lz_desktop.services.issuers import check_prefix

    check_prefix(db, draft, prefix)
    with transaction(db):
        serial = store.next_serial(db, prefix, year)
        number = document_number(prefix, year, serial)
        issued = with_number(draft, number)
        store.mark_issued(db, doc_id, prefix, year, serial, number, to_json(issued),
                          render_pdf(issued, choice), faces_text(choice))
        office_store.set_setting(db, PREFIX_KEY, prefix)
    return entry(db, doc_id)


class Cancelled(Exception):
    """The clerk cancelled a batch: nothing of it was kept."""


@dataclass(frozen=True)
class Batch:
    entries: list[RegisterEntry]
    pdf: bytes  # every document of the batch, one after another, to print in one go


def issue_batch(db: Database, doc_ids: list[int], prefix: str, *,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False, choice: FontChoice | None = None) -> Batch:
    """Number and render many drafts as one transaction: all issued, or (on error or cancel) none."""
    from lz_desktop.documents.official import render_many

    issued: list[RegisterEntry] = []
    with transaction(db):
        for done, doc_id in enumerate(doc_ids):
            if cancelled():
                raise Cancelled("已取消，本批公文均未编号。")
            issued.append(issue(db, doc_id, prefix, choice=choice))
            progress(done + 1, len(doc_ids))
    contents = [content(db, e.id) for e in issued]
    return Batch(issued, render_many(contents, choice or font_choice(db)))


def void(db: Database, doc_id: int, reason: str) -> RegisterEntry:
    """The number stays in the register, marked voided, never to be given again."""
    if not reason.strip():
        raise ValidationError([FieldProblem("void_reason", "作废原因", "不能为空")])
    row = _row(db, doc_id)
    _need_to_know(db, row)
    if row.status != DocumentStatus.ISSUED:
        raise RuleViolation("只有已印发的公文可以作废。")
    with transaction(db):
        store.mark_voided(db, doc_id, reason.strip())
    return entry(db, doc_id)


def delete_draft(db: Database, doc_id: int) -> None:
    if _row(db, doc_id).status != DocumentStatus.DRAFT:
        raise RuleViolation("已编号的公文留在发文登记中，不能删除；可以作废。")
    with transaction(db):
        store.delete_draft(db, doc_id)


def pdf_bytes(db: Database, doc_id: int, choice: FontChoice | None = None) -> bytes:
    """Issued: the very bytes issued. Voided: those bytes with the 作废 mark on every page. Draft: rendered
    now, unnumbered."""
    from lz_desktop.documents.official import render_pdf

    row = _row(db, doc_id)
    _need_to_know(db, row)
    stored = store.pdf(db, doc_id)
    if stored is None:
        return render_pdf(from_json(row.content_json), choice or font_choice(db))
    note = _void_note(row)
    if note:
        from lz_desktop.documents.void_mark import stamp_pdf

        return stamp_pdf(stored, note, choice or font_choice(db))
    return stored


def _void_note(row: store.DocumentRow) -> str:
    if row.status != DocumentStatus.VOIDED or not row.voided_at:
        return ""
    return void_note(dt.datetime.fromisoformat(row.voided_at).date(), row.void_reason)


def save_pdf(db: Database, doc_id: int, path: str | os.PathLike[str]) -> Path:
    data = pdf_bytes(db, doc_id)
    return write_atomically(path, lambda tmp: tmp.write_bytes(data))


def save_docx(db: Database, doc_id: int, path: str | os.PathLike[str]) -> Path:
    row = _row(db, doc_id)
    _need_to_know(db, row)
    doc, note = from_json(row.content_json), _void_note(row)
    from lz_desktop.documents import docx_export  # python-docx loads in 0.1 s; only this export needs it

    return write_atomically(path, lambda tmp: docx_export.write_docx(doc, tmp, note))


def register(db: Database, year: int | None = None) -> list[RegisterEntry]:
    cases = may(db, Permission.CASES)
    return [_entry(r, cases) for r in store.register(db, year)]


def entry(db: Database, doc_id: int) -> RegisterEntry:
    return _entry(_row(db, doc_id), may(db, Permission.CASES))


# Papers of accountability cases name the leaders they concern (Chapter 4): need-to-know. A role without the
# case permission sees that such a document exists, its number and date, never whom it names.
CASE_KINDS = {DocumentKind.ACCOUNTABILITY_DECISION, DocumentKind.OVERSIGHT_NOTICE, DocumentKind.INTEGRITY_REPLY}
WITHHELD = "（责任追究文书：仅限有案件权限的人员查看）"


def _need_to_know(db: Database, row: store.DocumentRow) -> None:
    if DocumentKind(row.kind) in CASE_KINDS:
        require(db, Permission.CASES)


def _entry(row: store.DocumentRow, cases: bool) -> RegisterEntry:
    doc = from_json(row.content_json)
    status = DocumentStatus(row.status)
    date = doc.issue_date.isoformat() if status != DocumentStatus.DRAFT else row.created_at[:10]
    if not cases and DocumentKind(row.kind) in CASE_KINDS:
        return RegisterEntry(row.id, DocumentKind(row.kind), status, row.number or "", WITHHELD, "", date, "",
                             "", row.faces)
    return RegisterEntry(row.id, DocumentKind(row.kind), status, row.number or "", doc.title, row.recipient,
                         date, row.source_ref, row.void_reason, row.faces)


def _row(db: Database, doc_id: int) -> store.DocumentRow:
    row = store.get(db, doc_id)
    if row is None:
        raise RuleViolation("该公文已不存在。")
    return replace(row)
