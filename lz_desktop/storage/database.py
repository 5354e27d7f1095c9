"""Opening the office's one SQLite file: checks first, never overwrite, migrate with a copy aside.

Order matters: every check that could refuse the file runs before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from lz_desktop import __version__
from lz_desktop.storage import audit, bigrams, writer_lock
from lz_desktop.storage.backup import private
from lz_desktop.storage.schema import MIGRATION_SET, known_names, migrations
from lz_desktop.storage.session import session

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id of an office file ("LZD1"): set when a file is created or first written by a version that
# knows it; an older office file is known by its migration table. Any other SQLite file is refused untouched.
APPLICATION_ID = 0x4C5A4431


class DatabaseFileError(Exception):
    """The file cannot be opened as it is. The message is Chinese and says why; the file is untouched."""


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    read_only: bool
    created: bool
    backup_path: Path | None  # the copy made before pending migrations ran, if any
    held_by: str = ""  # who writes the file, when it was opened read-only because someone else does

    def close(self) -> None:
        self.db.close()
        if not self.read_only:
            writer_lock.release(self.path)

    def __enter__(self) -> OpenedDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(path: str | os.PathLike[str], *, read_only: bool = False) -> OpenedDatabase:
    """Open (or create) the office file, refuse what is not safe to use, apply pending migrations."""
    path = Path(path).resolve()
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _check_header(path)
    writable = not read_only and _writable(path)
    if not exists and not writable:
        raise DatabaseFileError(f"无法创建数据文件 {path}：文件夹不可写或以只读方式打开。")
    held_by = ""
    if writable and not writer_lock.acquire(path):
        held_by = writer_lock.holder(path)
        if not exists:
            raise DatabaseFileError(f"数据文件 {path.name} 正由{held_by}创建，请稍后再打开。")
        writable = False  # never two writers: this one reads
    if writable:  # holding the writer's lock: nobody is restoring into this file now
        path.with_name(f".{path.name}.restoring").unlink(missing_ok=True)  # what a killed restore left
    try:
        return _open(path, exists, writable, held_by)
    except BaseException:
        if writable:
            writer_lock.release(path)
        raise


def _open(path: Path, exists: bool, writable: bool, held_by: str) -> OpenedDatabase:
    if not exists:
        private(path)  # a new office file is its owner's alone (0600); SQLite gives its -wal and -shm the same
    conn = _connect(path, writable)
    try:
        db_holder: list[Database] = []
        # Who is writing, for the audit trail's triggers (see storage/audit.py and storage/session.py).
        conn.create_function("lz_actor", 0, lambda: session(db_holder[0]).user if db_holder else "系统")
        bigrams.register(conn)  # the findings' search index is kept by triggers that call it
        _check_integrity(conn, path)
        # No sqlite-utils plugins: a package installed on the workstation must not change how the office
        # file is read, and looking for plugins scans every installed package's metadata at each start.
        if exists:
            problem = office_problem(conn, newer=False)
            if problem:
                raise DatabaseFileError(f"文件 {path.name} {problem}文件未作任何改动。")
        db = Database(conn, execute_plugins=False)
        db_holder.append(db)
        applied = [m.name for m in migrations.applied(db)]
        _refuse_newer(db, applied, path)
        pending = [m.name for m in migrations.pending(db)]
        backup = None
        if pending and not writable:
            raise DatabaseFileError(
                f"数据文件 {path.name} 需要升级结构（{', '.join(pending)}），但它是只读的，无法升级。"
                "请复制到可写位置后再打开。")
        if writable:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode=WAL")
            if pending and exists:
                backup = _copy_aside(conn, path, pending[0])
            start = audit.last_id(db)
            migrations.apply(db)
            if pending or audit.missing_triggers(db):
                with db.atomic():
                    audit.ensure_triggers(db)
                    audit.record_baseline(db)  # rows older than the trail (or than their table's triggers)
            _stamp_version(db)
            with db.atomic():
                audit.seal(db, start)
        conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return OpenedDatabase(db, path, not writable, not exists, backup, held_by)


def office_problem(conn: sqlite3.Connection, *, newer: bool = True) -> str | None:
    """Why a SQLite file is not an office file this version may open, in words; None if it is one. Reads only.
    `newer`: also refuse an office file of a newer version (opening says so naming both versions itself)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    ours = "_sqlite_migrations" in tables and conn.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]).fetchone()[0] > 0
    if app_id != APPLICATION_ID and not (app_id == 0 and ours):
        shown = "、".join(sorted(t for t in tables if not t.startswith("sqlite_"))[:3])
        tables_said = f"（含有表 {shown}）" if shown else ""
        return f"是另一个程序的 SQLite 数据库{tables_said}，不是 lz-desktop 的数据文件或备份。"
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                                        [MIGRATION_SET]).fetchall()] if ours and newer else []
    unknown = [n for n in names if n not in known_names()]
    if unknown:
        return f"由较新版本的 lz-desktop 写入（含有本版本不认识的结构升级 {', '.join(unknown)}），本版本不能使用它。"
    return None


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DatabaseFileError(f"无法读取数据文件 {path}：{e.strerror}。") from e
    if head != SQLITE_HEADER:
        raise DatabaseFileError(
            f"文件 {path.name} 不是 lz-desktop 的数据文件（不是 SQLite 数据库）。文件未作任何改动。")


