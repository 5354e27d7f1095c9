"""Opening the office file: every refusal leaves the file byte for byte as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from lz_desktop import __version__
from lz_desktop.storage import database
from lz_desktop.storage.database import DatabaseFileError, open_database
from lz_desktop.storage.schema import known_names, migrations
from lz_desktop.storage.transaction import StorageError, transaction

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_a_new_file_gets_the_whole_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "new.lzdb")
    db = opened.db
    assert opened.created and not opened.read_only and opened.backup_path is None
    assert [m.name for m in migrations.applied(db)] == known_names()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("SELECT value FROM meta WHERE key='app_version'").fetchone()[0] == __version__
    with pytest.raises(StorageError), transaction(db):
        db.execute("INSERT INTO teams(unit_id, name) VALUES (999, 'x')")  # no such unit
    opened.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.lzdb"
    path.write_bytes("这是一份 Word 文档，不是数据库。".encode() * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="不是 SQLite 数据库"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_damaged_file_is_refused_untouched(tmp_path: Path, demo_file: Path) -> None:
    path = tmp_path / "damaged.lzdb"
    shutil.copy(demo_file, path)
    data = bytearray(path.read_bytes())
    page = 4096
    for i in range(page * 3, page * 5):  # scribble over two b-tree pages past the header
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="已损坏"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_truncated_file_is_refused_untouched(tmp_path: Path, demo_file: Path) -> None:
    path = tmp_path / "truncated.lzdb"
    path.write_bytes(demo_file.read_bytes()[: 4096 * 3])
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="已损坏"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_version_is_refused_naming_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "newer.lzdb"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.create_function("lz_actor", 0, lambda: "较新版本")  # audited tables need a writer's name
        conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at)"
                     " VALUES ('lz_desktop', '0099_future_tables', '2027-01-01')")
        conn.execute("UPDATE meta SET value = '0.9.0' WHERE key = 'app_version'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "0.9.0" in message and __version__ in message and "0099_future_tables" in message
    assert path.read_bytes() == before


def test_the_first_schema_is_upgraded_with_a_copy_aside(tmp_path: Path) -> None:
    path = tmp_path / "old.lzdb"
    shutil.copy(FIXTURES / "schema_v1.lzdb", path)
    original = path.read_bytes()
    opened = open_database(path)
    assert opened.backup_path is not None and opened.backup_path.exists()
    assert "0002_leader_search_and_history" in opened.backup_path.name
    backup = Database(opened.backup_path)
    assert [m.name for m in migrations.applied(backup)] == ["0001_units_teams_leaders"]
    backup.close()
    rows = opened.db.execute("SELECT name, search_key FROM leaders ORDER BY id").fetchall()
    assert rows[0][0] == "张三" and "zs" in rows[0][1]
    assert rows[1][0] == "吉𠮷"  # rare character survives the upgrade
    assert opened.db.execute("SELECT value FROM meta WHERE key='office_name'").fetchone()[0] == "旧版测试纪委"
    opened.close()
    assert original != path.read_bytes()


def test_read_only_opening_refuses_writes_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "office.lzdb"
    open_database(path).close()
    opened = open_database(path, read_only=True)
    assert opened.read_only
    with pytest.raises(StorageError, match="只读"), transaction(opened.db):
        opened.db.execute("INSERT INTO meta VALUES ('k', 'v')")
    opened.close()


def test_a_file_the_user_may_not_write_opens_read_only(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom permission bits never deny: ask the OS's answer directly.
    path = tmp_path / "office.lzdb"
    open_database(path).close()
    real_access = database.os.access
    monkeypatch.setattr(database.os, "access",
                        lambda p, mode: False if mode == database.os.W_OK else real_access(p, mode))
    opened = open_database(path)
    assert opened.read_only
    opened.close()


def test_a_read_only_file_that_needs_an_upgrade_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.lzdb"
    shutil.copy(FIXTURES / "schema_v1.lzdb", path)
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="只读"):
        open_database(path, read_only=True)
    assert path.read_bytes() == before
