"""报送 in the window, as the office's clerk drives it: packages to a folder, returned ones reviewed and merged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lz_desktop.domain.exchange import SheetKind
from lz_desktop.services import rectification
from lz_desktop.services.office import Office
from lz_desktop.storage import exchange as exchange_store
from lz_desktop.ui.pages.exchange_page import ExchangePage

from ..services.exchange_files import fill, rows
from .conftest import ModalAnswers, shown

TODAY = dt.date(2026, 11, 25)


def _page(qtbot: QtBot, office: Office) -> ExchangePage:
    page = ExchangePage(office, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _column(page: ExchangePage, unit: str, column: int) -> str:
    table = page.ui.standingTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == unit)
    return table.item(row, column).text()


def test_packages_go_out_come_back_and_the_clerk_merges_what_they_tick(qtbot: QtBot, app: QApplication,
                                                                        demo_office: Office, tmp_path: Path,
                                                                        modals: ModalAnswers) -> None:
    page = _page(qtbot, demo_office)
    # The demo office sent its units their 2026 packages in November; eight came back.
    assert page.ui.countsLabel.text() == "2026年度：已下发 21 个单位，已报回 8 个，已合并 7 个，逾期未报 2 个。"
    assert _column(page, "区法院", 1) == "逾期未报" and _column(page, "区人民医院", 1) == "已收回待合并"
    assert not page.ui.reviewPane.isVisible()
    asked: list[str] = []
    modals.then(lambda box: (asked.append(box.text()),  # type: ignore[attr-defined]
                             box.button(QMessageBox.StandardButton.No).click()))  # type: ignore[attr-defined]
    assert not page.new_packages_wanted()
    assert "已下发的 13 份报送表尚未报回（其中 2 份已逾期）" in asked[0] and "单位报回旧表仍可导入" in asked[0]
    page.ui.contactEdit.setText("王芳 6888-1234")
    made = page.export_to(tmp_path)
    assert made is not None and len(made.written) == page.ui.standingTable.rowCount() == 21
    assert "已生成 21 份2026年度报送表" in shown(page.ui.messageLabel) and "打开所在文件夹" in page.ui.messageLabel.text()
    assert _column(page, "区法院", 1) == "已下发" and _column(page, "区法院", 3) == "2026年12月10日"
    assert _column(page, "区教委", 1) == "已下发（此前报送表已报回）"
    # The new packages are what each unit owes now; what came back on the November ones still counts.
    assert page.ui.countsLabel.text() == "2026年度：已下发 21 个单位，已报回 8 个，已合并 0 个，逾期未报 0 个。"

    education = tmp_path / "区教委-2026-报送表.xlsx"
    (key, row), = rows(education, SheetKind.MEASURES).items()
    rectification.complete_measure(demo_office.db, int(key.split(":")[1]), dt.date(2026, 11, 21), today=TODAY)
    fill(education, SheetKind.MEASURES, row, {"完成日期": "2026-11-22"})  # the office did it meanwhile: a conflict
    fill(education, SheetKind.SELF_ASSESSMENT, min(rows(education, SheetKind.SELF_ASSESSMENT).values()),
         {"自评得分": 0.5})
    court = tmp_path / "区法院-2026-报送表.xlsx"
    fill(court, SheetKind.SELF_ASSESSMENT, min(rows(court, SheetKind.SELF_ASSESSMENT).values()), {"自评得分": 70})

    checks = page.check_files([education, court])
    assert page.ui.reviewPane.isVisible() and len(checks) == 2
    tree = page.ui.reviewTree
    good, bad = tree.topLevelItem(0), tree.topLevelItem(1)
    assert good.text(0).startswith("北京市永安区教育委员会：可合并 1 行，另有 1 行与本机关已登记的记录冲突")
    ticks = {good.child(i).text(0).split("：")[0]: good.child(i).checkState(0) for i in range(good.childCount())}
    assert list(ticks.values()) == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert bad.text(0).startswith("北京市永安区人民法院：有 1 处问题") and "70 分超出范围" in bad.child(0).text(0)
    assert bad.child(0).flags() & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag.NoItemFlags

    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    assert page.merge() == 1
    assert "已合并 1 个单位报送的 1 行" in shown(page.ui.messageLabel)
    assert _column(page, "区教委", 1) == "已收回待合并" and _column(page, "区教委", 6) == "14"  # 13 in November
    assert _column(page, "区法院", 1) == "已下发"
    unit_id = checks[0].unit_id
    assert 0.5 in {score for score, _note in exchange_store.self_assessment(demo_office.db, unit_id, 2026).values()}
    assert not page.ui.reviewPane.isVisible()


def test_a_workbook_that_is_not_a_package_is_named_and_nothing_can_be_merged(qtbot: QtBot, app: QApplication,
                                                                            demo_office: Office,
                                                                            tmp_path: Path) -> None:
    page = _page(qtbot, demo_office)
    stray = tmp_path / "工作簿1.xlsx"
    from openpyxl import Workbook

    Workbook().save(stray)
    page.check_files([stray])
    assert "不是本系统下发的报送表" in page.ui.reviewTree.topLevelItem(0).text(0)
    assert not page.ui.mergeButton.isEnabled()
    assert "0 份可合并，1 份有问题或未导入（红色，须退回单位）" in shown(page.ui.messageLabel)
