"""The UI speaks Chinese: Qt's own dialogs, dates as 2026年11月24日, weeks from Monday."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDateEdit

DATE_FORMAT = "yyyy年M月d日"
INDENT = "\u3000"  # a full-width space per tree level, as printed Chinese lists indent
_UI_FONTS = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
             "Source Han Sans SC")
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
    families = set(QFontDatabase.families())
    for family in _UI_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
            break
    return loaded


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
