"""Writing output files so that a failure never leaves half a file where a good one was, and refusing in words
what a file format cannot hold."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Let `write` fill a temporary file beside `path`, then move it into place in one step. The file gets the
    mode the user's umask gives any new file (mkstemp makes it 0600: a PDF on a USB drive or a shared folder
    that nobody else could open)."""
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix,
                                    dir=target.parent)
    os.close(fd)
    os.chmod(tmp_name, 0o666 & ~_umask())
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it: put it straight back
    os.umask(mask)
    return mask


def unfit_character(where: str, text: str, bad: re.Match[str], fmt: str) -> ValueError:
    """A control character (Word's manual line break U+000B, say, arrived with pasted or imported text) that a
    `fmt` file cannot hold: where it is, which character, and what to do."""
    return ValueError(f"{where}的“{text[:30]}”第 {bad.start() + 1} 个字符是控制字符（U+{ord(bad.group()):04X}），"
                      f"{fmt} 文件不能容纳；请在原记录中删去它后再导出。")


# Text that a spreadsheet would run: a cell written from the record never carries a live formula. In an .xlsx a
# string stays a string (openpyxl makes one starting with = a formula); in a CSV, which has no types, a cell
# starting with one of these is neutralised with a leading apostrophe, as OWASP recommends.
CSV_ACTIVE_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(CSV_ACTIVE_START):
        return "'" + value
    return value


def is_formula_text(value: object) -> bool:
    """A str openpyxl would write as a formula."""
    return isinstance(value, str) and value.startswith("=")


def keep_text(row: object) -> None:
    """After a worksheet's append: cells of the row just written whose text starts with = stay text."""
    for cell in row:  # type: ignore[attr-defined]
        if is_formula_text(cell.value):
            cell.data_type = "s"
