"""The office's data is safe: the audit trail and its chain, roles checked in the services, accounts, backups
and restore, one writer at a time — each on a real file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lz_desktop.domain.accounts import Role
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import accounts, audit_trail, backups, cases, roster
from lz_desktop.services.accounts import PermissionDenied
from lz_desktop.services.integrity import verify
from lz_desktop.services.office import Office, open_office

from .district import build


def _tamper(path: Path, sql: str) -> None:
    """Another tool edits the file: it has to name a writer and drop the log's guard first."""
    conn = sqlite3.connect(path)
    conn.create_function("lz_actor", 0, lambda: "外部工具")
    conn.executescript("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;"
                       + sql)
    conn.commit()
    conn.close()


def test_every_change_is_recorded_with_who_and_what_and_sealed(office: Office) -> None:
    accounts.create_first_admin(office.db, "wangfang", "王芳", "Lianzheng2026", "Lianzheng2026")
    unit = roster.add_unit(office.db, Unit(None, None, "北京市测试区财政局", "区财政局", UnitCategory.GOVERNMENT))
    roster.update_unit(office.db, Unit(unit.id, None, "北京市测试区财政局", "区财政局（新）", UnitCategory.GOVERNMENT,
                                       team_id=unit.team_id))
    [update, insert] = [e for e in audit_trail.entries(office.db, "units")][:2]
    assert (update.op, update.actor) == ("update", "王芳") and insert.op == "insert"
    assert '"short_name":"区财政局"' in (update.before or "") and '"short_name":"区财政局（新）"' in (update.after or "")
    users = audit_trail.entries(office.db, "users")
    assert users and "（已加密）" in (users[-1].after or "") and "scrypt" not in (users[-1].after or "")
    result = verify(office.db)
    assert result.ok and result.audit_entries > 3
    with pytest.raises(sqlite3.DatabaseError, match="审计记录不能修改"):
        office.db.execute("UPDATE audit_log SET actor = '别人' WHERE id = 1")


def test_an_edited_removed_or_foreign_entry_is_found(office: Office) -> None:
    build(office)
    path = office.path
    office.close()
    _tamper(path, "UPDATE audit_log SET actor = '别人' WHERE id = 3;")
    again = open_office(path)
    assert "审计记录第 3 条与链不符" in "".join(verify(again.db).problems)
    again.close()
    _tamper(path, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);")
    again = open_office(path)
    assert any("末尾不符" in p for p in verify(again.db).problems), verify(again.db).problems
    again.close()
    _tamper(path, "INSERT INTO units(name, short_name, category) VALUES ('外部单位', '外部', 'government');")
    again = open_office(path)
    problems = verify(again.db).problems
    assert any("未封存（不是经本程序写入的）" in p for p in problems)
    again.close()


def test_roles_are_checked_by_the_services(office: Office) -> None:
    d = build(office)
    accounts.create_first_admin(office.db, "admin", "管理员", "Lianzheng2026", "Lianzheng2026")
    accounts.add_user(office.db, "reader", "只读员", Role.READER, "Kanyikan2026", "Kanyikan2026")
    accounts.add_user(office.db, "clerk", "业务员", Role.CLERK, "Banshi2026a", "Banshi2026a")
    accounts.sign_in_as(office.db, "reader", "Kanyikan2026")
    with pytest.raises(PermissionDenied, match=r"只读员.*没有“修改数据”的权限"):
        roster.add_unit(office.db, Unit(None, d.committee, "测试单位", "测试", UnitCategory.GOVERNMENT))
    with pytest.raises(PermissionDenied, match="查看和办理责任追究案件"):
        cases.cases(office.db)
    accounts.sign_in_as(office.db, "clerk", "Banshi2026a")
    roster.add_unit(office.db, Unit(None, d.committee, "测试单位", "测试", UnitCategory.GOVERNMENT))
    with pytest.raises(PermissionDenied):
        cases.restrictions_in_force(office.db, dt.date(2026, 11, 25))
    with pytest.raises(PermissionDenied, match="管理账号"):
        accounts.users(office.db)


