"""One write, one transaction; SQLite's refusals become messages a clerk can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


class StorageError(Exception):
    """The file refused a write. Nothing of the operation was kept (the transaction rolled back)."""


@contextmanager
def transaction(db: Database, *, role_check: bool = True) -> Iterator[Database]:
    """One write: the signed-in role is checked first, the audit trail sealed last, then COMMIT.
    `role_check=False` only for signing in, which any role does."""
    from lz_desktop.domain.accounts import Permission
    from lz_desktop.storage import audit
    from lz_desktop.storage.session import require

    if role_check:
        require(db, Permission.WRITE)
    outermost = not db.conn.in_transaction
    try:
        with db.atomic():
            start = audit.last_id(db) if outermost else 0
            yield db
            if outermost:
                audit.seal(db, start)
    except sqlite3.OperationalError as e:
        text = str(e)
        if "readonly" in text:
            raise StorageError("数据文件以只读方式打开，不能修改。") from e
        if "locked" in text or "busy" in text:
            raise StorageError("数据文件正被另一程序写入，请稍后再试。") from e
        if "disk" in text and "full" in text:
            raise StorageError("磁盘已满，未能保存；所填内容仍保留在窗口中。") from e
        raise StorageError(f"保存失败：{text}") from e
    except sqlite3.IntegrityError as e:
        raise StorageError(f"保存失败，记录之间的关联不允许此操作（{e}）。") from e
