"""数据安全 and signing in, as a clerk and an administrator meet them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.domain.accounts import Role
from lz_desktop.services import accounts, roster
from lz_desktop.services.office import Office, open_office
from lz_desktop.ui.dialogs.account_dialogs import LoginDialog, UserDialog
from lz_desktop.ui.main_window import AREAS, MainWindow
from lz_desktop.ui.pages.safety_page import SafetyPage

from .conftest import ModalAnswers, shown


def test_the_first_administrator_then_a_login_that_says_what_is_wrong(qtbot: QtBot, app: QApplication,
                                                                     office: Office) -> None:
    setup = UserDialog(office, first=True)
    qtbot.addWidget(setup)
    assert not setup.ui.roleCombo.isEnabled() and setup.ui.roleCombo.currentText() == "管理员"
    setup.ui.nameEdit.insert("wangfang")
    setup.ui.displayEdit.insert("王芳")
    setup.ui.passwordEdit.insert("short1")
    setup.ui.againEdit.insert("short1")
    setup.save()
    assert "“密码”至少 8 个字符" in shown(setup.ui.errorLabel) and setup.ui.nameEdit.text() == "wangfang"
    setup.ui.passwordEdit.setText("Lianzheng2026")
    setup.ui.againEdit.setText("Lianzheng2026")
    setup.save()
    assert setup.result() == setup.DialogCode.Accepted and accounts.current(office.db).user == "王芳"

    login = LoginDialog(office)
    qtbot.addWidget(login)
    login.ui.nameEdit.insert("wangfang")
    login.ui.passwordEdit.insert("wrong")
    login.save()
    assert "用户名或密码不正确（再错 4 次将锁定 15 分钟）" in shown(login.ui.errorLabel)
    login.ui.passwordEdit.setText("Lianzheng2026")
    login.save()
    assert login.result() == login.DialogCode.Accepted


def test_a_clerk_sees_no_cases_and_cannot_reach_accounts(qtbot: QtBot, app: QApplication, demo_office: Office) -> None:
    accounts.create_first_admin(demo_office.db, "admin", "管理员", "Lianzheng2026", "Lianzheng2026")
    accounts.add_user(demo_office.db, "clerk", "李明", Role.CLERK, "Banshi2026a", "Banshi2026a")
    accounts.sign_in_as(demo_office.db, "clerk", "Banshi2026a")
    window = MainWindow(demo_office)
    qtbot.addWidget(window)
    assert window.navigation.item(AREAS.index("责任追究")).isHidden()
    page = window.safety_page
    assert "当前用户：李明（业务人员）" in page.ui.whoLabel.text()
    assert not page.ui.tabs.isTabEnabled(page.ui.tabs.indexOf(page.ui.auditTab))
    assert not page.ui.addUserButton.isEnabled() and page.ui.changePasswordButton.isEnabled()
    leader = roster.list_leaders(demo_office.db)[0].leader
    from lz_desktop.ui.dialogs.leader_dialog import LeaderDialog

    dialog = LeaderDialog(demo_office, roster.list_units(demo_office.db), leader=leader, today=dt.date(2026, 11, 25))
    qtbot.addWidget(dialog)
    assert "责任追究与影响期：当前用户无权查看" in dialog.ui.accountabilityView.toPlainText()


def test_backup_now_the_audit_trail_and_restore_after_a_preview(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                                tmp_path: Path, modals: ModalAnswers) -> None:
    page = SafetyPage(demo_office)
    qtbot.addWidget(page)
    page.show()
    assert not page.backup_now() and "请先选择备份文件夹" in page.ui.backupMessage.text()
    usb = tmp_path / "U盘"
    page.set_folder(str(usb))
    assert page.backup_now()
    assert "已备份并检查完好" in page.ui.backupMessage.text() and page.ui.backupsList.count() == 1
    assert page.backup_if_due(on_exit=True) and page.ui.backupsList.count() == 2  # automatic, on exit
    page.check_file()
    assert "哈希链完整" in page.ui.backupMessage.text()
    page.ui.tabs.setCurrentWidget(page.ui.auditTab)
    assert page.ui.auditTable.rowCount() == 500  # the newest 500; the chain is checked by “检查数据文件”
    page.ui.tableCombo.setCurrentIndex(page.ui.tableCombo.findText("责任追究案件"))
    assert {page.ui.auditTable.item(r, 3).text() for r in range(page.ui.auditTable.rowCount())} == {"责任追究案件"}

    chosen = sorted(p for p in usb.iterdir() if p.suffix == ".lzdb")[0]
    requested: list[tuple[str, str]] = []
    page.restore_requested.connect(lambda path, passphrase: requested.append((path, passphrase)))

    def read_and_agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "单位 21" in box.text() and "检查结果：完好" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    modals.then(read_and_agree)
    assert page.preview_and_restore(str(chosen)) and requested == [(str(chosen), "")]


def test_an_administrator_encrypts_backups_and_restoring_one_asks_for_the_passphrase(
        qtbot: QtBot, app: QApplication, demo_office: Office, tmp_path: Path, modals: ModalAnswers,
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from lz_desktop.services import backup_crypto

    page = SafetyPage(demo_office)
    qtbot.addWidget(page)
    page.show()
    typed = iter([("永安区纪委备份2026", True), ("永安区纪委备份2026", True), ("别的口令", True),
                  ("永安区纪委备份2026", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(typed))
    page.set_passphrase()
    assert "此后的备份均加密" in page.ui.backupMessage.text()
    page.set_folder(str(tmp_path / "U盘"))
    assert page.backup_now()
    chosen = next(p for p in (tmp_path / "U盘").iterdir() if p.suffix == ".lzdb")
    assert backup_crypto.is_encrypted(chosen)
    requested: list[tuple[str, str]] = []
    page.restore_requested.connect(lambda path, passphrase: requested.append((path, passphrase)))
    assert not page.preview_and_restore(str(chosen))  # the wrong passphrase: said, nothing requested
    assert "备份口令不对" in page.ui.backupMessage.text() and requested == []
    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    assert page.preview_and_restore(str(chosen)) and requested == [(str(chosen), "永安区纪委备份2026")]


def test_a_file_in_use_elsewhere_opens_read_only_and_says_by_whom(qtbot: QtBot, app: QApplication,
                                                                 demo_office: Office, modals: ModalAnswers) -> None:
    import subprocess
    import sys
    import textwrap

    path = demo_office.path
    demo_office.close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from lz_desktop.services.office import open_office
        office = open_office({str(path)!r})
        print("holding", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        second = open_office(path)
        assert second.read_only and "计算机" in second.held_by
        seen: list[str] = []
        modals.then(lambda box: (seen.append(box.text()), box.accept()))  # type: ignore[attr-defined,func-returns-value]
        window = MainWindow(second)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert "本窗口以只读方式打开" in seen[0]
        second.close()
    finally:
        holder.communicate("\n", timeout=30)


def test_the_automatic_backup_during_a_session_is_copied_by_a_worker(qtbot: QtBot, app: QApplication, office: Office,
                                                                      tmp_path: Path) -> None:
    from lz_desktop.services import backups
    from lz_desktop.ui import auto_backup

    auto_backup.set_folder(str(tmp_path / "备份"))
    parent = QWidget()
    qtbot.addWidget(parent)
    job = auto_backup.start_if_due(office, parent)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    copies = list((tmp_path / "备份").glob("*.lzdb"))
    assert len(copies) == 1 and backups.inspect(copies[0]).ok
    assert auto_backup.start_if_due(office, parent) is None  # done for today
