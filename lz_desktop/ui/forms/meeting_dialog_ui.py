# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(940, 700)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QVBoxLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicGrid = QGridLayout()
        self.basicGrid.setObjectName(u"basicGrid")
        self.unitComboLabel = QLabel(self.basicTab)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.basicGrid.addWidget(self.unitComboLabel, 0, 0, 1, 1)

        self.unitCombo = QComboBox(self.basicTab)
        self.unitCombo.setObjectName(u"unitCombo")

        self.basicGrid.addWidget(self.unitCombo, 0, 1, 1, 1)

        self.kindComboLabel = QLabel(self.basicTab)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.basicGrid.addWidget(self.kindComboLabel, 0, 2, 1, 1)

        self.kindCombo = QComboBox(self.basicTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicGrid.addWidget(self.kindCombo, 0, 3, 1, 1)

        self.heldOnEditLabel = QLabel(self.basicTab)
        self.heldOnEditLabel.setObjectName(u"heldOnEditLabel")

        self.basicGrid.addWidget(self.heldOnEditLabel, 1, 0, 1, 1)

        self.heldOnEdit = QDateEdit(self.basicTab)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.basicGrid.addWidget(self.heldOnEdit, 1, 1, 1, 1)

        self.placeEditLabel = QLabel(self.basicTab)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.basicGrid.addWidget(self.placeEditLabel, 1, 2, 1, 1)

        self.placeEdit = QLineEdit(self.basicTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.basicGrid.addWidget(self.placeEdit, 1, 3, 1, 1)

        self.chairComboLabel = QLabel(self.basicTab)
        self.chairComboLabel.setObjectName(u"chairComboLabel")

        self.basicGrid.addWidget(self.chairComboLabel, 2, 0, 1, 1)

        self.chairCombo = QComboBox(self.basicTab)
        self.chairCombo.setObjectName(u"chairCombo")

        self.basicGrid.addWidget(self.chairCombo, 2, 1, 1, 1)

        self.recorderEditLabel = QLabel(self.basicTab)
        self.recorderEditLabel.setObjectName(u"recorderEditLabel")

        self.basicGrid.addWidget(self.recorderEditLabel, 2, 2, 1, 1)

        self.recorderEdit = QLineEdit(self.basicTab)
        self.recorderEdit.setObjectName(u"recorderEdit")

        self.basicGrid.addWidget(self.recorderEdit, 2, 3, 1, 1)


        self.basicLayout.addLayout(self.basicGrid)

        self.attendanceTableLabel = QLabel(self.basicTab)
        self.attendanceTableLabel.setObjectName(u"attendanceTableLabel")

        self.basicLayout.addWidget(self.attendanceTableLabel)

        self.attendanceTable = QTableWidget(self.basicTab)
        if (self.attendanceTable.columnCount() < 4):
            self.attendanceTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setAlternatingRowColors(True)
        self.attendanceTable.horizontalHeader().setStretchLastSection(True)
        self.attendanceTable.verticalHeader().setVisible(False)

        self.basicLayout.addWidget(self.attendanceTable)

        self.observersListLabel = QLabel(self.basicTab)
        self.observersListLabel.setObjectName(u"observersListLabel")

        self.basicLayout.addWidget(self.observersListLabel)

        self.observersRow = QHBoxLayout()
        self.observersRow.setObjectName(u"observersRow")
        self.observersList = QListWidget(self.basicTab)
        self.observersList.setObjectName(u"observersList")
        self.observersList.setMaximumSize(QSize(16777215, 90))

        self.observersRow.addWidget(self.observersList)

        self.observersNoteEdit = QLineEdit(self.basicTab)
        self.observersNoteEdit.setObjectName(u"observersNoteEdit")

        self.observersRow.addWidget(self.observersNoteEdit)


        self.basicLayout.addLayout(self.observersRow)

        self.basicLayout.setStretch(2, 1)
        self.tabs.addTab(self.basicTab, "")
        self.agendaTab = QWidget()
        self.agendaTab.setObjectName(u"agendaTab")
        self.agendaLayout = QVBoxLayout(self.agendaTab)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaEditLabel = QLabel(self.agendaTab)
        self.agendaEditLabel.setObjectName(u"agendaEditLabel")

        self.agendaLayout.addWidget(self.agendaEditLabel)

        self.agendaEdit = QPlainTextEdit(self.agendaTab)
        self.agendaEdit.setObjectName(u"agendaEdit")

        self.agendaLayout.addWidget(self.agendaEdit)

        self.minutesEditLabel = QLabel(self.agendaTab)
        self.minutesEditLabel.setObjectName(u"minutesEditLabel")

        self.agendaLayout.addWidget(self.minutesEditLabel)

        self.minutesEdit = QPlainTextEdit(self.agendaTab)
        self.minutesEdit.setObjectName(u"minutesEdit")

        self.agendaLayout.addWidget(self.minutesEdit)

        self.agendaLayout.setStretch(1, 1)
        self.agendaLayout.setStretch(3, 2)
        self.tabs.addTab(self.agendaTab, "")
        self.decisionsTab = QWidget()
        self.decisionsTab.setObjectName(u"decisionsTab")
        self.decisionsLayout = QVBoxLayout(self.decisionsTab)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsHint = QLabel(self.decisionsTab)
        self.decisionsHint.setObjectName(u"decisionsHint")
        self.decisionsHint.setWordWrap(True)
        self.decisionsHint.setStyleSheet(u"color: #555;")

        self.decisionsLayout.addWidget(self.decisionsHint)

        self.decisionsTable = QTableWidget(self.decisionsTab)
        if (self.decisionsTable.columnCount() < 3):
            self.decisionsTable.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.decisionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.decisionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.decisionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionsTable.setWordWrap(True)
        self.decisionsTable.horizontalHeader().setStretchLastSection(True)
        self.decisionsTable.verticalHeader().setVisible(False)

        self.decisionsLayout.addWidget(self.decisionsTable)

        self.decisionActions = QHBoxLayout()
        self.decisionActions.setObjectName(u"decisionActions")
        self.addDecisionButton = QPushButton(self.decisionsTab)
        self.addDecisionButton.setObjectName(u"addDecisionButton")

        self.decisionActions.addWidget(self.addDecisionButton)

        self.removeDecisionButton = QPushButton(self.decisionsTab)
        self.removeDecisionButton.setObjectName(u"removeDecisionButton")

        self.decisionActions.addWidget(self.removeDecisionButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionActions.addItem(self.decisionSpacer)


        self.decisionsLayout.addLayout(self.decisionActions)

        self.decisionsLayout.setStretch(1, 1)
        self.tabs.addTab(self.decisionsTab, "")
        self.lifeTab = QWidget()
        self.lifeTab.setObjectName(u"lifeTab")
        self.lifeLayout = QVBoxLayout(self.lifeTab)
        self.lifeLayout.setObjectName(u"lifeLayout")
        self.previousRow = QHBoxLayout()
        self.previousRow.setObjectName(u"previousRow")
        self.previousReviewEditLabel = QLabel(self.lifeTab)
        self.previousReviewEditLabel.setObjectName(u"previousReviewEditLabel")

        self.previousRow.addWidget(self.previousReviewEditLabel)

        self.previousSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previousRow.addItem(self.previousSpacer)

        self.loadPreviousButton = QPushButton(self.lifeTab)
        self.loadPreviousButton.setObjectName(u"loadPreviousButton")

        self.previousRow.addWidget(self.loadPreviousButton)


        self.lifeLayout.addLayout(self.previousRow)

        self.previousReviewEdit = QPlainTextEdit(self.lifeTab)
        self.previousReviewEdit.setObjectName(u"previousReviewEdit")

        self.lifeLayout.addWidget(self.previousReviewEdit)

        self.lifeTableLabel = QLabel(self.lifeTab)
        self.lifeTableLabel.setObjectName(u"lifeTableLabel")
        self.lifeTableLabel.setWordWrap(True)

        self.lifeLayout.addWidget(self.lifeTableLabel)

        self.lifeHint = QLabel(self.lifeTab)
        self.lifeHint.setObjectName(u"lifeHint")
        self.lifeHint.setStyleSheet(u"color: #555;")
        self.lifeHint.setWordWrap(True)

        self.lifeLayout.addWidget(self.lifeHint)

        self.lifeTable = QTableWidget(self.lifeTab)
        if (self.lifeTable.columnCount() < 3):
            self.lifeTable.setColumnCount(3)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.lifeTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.lifeTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.lifeTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        self.lifeTable.setObjectName(u"lifeTable")
        self.lifeTable.setWordWrap(True)
        self.lifeTable.horizontalHeader().setStretchLastSection(True)
        self.lifeTable.verticalHeader().setVisible(False)

        self.lifeLayout.addWidget(self.lifeTable)

        self.lifeLayout.setStretch(1, 1)
        self.lifeLayout.setStretch(4, 2)
        self.tabs.addTab(self.lifeTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationLayout = QHBoxLayout(self.evaluationTab)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.groupsSide = QVBoxLayout()
        self.groupsSide.setObjectName(u"groupsSide")
        self.groupsTableLabel = QLabel(self.evaluationTab)
        self.groupsTableLabel.setObjectName(u"groupsTableLabel")

        self.groupsSide.addWidget(self.groupsTableLabel)

        self.groupsTable = QTableWidget(self.evaluationTab)
        if (self.groupsTable.columnCount() < 2):
            self.groupsTable.setColumnCount(2)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.groupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.groupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem11)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupsTable.horizontalHeader().setStretchLastSection(True)
        self.groupsTable.verticalHeader().setVisible(False)

        self.groupsSide.addWidget(self.groupsTable)


        self.evaluationLayout.addLayout(self.groupsSide)

        self.itemsSide = QVBoxLayout()
        self.itemsSide.setObjectName(u"itemsSide")
        self.itemsTableLabel = QLabel(self.evaluationTab)
        self.itemsTableLabel.setObjectName(u"itemsTableLabel")

        self.itemsSide.addWidget(self.itemsTableLabel)

        self.itemsTable = QTableWidget(self.evaluationTab)
        if (self.itemsTable.columnCount() < 5):
            self.itemsTable.setColumnCount(5)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(3, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(4, __qtablewidgetitem16)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.horizontalHeader().setStretchLastSection(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.itemsSide.addWidget(self.itemsTable)

        self.itemActions = QHBoxLayout()
        self.itemActions.setObjectName(u"itemActions")
        self.addItemButton = QPushButton(self.evaluationTab)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemActions.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.evaluationTab)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemActions.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemActions.addItem(self.itemSpacer)

        self.evaluationSummary = QLabel(self.evaluationTab)
        self.evaluationSummary.setObjectName(u"evaluationSummary")
        self.evaluationSummary.setStyleSheet(u"font-weight: bold;")

        self.itemActions.addWidget(self.evaluationSummary)


        self.itemsSide.addLayout(self.itemActions)


        self.evaluationLayout.addLayout(self.itemsSide)

        self.evaluationLayout.setStretch(0, 1)
        self.evaluationLayout.setStretch(1, 2)
        self.tabs.addTab(self.evaluationTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.reasonRow = QWidget(MeetingDialog)
        self.reasonRow.setObjectName(u"reasonRow")
        self.reasonRow.setVisible(False)
        self.reasonLayout = QHBoxLayout(self.reasonRow)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setContentsMargins(0, 0, 0, 0)
        self.reasonEditLabel = QLabel(self.reasonRow)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.reasonLayout.addWidget(self.reasonEditLabel)

        self.reasonEdit = QLineEdit(self.reasonRow)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)


        self.mainLayout.addWidget(self.reasonRow)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.heldOnEditLabel.setBuddy(self.heldOnEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.chairComboLabel.setBuddy(self.chairCombo)
        self.recorderEditLabel.setBuddy(self.recorderEdit)
        self.attendanceTableLabel.setBuddy(self.attendanceTable)
        self.observersListLabel.setBuddy(self.observersList)
        self.agendaEditLabel.setBuddy(self.agendaEdit)
        self.minutesEditLabel.setBuddy(self.minutesEdit)
        self.previousReviewEditLabel.setBuddy(self.previousReviewEdit)
        self.lifeTableLabel.setBuddy(self.lifeTable)
        self.groupsTableLabel.setBuddy(self.groupsTable)
        self.itemsTableLabel.setBuddy(self.itemsTable)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.unitComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7c7b\u578b *", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7c7b\u578b", None))
#endif // QT_CONFIG(accessibility)
        self.heldOnEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.heldOnEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.placeEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5730\u70b9", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5730\u70b9", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u5982\uff1a\u533a\u59d4\u7b2c\u4e00\u4f1a\u8bae\u5ba4", None))
        self.chairComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba *", None))
#if QT_CONFIG(accessibility)
        self.chairCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.recorderEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u4eba", None))
#if QT_CONFIG(accessibility)
        self.recorderEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.attendanceTableLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u51fa\u5e2d\u60c5\u51b5\uff08\u4f1a\u8bae\u5f53\u65e5\u5728\u4efb\u7684\u9886\u5bfc\u73ed\u5b50\u6210\u5458\uff1b\u7f3a\u5e2d\u987b\u6ce8\u660e\u539f\u56e0\uff09", None))
        ___qtablewidgetitem = self.attendanceTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MeetingDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.attendanceTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MeetingDialog", u"\u804c\u52a1", None))
        ___qtablewidgetitem2 = self.attendanceTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MeetingDialog", u"\u51fa\u5e2d\u60c5\u51b5", None))
        ___qtablewidgetitem3 = self.attendanceTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MeetingDialog", u"\u7f3a\u5e2d\u539f\u56e0", None))
#if QT_CONFIG(accessibility)
        self.attendanceTable.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u51fa\u5e2d\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.observersListLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0a\u7ea7\u5217\u5e2d\u4eba\u5458", None))
#if QT_CONFIG(accessibility)
        self.observersList.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4e0a\u7ea7\u5217\u5e2d\u4eba\u5458", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.observersNoteEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5176\u4ed6\u5217\u5e2d\u4eba\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.observersNoteEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u540d\u518c\u5916\u7684\u5217\u5e2d\u4eba\u5458\uff0c\u5982\uff1a\u533a\u7eaa\u59d4\u7b2c\u4e8c\u76d1\u7763\u68c0\u67e5\u5ba4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("MeetingDialog", u"\u57fa\u672c\u60c5\u51b5", None))
        self.agendaEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898 *", None))
#if QT_CONFIG(accessibility)
        self.agendaEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u5982\uff1a\u4f20\u8fbe\u4e0a\u7ea7\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u5de5\u4f5c\u90e8\u7f72\uff0c\u7814\u7a76\u672c\u5e74\u5ea6\u4efb\u52a1\u5206\u89e3", None))
        self.minutesEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7eaa\u8981", None))
#if QT_CONFIG(accessibility)
        self.minutesEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7eaa\u8981", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.agendaTab), QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898\u4e0e\u7eaa\u8981", None))
        self.decisionsHint.setText(QCoreApplication.translate("MeetingDialog", u"\u201c\u5217\u5165\u5e74\u5ea6\u4efb\u52a1\u201d\u7684\u51b3\u5b9a\u6210\u4e3a\u672c\u5355\u4f4d\u5f53\u5e74\u8ba1\u5212\u7684\u4e00\u9879\u4efb\u52a1\uff1b\u201c\u5217\u5165\u6574\u6539\u95ee\u9898\u201d\u7684\u51b3\u5b9a\u8fdb\u5165\u6574\u6539\u53f0\u8d26\u3002\u4e24\u8005\u90fd\u987b\u6307\u5b9a\u8d23\u4efb\u9886\u5bfc\u3002\u5df2\u4fdd\u5b58\u7684\u51b3\u5b9a\u4e0d\u518d\u4fee\u6539\u3002", None))
        ___qtablewidgetitem4 = self.decisionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MeetingDialog", u"\u51b3\u5b9a\u5185\u5bb9", None))
        ___qtablewidgetitem5 = self.decisionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MeetingDialog", u"\u5904\u7406\u65b9\u5f0f", None))
        ___qtablewidgetitem6 = self.decisionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MeetingDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#if QT_CONFIG(accessibility)
        self.decisionsTable.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.addDecisionButton.setText(QCoreApplication.translate("MeetingDialog", u"\u589e\u52a0\u4e00\u9879\u51b3\u5b9a", None))
#if QT_CONFIG(accessibility)
        self.addDecisionButton.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u589e\u52a0\u4e00\u9879\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.removeDecisionButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664\u6240\u9009\uff08\u672a\u4fdd\u5b58\u7684\uff09", None))
#if QT_CONFIG(accessibility)
        self.removeDecisionButton.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664\u6240\u9009\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.decisionsTab), QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u51b3\u5b9a", None))
        self.previousReviewEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0a\u6b21\u6c11\u4e3b\u751f\u6d3b\u4f1a\u6574\u6539\u60c5\u51b5\u901a\u62a5", None))
        self.loadPreviousButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5e26\u5165\u4e0a\u6b21\u6574\u6539\u6e05\u5355", None))
