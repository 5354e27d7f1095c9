"""Feeding inspection results back to a unit starts its one-month measures deadline (Art. 19).

The first slice of 整改: the findings, measures, follow-up and closing of the rectification issue
build on these records.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.dates import not_in_future
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.services.deadlines import measures_deadline
from lz_desktop.storage import feedbacks as store
from lz_desktop.storage import units as unit_store
from lz_desktop.storage.feedbacks import FeedbackRow
from lz_desktop.storage.transaction import transaction


def record_feedback(db: Database, unit_id: int, title: str, fed_back_on: dt.date, *,
                    today: dt.date | None = None) -> FeedbackRow:
    title = title.strip()
    problems = []
    if not title:
        problems.append(FieldProblem("title", "反馈事项", "不能为空"))
    not_in_future(fed_back_on, today or dt.date.today(), "fed_back_on", "反馈日期", problems)
    if unit_store.get_unit(db, unit_id) is None:
        problems.append(FieldProblem("unit_id", "被反馈单位", "不存在"))
    if problems:
        raise ValidationError(problems)
    deadline = measures_deadline(db, fed_back_on)
    with transaction(db):
        new_id = store.insert(db, unit_id, title, fed_back_on, deadline.due, deadline.provisional,
                              deadline.explain())
    found = store.get(db, new_id)
    assert found is not None
    return found


def file_measures(db: Database, feedback_id: int, filed_on: dt.date) -> FeedbackRow:
    """The unit filed its measures (备案); from then on its deadline no longer moves."""
    feedback = store.get(db, feedback_id)
    if feedback is None:
        raise RuleViolation("该反馈记录已不存在。")
    if filed_on < feedback.fed_back_on:
        raise ValidationError([FieldProblem("filed_on", "备案日期", "早于反馈日期")])
    with transaction(db):
        store.set_filed(db, feedback_id, filed_on)
    found = store.get(db, feedback_id)
    assert found is not None
    return found


def open_feedbacks(db: Database) -> list[FeedbackRow]:
    return store.open_feedbacks(db)


def get(db: Database, feedback_id: int) -> FeedbackRow | None:
    return store.get(db, feedback_id)