def test_sign_in_locks_after_five_failures_and_remembers_it(office: Office) -> None:
    with pytest.raises(ValidationError) as e:
        accounts.create_first_admin(office.db, "admin", "管理员", "12345678", "12345679")
    assert "须同时含有字母和数字" in str(e.value) and "与密码不一致" in str(e.value)
    accounts.create_first_admin(office.db, "admin", "管理员", "Lianzheng2026", "Lianzheng2026")
    with pytest.raises(RuleViolation, match="已有账号"):
        accounts.create_first_admin(office.db, "x", "x", "Lianzheng2026", "Lianzheng2026")
    now = dt.datetime(2026, 11, 25, 9, 0)
    for attempt in range(1, 5):
        with pytest.raises(RuleViolation, match=f"再错 {5 - attempt} 次将锁定"):
            accounts.sign_in_as(office.db, "admin", "wrong", now=now)
    with pytest.raises(RuleViolation, match="账号已锁定 15 分钟"):
        accounts.sign_in_as(office.db, "admin", "wrong", now=now)
    path = office.path
    office.close()
    again = open_office(path)  # the lock survives a restart
    with pytest.raises(RuleViolation, match="已锁定，请于 09:15 后再试"):
        accounts.sign_in_as(again.db, "admin", "Lianzheng2026", now=now + dt.timedelta(minutes=5))
    user = accounts.sign_in_as(again.db, "admin", "Lianzheng2026", now=now + dt.timedelta(minutes=16))
    assert accounts.current(again.db).user == "管理员" and user.role is Role.ADMIN
    with pytest.raises(ValidationError, match="原密码"):
        accounts.change_password(again.db, "wrong", "Xinmima2027", "Xinmima2027")
    accounts.change_password(again.db, "Lianzheng2026", "Xinmima2027", "Xinmima2027")
    accounts.sign_in_as(again.db, "admin", "Xinmima2027")
    with pytest.raises(RuleViolation, match="至少须保留一名启用的管理员"):
        accounts.set_role(again.db, user.id, Role.CLERK, True)
    again.close()


def test_a_backup_is_checked_rotated_and_restored_after_a_safety_copy(office: Office, tmp_path: Path) -> None:
    build(office)
    usb = tmp_path / "U盘"
    start = dt.datetime(2026, 11, 1, 18, 0)
    for day in range(16):
        backups.backup(office.db, office.path, usb, kind=backups.AUTO, now=start + dt.timedelta(days=day))
    automatic = sorted(usb.glob("*-自动备份-*.lzdb"))
    assert len(automatic) == backups.KEEP_AUTOMATIC and automatic[0].name.endswith("20261103-180000.lzdb")
    assert not backups.due(usb, office.path.stem, start + dt.timedelta(days=15, hours=20))
    assert backups.due(usb, office.path.stem, start + dt.timedelta(days=16, hours=1))
    chosen = automatic[-1]
    info = backups.inspect(chosen)
    assert info.ok and info.counts["单位"] == 2 and info.office == "测试区纪委"

    roster.add_unit(office.db, Unit(None, None, "后来增加的单位", "后来", UnitCategory.GOVERNMENT))
    path = office.path
    office.close()
    safety = backups.restore(path, chosen, now=dt.datetime(2026, 11, 20, 9, 0))
    assert backups.inspect(safety).counts["单位"] == 3  # the current file, kept before it was replaced
    restored = open_office(path)
    assert len(roster.list_units(restored.db)) == 2 and verify(restored.db).ok
    restored.close()

    broken = tmp_path / "坏备份.lzdb"
    broken.write_bytes(chosen.read_bytes()[:8192])
    before = path.read_bytes()
    with pytest.raises(backups.BackupError):
        backups.restore(path, broken)
    assert path.read_bytes() == before


