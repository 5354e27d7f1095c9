"""Backups a clerk can trust: one click or automatic (on exit, daily), written with SQLite's online backup,
checked after writing, rotated; restore after a preview, and only after the current file is itself copied."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.services import backup_crypto
from lz_desktop.storage import backup as store
from lz_desktop.storage import writer_lock
from lz_desktop.storage.audit import verify_chain
from lz_desktop.storage.database import SQLITE_HEADER, office_problem

AUTO, MANUAL, BEFORE_RESTORE = "自动备份", "备份", "恢复前备份"
KEEP_AUTOMATIC = 14  # two weeks of daily copies on the USB drive


class BackupError(Exception):
    """A backup could not be written or read; the message says why, in Chinese."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    office: str
    app_version: str
    last_change: str
    counts: dict[str, int]
    problems: list[str]
    encrypted: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        figures = "，".join(f"{label} {n}" for label, n in self.counts.items())
        state = "完好" if self.ok else "有问题：" + "；".join(self.problems[:3])
        sealed = "（已加密）" if self.encrypted else ""
        return (f"{self.path.name}{sealed}\n{self.office or '（未命名）'}，版本 {self.app_version or '—'}，"
                f"最后修改 {self.last_change or '—'}\n{figures}\n检查结果：{state}")


def backup(db: Database, source: Path, folder: str | os.PathLike[str], *, kind: str = MANUAL,
           now: dt.datetime | None = None) -> BackupInfo:
    """Copy the open office into `folder` (e.g. a USB drive), check the copy, rotate automatic copies."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(f"无法使用文件夹 {folder}：{e.strerror or e}") from e
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = _unused(folder / f"{source.stem}-{kind}-{stamp}.lzdb")  # two in one second get two names
    partial = target.with_suffix(".lzdb.partial")
    sealing = backup_crypto.stored_key(db)
    sealed = partial.with_suffix(".sealed")
    try:
        store.copy_to(db, partial)
        _sync(partial)
        if sealing:  # the plain copy never leaves this function under a backup's name
            backup_crypto.encrypt(partial, sealed, *sealing)
            os.replace(sealed, target)
            _remove_partial(partial)
        else:
            os.replace(partial, target)  # a copy interrupted half-way never carries the backup's name
        _sync_folder(folder)
    except (OSError, sqlite3.Error) as e:
        _remove_partial(partial)
        sealed.unlink(missing_ok=True)
        raise BackupError(f"备份未完成（{e}）；原数据文件未受影响。") from e
    _write_manifest(target, db)
    info = inspect(target, key=sealing[1] if sealing else None)
    if not info.ok:
        raise BackupError(f"备份写入后检查未通过：{'；'.join(info.problems)}。请换一个文件夹或U盘再试。")
    if kind == AUTO:
        rotate(folder, source.stem)
    return info


def rotate(folder: Path, stem: str, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Keep the newest `keep` automatic copies of this office; manual ones are the clerk's to remove."""
    copies = _automatic(folder, stem)
    removed = copies[:-keep] if len(copies) > keep else []
    for old in removed:
        old.unlink()
        old.with_name(old.name + MANIFEST).unlink(missing_ok=True)
    return removed


def _automatic(folder: Path, stem: str) -> list[Path]:
    """This office's automatic copies, by exact name: a glob took office[2026] for a character class and
    kept every copy."""
    pattern = re.compile(re.escape(f"{stem}-{AUTO}-") + r"\d{8}-\d{6}(-\d+)?\.lzdb")
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name)) if folder.is_dir() else []


def last_automatic(folder: str | os.PathLike[str], stem: str) -> dt.datetime | None:
    copies = _automatic(Path(folder), stem)
    if not copies:
        return None
    found = re.search(r"(\d{8}-\d{6})(-\d+)?\.lzdb$", copies[-1].name)
    return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S") if found else None


def due(folder: str | os.PathLike[str], stem: str, now: dt.datetime,
        every: dt.timedelta = dt.timedelta(days=1)) -> bool:
    last = last_automatic(folder, stem)
    return last is None or now - last >= every


def inspect(path: str | os.PathLike[str], *, passphrase: str | None = None, key: bytes | None = None) -> BackupInfo:
    """What a backup holds and whether it is whole, read without changing a byte of it. An encrypted one is
    opened with the passphrase (or the office's stored key) into a temporary file, and checked there."""
    with _opened(Path(path), passphrase, key) as (_plain, info):
        return info


@contextmanager
def _opened(path: Path, passphrase: str | None, key: bytes | None,
            folder: Path | None = None) -> Iterator[tuple[Path | None, BackupInfo]]:
    """The backup as a plain SQLite file (a decrypted temporary copy, in `folder`, for an encrypted one; None
    where it cannot be opened) and what checking it found. Restore replaces the office from that same copy, so
    an encrypted backup is decrypted, and its key derived, once."""
    try:
        encrypted = backup_crypto.is_encrypted(path)
    except OSError as e:
        raise BackupError(f"无法读取 {path}：{e.strerror or e}") from e
    if not encrypted:
        info = _inspect_plain(path)
        yield path, replace(info, problems=info.problems + _manifest_problems(path))
        return
    if passphrase is None and key is None:
        yield None, BackupInfo(path, "", "", "", {}, ["这是加密的备份：需要备份口令才能检查和恢复"], True)
        return
    with tempfile.TemporaryDirectory(prefix="lz-restore-", dir=folder) as work:
        plain = Path(work) / path.name
        try:
            backup_crypto.decrypt(path, plain, passphrase, key)
        except backup_crypto.WrongPassphrase as e:
            yield None, BackupInfo(path, "", "", "", {}, [str(e)], True)
            return
        info = _inspect_plain(plain)
        yield plain, replace(info, path=path, problems=info.problems + _manifest_problems(path), encrypted=True)


