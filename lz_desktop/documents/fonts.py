"""Fonts for official documents: the workstation's official fonts where installed, open ones
otherwise, always embedded, and every character checked against a font that has it.

GB/T 9704-2012 wants 小标宋 for titles, 仿宋 for the body, 黑体 and 楷体 for headings and 宋体 for
page numbers. Offices have them on Windows (simfang.ttf …) or from 方正; elsewhere the app's own Fandol faces
stand in for each role (resources/fonts: 仿宋, 宋体 bold for 小标宋, 黑体, 楷体, 宋体), then the system's AR PL
UMing and WenQuanYi Micro Hei, and the bundled LXGW WenKai for what none has (CJK Extension B, 𠮷). reportlab
only embeds TrueType outlines, which all of these are (the Fandol faces converted: scripts/convert_fandol.py).
"""

from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from lz_desktop.paths import resource


@dataclass(frozen=True)
class FontFile:
    label: str  # what the clerk sees: 仿宋 (simfang.ttf)
    file_names: tuple[str, ...]
    subfont: int = 0


# Preference order per role: the official fonts first, then the Fandol faces the app ships (the standard's
# faces by role, free), then the open faces of the system.
FANDOL = "（开源，随程序附带）"
CANDIDATES: dict[str, tuple[FontFile, ...]] = {
    "title": (FontFile("方正小标宋简体", ("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf")),
              FontFile(f"Fandol 宋体粗（代小标宋）{FANDOL}", ("FandolSong-Bold.ttf",)),
              FontFile("AR PL UMing（宋体，开源）", ("uming.ttc",))),
    "body": (FontFile("仿宋_GB2312", ("FangSong_GB2312.ttf", "仿宋_GB2312.ttf", "SIMFANG_GB2312.TTF")),
             FontFile("仿宋", ("simfang.ttf",)),
             FontFile(f"Fandol 仿宋{FANDOL}", ("FandolFang-Regular.ttf",)),
             FontFile("AR PL UMing（宋体，开源）", ("uming.ttc",))),
    "heading1": (FontFile("黑体", ("simhei.ttf",)),
                 FontFile(f"Fandol 黑体{FANDOL}", ("FandolHei-Regular.ttf",)),
                 FontFile("文泉驿微米黑（开源）", ("wqy-microhei.ttc",))),
    "heading2": (FontFile("楷体_GB2312", ("KaiTi_GB2312.ttf", "楷体_GB2312.ttf")),
                 FontFile("楷体", ("simkai.ttf",)),
                 FontFile(f"Fandol 楷体{FANDOL}", ("FandolKai-Regular.ttf",)),
                 FontFile("霞鹜文楷（开源，随程序附带）", ("LXGWWenKai-Regular.ttf",))),
    "page_number": (FontFile("宋体", ("simsun.ttc",)),
                    FontFile(f"Fandol 宋体{FANDOL}", ("FandolSong-Regular.ttf",)),
                    FontFile("AR PL UMing（宋体，开源）", ("uming.ttc",))),
}
ROLE_LABELS = {"title": "标题（小标宋）", "body": "正文（仿宋）", "heading1": "一级标题（黑体）",
               "heading2": "二级标题（楷体）", "page_number": "页码（宋体）"}
# Whatever a role's font lacks is looked up here, in order (rare characters such as 𠮷, 䶮).
LAST_RESORT = FontFile("霞鹜文楷（开源，随程序附带）", ("LXGWWenKai-Regular.ttf",))


def font_dirs() -> list[Path]:
    """Font folders of Windows, Kylin/UOS and other Linux, and macOS; then our bundled fonts."""
    home = Path.home()
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
            Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft" / "Windows" / "Fonts",
            Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
            home / ".local" / "share" / "fonts", Path("/Library/Fonts"),
            Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    if sys.platform != "win32":
        dirs = dirs[2:]
    return [*dirs, resource("fonts")]


@functools.cache
def _index() -> dict[str, Path]:
    """Every font file on the machine by lower-case file name (first found wins)."""
    found: dict[str, Path] = {}
    for folder in font_dirs():
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


_WHITE_SPACE = frozenset(map(ord, "\n\t "))  # never missing: drawn as space whatever the font


@dataclass(frozen=True)
class LoadedFont:
    name: str  # reportlab's registered name
    label: str
    path: Path
    codepoints: frozenset[int]  # what it draws: its cmap, and white space, which any font draws as space

    def covers(self, char: str) -> bool:
        return ord(char) in self.codepoints

    def covers_all(self, text: str) -> bool:
        """`covers` for every character, as one set operation over the line (no set built for the line: this
        runs for every string a batch of documents draws)."""
        return self.codepoints.issuperset(map(ord, text))


