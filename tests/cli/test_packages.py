"""`export-packages` and `import-packages`, as the office's script runs them on a USB drive's folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lz_desktop.cli import main
from lz_desktop.domain.exchange import SheetKind
from lz_desktop.services import roster
from lz_desktop.services.office import open_office
from lz_desktop.storage import exchange as exchange_store

from ..services.exchange_files import fill, rows


def test_packages_out_and_back_checked_then_applied(tmp_path: Path, demo_file: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.lzdb"
    shutil.copy(demo_file, db)
    usb = tmp_path / "U盘"
    assert main(["export-packages", "--db", str(db), "--year", "2026", "--out", str(usb), "--unit", "区教委",
                 "--unit", "区法院", "--due", "2026-12-10", "--on", "2026-11-25", "--contact", "王芳"]) == 0
    out = capsys.readouterr().out
    assert "共生成 2 份2026年度报送表，报送截止日期2026年12月10日" in out
    court, education = usb / "区法院-2026-报送表.xlsx", usb / "区教委-2026-报送表.xlsx"
    first = min(rows(court, SheetKind.SELF_ASSESSMENT).values())
    fill(court, SheetKind.SELF_ASSESSMENT, first, {"自评得分": 7, "自评说明": "两次专题会议"})
    fill(education, SheetKind.SELF_ASSESSMENT, min(rows(education, SheetKind.SELF_ASSESSMENT).values()),
         {"自评得分": 70})
    (usb / "~$区法院-2026-报送表.xlsx").write_bytes(b"lock")  # WPS's lock file beside an open workbook

    before = db.read_bytes()
    with open_office(db, read_only=True) as office:
        assessed = exchange_store.self_assessments_of_year(office.db, 2026)  # the demo's units' own
    assert main(["import-packages", "--db", str(db), str(usb), "--on", "2026-11-26"]) == 1
    out = capsys.readouterr().out
    assert "北京市永安区人民法院：可合并 1 行。" in out and "+ “自查自评”表第5行" in out
    assert "北京市永安区教育委员会：有 1 处问题，整表未导入" in out and "× “自查自评”表第5行E列（自评得分）：70 分超出范围" in out
    assert "仅检查，未作任何改动" in out
    with open_office(db, read_only=True) as office:
        assert exchange_store.self_assessments_of_year(office.db, 2026) == assessed

    assert main(["import-packages", "--db", str(db), str(court), str(education), "--apply", "--on", "2026-11-26"]) == 1
    assert "已合并 1 行" in capsys.readouterr().out
    with open_office(db, read_only=True) as office:
        merged = exchange_store.self_assessments_of_year(office.db, 2026)
        court_id = next(u for u in roster.list_units(office.db) if u.short_name == "区法院").id
        changed = {k: v for k, v in merged[court_id].items() if assessed.get(court_id, {}).get(k) != v}
        assert list(changed.values()) == [7.0]
        assert {k: v for k, v in merged.items() if k != court_id} == {k: v for k, v in assessed.items()
                                                                      if k != court_id}
    assert db.read_bytes() != before
