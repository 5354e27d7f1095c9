"""What the headless commands share: exit codes and the date argument."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_FILE = 0, 1, 2


def on_date(text: str | None) -> dt.date:
    from lz_desktop.domain.dates import parse_date

    return parse_date(text) if text else dt.date.today()


def open_headless(path: object, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    """The office for a headless command, signed in as the operating-system user who runs it: the audit trail
    names them, and a second instance's lock is reported instead of writing beside it."""
    from lz_desktop.services.accounts import sign_in_headless
    from lz_desktop.services.office import DatabaseFileError, open_office

    file = Path(str(path))
    if not file.exists() or file.stat().st_size == 0:
        # A new office is made only when asked for (lz-desktop demo, or the window's first start): a mistyped
        # path, or an empty file, silently became a new office.
        what = "是空文件" if file.exists() else "不存在"
        raise DatabaseFileError(f"数据文件 {file} {what}，未作任何改动。新建本机关的数据文件请在窗口中打开它"
                                "（首次打开时会询问），演示数据请用 lz-desktop demo。")
    office = open_office(path, read_only=read_only)  # type: ignore[arg-type]
    if not read_only and office.read_only:
        office.close()
        holder = office.held_by or "文件或文件夹不可写"
        raise DatabaseFileError(f"数据文件 {office.path.name} 只能以只读方式打开（{holder}），"
                                "本命令需要修改数据，未执行。")
    sign_in_headless(office.db)
    return office
