"""Qt's own dialogs speak Chinese: its catalogue, and the app's supplement for what that lacks (ui/qt_supplement.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QFileDialog, QLabel, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.ui.qt_supplement import read_catalogue

ENGLISH = re.compile(r"[A-Za-z]{3,}")
# Names, not words: a printer, a file filter's pattern, paper names.
NOT_WORDS = re.compile(r"\(\*[^)]*\)|PDF|JIS|ANSI|Excel")


def _visible_texts(dialog: QDialog) -> set[str]:
    texts: set[str] = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisibleTo(dialog):
            texts.add(widget.text())
        if isinstance(widget, QComboBox) and widget.isVisibleTo(dialog) and not widget.isEditable():
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTreeView):
            model = widget.model()
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount()))
            root = widget.rootIndex()
            texts.update(str(model.index(r, 2, root).data()) for r in range(model.rowCount(root)))
    return {t for t in texts if t}


def _english(texts: set[str]) -> list[str]:
    return sorted(t for t in texts if not t.startswith("/") and ENGLISH.search(NOT_WORDS.sub("", t)))


def test_the_file_dialog_has_no_english(qtbot: QtBot, app: QApplication, tmp_path: Path) -> None:
    (tmp_path / "台账").mkdir()
    (tmp_path / "整改台账.xlsx").write_bytes(b"x")
    dialog = QFileDialog(None, "导出整改台账", str(tmp_path), "Excel 工作簿 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2)
    texts = _visible_texts(dialog)
    assert {"查找范围(&L)：", "文件类型(&T)：", "文件夹"} <= texts  # Qt's catalogue lacks these three
    assert _english(texts) == []


def test_the_print_dialog_has_no_english(qtbot: QtBot, app: QApplication) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _english(_visible_texts(dialog)) == []


def test_the_supplement_answers_only_what_it_holds(app: QApplication) -> None:
    catalogue = read_catalogue()
    assert catalogue["Folder"] == "文件夹" and all(catalogue.values())
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    assert QCoreApplication.translate("QFileDialog", "&Open") == "打开(&O)"  # still Qt's own
    assert QCoreApplication.translate("Nobody", "Untranslated words") == "Untranslated words"
