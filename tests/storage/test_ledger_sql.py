"""The ledger's SQL status and next date agree with the domain rule, on every day of a year."""

from __future__ import annotations

import datetime as dt

from lz_desktop.domain.rectification import derive_status, next_due
from lz_desktop.services.office import Office
from lz_desktop.storage.findings import LedgerQuery, all_findings, ledger_count, ledger_rows


def test_sql_and_domain_agree_every_day(demo_office: Office) -> None:
    findings = all_findings(demo_office.db)
    day = dt.date(2026, 7, 1)
    while day <= dt.date(2027, 2, 1):
        rows = ledger_rows(demo_office.db, LedgerQuery(day))
        assert len(rows) == len(findings)
        for finding, status, due in rows:
            assert status == derive_status(finding.facts, day).value, (finding.description, day)
            assert due == next_due(finding.facts), (finding.description, day)
        day += dt.timedelta(days=3)


def test_filters_sorting_and_paging_in_sql(demo_office: Office) -> None:
    today = dt.date(2026, 11, 25)
    overdue = LedgerQuery(today, statuses=["measures_overdue", "completion_overdue"])
    assert ledger_count(demo_office.db, overdue) == 2
    by_due = ledger_rows(demo_office.db, LedgerQuery(today, sort_column=2, descending=True))
    dues = [d for _, _, d in by_due if d]
    assert dues == sorted(dues, reverse=True)
    soon = LedgerQuery(dt.date(2026, 12, 16), due_within_days=7)
    assert [f.unit_short_name for f, _, _ in ledger_rows(demo_office.db, soon)] == ["区卫生健康委"]
    first, second = (ledger_rows(demo_office.db, LedgerQuery(today), limit=3, offset=o) for o in (0, 3))
    assert len(first) == 3 and not {f.id for f, _, _ in first} & {f.id for f, _, _ in second}
    last_year = ledger_count(demo_office.db, LedgerQuery(today, year=2025))  # the 2025 inspection's findings
    assert last_year > 0 and ledger_count(demo_office.db, LedgerQuery(today, year=2025, statuses=["closed"])) == last_year
    assert ledger_count(demo_office.db, LedgerQuery(today, year=2024)) == 0
    assert ledger_count(demo_office.db, LedgerQuery(today, text="不存在的字样")) == 0
    word = first[0][0].description[:4]
    found = ledger_rows(demo_office.db, LedgerQuery(today, text=word))
    assert found and all(word in f.description or word in f.rule_ref or word in f.evidence
                         or word in f.unit_short_name or word in f.leaders for f, _, _ in found)


def test_text_finds_words_units_and_responsible_leaders(demo_office: Office) -> None:
    from lz_desktop.storage.findings import text_matches

    rows = [f for f, _, _ in ledger_rows(demo_office.db, LedgerQuery(dt.date(2026, 11, 25)))]
    word = next(f for f in rows if len(f.description) > 8).description[2:6]
    assert set(text_matches(demo_office.db, word)) >= {f.id for f in rows if word in f.description}
    short = word[:2]  # two characters: the commonest search in Chinese, through the bigram index too
    assert set(text_matches(demo_office.db, short)) >= {f.id for f in rows if short in f.description}
    one = word[:1]  # one character: a scan
    assert set(text_matches(demo_office.db, one)) >= {f.id for f in rows if one in f.description}
    unit = rows[0].unit_short_name
    assert {f.id for f in rows if f.unit_short_name == unit} <= set(text_matches(demo_office.db, unit))
    named = next(f for f in rows if f.leaders)
    leader = named.leaders.split("、")[0]
    assert named.id in text_matches(demo_office.db, leader)
    assert text_matches(demo_office.db, "不存在的字样") == ()


def test_the_unit_column_sorts_in_the_tree_order_the_roster_uses(demo_office: Office) -> None:
    from lz_desktop.services import roster

    order = [u.short_name for u in roster.list_units(demo_office.db)]
    units = [f.unit_short_name for f, _, _ in ledger_rows(demo_office.db, LedgerQuery(dt.date(2026, 11, 25)))]
    assert units == sorted(units, key=order.index)


def test_the_dashboards_figures_are_the_ledgers_lists_on_every_day(demo_office: Office) -> None:
    from lz_desktop.domain.rectification import RectificationStatus
    from lz_desktop.services import rectification as r

    findings = all_findings(demo_office.db)
    day = dt.date(2026, 7, 1)
    while day <= dt.date(2027, 2, 1):
        figures = r.dashboard(demo_office.db, day)
        statuses = [derive_status(f.facts, day) for f in findings]
        soon = sum(not s.overdue and (d := next_due(f.facts)) is not None and 0 <= (d - day).days <= 7
                   for f, s in zip(findings, statuses, strict=True))
        assert figures.overdue == sum(s.overdue for s in statuses) == ledger_count(demo_office.db, LedgerQuery(
            day, statuses=[s.value for s in RectificationStatus if s.overdue])), day
        assert figures.awaiting_verification == statuses.count(RectificationStatus.AWAITING_VERIFICATION), day
        assert figures.due_soon == soon == ledger_count(demo_office.db, LedgerQuery(day, due_within_days=7)), day
        day += dt.timedelta(days=5)
