"""Draws the app icon (a red seal with 廉 in white) into resources/icons/ as .png and .ico.
Run once when the design changes: python scripts/make_icon.py"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "LXGWWenKai-Regular.ttf"  # shipped with the app (OFL)


def draw(size: int) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=(183, 28, 28, 255))
    pen.rounded_rectangle((size // 16, size // 16, size - size // 16, size - size // 16), radius=size // 8,
                          outline=(255, 255, 255, 255), width=max(1, size // 48))
    font = ImageFont.truetype(str(FONT), int(size * 0.62))
    pen.text((size / 2, size / 2), "廉", font=font, fill=(255, 255, 255, 255), anchor="mm")
    return image


def main() -> None:
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256).save(out / "lz-desktop.png")
    draw(256).save(out / "lz-desktop.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(out)


if __name__ == "__main__":
    main()