def _inspect_plain(path: Path) -> BackupInfo:
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise BackupError(f"{path.name} 不是 lz-desktop 的数据文件或备份。")
    except OSError as e:
        raise BackupError(f"无法读取 {path}：{e.strerror or e}") from e
    conn = store.open_copy(path)
    try:
        try:
            problems = store.integrity(conn)
            foreign = office_problem(conn)
            if foreign:  # another program's database, or a newer version's office: never restored over this one
                return BackupInfo(path, "", "", "", {}, [f"{path.name} {foreign}"])
            figures = store.counts(conn)
            problems += verify_chain(Database(conn, execute_plugins=False)).problems
        except sqlite3.DatabaseError as e:
            return BackupInfo(path, "", "", "", {}, [f"文件已损坏（{e}）"])
        return BackupInfo(path, store.meta(conn, "office_name"), store.meta(conn, "app_version"),
                          store.last_change(conn), figures, problems)
    finally:
        conn.close()


def restore(current: str | os.PathLike[str], chosen: str | os.PathLike[str], *,
            safety_folder: str | os.PathLike[str] | None = None, now: dt.datetime | None = None,
            passphrase: str | None = None) -> Path:
    """Replace the (closed) office file with a checked backup; the current file is copied aside first.
    Returns the safety copy. The caller closes its connection before and reopens after. An encrypted backup
    needs its passphrase; a wrong one, or a copy changed since, is refused with nothing touched."""
    current, chosen = Path(current).resolve(), Path(chosen)
    with _opened(chosen, passphrase, None, current.parent) as (plain, info):
        if plain is None or not info.ok:
            raise BackupError(f"该备份检查未通过，未恢复：{'；'.join(info.problems[:3])}")
        if not writer_lock.acquire(current):
            raise BackupError(f"数据文件正由{writer_lock.holder(current)}使用，请先关闭后再恢复。")
        try:
            return _replace(current, plain, safety_folder, now)
        finally:
            writer_lock.release(current)


def _replace(current: Path, chosen: Path, safety_folder: str | os.PathLike[str] | None,
             now: dt.datetime | None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = Path(safety_folder) if safety_folder else current.parent
    folder.mkdir(parents=True, exist_ok=True)
    safety = _unused(folder / f"{current.stem}-{BEFORE_RESTORE}-{stamp}.lzdb")
    if current.exists():  # under a temporary name until whole and synced: a kill leaves no half copy named so
        partial = safety.with_suffix(".lzdb.partial")
        try:
            store.copy_file(current, partial)
            _sync(partial)
            os.replace(partial, safety)
        finally:
            _remove_partial(partial)
        _sync_folder(folder)
    staged = current.with_name(f".{current.name}.restoring")
    try:
        shutil.copyfile(chosen, staged)
        _sync(staged)
        for leftover in (current.with_name(current.name + "-wal"), current.with_name(current.name + "-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(staged, current)
        _sync_folder(current.parent)
    finally:
        staged.unlink(missing_ok=True)
    return safety


MANIFEST = ".sha256"


def _write_manifest(copy: Path, db: Database) -> None:
    """Beside each backup: its SHA-256 (as sha256sum writes it) and the audit chain's head of the office it was
    made from, so that a copy altered afterwards is refused at restore, and the head anchors the chain outside
    the office file (`anchors`)."""
    head = store.meta(db.conn, "audit_chain_head")
    text = f"{_sha256(copy)}  {copy.name}\n{_HEAD_LINE} {head}\n"
    copy.with_name(copy.name + MANIFEST).write_text(text, encoding="utf-8")


_HEAD_LINE = "# audit_chain_head"


def anchors(folder: Path) -> list[tuple[str, int, str]]:
    """The chain heads the manifests in `folder` recorded: (backup name, entry count, hash of that entry)."""
    found = []
    for manifest in sorted(folder.glob(f"*.lzdb{MANIFEST}")):
        head = re.search(re.escape(_HEAD_LINE) + r" (\d+):([0-9a-f]+)", manifest.read_text(encoding="utf-8"))
        if head:
            found.append((manifest.name.removesuffix(MANIFEST), int(head.group(1)), head.group(2)))
    return found


def _manifest_problems(copy: Path) -> list[str]:
    manifest = copy.with_name(copy.name + MANIFEST)
    if not manifest.exists():
        return []  # copies made before manifests were written: checked by the rest
    first = manifest.read_text(encoding="utf-8").split()[0]
    if first != _sha256(copy):
        return [f"{copy.name} 与备份时记录的校验值（{manifest.name}）不符：备份后被改动过"]
    return []


def _sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _unused(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def _sync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handle to sync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_partial(partial: Path) -> None:
    """A copy that did not finish, with the journal SQLite kept beside it."""
    for leftover in (partial, partial.with_name(partial.name + "-journal"), partial.with_name(partial.name + "-wal")):
        leftover.unlink(missing_ok=True)

