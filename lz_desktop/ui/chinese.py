"""The UI speaks Chinese: Qt's own dialogs, dates as 2026年11月24日, weeks from Monday."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QDateEdit

from lz_desktop.paths import resource

DATE_FORMAT = "yyyy年M月d日"
INDENT = "\u3000"  # a full-width space per tree level, as printed Chinese lists indent
# The system's own Hei faces, best first. Where none is installed (a minimal desktop, a locked-down Windows,
# a fresh Kylin image) the window uses the faces the app ships: without them every character is a box.
_UI_FONTS = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
             "Source Han Sans SC")
BUNDLED_FONTS = ("LXGWWenKai-Regular.ttf",)  # resources/fonts; covers GB 18030 and CJK Ext. B (𠮷)
# What the self-test and the tests draw: the window's own words, a date, and a rare name character.
UI_SAMPLE = "党风廉政建设责任制 整改通知书 责任追究 民主生活会 确定 取消 2026年12月4日 𠮷"
_translators: list[QTranslator] = []  # kept alive for the application's lifetime


def install_chinese(app: QApplication) -> bool:
    """Chinese locale and Qt's own translations (buttons such as 确定/取消). True if loaded."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = False
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded = True
    from lz_desktop.ui.qt_supplement import SupplementTranslator

    supplement = SupplementTranslator(app)  # after Qt's: asked first, it answers only what Qt's catalogue lacks
    app.installTranslator(supplement)
    _translators.append(supplement)
    bundled = register_bundled_fonts()
    installed = set(QFontDatabase.families())
    family = next((f for f in _UI_FONTS if f in installed), bundled[0] if bundled else None)
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)
    return loaded


def register_bundled_fonts() -> list[str]:
    """The shipped faces, for the window as well as the PDFs: the UI font where the system has no Chinese
    face, and Qt's fallback for a character the system's faces lack. Their family names, in order."""
    families: list[str] = []
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters of `text` that Qt would draw as a box in `font`, after its own font fallback. With no
    face for a character Qt lays it out in a nameless box engine, so a drawn character is one whose glyph
    comes from a named face that has it."""
    missing = []
    for ch in dict.fromkeys(text):
        if ch.isspace():
            continue
        layout = QTextLayout(ch, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        drawn = any(run.rawFont().familyName() and run.rawFont().supportsCharacter(ord(ch))
                    and any(run.glyphIndexes()) for run in layout.glyphRuns())
        if not drawn:
            missing.append(ch)
    return missing


def setup_date_edit(edit: QDateEdit) -> None:
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
