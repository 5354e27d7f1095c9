"""The office file as a whole: open or create it, its name, whether it holds anything yet."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import office as office_store
from lz_desktop.storage.database import DatabaseFileError, OpenedDatabase, change_stamp, open_database
from lz_desktop.storage.session import session, sign_in
from lz_desktop.storage.transaction import StorageError, transaction

__all__ = [
    "DEMO_OFFICE_NAME",
    "Connection",
    "DatabaseFileError",
    "Office",
    "StorageError",
    "change_stamp",
    "create_office",
    "office_name",
    "open_office",
    "set_office_name",
    "worker_office",
]

# The demo office's name; here rather than in services.demo so that the first-start dialog need not
# import the whole demo generator (and its workbook and document libraries) at start-up.
DEMO_OFFICE_NAME = "中共北京市永安区纪律检查委员会"

Office = OpenedDatabase  # what the UI holds: the connection, the path, read-only or not
Connection = Database  # what a service takes; the UI names it (for work given to a worker) but never queries it
OFFICE_NAME_KEY = "office_name"
OFFICE_NAME_MAX = 40


def open_office(path: str | os.PathLike[str], *, read_only: bool = False) -> Office:
    from lz_desktop.services import readings

    opened = open_database(path, read_only=read_only)
    readings.apply(opened.db)  # the office's rare-character readings, for every pinyin search of this file
    return opened


def worker_office(office: Office, *, read_only: bool = True) -> Office:
    """The same file on a connection of a worker thread's own (SQLite connections stay on their thread), working
    as the clerk signed in on `office`: the audit trail names them and their role is checked, as on the window's
    connection. Call it on the worker thread; close what it returns."""
    opened = open_office(office.path, read_only=read_only)
    clerk = session(office.db)
    sign_in(opened.db, clerk.user, clerk.role, clerk.user_id)
    return opened


def create_office(path: str | os.PathLike[str], name: str, *, demo: bool) -> Office:
    """A new office file: empty with its name, or the demo district. Refuses a file in use."""
    _refuse_if_in_use(Path(path))
    office = open_database(path)
    try:
        if demo:
            from lz_desktop.services.demo import fill_demo_office

            fill_demo_office(office.db, name)
        else:
            set_office_name(office.db, name)
    except BaseException:
        office.close()
        raise
    return office


def _refuse_if_in_use(path: Path) -> None:
    """Look before writing: a file that holds an office is refused without a byte changed."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open_database(path, read_only=True) as existing:
        in_use = not is_empty(existing.db)
    if in_use:
        raise DatabaseFileError(f"{path.name} 已有数据，不能在其上新建单位。文件未作任何改动。")


def is_empty(db: Database) -> bool:
    return office_store.count_units(db) == 0 and not office_name(db)


def office_name(db: Database) -> str:
    return office_store.get_setting(db, OFFICE_NAME_KEY)


def set_office_name(db: Database, name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError([FieldProblem("office_name", "本机关名称", "不能为空")])
    if len(name) > OFFICE_NAME_MAX:
        raise ValidationError([FieldProblem(
            "office_name", "本机关名称", f"过长：{len(name)} 个字，最多 {OFFICE_NAME_MAX} 个字")])
    with transaction(db):
        office_store.set_setting(db, OFFICE_NAME_KEY, name)
    return name


CONTACT_KEY = "document_contact"
_PHONE = re.compile(r"^[0-9０-９ \-－—()（）转#、，,/]{5,40}$")


def document_contact(db: Database) -> tuple[str, str]:
    """The office's contact person and telephone, as its documents print them (联系人：王芳 6123 4567)."""
    stored = json.loads(office_store.get_setting(db, CONTACT_KEY, "{}"))
    return stored.get("name", ""), stored.get("phone", "")


def set_document_contact(db: Database, name: str, phone: str) -> None:
    name, phone = name.strip(), phone.strip()
    problems = []
    if not name:
        problems.append(FieldProblem("contact_name", "公文联系人", "不能为空"))
    elif len(name) > 20 or not name.isprintable():
        problems.append(FieldProblem("contact_name", "公文联系人", "应为 20 个字以内的姓名，不含控制字符"))
    if not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 5:
        problems.append(FieldProblem("contact_phone", "联系电话",
                                     f"（{phone or '空'}）应为电话号码，如 6123 4567、010-6123 4567"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        office_store.set_setting(db, CONTACT_KEY, json.dumps({"name": name, "phone": phone}, ensure_ascii=False))


def contact_for_documents(db: Database, given: str = "") -> str:
    """What a drafted document prints after 联系人：: `given` (the clerk typed it for this batch) or the office's
    setting. A document is never drafted with a placeholder in its place: none set, none given, refused."""
    if given.strip():
        return given.strip()
    name, phone = document_contact(db)
    if not name:
        raise RuleViolation("公文须写明联系人及电话，本机关尚未设置：请在“设置 → 本机关”中填写公文联系人和联系电话"
                            "（命令行可用 --contact 指定）。未生成任何草稿。")
    return f"{name} {phone}"


def counts(db: Database) -> tuple[int, int]:
    """(units, leaders) for the overview."""
    return office_store.count_units(db), leader_store.count_leaders(db)
