"""数据安全: backups to a chosen folder (now, on exit, daily), checking the file, restoring after a preview;
accounts and roles; the audit trail. The services check the role; this page only hides what is not yours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from lz_desktop.domain.accounts import Permission, Role
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.services import accounts, audit_trail, backup_crypto, backups
from lz_desktop.services.integrity import verify
from lz_desktop.services.office import Office, StorageError
from lz_desktop.ui import auto_backup, choices
from lz_desktop.ui.dialogs.account_dialogs import PasswordDialog, UserDialog
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.safety_page_ui import Ui_SafetyPage
from lz_desktop.ui.table_rows import selected_key, set_row
from lz_desktop.ui.waiting import reading, run_waiting


class SafetyPage(QWidget):
    restore_requested = Signal(str, str)  # a checked backup the clerk confirmed, and its passphrase ('' if plain)

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SafetyPage()
        self.ui.setupUi(self)
        self.office = office
        ui = self.ui
        ui.folderEdit.setText(auto_backup.folder())
        ui.autoCheck.setChecked(auto_backup.enabled())
        ui.autoCheck.toggled.connect(auto_backup.set_enabled)
        for role in Role:
            ui.roleCombo.addItem(role.label, role.value)
        choices.add(ui.tableCombo, "全部数据表", None)
        for table, label in audit_trail.tables().items():
            ui.tableCombo.addItem(label, table)
        ui.tableCombo.currentIndexChanged.connect(lambda _i: self.refresh_audit())
        for button, action in ((ui.chooseFolderButton, self.choose_folder), (ui.backupButton, self.backup_now),
                               (ui.verifyButton, self.check_file), (ui.restoreButton, self.choose_backup),
                               (ui.passphraseButton, self.set_passphrase),
                               (ui.addUserButton, self.add_user), (ui.setRoleButton, self.set_role),
                               (ui.toggleActiveButton, self.toggle_active),
                               (ui.resetPasswordButton, self.reset_password),
                               (ui.changePasswordButton, self.change_password)):
            button.clicked.connect(action)
        for column, width in enumerate((60, 150, 90, 90, 60, 50, 320)):
            ui.auditTable.setColumnWidth(column, width)
        self.refresh()

    @property
    def folder(self) -> str:
        return self.ui.folderEdit.text()

    def refresh(self) -> None:
        ui, me = self.ui, accounts.current(self.office.db)
        admin = me.role.may(Permission.ADMIN)
        ui.whoLabel.setText(f"当前用户：{me.user}（{me.role.label}）" + (
            f"　数据文件以只读方式打开：{self.office.held_by or '文件或文件夹不可写'}正在使用" if self.office.read_only
            else ""))
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.usersTab), admin or me.user_id is not None)
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.auditTab), admin)
        for widget in (ui.addUserButton, ui.roleCombo, ui.setRoleButton, ui.toggleActiveButton,
                       ui.resetPasswordButton):
            widget.setEnabled(admin and not self.office.read_only)
        ui.changePasswordButton.setEnabled(me.user_id is not None and not self.office.read_only)
        ui.restoreButton.setEnabled(not self.office.read_only and me.role.may(Permission.ADMIN))
        ui.passphraseButton.setEnabled(not self.office.read_only and me.role.may(Permission.ADMIN))
        self.refresh_backups()
        if admin:
            self.refresh_users()
            self.refresh_audit()

    # backups ----------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择备份文件夹（如U盘）", self.folder)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self.ui.folderEdit.setText(folder)
        auto_backup.set_folder(folder)
        self.refresh_backups()

    def refresh_backups(self) -> None:
        ui = self.ui
        ui.backupsList.clear()
        if self.folder and Path(self.folder).is_dir():
            copies = sorted(Path(self.folder).glob(f"{self.office.path.stem}-*.lzdb"), reverse=True)
            ui.backupsList.addItems([p.name for p in copies])
        ui.backupButton.setEnabled(bool(self.folder))

    def backup_now(self, *, kind: str = backups.MANUAL) -> bool:
        if not self.folder:
            say(self.ui.backupMessage, "请先选择备份文件夹。", error=True)
            return False
        source, folder = self.office.path, self.folder
        try:  # 1.3 s for a district's file: copied and checked by a worker
            info = run_waiting(self, "正在备份并检查备份…", reading(
                self.office, lambda db: backups.backup(db, source, folder, kind=kind)), cancellable=False)
        except backups.BackupError as e:
            say(self.ui.backupMessage, str(e), error=True)
            return False
        if info is None:  # the window closed meanwhile
            return False
        say(self.ui.backupMessage, f"已备份并检查完好：{info.path}", error=False)
        self.refresh_backups()
        return True

    def backup_if_due(self, now: dt.datetime | None = None, *, on_exit: bool = False) -> bool:
        """The automatic backup, as the window runs it (ui/auto_backup.py), shown here."""
        info = auto_backup.run_if_due(self.office, on_exit=on_exit, now=now)
        if info is not None:
            say(self.ui.backupMessage, f"已自动备份并检查完好：{info.path}", error=False)
            self.refresh_backups()
        return info is not None

    def check_file(self) -> None:
        # Every page and the audit chain: 5 s for a district's file, read by a worker.
        result = run_waiting(self, "正在检查数据文件…", reading(self.office, verify), cancellable=False)
        if result is None:  # the window closed meanwhile
            return
        say(self.ui.backupMessage, "\n".join(result.lines()), error=not result.ok)

    def choose_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择要恢复的备份", self.folder, "数据文件 (*.lzdb)")
        if path:
            self.preview_and_restore(path)

    def preview_and_restore(self, path: str) -> bool:
        """Show what the backup holds; on the clerk's yes, the window restores it (current file copied first)."""
        passphrase = ""
        if backup_crypto.is_encrypted(Path(path)):
            passphrase, ok = QInputDialog.getText(self, "从备份恢复", "这是加密的备份，请输入备份口令：",
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return False
        try:  # the backup is checked page by page: seconds for a district's file
            info = run_waiting(self, "正在检查备份…", lambda _count, _cancelled: backups.inspect(
                path, passphrase=passphrase or None), cancellable=False)
            if info is None:  # the window closed meanwhile
                return False
        except backups.BackupError as e:
            say(self.ui.backupMessage, str(e), error=True)
            return False
        if not info.ok:
            say(self.ui.backupMessage, info.summary(), error=True)
            return False
        question = info.summary() + "\n\n恢复后，当前数据文件将被替换（替换前自动复制为“恢复前备份”）。确定恢复吗？"
        answer = QMessageBox.question(self, "从备份恢复", question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restore_requested.emit(path, passphrase)
        return True

    def set_passphrase(self) -> None:
        """The administrator's passphrase for encrypting backups from now on (asked twice, never shown)."""
        first, ok = QInputDialog.getText(
            self, "设置备份口令", "此后的备份将加密，恢复时须输入此口令（至少 10 个字符）。\n"
            "口令本身不保存；遗忘后，加密的备份无法恢复，请另行妥善保管：", QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, "设置备份口令", "再输入一次：", QLineEdit.EchoMode.Password)
        if not ok:
            return
        done, _ = attempt(self.ui.backupMessage, lambda: backup_crypto.set_passphrase(self.office.db, first, again))
        if done:
            say(self.ui.backupMessage, "已设置备份口令：此后的备份均加密（AES-256）。", error=False)

    # accounts ---------------------------------------------------------------------------------
    def refresh_users(self, select: int | None = None) -> None:
        table = self.ui.usersTable
        rows = accounts.users(self.office.db)
        table.setRowCount(len(rows))
        for row, u in enumerate(rows):
            state = "启用" if u.active else "停用"
            if u.locked_until and u.locked_until > dt.datetime.now():
                state = f"锁定至 {u.locked_until:%H:%M}"
            set_row(table, row, [u.name, u.display_name, u.role.label, state, (u.last_login or "").replace("T", " ")],
                    u.id)
        if select is not None:
            for row in range(table.rowCount()):
                if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == select:
                    table.selectRow(row)

    def _users_run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except ValidationError as e:
            say(self.ui.usersMessage, "；".join(p.text() for p in e.problems), error=True)
            return
        except (RuleViolation, StorageError) as e:
            say(self.ui.usersMessage, str(e), error=True)
            return
        say(self.ui.usersMessage, "已保存。", error=False)
        self.refresh_users(select=selected_key(self.ui.usersTable))

    def add_user(self) -> None:
        if UserDialog(self.office, parent=self).exec() == QDialog.DialogCode.Accepted:
            say(self.ui.usersMessage, "已新增账号。", error=False)
            self.refresh_users()

    def set_role(self) -> None:
        user_id = selected_key(self.ui.usersTable)
        if user_id is not None:
            user = next(u for u in accounts.users(self.office.db) if u.id == user_id)
            self._users_run(lambda: accounts.set_role(self.office.db, user_id, Role(self.ui.roleCombo.currentData()),
                                                      user.active))

    def toggle_active(self) -> None:
        user_id = selected_key(self.ui.usersTable)
        if user_id is not None:
            user = next(u for u in accounts.users(self.office.db) if u.id == user_id)
            self._users_run(lambda: accounts.set_role(self.office.db, user_id, user.role, not user.active))

    def reset_password(self) -> None:
        user_id = selected_key(self.ui.usersTable)
        if user_id is not None:
            name = self.ui.usersTable.item(self.ui.usersTable.currentRow(), 0).text()
            if PasswordDialog(self.office, user_id=user_id, name=name, parent=self).exec():
                say(self.ui.usersMessage, f"已重设“{name}”的密码。", error=False)

    def change_password(self) -> None:
        if PasswordDialog(self.office, parent=self).exec():
            say(self.ui.usersMessage, "密码已修改。", error=False)

    # the audit trail --------------------------------------------------------------------------
    def refresh_audit(self) -> None:
        ui = self.ui
        rows = audit_trail.entries(self.office.db, choices.value(ui.tableCombo))
        labels = audit_trail.tables()
        ops = {"insert": "新增", "update": "修改", "delete": "删除"}
        ui.auditTable.setRowCount(len(rows))
        for row, e in enumerate(rows):
            cells = (str(e.id), e.at[:19].replace("T", " "), e.actor, labels.get(e.table, e.table),
                     str(e.row_id or ""), ops.get(e.op, e.op), e.before or "", e.after or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text[:300])
                item.setToolTip(text[:2000])
                ui.auditTable.setItem(row, column, item)
        ui.chainLabel.setText("“检查数据文件”核对全部审计记录的哈希链。")
