"""From a line of a leader's 廉政档案 to the record it came from, on its own page: “finding:5”, “meeting:12”,
“case:3”, “document:9”, “inspection:7:2025”, “statement:66”."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lz_desktop.ui.main_window import MainWindow


def open_record(window: MainWindow, ref: str) -> None:
    kind, _sep, key = ref.partition(":")
    db = window.office.db
    if kind == "finding":
        window.rectification_page.show_finding(int(key))
        window.show_area("整改")
    elif kind == "meeting":
        from lz_desktop.services import meetings

        held = meetings.record(db, int(key)).row.held_on
        window.meetings_page.show_meeting(int(key), held.year)
        window.show_area("会议")
    elif kind == "case" and window.cases_page is not None:
        window.cases_page.show_case(int(key))
        window.show_area("责任追究")
    elif kind == "document":
        window.documents_page.refresh(select=int(key))
        window.show_area("文书")
    elif kind == "inspection":
        inspection_id, year = (int(x) for x in key.split(":"))
        window.inspections_page.show_inspection_of(inspection_id, year)
        window.show_area("检查考核")
    elif kind == "statement":
        from lz_desktop.services import duties

        year = duties.statement_year(db, int(key))
        if year is not None:
            window.duties_page.show_statement(int(key), year)
            window.show_area("责任分解")
