"""Only office files are opened, imported into or restored, and a damaged file gets words, not a traceback
(issue: a record the office can trust). Each refusal leaves the file byte for byte as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from lz_desktop.cli import main
from lz_desktop.storage.database import APPLICATION_ID

READ_ONLY_COMMANDS = (["verify"], ["documents"], ["due"], ["export-leaders", "{out}/名册.xlsx"],
                      ["backup", "--to", "{out}/备份"])


def _firefox_history(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org/')")
    conn.close()
    return path


@pytest.mark.parametrize("command", [*READ_ONLY_COMMANDS, ["import-leaders", "{out}/名册.xlsx"],
                                     ["restrictions"], ["export-cases", "{out}/案件.xlsx"]])
def test_another_programs_database_is_refused_by_every_command_and_left_as_it_was(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    foreign = _firefox_history(tmp_path / "places.sqlite")
    before = foreign.read_bytes()
    args = [part.format(out=tmp_path) for part in command]
    assert main([args[0], "--db", str(foreign), *args[1:]]) == 2
    assert "另一个程序的 SQLite 数据库（含有表 moz_places）" in capsys.readouterr().err
    assert foreign.read_bytes() == before


def test_restore_refuses_another_programs_database_and_a_newer_versions_backup(
        tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "office.lzdb"
    shutil.copy(demo_file, office)
    assert main(["verify", "--db", str(office)]) == 0  # opened once for writing by a command that may: stamped
    before = office.read_bytes()
    foreign = _firefox_history(tmp_path / "places.sqlite")
    capsys.readouterr()
    assert main(["restore", "--db", str(office), str(foreign), "--yes"]) != 0
    said = capsys.readouterr()
    assert "另一个程序的 SQLite 数据库" in said.out and "未恢复" in said.err
    newer = tmp_path / "newer.lzdb"
    shutil.copy(demo_file, newer)
    with sqlite3.connect(newer) as conn:
        conn.create_function("lz_actor", 0, lambda: "较新版本")
        conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at)"
                     " VALUES ('lz_desktop', '0099_future_tables', '2027-01-01')")
    conn.close()
    assert main(["restore", "--db", str(office), str(newer), "--yes"]) != 0
    assert "较新版本" in capsys.readouterr().out and office.read_bytes() == before


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS)
def test_a_truncated_office_file_gets_words_from_every_read_only_command(
        tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    damaged = tmp_path / "office.lzdb"
    data = demo_file.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    before = damaged.read_bytes()
    args = [part.format(out=tmp_path) for part in command]
    code = main([args[0], "--db", str(damaged), *args[1:]])
    err = capsys.readouterr().err
    assert code in (1, 2) and "已损坏" in err and "Traceback" not in err
    assert damaged.read_bytes() == before


def test_an_office_file_carries_the_application_id_once_written(tmp_path: Path, demo_file: Path) -> None:
    older = tmp_path / "older.lzdb"
    shutil.copy(demo_file, older)
    with sqlite3.connect(older) as conn:  # as files were before the id: recognised by their migration table
        conn.execute("PRAGMA application_id = 0")
    conn.close()
    assert main(["documents", "--db", str(older)]) == 0  # read: recognised, not changed
    with sqlite3.connect(older) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    conn.close()
    assert main(["verify", "--db", str(older)]) == 0
    new = tmp_path / "new.lzdb"
    assert main(["demo", "--db", str(new)]) == 0
    with sqlite3.connect(new) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


@pytest.mark.parametrize("command", [["import-leaders", "{out}/名册.xlsx"], ["remind", "--prefix", "区纪督",
                                                                          "{out}/督办.pdf"], ["documents"]])
def test_an_empty_or_missing_file_is_not_silently_made_a_new_office(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    empty = tmp_path / "empty.lzdb"
    empty.write_bytes(b"")
    args = [part.format(out=tmp_path) for part in command]
    for path, said in ((empty, "是空文件"), (tmp_path / "typo.lzdb", "不存在")):
        assert main([args[0], "--db", str(path), *args[1:]]) == 2
        assert said in capsys.readouterr().err
    assert empty.read_bytes() == b"" and not (tmp_path / "typo.lzdb").exists()


def test_an_encrypted_backup_is_restored_headless_with_its_passphrase_file(
        tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lz_desktop.services import backup_crypto
    from lz_desktop.services.office import open_office

    office = tmp_path / "office.lzdb"
    shutil.copy(demo_file, office)
    with open_office(office) as opened:
        backup_crypto.set_passphrase(opened.db, "永安区纪委备份2026", "永安区纪委备份2026")
    assert main(["backup", "--db", str(office), "--to", str(tmp_path / "U盘")]) == 0
    assert "（已加密）" in capsys.readouterr().out
    copy = next((tmp_path / "U盘").glob("*.lzdb"))
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("别的口令\n", encoding="utf-8")
    right.write_text("永安区纪委备份2026\n", encoding="utf-8")
    assert main(["restore", "--db", str(office), str(copy), "--yes"]) == 1  # no terminal, no file: refused
    assert main(["restore", "--db", str(office), str(copy), "--yes", "--passphrase-file", str(wrong)]) == 1
    assert "备份口令不对" in capsys.readouterr().out
    assert main(["restore", "--db", str(office), str(copy), "--yes", "--passphrase-file", str(right)]) == 0
    assert main(["verify", "--db", str(office)]) == 0
