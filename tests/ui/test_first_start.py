from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lz_desktop.services import roster
from lz_desktop.services.office import office_name
from lz_desktop.ui.dialogs.first_start_dialog import FirstStartDialog


def test_an_empty_office_needs_its_name(qtbot: QtBot, app: QApplication, tmp_path: Path) -> None:
    dialog = FirstStartDialog(tmp_path / "new.lzdb")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.office is None and "“本机关名称”不能为空" in dialog.ui.errorLabel.text()
    dialog.ui.officeNameEdit.insert("中共北京市测试区纪律检查委员会")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.office is not None
    assert office_name(dialog.office.db) == "中共北京市测试区纪律检查委员会"
    assert roster.list_units(dialog.office.db) == []
    dialog.office.close()


def test_the_demo_office_is_filled(qtbot: QtBot, app: QApplication, tmp_path: Path) -> None:
    dialog = FirstStartDialog(tmp_path / "demo.lzdb")
    qtbot.addWidget(dialog)
    dialog.ui.officeNameEdit.insert("我输入的名称")
    dialog.ui.demoRadio.setChecked(True)
    assert dialog.ui.officeNameEdit.text() == "中共北京市永安区纪律检查委员会"
    dialog.ui.emptyRadio.setChecked(True)
    assert dialog.ui.officeNameEdit.text() == "我输入的名称"  # switching back loses nothing typed
    dialog.ui.demoRadio.setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.office is not None
    assert len(roster.list_leaders(dialog.office.db)) > 100
    dialog.office.close()


def test_opening_a_file_that_is_not_an_office_refuses_it_untouched(app: QApplication, tmp_path: Path) -> None:
    import pytest

    from lz_desktop.app import open_or_create
    from lz_desktop.services.office import DatabaseFileError

    path = tmp_path / "报告.lzdb"
    path.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(DatabaseFileError, match="不是 SQLite 数据库"):
        open_or_create(path)
    assert path.read_bytes() == b"PK\x03\x04 not a database"