@functools.cache
def load(font: FontFile) -> LoadedFont | None:
    """Register the first installed file of `font` with reportlab; None if none is installed."""
    for file_name in font.file_names:
        path = _index().get(file_name.lower())
        if path is None:
            continue
        name = f"lz-{Path(file_name).stem}-{font.subfont}"
        try:
            tt = TTFont(name, str(path), subfontIndex=font.subfont)
        except TTFError:
            continue  # CFF outlines or a broken file: reportlab cannot embed it
        pdfmetrics.registerFont(tt)
        return LoadedFont(name, font.label, path, frozenset(tt.face.charToGlyph) | _WHITE_SPACE)
    return None


def available(role: str) -> list[LoadedFont]:
    fonts = [f for f in (load(c) for c in CANDIDATES[role]) if f is not None]
    last = load(LAST_RESORT)
    if last is not None and all(f.name != last.name for f in fonts):
        fonts.append(last)
    return fonts


@dataclass(frozen=True)
class FontChoice:
    """The font per role the office chose (by label), or the first available."""

    preferred: tuple[tuple[str, str], ...] = ()

    def fonts(self, role: str) -> list[LoadedFont]:
        return list(_ordered(self.preferred, role))


@functools.cache
def _ordered(preferred: tuple[tuple[str, str], ...], role: str) -> tuple[LoadedFont, ...]:
    # Once per choice and role: the glyph check asks for every field of every document in a batch.
    fonts = available(role)
    wanted = dict(preferred).get(role)
    return tuple(sorted(fonts, key=lambda f: f.label != wanted) if wanted else fonts)


@functools.cache
def coverage() -> frozenset[int]:
    """Every code point some face of the body text (with its fallbacks) draws: what a name or a finding may
    hold and still print."""
    return frozenset().union(*(f.codepoints for f in FontChoice().fonts("body")))


def faces_text(choice: FontChoice) -> str:
    """The face each role is set in, as the register records it: 标题（小标宋）：Fandol 宋体粗…；正文（仿宋）：…"""
    return "；".join(f"{ROLE_LABELS[role]}：{fonts[0].label}" for role in ROLE_LABELS
                    if (fonts := choice.fonts(role)))


def runs(text: str, fonts: list[LoadedFont]) -> Iterator[tuple[LoadedFont, str]]:
    """Split `text` into runs each drawn with the first font that has all its characters."""
    if not fonts:
        raise MissingGlyphs(text, "")
    if fonts[0].covers_all(text):
        if text:
            yield fonts[0], text
        return
    current: LoadedFont | None = None
    chunk: list[str] = []
    for char in text:
        font = next((f for f in fonts if f.covers(char)), fonts[0])
        if current is not None and font is not current:
            yield current, "".join(chunk)
            chunk = []
        current = font
        chunk.append(char)
    if current is not None and chunk:
        yield current, "".join(chunk)


def missing(text: str, fonts: list[LoadedFont]) -> list[str]:
    """The characters no font has, in order of appearance, each once."""
    if fonts and fonts[0].covers_all(text):
        return []
    return list(dict.fromkeys(c for c in text if not any(f.covers(c) for f in fonts)))


class MissingGlyphs(Exception):
    """Some characters would print blank. Says which, and in which field."""

    def __init__(self, chars: str, field: str):
        self.chars, self.field = chars, field
        where = f"“{field}”中的" if field else ""
        named = "、".join(f"“{c}”（U+{ord(c):04X}）" if c.isprintable() and not _private_use(c) else f"U+{ord(c):04X}"
                         for c in chars)  # a private-use or control character shows as nothing: name its code
        super().__init__(f"{where}字符{named}在已安装的字体中都没有字形，打印时会是空白。"
                         "请安装含有该字的字体，或改用其他写法。")


def _private_use(char: str) -> bool:
    return unicodedata.category(char) in ("Co", "Cn")


# reportlab 5.1 writes ToUnicode entries for code points above U+FFFF as 5 hex digits, which
# readers reject ("Odd-length string"): 𠮷 prints but cannot be searched or copied. A ToUnicode
# CMap wants UTF-16BE there, a surrogate pair. Rewrite just those entries of reportlab's CMap.
_BEYOND_BMP = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.M)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    cmap: str = _reportlab_cmap(fontname, subset)
    return _BEYOND_BMP.sub(
        lambda m: f"{m.group(1)} <{chr(int(m.group(2), 16)).encode('utf-16-be').hex().upper()}>", cmap)


_reportlab_cmap = getattr(ttfonts.makeToUnicodeCMap, "__wrapped__", ttfonts.makeToUnicodeCMap)
_to_unicode_cmap.__wrapped__ = _reportlab_cmap  # type: ignore[attr-defined]
ttfonts.makeToUnicodeCMap = _to_unicode_cmap
