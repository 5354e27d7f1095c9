"""The headless commands, run as a clerk's script would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lz_desktop.cli import main
from lz_desktop.services import roster
from lz_desktop.services.office import open_office


def test_demo_then_export_then_refuse_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.lzdb"
    assert main(["demo", "--db", str(db)]) == 0
    assert "21 个单位" in capsys.readouterr().out
    out = tmp_path / "名册.xlsx"
    assert main(["export-leaders", "--db", str(db), str(out)]) == 0
    assert load_workbook(out)["领导干部名册"].max_row > 100
    before = db.read_bytes()
    assert main(["demo", "--db", str(db)]) == 2
    assert "已有数据" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_import_with_problems_imports_nothing_unless_accepted(tmp_path: Path, demo_file: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.lzdb"
    db.write_bytes(demo_file.read_bytes())
    template = tmp_path / "模板.xlsx"
    assert main(["roster-template", str(template)]) == 0
    wb = load_workbook(template)
    ws = wb["领导干部名册"]
    ws.append(["区财政局", "新同志", "女", "副局长", "", "班子成员", "", "", "2026年3月5日", "", "", ""])
    ws.append(["不存在的局", "某某", "男", "副局长", "", "班子成员", "", "", "2026-3-5", "", "", ""])
    wb.save(template)
    opened = open_office(db)
    before = len(roster.list_leaders(opened.db))
    opened.close()

    assert main(["import-leaders", "--db", str(db), str(template)]) == 1
    out = capsys.readouterr().out
    assert "第2行“角色”" in out  # the template's example row: a second principal for 区财政局
    assert "第4行“单位”：系统中没有名为“不存在的局”的单位" in out
    assert "未导入任何记录" in out
    opened = open_office(db)
    assert len(roster.list_leaders(opened.db)) == before
    opened.close()

    assert main(["import-leaders", "--db", str(db), str(template), "--accept-valid"]) == 1
    opened = open_office(db)
    names = {r.leader.name for r in roster.list_leaders(opened.db)}
    opened.close()
    assert "新同志" in names and "某某" not in names


def test_unreadable_files_get_a_message_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.lzdb"
    bad.write_text("hello")
    assert main(["export-leaders", "--db", str(bad), str(tmp_path / "o.xlsx")]) == 2
    assert "不是 SQLite 数据库" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["demo", "import-leaders", "export-leaders", "roster-template", "documents",
                                     "export-document"])
def test_every_subcommand_documents_itself(command: str) -> None:
    result = subprocess.run([sys.executable, "-m", "lz_desktop", command, "--help"], capture_output=True,
                            text=True, check=True)
    assert "usage: lz-desktop" in result.stdout


def test_headless_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = ("import sys; from lz_desktop.cli import main; "
            f"main(['roster-template', {str(tmp_path / 't.xlsx')!r}]); "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("False")


def test_the_register_and_a_byte_identical_reprint_headless(tmp_path: Path, demo_file: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from lz_desktop.services import documents

    db = tmp_path / "office.lzdb"
    db.write_bytes(demo_file.read_bytes())
    assert main(["documents", "--db", str(db), "--year", "2026"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert any(line.startswith("永纪办发〔2026〕2号\t通知") and "已作废（" in line for line in listing)
    assert any(line.startswith("（未编号）\t督办通知") for line in listing)
    out = tmp_path / "3号.pdf"
    assert main(["export-document", "--db", str(db), "--number", "永纪办发〔2026〕3号", str(out)]) == 0
    opened = open_office(db, read_only=True)
    entry = next(e for e in documents.register(opened.db) if e.number == "永纪办发〔2026〕3号")
    assert out.read_bytes() == documents.pdf_bytes(opened.db, entry.id)
    opened.close()
    assert main(["export-document", "--db", str(db), "--number", "永纪办发〔2026〕3号", str(tmp_path / "3号.docx")]) == 0
    assert main(["export-document", "--db", str(db), "--number", "不存在〔2026〕9号", str(out)]) == 1
    assert "没有" in capsys.readouterr().err


def test_the_monday_routine_due_list_and_reminders(tmp_path: Path, demo_file: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    import pdfplumber

    db = tmp_path / "office.lzdb"
    db.write_bytes(demo_file.read_bytes())
    assert main(["due", "--db", str(db), "--on", "2026-11-25", "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:4] == ["单位", "状态", "下一期限", "逾期天数"]
    assert [r[:4] for r in rows[1:]] == [["区城市管理委", "整改逾期", "2026-09-30", "56"],  # overdue, oldest first;
                                         ["区住房城乡建设委", "整改措施逾期未报", "2026-11-10", "15"]]  # ISO for programs
    assert main(["due", "--db", str(db), "--on", "2026-12-16"]) == 0
    shown = capsys.readouterr().out
    assert "区卫生健康委\t待报整改措施\t2026年12月21日\t\t药品耗材采购环节监督制度执行不严。" in shown
    assert "区城市管理委\t整改逾期\t2026年9月30日\t逾期77天\t" in shown
    out = tmp_path / "督办.pdf"
    assert main(["remind", "--db", str(db), "--on", "2026-11-25", "--prefix", "永纪督", "--contact", "王芳", str(out)]) == 0
    assert "已印发督办通知 2 份：永纪督〔2026〕1号 至 永纪督〔2026〕2号" in capsys.readouterr().out
    text = "".join(p.extract_text() for p in pdfplumber.open(out).pages).replace("\n", "")
    assert "区城市管理委党组：" in text and "已逾期56天" in text  # its measure was due 2026-09-30
    assert "区住房城乡建设委党组：" in text and "已逾期15天" in text  # its measures were due 2026-11-10
    assert main(["due", "--db", str(db), "--on", "2026-13-01"]) == 2
    assert "不是存在的日期" in capsys.readouterr().err


def test_a_years_plan_duty_lists_and_meetings_as_workbooks(tmp_path: Path, demo_file: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    plan, lists, held = tmp_path / "计划.xlsx", tmp_path / "清单.xlsx", tmp_path / "会议.xlsx"
    before = demo_file.read_bytes()
    assert main(["export-plan", "--db", str(demo_file), "--year", "2026", "--on", "2026-11-25", str(plan)]) == 0
    assert main(["export-duty-lists", "--db", str(demo_file), "--year", "2026", str(lists)]) == 0
    assert main(["export-meetings", "--db", str(demo_file), "--year", "2026", str(held)]) == 0
    assert "已导出2026年度全部会议记录及民主评议票数" in capsys.readouterr().out
    assert demo_file.read_bytes() == before  # exporting opens the office file read-only

    tasks = list(load_workbook(plan)["2026年度计划"].iter_rows(values_only=True))
    assert tasks[0][:3] == ("计划单位", "序号", "任务内容")
    risk = next(row for row in tasks if row[2] == "推进工程建设领域廉政风险防控")
    assert risk[0] == "区委" and risk[8] == "逾期未完成"
    duty_rows = list(load_workbook(lists)["2026年度责任清单"].iter_rows(values_only=True))
    assert duty_rows[1][:4] == ("区委", "邱玉", "区委书记", "主要负责人")
    meetings_wb = load_workbook(held)
    assert meetings_wb["2026年度会议"].max_row > 50
    tallies = list(meetings_wb["民主评议票数"].iter_rows(values_only=True))
    assert tallies[0] == ("日期", "单位", "评议项目", "满意", "基本满意", "不满意", "满意率")
    assert all(str(row[6]).endswith("%") for row in tallies[1:])


def test_restrictions_in_force_and_the_case_register_headless(tmp_path: Path, demo_file: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restrictions", "--db", str(demo_file), "--on", "2026-11-25", "--csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "姓名,单位,案件,限制,截止,原因"
    assert any(line.startswith("蔡德远,区住房城乡建设委,2026年第1号,处分影响期,2027-07-15") for line in lines)
    assert main(["restrictions", "--db", str(demo_file), "--on", "2028-01-01"]) == 0
    assert "共 0 项限制在影响期内" in capsys.readouterr().out
    out = tmp_path / "案件.xlsx"
    assert main(["export-cases", "--db", str(demo_file), "--year", "2026", str(out)]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("编号", "受理日期", "线索来源") and len(rows) == 1 + 4


def test_the_annual_summary_headless_in_three_formats(tmp_path: Path, demo_file: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "汇总"
    assert main(["summary", "--db", str(demo_file), "--year", "2026", "--on", "2026-11-25", "--out-dir", str(out)]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".pdf", ".xlsx"]
    assert capsys.readouterr().out.count("已导出") == 3
    assert main(["summary", "--db", str(demo_file), "--unit", "区民政局", "--out-dir", str(out)]) == 1
    assert "没有名为“区民政局”的单位" in capsys.readouterr().err
