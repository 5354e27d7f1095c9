"""Backups the office can trust (issue: a record the office can trust): only a checked copy is restored, copies
are named so that none is lost, and nothing half-written keeps a copy's name."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from lz_desktop.services import backups
from lz_desktop.services.backups import BackupError
from lz_desktop.services.office import Office, open_office

NOW = dt.datetime(2026, 12, 4, 18, 0, 0)


def test_a_backup_edited_afterwards_is_refused_at_restore(demo_office: Office, tmp_path: Path) -> None:
    info = backups.backup(demo_office.db, demo_office.path, tmp_path / "U盘", now=NOW)
    manifest = info.path.with_name(info.path.name + ".sha256")
    assert manifest.read_text(encoding="utf-8").startswith(backups._sha256(info.path))
    assert "audit_chain_head" in manifest.read_text(encoding="utf-8")
    with sqlite3.connect(info.path) as conn:  # a byte of a meeting's text, changed with the triggers in place
        conn.create_function("lz_actor", 0, lambda: "他人")
        conn.execute("UPDATE meetings SET minutes = minutes || '。' WHERE id = (SELECT min(id) FROM meetings)")
    conn.close()
    found = backups.inspect(info.path)
    assert not found.ok and any("校验值" in p for p in found.problems)
    before = demo_office.path.read_bytes()
    demo_office.close()
    with pytest.raises(BackupError, match="检查未通过"):
        backups.restore(demo_office.path, info.path)
    assert demo_office.path.read_bytes() == before


def test_a_backup_whose_audit_trail_was_edited_is_refused(demo_office: Office, tmp_path: Path) -> None:
    info = backups.backup(demo_office.db, demo_office.path, tmp_path / "U盘", now=NOW)
    info.path.with_name(info.path.name + ".sha256").unlink()  # as copies made before manifests existed
    with sqlite3.connect(info.path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = '别人' WHERE id = 3")
    conn.close()
    found = backups.inspect(info.path)
    assert not found.ok and any("审计记录第 3 条" in p for p in found.problems)


def test_two_backups_in_one_second_keep_two_names_and_rotation_matches_exact_names(office: Office,
                                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "U盘"
    first = backups.backup(office.db, office.path, folder, now=NOW)
    second = backups.backup(office.db, office.path, folder, now=NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    # An office whose name is a glob pattern: its automatic copies are still found and rotated.
    odd = tmp_path / "office[2026].lzdb"
    shutil.copy(office.path, odd)
    with open_office(odd) as opened:
        for day in range(1, 18):
            backups.backup(opened.db, odd, folder, kind=backups.AUTO, now=NOW.replace(day=day))
    kept = [p for p in folder.iterdir() if p.name.startswith("office[2026]-自动备份-") and p.suffix == ".lzdb"]
    assert len(kept) == backups.KEEP_AUTOMATIC
    assert backups.last_automatic(folder, "office[2026]") == NOW.replace(day=17)


def test_a_failed_backup_leaves_nothing_behind(office: Office, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from lz_desktop.storage import backup as store

    def full_disk(db: object, target: Path) -> None:
        target.write_bytes(b"half")
        target.with_name(target.name + "-journal").write_bytes(b"journal")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "copy_to", full_disk)
    folder = tmp_path / "U盘"
    with pytest.raises(BackupError, match="备份未完成"):
        backups.backup(office.db, office.path, folder, now=NOW)
    assert list(folder.iterdir()) == []


def test_a_staging_copy_left_by_a_killed_restore_is_removed_at_the_next_start(office: Office) -> None:
    path = office.path
    office.close()
    leftover = path.with_name(f".{path.name}.restoring")
    leftover.write_bytes(b"x" * 1000)
    open_office(path).close()
    assert not leftover.exists()


def test_encrypted_backups_open_only_with_the_passphrase_and_refuse_tampering(demo_office: Office,
                                                                               tmp_path: Path) -> None:
    from lz_desktop.domain.errors import ValidationError
    from lz_desktop.services import backup_crypto

    with pytest.raises(ValidationError):
        backup_crypto.set_passphrase(demo_office.db, "短口令", "短口令")
    backup_crypto.set_passphrase(demo_office.db, "永安区纪委备份2026", "永安区纪委备份2026")
    info = backups.backup(demo_office.db, demo_office.path, tmp_path / "U盘", now=NOW)
    data = info.path.read_bytes()
    assert info.ok and info.encrypted and data.startswith(backup_crypto.MAGIC)
    assert b"SQLite format 3" not in data and "区财政局".encode() not in data  # nothing readable on the drive
    assert not backups.inspect(info.path).ok  # without the passphrase: only that it is encrypted
    assert "备份口令不对" in backups.inspect(info.path, passphrase="别的口令").problems[0]
    assert backups.inspect(info.path, passphrase="永安区纪委备份2026").ok

    path = demo_office.path
    demo_office.close()
    before = path.read_bytes()
    with pytest.raises(BackupError, match="备份口令不对"):
        backups.restore(path, info.path, passphrase="别的口令")
    tampered = tmp_path / "改动.lzdb"
    tampered.write_bytes(data[:-100] + bytes(100))
    with pytest.raises(BackupError):
        backups.restore(path, tampered, passphrase="永安区纪委备份2026")
    assert path.read_bytes() == before  # refused untouched
    backups.restore(path, info.path, passphrase="永安区纪委备份2026", safety_folder=tmp_path / "恢复前")
    with open_office(path, read_only=True) as restored:
        from lz_desktop.services.integrity import verify

        assert verify(restored.db).ok
