"""What the headless commands share: exit codes and the date argument."""

from __future__ import annotations

import datetime as dt

EXIT_OK, EXIT_PROBLEMS, EXIT_FILE = 0, 1, 2


def on_date(text: str | None) -> dt.date:
    from lz_desktop.domain.dates import parse_date

    return parse_date(text) if text else dt.date.today()
