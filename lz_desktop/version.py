"""The version a clerk reads in 关于, with the date the build was made (a frozen build records it)."""

from __future__ import annotations

import json

from lz_desktop import __version__


def build_date() -> str:
    """The build date written by packaging/build_linux.sh (or the Windows build), or "" from a source tree."""
    from lz_desktop.paths import resource

    try:
        return str(json.loads(resource("build_info.json").read_text(encoding="utf-8"))["date"])
    except (FileNotFoundError, KeyError, ValueError):
        return ""


def version_text() -> str:
    date = build_date()
    return f"{__version__}（构建于 {date}）" if date else f"{__version__}（源码运行）"
