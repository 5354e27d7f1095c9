"""The yearly duties in force for the office: the regulation's, then the office's own."""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.obligations import DEFAULT_OBLIGATIONS, Obligation, validate_obligation
from lz_desktop.storage import obligations as store
from lz_desktop.storage.transaction import transaction


def catalogue(db: Database) -> list[Obligation]:
    return [*DEFAULT_OBLIGATIONS, *store.office_obligations(db)]


def add_duty(db: Database, draft: Obligation) -> Obligation:
    duty = validate_obligation(replace(draft, builtin=False))
    with transaction(db):
        duty = replace(duty, code=store.next_code(db))
        store.insert(db, duty)
    return duty


def remove_duty(db: Database, code: str) -> None:
    if any(o.code == code for o in DEFAULT_OBLIGATIONS):
        raise RuleViolation("《办法》规定的年度责任不能删除。")
    with transaction(db):
        store.delete(db, code)
