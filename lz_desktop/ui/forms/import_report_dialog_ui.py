# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_report_dialog.ui'
##
## Created by: pyside6-uic (scripts/build_forms.py)
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportReportDialog(object):
    def setupUi(self, ImportReportDialog):
        if not ImportReportDialog.objectName():
            ImportReportDialog.setObjectName(u"ImportReportDialog")
        ImportReportDialog.resize(760, 480)
        self.mainLayout = QVBoxLayout(ImportReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.problemTable = QTableWidget(ImportReportDialog)
        if (self.problemTable.columnCount() < 3):
            self.problemTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemTable.setAlternatingRowColors(True)
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemTable.horizontalHeader().setStretchLastSection(True)
        self.problemTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.problemTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportReportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportReportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ImportReportDialog)

        QMetaObject.connectSlotsByName(ImportReportDialog)
    # setupUi

    def retranslateUi(self, ImportReportDialog):
        ImportReportDialog.setWindowTitle(QCoreApplication.translate("ImportReportDialog", u"\u540d\u518c\u5bfc\u5165\u68c0\u67e5", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"\u68c0\u67e5\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.problemTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportReportDialog", u"\u884c", None))
        ___qtablewidgetitem1 = self.problemTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportReportDialog", u"\u5217", None))
        ___qtablewidgetitem2 = self.problemTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportReportDialog", u"\u95ee\u9898", None))
#if QT_CONFIG(accessibility)
        self.problemTable.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"\u95ee\u9898\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ImportReportDialog", u"\u5bfc\u5165", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"\u5bfc\u5165", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ImportReportDialog", u"\u4e0d\u5bfc\u5165", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ImportReportDialog", u"\u4e0d\u5bfc\u5165", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

