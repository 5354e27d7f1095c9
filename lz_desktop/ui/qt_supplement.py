"""Qt's own dialogs wholly in Chinese: the strings its zh_CN catalogue lacks, and the system locale its file
dialog reads.

Qt's catalogue leaves "&Look in:", "Files of &type:" and "Folder" of the file dialog, and a few labels of the
print dialogs, in English. They come from a small catalogue of the app's own (a Qt Linguist .ts file, read here
as it is: no build step), installed after Qt's. Sizes and dates in the file dialog follow the *system* locale,
not QLocale's default: on a workstation set to English they would read "645 bytes" and "4 12 2026".
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QTranslator

from lz_desktop.paths import resource

CATALOGUE = ("translations", "qt_supplement_zh_CN.ts")
CHINESE_LOCALE = "zh_CN.UTF-8"


def read_catalogue() -> dict[str, str]:
    """source text → translation, from the .ts file."""
    root = ET.parse(resource(*CATALOGUE)).getroot()
    return {m.findtext("source", ""): m.findtext("translation", "") for m in root.iter("message")}


class SupplementTranslator(QTranslator):
    """Matched by source text alone: the same English label means the same thing in every Qt dialog, and
    Qt's contexts move between versions (QFileIconProvider became QAbstractFileIconProvider in Qt 6)."""

    def __init__(self, parent: object = None):
        super().__init__(parent)  # type: ignore[arg-type]
        self.messages = read_catalogue()

    def isEmpty(self) -> bool:
        return not self.messages

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        # None is Qt's null string, "not here": Qt then asks its own catalogue. An empty string would be an
        # answer, and every other label of Qt's would come out blank.
        return self.messages.get(source)


def chinese_system_locale() -> bool:
    """Before the QApplication exists: on Linux, a workstation not set to Chinese has Qt's system locale
    read as Chinese (LC_ALL wins over the rest, so it is the one set), where the system has that locale:
    without it the C library would refuse the whole setting and Qt fall back, with a warning, to C.UTF-8.
    Windows and macOS take the system's. True if the setting was changed."""
    current = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if not sys.platform.startswith("linux") or current.startswith("zh") or not _available(CHINESE_LOCALE):
        return False
    os.environ["LC_ALL"] = CHINESE_LOCALE
    return True


def _available(name: str) -> bool:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_TIME, saved)
    return True
