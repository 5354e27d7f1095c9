"""文件 › 最近打开: the office files this workstation opened, newest first (QSettings, never inside a file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY, LIMIT = "recentFiles", 6


def listed() -> list[str]:
    value = QSettings().value(KEY, [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if Path(p).exists()]


def add(path: Path) -> None:
    text = str(path.resolve())
    QSettings().setValue(KEY, [text, *[p for p in listed() if p != text][:LIMIT - 1]])
