"""Where forms/ and resources/ are: inside the installed package, or beside it in the source tree."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(str(files("lz_desktop")))


def _root(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name  # an installed wheel (pyproject: force-include)
    return bundled if bundled.is_dir() else _PACKAGE.parent / name  # the source tree


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. resource("regulation", "jingfa-2011-22.txt")."""
    path = _root("resources").joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resources/{'/'.join(parts)} is missing from this installation")
    return path


def regulation_text() -> str:
    return resource("regulation", "jingfa-2011-22.txt").read_text(encoding="utf-8")
