import datetime as dt

import pytest

from lz_desktop.domain.rectification import (
    FindingFacts,
    MeasureFacts,
    RectificationStatus,
    derive_status,
    filed_on_time,
    next_due,
)

D = dt.date
S = RectificationStatus
FED = dict(fed_back_on=D(2026, 9, 1), measures_due=D(2026, 10, 8))


@pytest.mark.parametrize(("facts", "today", "status"), [
    (FindingFacts(None, None, None, (), None), D(2026, 9, 1), S.NOT_FED_BACK),
    (FindingFacts(**FED, measures_filed_on=None, measures=(), closed_on=None), D(2026, 10, 8), S.AWAITING_MEASURES),
    (FindingFacts(**FED, measures_filed_on=None, measures=(), closed_on=None), D(2026, 10, 9), S.MEASURES_OVERDUE),
    (FindingFacts(**FED, measures_filed_on=D(2026, 9, 30), measures=(MeasureFacts(D(2026, 12, 31), None),),
                  closed_on=None), D(2026, 11, 1), S.IN_PROGRESS),
    (FindingFacts(**FED, measures_filed_on=D(2026, 9, 30), measures=(MeasureFacts(D(2026, 10, 31), None),),
                  closed_on=None), D(2026, 11, 1), S.COMPLETION_OVERDUE),
    (FindingFacts(**FED, measures_filed_on=D(2026, 9, 30), measures=(MeasureFacts(D(2026, 10, 31), D(2026, 10, 20)),),
                  closed_on=None), D(2026, 11, 1), S.AWAITING_VERIFICATION),
    (FindingFacts(**FED, measures_filed_on=D(2026, 9, 30), measures=(MeasureFacts(D(2026, 10, 31), D(2026, 10, 20)),),
                  closed_on=D(2026, 11, 2)), D(2026, 11, 3), S.CLOSED),
])
def test_every_status_from_the_records_and_the_date(facts: FindingFacts, today: D, status: RectificationStatus) -> None:
    assert derive_status(facts, today) is status


def test_on_time_and_what_is_due_next() -> None:
    late = FindingFacts(**FED, measures_filed_on=D(2026, 10, 9), measures=(MeasureFacts(D(2026, 11, 30), None),
                                                                          MeasureFacts(D(2026, 11, 15), None)),
                        closed_on=None)
    assert filed_on_time(late) is False and next_due(late) == D(2026, 11, 15)
    waiting = FindingFacts(**FED, measures_filed_on=None, measures=(), closed_on=None)
    assert filed_on_time(waiting) is None and next_due(waiting) == D(2026, 10, 8)
