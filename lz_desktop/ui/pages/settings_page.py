"""设置: the office's name, its data file, its holiday schedules and how deadlines are counted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lz_desktop import __version__
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import ValidationError
from lz_desktop.services import deadlines, readings
from lz_desktop.services.office import (
    Office,
    StorageError,
    document_contact,
    office_name,
    set_document_contact,
    set_office_name,
)
from lz_desktop.ui.article_links import set_linked_text
from lz_desktop.ui.chinese import from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.problems import attempt, say
from lz_desktop.ui.forms.settings_page_ui import Ui_SettingsPage
from lz_desktop.ui.pages.font_section import FontSection
from lz_desktop.ui.pages.impact_section import ImpactCatalogueSection
from lz_desktop.ui.pages.issuer_section import IssuerSection
from lz_desktop.ui.pages.obligations_section import ObligationsSection


class SettingsPage(QWidget):
    office_renamed = Signal(str)

    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.office = office
        today = today or dt.date.today()
        ui, writable = self.ui, not office.read_only
        ui.officeNameEdit.setText(office_name(office.db))
        name, phone = document_contact(office.db)
        ui.contactNameEdit.setText(name)
        ui.contactPhoneEdit.setText(phone)
        ui.pathLabel.setText(str(office.path))
        ui.modeLabel.setText(self.tr("只读（不能修改）") if office.read_only else self.tr("可读写"))
        ui.versionLabel.setText(f"lz-desktop {__version__}")
        for widget in (ui.officeNameEdit, ui.saveOfficeButton, ui.contactNameEdit, ui.contactPhoneEdit,
                       ui.saveContactButton, ui.saveScheduleButton, ui.removeScheduleButton, ui.extendCheck):
            widget.setEnabled(writable)
        ui.saveOfficeButton.clicked.connect(self.save_office_name)
        ui.saveContactButton.clicked.connect(self.save_contact)
        # The next year's schedule is what an office enters each November.
        ui.yearSpin.setValue(today.year + 1 if today.month >= 11 else today.year)
        ui.yearSpin.valueChanged.connect(lambda _year: self.show_year())
        ui.saveScheduleButton.clicked.connect(self.save_schedule)
        ui.removeScheduleButton.clicked.connect(self.remove_schedule)
        ui.extendCheck.setChecked(deadlines.extends_to_working_day(office.db))
        ui.extendCheck.toggled.connect(self.set_extend)
        setup_date_edit(ui.feedbackDateEdit)
        ui.feedbackDateEdit.setDate(to_qdate(today))
        ui.feedbackDateEdit.dateChanged.connect(lambda _day: self.show_trial())
        self.show_year()
        self.impacts = ImpactCatalogueSection(ui, office, self)
        ui.readingsEdit.setPlainText(readings.shown(office.db))
        ui.readingsEdit.setReadOnly(office.read_only)
        ui.saveReadingsButton.setEnabled(not office.read_only)
        ui.saveReadingsButton.clicked.connect(self.save_readings)
        self.fonts = FontSection(ui, office, self)
        self.issuers = IssuerSection(ui, office, self)
        self.duties = ObligationsSection(ui, office, self)

    def show_year(self) -> None:
        view = deadlines.year_view(self.office.db, self.ui.yearSpin.value())
        self.ui.sourceLabel.setText(view.source)
        self.ui.holidaysEdit.setPlainText(view.holidays_text)
        self.ui.workdaysEdit.setPlainText(view.workdays_text)
        self.ui.removeScheduleButton.setVisible("本机关录入" in view.source)
        self.show_trial()

    def save_schedule(self) -> None:
        ui = self.ui
        try:
            moved = deadlines.enter_year_schedule(self.office.db, ui.yearSpin.value(),
                                                  ui.holidaysEdit.toPlainText(), ui.workdaysEdit.toPlainText())
        except ValidationError as e:
            say(ui.scheduleMessage, "未保存：" + "；".join(p.text() for p in e.problems), error=True)
            return
        except StorageError as e:
            say(ui.scheduleMessage, str(e), error=True)
            return
        say(ui.scheduleMessage, self.tr("{0}年节假日安排已保存，期限按此计算。").format(ui.yearSpin.value())
            + self._moved_text(moved), error=False)
        self.show_year()

    def remove_schedule(self) -> None:
        year = self.ui.yearSpin.value()
        try:
            moved = deadlines.remove_year_schedule(self.office.db, year)
        except StorageError as e:
            say(self.ui.scheduleMessage, str(e), error=True)
            return
        say(self.ui.scheduleMessage, self.tr("已删除本机关录入的{0}年安排。").format(year) + self._moved_text(moved),
            error=False)
        self.show_year()

    def set_extend(self, extend: bool) -> None:
        try:
            moved = deadlines.set_extends_to_working_day(self.office.db, extend)
        except StorageError as e:
            say(self.ui.scheduleMessage, str(e), error=True)
        else:
            say(self.ui.scheduleMessage, self.tr("计算方法已保存。") + self._moved_text(moved), error=False)
        self.show_trial()

    def _moved_text(self, moved: list[deadlines.MovedDeadline]) -> str:
        if not moved:
            return self.tr("未报备的整改期限均无变化。")
        return self.tr("以下 {0} 项未报备的整改期限随之调整：\n").format(len(moved)) + "\n".join(
            m.text() for m in moved)

    def show_trial(self) -> None:
        day = from_qdate(self.ui.feedbackDateEdit.date())
        deadline = deadlines.measures_deadline(self.office.db, day)
        marker = self.tr("（暂定）") if deadline.provisional else ""
        set_linked_text(self.ui.trialResult, self.tr("整改措施报备期限（{0}）：{1}{2}\n{3}").format(
            deadline.article, format_cn(deadline.due), marker, deadline.explain()))

    def save_readings(self) -> None:
        ok, moved = attempt(self.ui.readingsMessage,
                            lambda: readings.save(self.office.db, self.ui.readingsEdit.toPlainText()))
        if ok:
            say(self.ui.readingsMessage, self.tr("已保存；{0} 名领导干部的拼音查找随之更新。").format(moved),
                error=False)

    def save_office_name(self) -> None:
        try:
            name = set_office_name(self.office.db, self.ui.officeNameEdit.text())
        except ValidationError as e:
            say(self.ui.officeMessage, e.problems[0].text(), error=True)
            return
        except StorageError as e:
            say(self.ui.officeMessage, str(e), error=True)
            return
        say(self.ui.officeMessage, self.tr("已保存。"), error=False)
        self.office_renamed.emit(name)

    def save_contact(self) -> None:
        """The contact person and telephone that notices print (联系人：…); what was typed stays on a refusal."""
        ok, _ = attempt(self.ui.officeMessage, lambda: set_document_contact(
            self.office.db, self.ui.contactNameEdit.text(), self.ui.contactPhoneEdit.text()))
        if ok:
            say(self.ui.officeMessage, self.tr("已保存：此后起草的通知以此为联系人及电话（已起草和已印发的不变）。"),
                error=False)

