"""Drafting or editing an official document before it is issued (forms/draft_dialog.ui)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from lz_desktop.domain.official_document import DocumentKind, OfficialDocument
from lz_desktop.services import documents
from lz_desktop.services.office import Office
from lz_desktop.ui.chinese import from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog
from lz_desktop.ui.forms.draft_dialog_ui import Ui_DraftDialog


class DraftDialog(ActionDialog):
    def __init__(self, office: Office, *, doc_id: int | None = None, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DraftDialog()
        self.ui.setupUi(self)
        self.office, self.doc_id = office, doc_id
        ui = self.ui
        for kind in DocumentKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        setup_date_edit(ui.issueDateEdit)
        self.setup_actions(ui.buttonBox, ui.errorLabel, {}, save_text="保存草稿")
        if doc_id is None:
            self._fill(documents.blank_notice(office.db, today or dt.date.today()))
        else:
            self._fill(documents.content(office.db, doc_id))
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(documents.entry(office.db, doc_id).kind.value))
            ui.kindCombo.setEnabled(False)
            self.setWindowTitle(self.tr("修改草稿"))

    def draft(self) -> OfficialDocument:
        ui = self.ui

        def lines(text: str) -> tuple[str, ...]:
            return tuple(line.strip() for line in text.splitlines() if line.strip())

        issue_date = from_qdate(ui.issueDateEdit.date())
        return OfficialDocument(
            issuer_mark=ui.issuerMarkEdit.text().strip(), number="", title=ui.titleEdit.text().strip(),
            addressee=ui.addresseeEdit.text().strip(), body=lines(ui.bodyEdit.toPlainText()),
            issuer=ui.issuerEdit.text().strip(), issue_date=issue_date, signer=ui.signerEdit.text().strip(),
            attachments=lines(ui.attachmentsEdit.toPlainText()),
            copy_to=tuple(p.strip() for p in ui.copyToEdit.text().replace("，", "、").split("、") if p.strip()),
            printed_by=ui.printedByEdit.text().strip(), printed_on=issue_date)

    def act(self) -> None:
        if self.doc_id is None:
            kind = DocumentKind(self.ui.kindCombo.currentData())
            self.doc_id = documents.create_draft(self.office.db, kind, self.draft())
        else:
            documents.save_draft(self.office.db, self.doc_id, self.draft())

    def _fill(self, doc: OfficialDocument) -> None:
        ui = self.ui
        ui.issuerMarkEdit.setText(doc.issuer_mark)
        ui.titleEdit.setText(doc.title)
        ui.addresseeEdit.setText(doc.addressee)
        ui.bodyEdit.setPlainText("\n".join(doc.body))
        ui.attachmentsEdit.setPlainText("\n".join(doc.attachments))
        ui.issuerEdit.setText(doc.issuer)
        ui.signerEdit.setText(doc.signer)
        ui.issueDateEdit.setDate(to_qdate(doc.issue_date))
        ui.copyToEdit.setText("、".join(doc.copy_to))
        ui.printedByEdit.setText(doc.printed_by)