def _writable(path: Path) -> bool:
    folder_ok = os.access(path.parent, os.W_OK)  # WAL needs -wal and -shm beside the file
    if path.exists():
        return folder_ok and os.access(path, os.W_OK)
    return folder_ok


def _connect(path: Path, writable: bool) -> sqlite3.Connection:
    # isolation_level=None: sqlite-utils' atomic() issues BEGIN/COMMIT itself.
    if writable:
        return sqlite3.connect(path, isolation_level=None)
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL file in a read-only folder cannot create its -shm: read it as immutable.
        return sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
    except sqlite3.DatabaseError as e:  # "database disk image is malformed": the read-only commands crashed
        raise DatabaseFileError(
            f"数据文件 {path.name} 已损坏，无法读取（{e}）。文件未作任何改动；请从备份恢复。") from e


FULL_CHECK_UP_TO = 64 * 1024 * 1024  # bytes: below this the full page check takes well under a second


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file before anything is written. A file's size must match its page count (a truncated
    copy is caught at once) and its schema must read. The full page check (quick_check) runs here for files up
    to FULL_CHECK_UP_TO, and for any file not closed cleanly (a -wal beside it); a larger, cleanly closed file
    is checked in full in the background once the window is up (ui.main_window), and by `lz-desktop verify`."""
    try:
        page_size, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        wal = path.with_name(path.name + "-wal")
        unclean = wal.exists() and wal.stat().st_size > 0  # frames not yet in the file: a crash, or a writer now
        if path.stat().st_size < page_size * pages and not unclean:
            raise sqlite3.DatabaseError("文件比其页数所需的短（被截断）")
        result = (conn.execute("PRAGMA quick_check").fetchall()
                  if unclean or path.stat().st_size <= FULL_CHECK_UP_TO else [("ok",)])
    except sqlite3.DatabaseError as e:
        raise DatabaseFileError(
            f"数据文件 {path.name} 已损坏，无法读取（{e}）。文件未作任何改动；请从备份恢复。") from e
    if result != [("ok",)]:
        detail = "；".join(str(r[0]) for r in result[:3])
        raise DatabaseFileError(
            f"数据文件 {path.name} 已损坏（{detail}）。文件未作任何改动；请从备份恢复。")


def _refuse_newer(db: Database, applied: list[str], path: Path) -> None:
    unknown = [name for name in applied if name not in known_names()]
    if not unknown:
        return
    writer = _meta(db, "app_version") or "较新版本"
    raise DatabaseFileError(
        f"数据文件 {path.name} 由 lz-desktop {writer} 写入，含有本版本（{__version__}）不认识的结构升级："
        f"{', '.join(unknown)}。为免损坏数据，本版本不打开它，文件未作任何改动。"
        f"请使用 lz-desktop {writer} 或更新的版本。")


def _meta(db: Database, key: str) -> str | None:
    if "meta" not in db.table_names():
        return None
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _copy_aside(conn: sqlite3.Connection, path: Path, first_pending: str) -> Path:
    """A whole, consistent copy (SQLite's online backup) before the schema changes."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.升级前备份-{stamp}-{first_pending}{path.suffix}")
    private(target)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _stamp_version(db: Database) -> None:
    """Record which version last wrote the file; no write at all when it is already this one."""
    if _meta(db, "app_version") == __version__:
        return
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('app_version', ?)",
                   [__version__])
        db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('migration_set', ?)",
                   [MIGRATION_SET])


def change_stamp(db: Database) -> tuple[int, int]:
    """Equal stamps mean nothing was written in between: this connection's own changes (total_changes,
    triggers included) and other connections' commits (PRAGMA data_version: the background jobs)."""
    return db.conn.total_changes, int(db.execute("PRAGMA data_version").fetchone()[0])
