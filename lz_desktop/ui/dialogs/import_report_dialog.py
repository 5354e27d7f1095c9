"""What a roster check found, row by row, and the clerk's choice: import the valid rows or none."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from lz_desktop.services.roster_io import RosterCheck
from lz_desktop.ui.forms.import_report_dialog_ui import Ui_ImportReportDialog


class ImportReportDialog(QDialog):
    def __init__(self, check: RosterCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        ui, valid = self.ui, len(check.valid)
        summary = self.tr("{0}：共 {1} 行，无问题 {2} 行，有问题 {3} 行。").format(
            check.path.name, check.total, valid, check.bad_rows)
        if check.problems:
            summary += self.tr("\n有问题的行不会导入。可以修改名册后重新导入，或只导入无问题的行。")
            ui.importButton.setText(self.tr("仅导入无问题的 {0} 行").format(valid))
        else:
            summary += self.tr("\n全部行均可导入。")
            ui.importButton.setText(self.tr("导入全部 {0} 行").format(valid))
        ui.summaryLabel.setText(summary)
        ui.importButton.setEnabled(valid > 0)
        ui.problemTable.setRowCount(len(check.problems))
        for row, problem in enumerate(check.problems):
            for column, text in enumerate((self.tr("第{0}行").format(problem.row), problem.column,
                                           problem.message)):
                ui.problemTable.setItem(row, column, QTableWidgetItem(text))
        header = ui.problemTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.problemTable.setVisible(bool(check.problems))
        ui.importButton.clicked.connect(self.accept)
        ui.cancelButton.clicked.connect(self.reject)
