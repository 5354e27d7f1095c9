import datetime as dt
from collections import Counter

from lz_desktop.domain.leaders import LeaderStatus, Role
from lz_desktop.services import roster
from lz_desktop.services.office import Office, office_name


def test_demo_district_looks_like_a_real_one(demo_office: Office) -> None:
    db = demo_office.db
    units = roster.list_units(db)
    leaders = roster.list_leaders(db)
    assert 18 <= len(units) <= 24
    assert 100 <= len(leaders) <= 140
    assert office_name(db) == "中共北京市永安区纪律检查委员会"
    by_id = {u.id: u for u in units}
    depth = {u.id: (0 if u.parent_id is None else 1 + (0 if by_id[u.parent_id].parent_id is None else 1))
             for u in units}
    assert set(depth.values()) == {0, 1, 2}  # district, departments, their subordinate units
    assert any(u.category.by_reference for u in units)
    # One name held twice, on purpose: the organisation department's request asks which 罗杰 (demo_opinions).
    held = Counter(r.leader.name for r in leaders)
    assert {n for n, c in held.items() if c > 1} == {"罗杰"} and held["罗杰"] == 2
    assert any(r.leader.status is not LeaderStatus.IN_OFFICE for r in leaders)
    assert any(r.leader.portfolio_unit_ids for r in leaders)


def test_every_demo_team_has_exactly_one_principal_today(demo_office: Office) -> None:
    today = dt.date(2026, 11, 25)
    principals = Counter(r.leader.team_id for r in roster.list_leaders(demo_office.db)
                         if r.leader.role is Role.PRINCIPAL and r.leader.serves_on(today))
    teams = {u.team_id for u in roster.list_units(demo_office.db)}
    assert set(principals) == teams
    assert set(principals.values()) == {1}


def test_demo_register_has_issued_voided_and_draft_documents(demo_office: Office) -> None:
    from lz_desktop.domain.official_document import DocumentKind, DocumentStatus
    from lz_desktop.services import documents

    register = documents.register(demo_office.db, 2026)
    statuses = {e.status for e in register}
    assert statuses == {DocumentStatus.DRAFT, DocumentStatus.ISSUED, DocumentStatus.VOIDED}
    numbers = sorted((e.number for e in register if e.number), key=lambda n: int(n.split("〕")[1].rstrip("号")))
    # The office's notices and the commission's decisions, each numbered on (one voided, none skipped).
    assert sorted(numbers) == sorted(["永纪办发〔2026〕1号", "永纪发〔2026〕1号", "永纪办发〔2026〕2号",
                                      "永纪发〔2026〕2号", "永纪办发〔2026〕3号", "永纪函〔2026〕1号"])
    # The 党风廉政意见复函 is a letter: numbered in the 函 series, apart from the documents.
    decisions = [e for e in register if e.kind is DocumentKind.ACCOUNTABILITY_DECISION]
    assert {e.title for e in decisions} == {"关于给予区住房城乡建设委党组书记、主任罗杰同志通报批评的决定",
                                            "关于给予区住房城乡建设委党组成员、副主任蔡德远同志党内警告的决定"}
    notice = next(e for e in register if e.kind is DocumentKind.RECTIFICATION_NOTICE)
    assert notice.status is DocumentStatus.ISSUED and notice.source_label == "演示记录 finance-2026"



def test_demo_findings_in_every_status(demo_office: Office) -> None:
    import datetime as dt

    from lz_desktop.domain.rectification import RectificationStatus
    from lz_desktop.services import rectification

    rows = rectification.ledger(demo_office.db, dt.date(2026, 11, 25))
    assert {row.status for row in rows} == set(RectificationStatus)
    due_soon = next(row for row in rows if row.status is RectificationStatus.AWAITING_MEASURES)
    assert due_soon.next_due == dt.date(2026, 12, 21) and due_soon.finding.unit_short_name == "区卫生健康委"
