"""报送 on the demo office: packages out, filled as units fill them, checked and merged back record by record."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from lz_desktop.domain.exchange import SheetKind
from lz_desktop.services import duties, exchange, exchange_import, meetings, rectification
from lz_desktop.services.office import Office, create_office
from lz_desktop.storage import audit, finding_steps
from lz_desktop.storage import exchange as exchange_store

from .exchange_files import DUE, TODAY, cell, export, fill, rows


def _measure_id(key: str) -> int:
    return int(key.split(":")[1])


def test_a_package_filled_by_the_unit_is_merged_record_by_record_and_a_second_import_changes_nothing(
        demo_office: Office, tmp_path: Path) -> None:
    db = demo_office.db
    reported_before = exchange.rows_reported(db, 2026)  # the demo's units have reported already
    packages = export(demo_office, tmp_path / "out")
    path = packages["区人民医院"]
    measures, tasks = rows(path, SheetKind.MEASURES), rows(path, SheetKind.TASKS)
    indicators = rows(path, SheetKind.SELF_ASSESSMENT)
    (m1, r1), (m2, r2) = sorted(measures.items(), key=lambda kv: kv[1])[:2]
    fill(path, SheetKind.MEASURES, r1, {"完成情况": "已建立台账并逐月督办", "完成日期": "2026.11.20"})  # typed text
    fill(path, SheetKind.MEASURES, r2, {"完成情况": "已完成七成"})  # progress only
    t1, tr1 = next((k, r) for k, r in sorted(tasks.items(), key=lambda kv: kv[1])
                   if cell(path, SheetKind.TASKS, r, "本单位职责") == "牵头")
    fill(path, SheetKind.TASKS, tr1, {"进展情况": "已组织两次专题学习", "完成日期": dt.datetime(2026, 11, 18)})
    first, second = sorted(indicators.items(), key=lambda kv: kv[1])[:2]
    fill(path, SheetKind.SELF_ASSESSMENT, first[1], {"自评得分": "８", "自评说明": "召开专题会议两次"})  # full-width
    fill(path, SheetKind.SELF_ASSESSMENT, second[1], {"自评得分": 6.5})

    check = exchange_import.check_package(db, path, today=TODAY)
    assert not check.refused and not check.problems and not check.conflicts, check.summary()
    assert len(check.changes) == 5
    assert check.summary() == "北京市永安区人民医院：可合并 5 行。"
    assert exchange_import.apply_package(db, check, today=TODAY) == 5

    step = next(m for m in finding_steps.measures(db, _finding_of(db, m1)) if m.id == _measure_id(m1))
    assert step.done_on == dt.date(2026, 11, 20)
    timeline = "\n".join(rectification.timeline(db, _finding_of(db, m2)))
    assert "单位报送整改进展" in timeline and "已完成七成" in timeline
    task = duties.task(db, int(t1.split(":")[1]))
    assert task.done_on == dt.date(2026, 11, 18)
    assert ("已组织两次专题学习" in [text for _d, text in duties.progress(db, task.id)])
    unit_id = check.unit_id
    assessed = exchange_store.self_assessment(db, unit_id, 2026)
    assert assessed[int(first[0].split(":")[1])] == (8.0, "召开专题会议两次")
    assert assessed[int(second[0].split(":")[1])][0] == 6.5
    entries = [e for e in audit.entries(db, table="self_assessments")]
    assert entries and f"编号 {check.package_id}" in entries[0].actor and check.sha256 in entries[0].actor

    # The same workbook again: nothing changes, and the clerk is told so.
    logged = audit.count(db)
    again = exchange_import.check_package(db, path, today=TODAY)
    assert again.already_merged == 5 and not again.changes
    assert "已合并过，本次没有新的改动" in again.summary()
    assert audit.count(db) == logged
    standing = {s.unit_short_name: s for s in exchange.standings(db, 2026, TODAY)}
    assert standing["区人民医院"].label == "已合并"
    # 区教委 returned its demo package in November; the new one is out: both are said.
    assert standing["区教委"].label == "已下发（此前报送表已报回）" and standing["区教委"].returned_on == TODAY
    assert standing["区法院"].label == "已下发"  # never returned one
    assert exchange.rows_reported(db, 2026) == reported_before + 5


def _finding_of(db, key: str) -> int:  # type: ignore[no-untyped-def]
    from lz_desktop.storage import findings

    return int(findings.measure_finding(db, _measure_id(key)) or 0)


def test_measures_awaiting_filing_are_filed_with_a_leader_from_the_list(demo_office: Office, tmp_path: Path) -> None:
    db = demo_office.db
    path = export(demo_office, tmp_path / "out")["区卫生健康委"]
    (key, row), = rows(path, SheetKind.MEASURES).items()
    finding_id = int(key.split(":")[1])
    leaders = [str(c[0]) for c in load_workbook(path)["_lists"].iter_rows(values_only=True)]
    fill(path, SheetKind.MEASURES, row, {"整改措施": "修订药品采购制度，\t开展专项检查", "责任领导": leaders[1],
                                         "完成期限": "12月31日"})
    check = exchange_import.check_package(db, path, today=TODAY)
    assert not check.problems, [p.text() for p in check.problems]
    exchange_import.apply_package(db, check, today=TODAY)
    found = rectification.finding(db, finding_id)
    assert found.facts.measures_filed_on == check.returned_on
    (measure,) = finding_steps.measures(db, finding_id)
    assert measure.content == "修订药品采购制度， 开展专项检查" and measure.due_on == dt.date(2026, 12, 31)
    assert meetings.team_names(db, check.unit_id, None)[measure.leader_id or 0] == leaders[1]


def test_every_wrong_cell_is_named_by_sheet_row_and_column_and_nothing_is_merged(demo_office: Office,
                                                                                 tmp_path: Path) -> None:
    db = demo_office.db
    path = export(demo_office, tmp_path / "out")["区人民医院"]
    r1, r2 = sorted(rows(path, SheetKind.MEASURES).values())[:2]
    fill(path, SheetKind.MEASURES, r1, {"完成日期": "2025年1月3日"})  # before the feedback
    fill(path, SheetKind.MEASURES, r2, {"完成日期": "2026年2月30日"})
    first = min(rows(path, SheetKind.SELF_ASSESSMENT).values())
    points = cell(path, SheetKind.SELF_ASSESSMENT, first, "分值")
    fill(path, SheetKind.SELF_ASSESSMENT, first, {"自评得分": 99})
    fill(path, SheetKind.SELF_ASSESSMENT, first + 1, {"自评得分": None, "自评说明": "只写了说明"})
    tasks = rows(path, SheetKind.TASKS)
    last_task = max(tasks.values())
    fill(path, SheetKind.TASKS, last_task + 2, {"任务内容": "我们自己加的任务"})  # below the table
    logged = audit.count(db)

    check = exchange_import.check_package(db, path, today=TODAY)
    texts = [p.text() for p in check.problems]
    assert f"“整改措施”表第{r1}行I列（完成日期）：（2025年1月3日）早于措施报备日期（2026年11月20日）" in texts, texts
    assert any(t.startswith(f"“整改措施”表第{r2}行I列（完成日期）：“2026年2月30日”不是存在的日期") for t in texts)
    assert f"“自查自评”表第{first}行E列（自评得分）：99 分超出范围：应在 0 至 {points} 分之间" in texts
    assert f"“自查自评”表第{first + 1}行E列（自评得分）：填写了自评说明，未填自评得分" in texts
    assert any(t.startswith(f"“年度任务”表第{last_task + 2}行：表格下方新增了行") for t in texts)
    assert "整表未导入" in check.summary()
    with pytest.raises(Exception, match="整表未导入"):
        exchange_import.apply_package(db, check, today=TODAY)
    assert audit.count(db) == logged


def test_a_leader_not_on_the_list_and_merged_cells_are_refused(demo_office: Office, tmp_path: Path) -> None:
    path = export(demo_office, tmp_path / "out")["区卫生健康委"]
    (_key, row), = rows(path, SheetKind.MEASURES).items()
    fill(path, SheetKind.MEASURES, row, {"整改措施": "修订制度", "责任领导": "张三", "完成期限": "2026-12-31"})
    wb = load_workbook(path)
    wb["年度任务"].merge_cells("E5:F5")
    wb.save(path)
    texts = [p.text() for p in exchange_import.check_package(demo_office.db, path, today=TODAY).problems]
    assert f"“整改措施”表第{row}行F列（责任领导）：“张三”不是本单位领导班子成员；请从下拉列表选择" in texts
    assert "“年度任务”表第5行E列：单元格 E5:F5 被合并；请取消合并，每行每格各填各的" in texts


def test_packages_that_are_not_this_offices_are_refused_untouched_with_the_reason(demo_office: Office,
                                                                                   tmp_path: Path) -> None:
    db = demo_office.db
    path = export(demo_office, tmp_path / "out")["区教委"]
    before = path.read_bytes()

    tampered = tmp_path / "tampered.xlsx"
    shutil.copy(path, tampered)
    wb = load_workbook(tampered)
    wb["年度任务"]["B5"] = "改过的任务内容"
    wb.save(tampered)
    assert "已锁定的内容被改动（“年度任务”表第5行）" in exchange_import.check_package(db, tampered, today=TODAY).refused

    assert "当前导入的是 2027 年度" in exchange_import.check_package(db, path, today=TODAY, year=2027).refused

    other = create_office(tmp_path / "other.lzdb", "中共北京市永安区纪律检查委员会", demo=True)
    try:
        foreign = export(other, tmp_path / "other")["区教委"]
    finally:
        other.close()
    assert "不是本数据文件下发的" in exchange_import.check_package(db, foreign, today=TODAY).refused

    blank = tmp_path / "随便一个表.xlsx"
    Workbook().save(blank)
    assert "不是本系统下发的报送表" in exchange_import.check_package(db, blank, today=TODAY).refused
    docx = tmp_path / "报送表.xlsx"
    from docx import Document

    Document().save(str(docx))
    assert "是 Word 文档（.docx）被改了扩展名" in exchange_import.check_package(db, docx, today=TODAY).refused
    xls = tmp_path / "旧表.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert "另存为" in exchange_import.check_package(db, xls, today=TODAY).refused
    assert path.read_bytes() == before


def test_a_record_the_office_changed_since_issue_is_a_conflict_left_for_the_clerk(demo_office: Office,
                                                                                 tmp_path: Path) -> None:
    db = demo_office.db
    path = export(demo_office, tmp_path / "out")["区教委"]
    (key, row), = rows(path, SheetKind.MEASURES).items()
    rectification.complete_measure(db, _measure_id(key), dt.date(2026, 11, 21), today=TODAY)  # the office did it
    fill(path, SheetKind.MEASURES, row, {"完成日期": dt.datetime(2026, 11, 22), "完成情况": "已完成"})
    first = min(rows(path, SheetKind.SELF_ASSESSMENT).values())
    fill(path, SheetKind.SELF_ASSESSMENT, first, {"自评得分": 0.5})
    check = exchange_import.check_package(db, path, today=TODAY)
    (conflict,) = check.conflicts
    assert conflict.office_value == "已于2026年11月21日完成" and "2026年11月22日" in conflict.unit_value
    assert exchange_import.apply_package(db, check, today=TODAY) == 1  # the score; the conflict left out
    standing = {s.unit_short_name: s for s in exchange.standings(db, 2026, TODAY)}["区教委"]
    assert standing.label == "已收回待合并"
    again = exchange_import.check_package(db, path, today=TODAY)
    assert again.already_merged == 1 and len(again.conflicts) == 1


def test_a_package_returned_after_its_due_date_is_accepted_and_marked_late(demo_office: Office,
                                                                          tmp_path: Path) -> None:
    db = demo_office.db
    path = export(demo_office, tmp_path / "out", due_on=TODAY)["区法院"]
    first = min(rows(path, SheetKind.SELF_ASSESSMENT).values())
    fill(path, SheetKind.SELF_ASSESSMENT, first, {"自评得分": 5})
    later = TODAY + dt.timedelta(days=3)
    check = exchange_import.check_package(db, path, today=later)
    assert check.late and "（逾期报送）" in check.summary()
    exchange_import.apply_package(db, check, today=later)
    standing = {s.unit_short_name: s for s in exchange.standings(db, 2026, later)}
    assert standing["区法院"].label == "已合并（逾期报送）"
    assert standing["区检察院"].overdue and standing["区检察院"].label == "逾期未报"
    assert standing["区教委"].label == "逾期未报（此前报送表已报回）"


def test_a_due_date_already_past_is_refused(demo_office: Office, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="报送截止日期"):
        export(demo_office, tmp_path / "out", due_on=TODAY - dt.timedelta(days=1))
    assert DUE > TODAY


def test_a_package_re_saved_by_libreoffice_calc_merges_the_same(demo_office: Office, tmp_path: Path) -> None:
    """The real round trip through a spreadsheet program, where one is installed."""
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed here; the re-saved fixture test still runs")
    db = demo_office.db
    path = export(demo_office, tmp_path / "out")["区人民医院"]
    (m1, r1), = sorted(rows(path, SheetKind.MEASURES).items(), key=lambda kv: kv[1])[:1]
    fill(path, SheetKind.MEASURES, r1, {"完成情况": "已建立台账", "完成日期": dt.datetime(2026, 11, 20)})
    first = min(rows(path, SheetKind.SELF_ASSESSMENT).values())
    fill(path, SheetKind.SELF_ASSESSMENT, first, {"自评得分": "７", "自评说明": "两次专题会议"})
    out = tmp_path / "re"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)], check=True, timeout=180,
                   capture_output=True)
    resaved = out / path.name
    assert resaved.read_bytes() != path.read_bytes()
    check = exchange_import.check_package(db, resaved, today=TODAY)
    assert not check.refused and not check.problems, check.summary()
    assert exchange_import.apply_package(db, check, today=TODAY) == 2
    step = next(m for m in finding_steps.measures(db, _finding_of(db, m1)) if m.id == _measure_id(m1))
    assert step.done_on == dt.date(2026, 11, 20)
    assert 7.0 in {s for s, _n in exchange_store.self_assessment(db, check.unit_id, 2026).values()}


def test_a_unit_sent_a_package_keeps_its_record_and_is_not_deleted(demo_office: Office, tmp_path: Path) -> None:
    from lz_desktop.domain.errors import RuleViolation
    from lz_desktop.domain.units import Unit, UnitCategory
    from lz_desktop.services import roster

    db = demo_office.db
    parent = next(u for u in roster.list_units(db) if u.short_name == "区教委")
    school = roster.add_unit(db, Unit(None, parent.id, "北京市永安区第二实验小学", "二小", UnitCategory.PUBLIC_INSTITUTION))
    assert school.id is not None
    made = exchange.export_packages(db, 2026, tmp_path, today=TODAY, due_on=DUE, unit_ids=[school.id])
    assert [p.name for p in made.written] == ["二小-2026-报送表.xlsx"]  # the year's self-assessment, at least
    with pytest.raises(RuleViolation, match="已向该单位下发过 1 份报送表；报送记录须保留"):
        roster.delete_unit(db, school.id)


def test_a_completion_before_the_filing_day_is_a_row_problem_not_a_stop(demo_office: Office, tmp_path: Path) -> None:
    """Measures are filed on the day the package comes back: a new measure done, or due, before that day is
    named at its row; the other files of the batch are still checked."""
    db = demo_office.db
    packages = export(demo_office, tmp_path / "out")
    path = packages["区卫生健康委"]
    (_key, row), = rows(path, SheetKind.MEASURES).items()
    leaders = [str(c[0]) for c in load_workbook(path)["_lists"].iter_rows(values_only=True)]
    fill(path, SheetKind.MEASURES, row, {"整改措施": "修订制度", "责任领导": leaders[0], "完成期限": "2026-11-24",
                                         "完成日期": "2026-11-23"})
    checks = exchange_import.check_all(db, [path, packages["区法院"]], today=TODAY)
    texts = [p.text() for p in checks[0].problems]
    assert f"“整改措施”表第{row}行G列（完成期限）：（2026年11月24日）早于报备日期（报送表报回之日）（2026年11月25日）" in texts
    assert any(t.startswith(f"“整改措施”表第{row}行I列（完成日期）：（2026年11月23日）早于报备日期") for t in texts)
    assert checks[1].summary() == "北京市永安区人民法院：没有新填写或改动的内容。"


def test_a_conflict_the_services_would_refuse_is_not_offered_and_the_rest_merges(demo_office: Office,
                                                                                tmp_path: Path) -> None:
    db = demo_office.db
    path = export(demo_office, tmp_path / "out")["区发展改革委"]
    tasks = rows(path, SheetKind.TASKS)
    key, row = next(iter(tasks.items()))
    duties.complete_task(db, int(key.split(":")[1]), dt.date(2026, 11, 24), today=TODAY)  # done meanwhile
    fill(path, SheetKind.TASKS, row, {"进展情况": "推进中"})
    fill(path, SheetKind.SELF_ASSESSMENT, min(rows(path, SheetKind.SELF_ASSESSMENT).values()), {"自评得分": 0.5})
    check = exchange_import.check_package(db, path, today=TODAY)
    (conflict,) = check.conflicts
    assert conflict.office_value == "已于2026年11月24日完成" and "该任务已于2026年11月24日完成" in conflict.refused
    assert check.mergeable and "1 行与本机关记录冲突且不能采用，保留本机关记录" in check.summary()
    assert exchange_import.apply_package(db, check, today=TODAY, conflicts_taken={conflict.change.record}) == 1
    standing = {s.unit_short_name: s for s in exchange.standings(db, 2026, TODAY)}["区发展改革委"]
    assert standing.state.value == "merged"  # nothing left to decide


def test_a_package_already_in_the_folder_is_never_overwritten(demo_office: Office, tmp_path: Path) -> None:
    first = export(demo_office, tmp_path / "out", unit_ids=None)["区法院"]
    before = first.read_bytes()
    made = exchange.export_packages(demo_office.db, 2026, tmp_path / "out", today=TODAY, due_on=DUE,
                                    unit_ids=[int(exchange_import.read_package(first).identity.unit_id)])
    assert [p.name for p in made.written] == ["区法院-2026-报送表（2）.xlsx"] and first.read_bytes() == before