#if QT_CONFIG(accessibility)
        self.loadPreviousButton.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5e26\u5165\u4e0a\u6b21\u6574\u6539\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previousReviewEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u4e0a\u6b21\u6c11\u4e3b\u751f\u6d3b\u4f1a\u6574\u6539\u60c5\u51b5\u901a\u62a5", None))
#endif // QT_CONFIG(accessibility)
        self.lifeTableLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5bf9\u7167\u68c0\u67e5\u4e0e\u6279\u8bc4\u548c\u81ea\u6211\u6279\u8bc4\uff08\u6bcf\u4f4d\u73ed\u5b50\u6210\u5458\u4e00\u884c\uff1b\u672c\u6b21\u6574\u6539\u6e05\u5355\u5728\u201c\u4f1a\u8bae\u51b3\u5b9a\u201d\u4e2d\u5217\u5165\u6574\u6539\u95ee\u9898\uff09", None))
        ___qtablewidgetitem7 = self.lifeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MeetingDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem8 = self.lifeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MeetingDialog", u"\u5bf9\u7167\u68c0\u67e5\u6750\u6599\uff08\u8981\u70b9\uff09", None))
        ___qtablewidgetitem9 = self.lifeTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MeetingDialog", u"\u6279\u8bc4\u4e0e\u81ea\u6211\u6279\u8bc4", None))
