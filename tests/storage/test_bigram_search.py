"""The findings' search index by character pairs: what a clerk types is found wherever it stands, and only there."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.rectification import FindingSeverity
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import rectification as r
from lz_desktop.services import roster
from lz_desktop.services.office import Office, open_office
from lz_desktop.storage import bigrams
from lz_desktop.storage.findings import text_matches
from lz_desktop.storage.schema import migrations

TODAY = dt.date(2026, 11, 25)


def _finding(office: Office, unit_id: int, description: str, rule_ref: str = "", evidence: str = "") -> int:
    draft = r.FindingDraft(unit_id, LeadSource.INSPECTION, description, rule_ref, FindingSeverity.GENERAL,
                           dt.date(2026, 10, 1), evidence)
    return r.record_finding(office.db, draft, today=TODAY).id


def test_two_characters_are_found_anywhere_and_never_across_columns(office: Office) -> None:
    unit = roster.add_unit(office.db, Unit(None, None, "北京市测试区档案馆", "区档案馆", UnitCategory.GOVERNMENT)).id
    at_end = _finding(office, unit, "查出问题一直未整改")
    latin = _finding(office, unit, "OA系统审批留痕不全", rule_ref="第19条")
    split = _finding(office, unit, "廉政风", rule_ref="险点排查")  # 风 ends one column, 险 starts the next
    inside = _finding(office, unit, "廉政风险点排查不到位")
    ids = lambda word: set(text_matches(office.db, word))  # noqa: E731
    assert at_end in ids("整改")  # the last two characters: no trigram holds them
    assert latin in ids("oa") and latin in ids("Oa系统")  # case-insensitive, as LIKE is
    assert latin in ids("9条") and latin in ids("第19条")
    assert split in ids("政风") and ids("风险") == {inside}  # not where 风 and 险 are in different fields
    assert ids("风险点排查") == {inside}
    assert ids("风点") == set()  # the characters occur, not next to each other
    assert at_end in ids("未")  # one character: a scan, found too


def test_the_index_follows_a_changed_text(office: Office) -> None:
    unit = roster.add_unit(office.db, Unit(None, None, "北京市测试区档案馆", "区档案馆", UnitCategory.GOVERNMENT)).id
    finding = _finding(office, unit, "公务接待超标准")
    with office.db.conn:
        office.db.execute("UPDATE findings SET description = '公车私用' WHERE id = ?", [finding])
    assert text_matches(office.db, "接待") == () and text_matches(office.db, "公车") == (finding,)


def test_a_file_indexed_by_trigrams_is_reindexed_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "0016.lzdb"
    old = Database(path)
    migrations.apply(old, stop_before="0017_findings_bigrams")
    old.execute("INSERT INTO units(id, name, short_name, category) VALUES (1, '北京市测试区档案馆', '区档案馆', 'government')")
    old.execute("INSERT INTO findings(unit_id, source, description, severity, found_on, created_at)"
                " VALUES (1, 'inspection', '问题清单未整改', 'general', '2026-10-01', '2026-10-01T09:00:00')")
    old.conn.commit()
    old.close()
    with open_office(path) as office:
        assert text_matches(office.db, "整改") == (1,)
        assert office.db.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'findings_fts%'").fetchone()[0] == 0


def test_every_pair_of_characters_is_one_token_the_ascii_tokenizer_keeps_whole() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='ascii')")
    text = "A-1 （第19条）\t𠮷整改"
    conn.execute("INSERT INTO t(rowid, x) VALUES (1, ?)", [bigrams.tokens(text)])
    for i in range(len(text) - 1):
        assert conn.execute("SELECT rowid FROM t WHERE t MATCH ?", [bigrams.phrase(text[i:i + 2])]).fetchall() == [(1,)]
    assert len(bigrams.tokens(text).split()) == len(text) - 1
