"""督办通知 in one go (`lz-desktop remind`): one notice per unit with overdue findings, numbered and written to
one PDF to print, all or nothing. The drafts, their numbers and the PDF are made in one transaction and the
PDF is written beside its place and synced before the transaction commits; only then is it moved into place.
A failure anywhere leaves no draft, no number spent and no file; a second run on the same day reprints what was
issued instead of issuing it again."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.official_document import DocumentKind, DocumentStatus
from lz_desktop.domain.rectification import RectificationStatus
from lz_desktop.services import documents
from lz_desktop.services.rectification import LedgerRow, ledger_page, ledger_query
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.transaction import transaction


def overdue_units(db: Database, today: dt.date) -> set[str]:
    """The teams (as notices address them) of the units with overdue findings on `today`."""
    unit_ids = {row.finding.unit_id for row in ledger_page(db, ledger_query(today, status="overdue"))}
    units = (unit_store.get_unit(db, unit_id) for unit_id in unit_ids)
    return {unit.team_name for unit in units if unit is not None}


def draft_reminders(db: Database, today: dt.date, contact: str = "") -> list[int]:
    """One 督办通知 draft per unit with overdue findings, into 文书; returns the drafts' ids."""
    from lz_desktop.domain.notices import ReminderItem, reminder_notice
    from lz_desktop.domain.official_document import DocumentKind
    from lz_desktop.services import documents
    from lz_desktop.services.office import contact_for_documents, office_name

    overdue = ledger_page(db, ledger_query(today, status="overdue"))
    by_unit: dict[int, list[LedgerRow]] = {}
    for row in overdue:
        by_unit.setdefault(row.finding.unit_id, []).append(row)
    if by_unit:
        contact = contact_for_documents(db, contact)
    name, ids = office_name(db), []
    with transaction(db):
        for unit_id, rows in by_unit.items():
            unit = unit_store.get_unit(db, unit_id)
            assert unit is not None
            items = tuple(ReminderItem(_what(row), row.next_due or today, (today - (row.next_due or today)).days)
                          for row in rows)
            notice = reminder_notice(name, f"{name}办公室", unit.team_name, items, today, contact)
            ids.append(documents.create_draft(db, DocumentKind.REMINDER_NOTICE, notice,
                                              source_ref=f"finding:{rows[0].finding.id}"))
    return ids


def _what(row: LedgerRow) -> str:
    kind = "整改措施报备" if row.status is RectificationStatus.MEASURES_OVERDUE else "整改"
    return f"“{row.finding.description.rstrip('。')}”的{kind}"


@dataclass(frozen=True)
class Reminders:
    entries: list[documents.RegisterEntry]
    reprinted: bool  # issued earlier the same day: written again, not issued again


def issue_reminders(db: Database, day: dt.date, prefix: str, out: str | os.PathLike[str],
                    contact: str = "") -> Reminders | None:
    """None when nothing is overdue on `day`."""
    target = Path(out)
    if target.is_dir():
        raise RuleViolation(f"“{target}”是一个文件夹：请给出要写入的 PDF 文件名，如 督办.pdf。未印发任何通知。")
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise RuleViolation(f"不能写入文件夹“{target.parent}”（不存在或不可写）。未印发任何通知。")
    units = overdue_units(db, day)
    if not units:
        return None
    earlier = _issued_on(db, day)
    if earlier and units <= {e.recipient for e in earlier}:
        _write(target, _batch_pdf(db, earlier))
        return Reminders(earlier, True)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with transaction(db):
            batch = documents.issue_batch(db, draft_reminders(db, day, contact), prefix)
            _write(part, batch.pdf)  # made and synced before anything is committed
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return Reminders(batch.entries, False)


def _issued_on(db: Database, day: dt.date) -> list[documents.RegisterEntry]:
    return [e for e in documents.register(db, day.year) if e.kind is DocumentKind.REMINDER_NOTICE
            and e.status is DocumentStatus.ISSUED and e.date == day.isoformat()]


def _batch_pdf(db: Database, entries: list[documents.RegisterEntry]) -> bytes:
    from lz_desktop.documents.official import render_many

    ordered = sorted(entries, key=lambda e: e.id)  # as issued
    return render_many([documents.content(db, e.id) for e in ordered], documents.font_choice(db))


def _write(path: Path, data: bytes) -> None:
    with path.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


@dataclass(frozen=True)
class UnitReminder:
    """One unit's 督办通知 as it would be drafted, and what already exists for the same findings."""

    addressee: str
    items: list[str]  # the overdue findings, with the days each is overdue
    existing: list[str]  # drafts not yet issued, or notices issued, that already chase these findings


def reminder_plan(db: Database, day: dt.date) -> list[UnitReminder]:
    """What 督办逾期事项 would draft on `day`, shown to the clerk before anything is drafted: a second click
    made five identical drafts, and the addressees were off-screen in the register."""
    from lz_desktop.domain.dates import format_cn

    by_unit: dict[int, list[LedgerRow]] = {}
    for row in ledger_page(db, ledger_query(day, status="overdue")):
        by_unit.setdefault(row.finding.unit_id, []).append(row)
    plan = []
    for unit_id, rows in by_unit.items():
        unit = unit_store.get_unit(db, unit_id)
        assert unit is not None
        items = [f"{row.finding.description.rstrip('。')}（{row.status.label}，已逾期{row.overdue_days}天）"
                 for row in rows]
        existing = []
        for doc in documents.generated_from(db, [f"finding:{row.finding.id}" for row in rows]):
            if doc.kind != DocumentKind.REMINDER_NOTICE.value or doc.status == DocumentStatus.VOIDED.value:
                continue
            entry = documents.entry(db, doc.id)
            issued_on = format_cn(dt.date.fromisoformat(entry.date))
            existing.append(f"已印发 {entry.number}（{issued_on}）" if doc.status == DocumentStatus.ISSUED.value
                            else f"草稿（{format_cn(dt.date.fromisoformat(doc.created_at[:10]))}生成，未印发）")
        plan.append(UnitReminder(unit.team_name, items, existing))
    return plan
