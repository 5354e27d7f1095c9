"""One writer per office file. The first process to open it for writing holds an OS lock on `<file>.lock`
(released by the OS if the process dies) and notes who it is in `<file>.owner`; another process, or another
workstation on a shared folder that honours locks, opens the file read-only and can say who has it.
Connections of the holding process (background jobs) share its lock."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import threading
from pathlib import Path

from filelock import FileLock, Timeout

_held: dict[Path, tuple[FileLock, int]] = {}
_guard = threading.Lock()


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _owner_path(path: Path) -> Path:
    return path.with_name(path.name + ".owner")


def acquire(path: Path) -> bool:
    """True if this process may write (it now holds the lock, or already did)."""
    with _guard:
        if path in _held:
            lock, count = _held[path]
            _held[path] = (lock, count + 1)
            return True
        lock = FileLock(_lock_path(path), timeout=0)
        try:
            lock.acquire()
        except (Timeout, OSError):
            return False
        _held[path] = (lock, 1)
    with contextlib.suppress(OSError):  # the lock is what counts; the note only helps the message
        _owner_path(path).write_text(json.dumps({
            "user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": dt.datetime.now().isoformat(timespec="seconds")}, ensure_ascii=False), encoding="utf-8")
    return True


def release(path: Path) -> None:
    with _guard:
        if path not in _held:
            return
        lock, count = _held[path]
        if count > 1:
            _held[path] = (lock, count - 1)
            return
        del _held[path]
        lock.release()


def holder(path: Path) -> str:
    """Who holds the file, in words, for the read-only message."""
    try:
        note = json.loads(_owner_path(path).read_text(encoding="utf-8"))
        return f"{note['user']}（计算机 {note['host']}，自 {note['since'].replace('T', ' ')} 起）"
    except (OSError, ValueError, KeyError):
        return "另一个程序"
