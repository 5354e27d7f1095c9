"""Reproduces resources/fonts/Fandol*.ttf: the free Fandol faces (仿宋, 宋体 and its bold as a stand-in for 小标宋,
黑体, 楷体; GPL with the font exception, so embedding them in documents is allowed) with their outlines turned
from CFF into TrueType, the only outlines reportlab embeds.

    .venv/bin/python scripts/convert_fandol.py [texlive-lang-chinese_*.deb]

Without an argument it fetches Debian's texlive-lang-chinese with `apt-get download` (49 MB). Each face takes
10-20 s; the TrueType quadratics are within 1 unit of the cubic outlines (of 1,000 to the em).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
FACES = ("FandolFang-Regular", "FandolSong-Regular", "FandolSong-Bold", "FandolHei-Regular", "FandolKai-Regular")
FANDOL = "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"


def to_truetype(font: TTFont) -> None:
    """fontTools' own otf2ttf recipe: every glyph drawn through cu2qu into a glyf table; CFF dropped."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: reportlab finds glyphs through the cmap
    font.sfntVersion = "\000\001\000\000"


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        deb = Path(sys.argv[1]) if len(sys.argv) > 1 else None
        if deb is None:
            subprocess.run(["apt-get", "download", "texlive-lang-chinese"], cwd=work, check=True)
            deb = next(Path(work).glob("texlive-lang-chinese_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), work], check=True)
        for face in FACES:
            font = TTFont(Path(work) / FANDOL / f"{face}.otf")
            to_truetype(font)
            target = ROOT / "resources" / "fonts" / f"{face}.ttf"
            font.save(target)
            print(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
