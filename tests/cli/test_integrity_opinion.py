"""`integrity-opinion`: the organisation department's list answered from the command line."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import Workbook

from lz_desktop.cli import main


def test_a_list_of_names_gets_its_reply_drafted_and_a_wrong_purpose_is_named(
        tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.lzdb"
    shutil.copy(demo_file, db)
    names = tmp_path / "名单.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(["序号", "姓名", "单位"])
    ws.append([1, "顾欣秀", "区财政局"])
    ws.append([2, "查无此人", ""])
    wb.save(names)
    out = tmp_path / "复函.pdf"
    assert main(["integrity-opinion", "--db", str(db), "--names", str(names), "--purpose", "评优评先",
                 "--on", "2026-11-25", "--reference", "区组干函〔2026〕12号", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "顾欣秀（原区财政局党组书记、局长，退休）：暂缓答复。" in printed
    assert "查无此人：本委掌握的干部名册中未找到此人。" in printed
    text = "".join(p.extract_text() for p in pdfplumber.open(io.BytesIO(out.read_bytes())).pages).replace("\n", "")
    assert "关于拟评优评先人选党风廉政意见的复函" in text and "来函（区组干函〔2026〕12号）收悉" in text

    assert main(["integrity-opinion", "--db", str(db), "--leader", "没有这个人", "--purpose", "出国",
                 str(tmp_path / "x.pdf")]) == 1
    assert "用途须为" in capsys.readouterr().err


def test_a_namesake_stops_the_command_and_leaves_no_request_behind(tmp_path: Path, demo_file: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from lz_desktop.services import integrity_opinions
    from lz_desktop.services.office import open_office

    db = tmp_path / "office.lzdb"
    shutil.copy(demo_file, db)
    with open_office(db, read_only=True) as office:
        before = len(integrity_opinions.requests(office.db))
    assert main(["integrity-opinion", "--db", str(db), "--leader", "罗杰", str(tmp_path / "x.pdf")]) == 1
    out = capsys.readouterr().out
    assert "罗杰：同名2人：区发展改革委（党组成员、副主任）；区住房城乡建设委（党组书记、主任）。请加 --unit 指明单位" in out
    with open_office(db, read_only=True) as office:
        assert len(integrity_opinions.requests(office.db)) == before
    assert main(["integrity-opinion", "--db", str(db), "--leader", "罗杰", "--unit", "区住房城乡建设委",
                 str(tmp_path / "x.pdf")]) == 0
