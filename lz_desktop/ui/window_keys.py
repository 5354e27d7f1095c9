"""The habits of a desktop program, for every page at once: Ctrl+F to the page's search, Ctrl+N for its new
record, Ctrl+P to print, F5 to read again, shown in the menus; every table remembering its columns.

Pages are found by what they contain (their widgets' stable objectNames), so a new page gets the keys by
naming its search field and buttons as the others do, without code here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView, QWidget

from lz_desktop.ui.table_columns import ColumnChooser

# Best first: a page with several tabs offers the one in view.
SEARCH_FIELDS = ("searchEdit", "filterEdit", "leaderFilterEdit")
NEW_BUTTONS = ("newFindingButton", "newButton", "newInspectionButton", "addTaskButton", "generateButton",
               "addLeaderButton", "addUserButton")
PRINT_BUTTONS = ("printButton", "printRegisterButton", "printPlanButton", "printListButton", "printStatementButton",
                 "printResultsButton", "ledgerPdfButton")


def _shown(page: QWidget, kind: type, names: tuple[str, ...]) -> QWidget | None:
    found = {w.objectName(): w for w in page.findChildren(kind) if w.isVisible() and w.isEnabled()}
    return next((found[name] for name in names if name in found), None)


def search_field(page: QWidget) -> QLineEdit | None:
    found = _shown(page, QLineEdit, SEARCH_FIELDS)
    return found if isinstance(found, QLineEdit) else None


def new_button(page: QWidget) -> QAbstractButton | None:
    found = _shown(page, QAbstractButton, NEW_BUTTONS)
    return found if isinstance(found, QAbstractButton) else None


def print_button(page: QWidget) -> QAbstractButton | None:
    found = _shown(page, QAbstractButton, PRINT_BUTTONS)
    return found if isinstance(found, QAbstractButton) else None


def find(page: QWidget) -> bool:
    field = search_field(page)
    if field is not None:
        field.setFocus()
        field.selectAll()
    return field is not None


def press(button: QAbstractButton | None) -> bool:
    if button is not None:
        button.click()
    return button is not None


def refresh(page: QWidget) -> bool:
    again: Callable[[], object] | None = getattr(page, "refresh", None)
    if callable(again):
        again()
    return callable(again)


def remember_columns(area: str, page: QWidget) -> list[ColumnChooser]:
    """Each table of the page keeps the widths, order and hidden columns the clerk gave it (right-click the
    header to choose). Tables that already remember theirs (名册, 整改台账) are left as they are."""
    choosers = []
    for view in page.findChildren(QTableView):
        if view.property("columnsRemembered") or not view.objectName():
            continue
        model = view.model()
        count = model.columnCount() if model is not None else 0
        chooser = ColumnChooser(view, f"columns/{area}/{view.objectName()}/{count}")
        chooser.restore()
        choosers.append(chooser)
    return choosers
