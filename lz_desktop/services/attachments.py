"""Files kept with a record inside the office file (a scan of a signed report, a photo): read whole or refused
with its size named, and written out atomically. A finding's and a meeting's attachments share these rules."""

from __future__ import annotations

from pathlib import Path

from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError


def read(path: str, limit: int) -> tuple[str, bytes]:
    """(file name, contents), refused when the file is past `limit` bytes (each kind of record has its own)."""
    file = Path(path)
    size = file.stat().st_size
    if size > limit:
        raise ValidationError([FieldProblem("attachment", "附件", f"“{file.name}”有 {size // (1024 * 1024)} MB，"
                                            f"超过 {limit // (1024 * 1024)} MB 的上限")])
    return file.name, file.read_bytes()


def write(found: tuple[str, bytes] | None, path: str) -> None:
    """An attachment as read from storage ((name, data), None when gone), written to `path` whole or not at all."""
    from lz_desktop.documents.files import write_atomically

    if found is None:
        raise RuleViolation("该附件已不存在。")
    data = found[1]
    write_atomically(path, lambda tmp: tmp.write_bytes(data))