#if QT_CONFIG(accessibility)
        self.lifeTable.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5bf9\u7167\u68c0\u67e5", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.lifeTab), QCoreApplication.translate("MeetingDialog", u"\u6c11\u4e3b\u751f\u6d3b\u4f1a", None))
        self.groupsTableLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u53c2\u52a0\u8bc4\u8bae\u4eba\u5458\uff08\u7b2c\u5341\u516d\u6761\uff09", None))
        ___qtablewidgetitem10 = self.groupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("MeetingDialog", u"\u7c7b\u522b", None))
        ___qtablewidgetitem11 = self.groupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("MeetingDialog", u"\u4eba\u6570", None))
#if QT_CONFIG(accessibility)
        self.groupsTable.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u53c2\u52a0\u8bc4\u8bae\u4eba\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.itemsTableLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u8bae\u9879\u76ee\u4e0e\u7968\u6570", None))
        ___qtablewidgetitem12 = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u8bae\u9879\u76ee", None))
        ___qtablewidgetitem13 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("MeetingDialog", u"\u6ee1\u610f", None))
        ___qtablewidgetitem14 = self.itemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("MeetingDialog", u"\u57fa\u672c\u6ee1\u610f", None))
        ___qtablewidgetitem15 = self.itemsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("MeetingDialog", u"\u4e0d\u6ee1\u610f", None))
        ___qtablewidgetitem16 = self.itemsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("MeetingDialog", u"\u6ee1\u610f\u7387", None))
#if QT_CONFIG(accessibility)
        self.itemsTable.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u8bae\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.addItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u589e\u52a0\u9879\u76ee", None))
#if QT_CONFIG(accessibility)
        self.addItemButton.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u589e\u52a0\u8bc4\u8bae\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.removeItemButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664\u6240\u9009", None))
#if QT_CONFIG(accessibility)
        self.removeItemButton.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664\u6240\u9009\u8bc4\u8bae\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.evaluationSummary.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u603b\u4f53\u6ee1\u610f\u7387", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("MeetingDialog", u"\u6c11\u4e3b\u8bc4\u8bae", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u66f4\u6b63\u7406\u7531 *", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"\u66f4\u6b63\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u4fee\u6539\u5df2\u767b\u8bb0\u7684\u4f1a\u8bae\u987b\u5199\u660e\u7406\u7531\uff0c\u5982\uff1a\u51fa\u5e2d\u4eba\u6570\u5f55\u5165\u6709\u8bef\uff0c\u4ee5\u4f1a\u8bae\u7b7e\u5230\u8868\u4e3a\u51c6", None))
    # retranslateUi

