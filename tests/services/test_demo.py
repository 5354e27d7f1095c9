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
    assert len({r.leader.name for r in leaders}) == len(leaders)
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
    numbers = sorted(e.number for e in register if e.number)
    assert numbers == ["永纪办发〔2026〕1号", "永纪办发〔2026〕2号", "永纪办发〔2026〕3号"]
    notice = next(e for e in register if e.kind is DocumentKind.RECTIFICATION_NOTICE)
    assert notice.status is DocumentStatus.ISSUED and notice.source_label == "演示记录 finance-2026"


def test_demo_feedbacks_in_each_state(demo_office: Office) -> None:
    from lz_desktop.services import feedback

    open_ones = feedback.open_feedbacks(demo_office.db)
    assert [(f.unit_short_name, f.measures_due.isoformat()) for f in open_ones] == [
        ("区住房城乡建设委", "2026-11-10"), ("区卫生健康委", "2026-12-21")]
    assert "顺延至 2026-12-21" in open_ones[1].explanation
