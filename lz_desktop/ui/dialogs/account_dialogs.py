"""Signing in, the first administrator, a new account, a password change (forms/login_dialog.ui,
user_dialog.ui, password_dialog.ui). Refusals stay in the dialog; the password fields are never cleared
by the program."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from lz_desktop.domain.accounts import Role
from lz_desktop.services import accounts
from lz_desktop.services.office import Office
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.forms.login_dialog_ui import Ui_LoginDialog
from lz_desktop.ui.forms.password_dialog_ui import Ui_PasswordDialog
from lz_desktop.ui.forms.user_dialog_ui import Ui_UserDialog


class LoginDialog(ActionDialog):
    """The user name is remembered on this workstation (never the password): the clerk types only that."""

    ask_before_discarding = False
    LAST_USER = "signIn/lastUser"

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.office = office
        self.setWindowTitle(f"登录 — {office.path.name}")
        self.setup_actions(self.ui.buttonBox, self.ui.errorLabel, {}, save_text="登录")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setIcon(QIcon())  # not a floppy disk
        last = QSettings().value(self.LAST_USER)
        if isinstance(last, str) and last:
            self.ui.nameEdit.setText(last)
            self.ui.passwordEdit.setFocus()

    def act(self) -> None:
        accounts.sign_in_as(self.office.db, self.ui.nameEdit.text(), self.ui.passwordEdit.text())
        QSettings().setValue(self.LAST_USER, self.ui.nameEdit.text().strip())


class UserDialog(ActionDialog):
    """A new account; with `first=True`, the file's first administrator (set up on the first start)."""

    def __init__(self, office: Office, *, first: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.office, self.first = office, first
        ui = self.ui
        for role in Role:
            ui.roleCombo.addItem(role.label, role.value)
        if first:
            self.setWindowTitle("设置管理员账号")
            ui.introLabel.setText("这是本数据文件的第一个账号，将成为管理员：可新增其他账号、分配角色、查看审计记录。"
                                  "密码至少8个字符，须同时含有字母和数字。")
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.ADMIN.value))
            ui.roleCombo.setEnabled(False)
        else:
            self.setWindowTitle("新增账号")
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.CLERK.value))
        self.setup_actions(ui.buttonBox, ui.errorLabel, {
            "name": ui.nameEdit, "display_name": ui.displayEdit, "password": ui.passwordEdit, "again": ui.againEdit})

    def act(self) -> None:
        ui = self.ui
        if self.first:
            accounts.create_first_admin(self.office.db, ui.nameEdit.text(), ui.displayEdit.text(),
                                        ui.passwordEdit.text(), ui.againEdit.text())
        else:
            accounts.add_user(self.office.db, ui.nameEdit.text(), ui.displayEdit.text(),
                              Role(ui.roleCombo.currentData()), ui.passwordEdit.text(), ui.againEdit.text())


class PasswordDialog(ActionDialog):
    """Change my password; or, for an administrator, set another account's (`user_id`)."""

    def __init__(self, office: Office, *, user_id: int | None = None, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.office, self.user_id = office, user_id
        ui = self.ui
        if user_id is not None:
            self.setWindowTitle(f"重设“{name}”的密码")
            ui.oldEdit.hide()
            ui.oldEditLabel.hide()
        self.setup_actions(ui.buttonBox, ui.errorLabel, {"old": ui.oldEdit, "password": ui.newEdit,
                                                         "again": ui.againEdit})

    def act(self) -> None:
        ui = self.ui
        if self.user_id is None:
            accounts.change_password(self.office.db, ui.oldEdit.text(), ui.newEdit.text(), ui.againEdit.text())
        else:
            accounts.reset_password(self.office.db, self.user_id, ui.newEdit.text(), ui.againEdit.text())