def test_a_second_program_opens_the_file_read_only_and_says_who_has_it(office: Office) -> None:
    probe = textwrap.dedent(f"""
        from lz_desktop.services.office import open_office
        office = open_office({str(office.path)!r})
        print(office.read_only, office.held_by)
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    read_only, held_by = out.stdout.strip().split(" ", 1)
    assert read_only == "True" and "计算机" in held_by
    path = office.path
    office.close()
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().startswith("False")  # released: the next program writes
    assert Path(path).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_office_files_and_their_copies_are_the_owners_alone(office: Office, tmp_path: Path) -> None:
    import stat

    assert stat.S_IMODE(office.path.stat().st_mode) == 0o600
    made = backups.backup(office.db, office.path, tmp_path / "U盘")
    copies = [p for p in (tmp_path / "U盘").iterdir() if p.suffix == ".lzdb"]
    assert copies and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in copies), made


def test_a_weaker_password_hash_is_remade_at_the_next_sign_in(office: Office) -> None:
    import hashlib
    import secrets

    from lz_desktop.domain.accounts import SCRYPT_N, needs_rehash
    from lz_desktop.storage import users as user_store

    user = accounts.create_first_admin(office.db, "admin", "管理员", "Passw0rd!2026", "Passw0rd!2026")
    assert user.password.startswith(f"scrypt${SCRYPT_N}$8$1$") and SCRYPT_N == 2**17  # OWASP's minimum
    salt = secrets.token_bytes(16)
    old = hashlib.scrypt(b"Passw0rd!2026", salt=salt, n=2**14, r=8, p=1, dklen=32)
    with office.db.atomic():
        user_store.set_password(office.db, user.id, f"scrypt${2**14}$8$1${salt.hex()}${old.hex()}")
    accounts.sign_in_as(office.db, "admin", "Passw0rd!2026")
    remade = user_store.by_name(office.db, "admin")
    assert remade is not None and not needs_rehash(remade.password)
    accounts.sign_in_as(office.db, "admin", "Passw0rd!2026")  # and it still signs in


def _around_the_program(path: Path, *statements: str) -> None:
    """What someone with the file and a SQLite tool can do: drop the audit triggers, then write."""
    with sqlite3.connect(path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
    conn.close()


@pytest.mark.parametrize(("statements", "said"), [
    (("UPDATE findings SET found_on = '2020-01-01' WHERE id = (SELECT min(id) FROM findings)",),
     "问题表第"),
    (("DELETE FROM leaders WHERE id = (SELECT max(id) FROM leaders WHERE id NOT IN "
      "(SELECT leader_id FROM finding_leaders) AND id NOT IN (SELECT chair_id FROM meetings WHERE chair_id IS NOT NULL))",),
     "被绕过本程序删除"),
    (("INSERT INTO users(name, display_name, role, password, created_at) VALUES "
      "('intruder', '某人', 'admin', 'x', '2026-12-04')",), "账号表第"),
    (("DELETE FROM audit_log",), "审计记录被整体删除"),
])
def test_verify_checks_the_data_against_the_trail(demo_file: Path, tmp_path: Path, statements: tuple[str, ...],
                                                  said: str) -> None:
    copy = tmp_path / "office.lzdb"
    import shutil

    shutil.copy(demo_file, copy)
    with open_office(copy) as office:
        assert verify(office.db).ok  # a file written only by the program passes
    _around_the_program(copy, "PRAGMA foreign_keys = OFF", *statements)
    with open_office(copy, read_only=True) as office:
        found = verify(office.db)
    assert not found.ok and any(said in p for p in found.problems), found.problems


def test_a_recomputed_chain_is_caught_against_the_anchors_of_earlier_backups(demo_file: Path, tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """An entry edited and the whole chain recomputed passes the file's own checks; the chain head each backup
    recorded beside it (its .sha256 manifest) catches it."""
    import shutil

    from lz_desktop.cli import main
    from lz_desktop.storage import audit as audit_store

    copy = tmp_path / "office.lzdb"
    shutil.copy(demo_file, copy)
    assert main(["backup", "--db", str(copy), "--to", str(tmp_path / "U盘")]) == 0
    assert main(["verify", "--db", str(copy), "--against", str(tmp_path / "U盘")]) == 0
    with sqlite3.connect(copy) as conn:  # rewrite who did entry 10, then the whole chain and its head
        conn.create_function("lz_actor", 0, lambda: "别人")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = '别人' WHERE id = 10")
        previous = ""
        for row in conn.execute(f"SELECT {audit_store._FIELDS} FROM audit_log ORDER BY id").fetchall():
            previous = audit_store._digest(previous, row)
            conn.execute("UPDATE audit_log SET hash = ? WHERE id = ?", [previous, row[0]])
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", [f"{count}:{previous}", audit_store.CHAIN_HEAD])
    conn.close()
    capsys.readouterr()
    assert main(["verify", "--db", str(copy)]) == 0  # the file alone cannot tell
    assert main(["verify", "--db", str(copy), "--against", str(tmp_path / "U盘")]) == 1
    assert "链被重新计算过" in capsys.readouterr().out
