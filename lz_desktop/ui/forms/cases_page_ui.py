# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        CasesPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(CasesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearCombo = QComboBox(CasesPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.top.addWidget(self.yearCombo)

        self.statusCombo = QComboBox(CasesPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.top.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(CasesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(260, 0))

        self.top.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.top)

        self.tabs = QTabWidget(CasesPage)
        self.tabs.setObjectName(u"tabs")
        self.casesTab = QWidget()
        self.casesTab.setObjectName(u"casesTab")
        self.casesLayout = QVBoxLayout(self.casesTab)
        self.casesLayout.setObjectName(u"casesLayout")
        self.caseActions = QHBoxLayout()
        self.caseActions.setObjectName(u"caseActions")
        self.newButton = QPushButton(self.casesTab)
        self.newButton.setObjectName(u"newButton")

        self.caseActions.addWidget(self.newButton)

        self.editButton = QPushButton(self.casesTab)
        self.editButton.setObjectName(u"editButton")

        self.caseActions.addWidget(self.editButton)

        self.investigateButton = QPushButton(self.casesTab)
        self.investigateButton.setObjectName(u"investigateButton")

        self.caseActions.addWidget(self.investigateButton)

        self.decideButton = QPushButton(self.casesTab)
        self.decideButton.setObjectName(u"decideButton")

        self.caseActions.addWidget(self.decideButton)

        self.carryOutButton = QPushButton(self.casesTab)
        self.carryOutButton.setObjectName(u"carryOutButton")

        self.caseActions.addWidget(self.carryOutButton)

        self.closeButton = QPushButton(self.casesTab)
        self.closeButton.setObjectName(u"closeButton")

        self.caseActions.addWidget(self.closeButton)

        self.reopenButton = QPushButton(self.casesTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.caseActions.addWidget(self.reopenButton)

        self.noticeButton = QPushButton(self.casesTab)
        self.noticeButton.setObjectName(u"noticeButton")

        self.caseActions.addWidget(self.noticeButton)

        self.caseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseActions.addItem(self.caseSpacer)

        self.registerPdfButton = QPushButton(self.casesTab)
        self.registerPdfButton.setObjectName(u"registerPdfButton")

        self.caseActions.addWidget(self.registerPdfButton)

        self.printRegisterButton = QPushButton(self.casesTab)
        self.printRegisterButton.setObjectName(u"printRegisterButton")

        self.caseActions.addWidget(self.printRegisterButton)

        self.exportButton = QPushButton(self.casesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.caseActions.addWidget(self.exportButton)


        self.casesLayout.addLayout(self.caseActions)

        self.splitter = QSplitter(self.casesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.caseTable = QTableView(self.splitter)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.caseTable)
        self.caseTable.horizontalHeader().setStretchLastSection(True)
        self.caseTable.verticalHeader().setVisible(False)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailView = QTextBrowser(self.detailPane)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMinimumSize(QSize(380, 0))

        self.detailLayout.addWidget(self.detailView)

        self.decisionsListLabel = QLabel(self.detailPane)
        self.decisionsListLabel.setObjectName(u"decisionsListLabel")

        self.detailLayout.addWidget(self.decisionsListLabel)

        self.decisionsList = QListWidget(self.detailPane)
        self.decisionsList.setObjectName(u"decisionsList")

        self.detailLayout.addWidget(self.decisionsList)

        self.detailLayout.setStretch(0, 1)
        self.detailLayout.setStretch(2, 1)
        self.splitter.addWidget(self.detailPane)

        self.casesLayout.addWidget(self.splitter)

        self.casesLayout.setStretch(1, 1)
        self.tabs.addTab(self.casesTab, "")
        self.restrictionsTab = QWidget()
        self.restrictionsTab.setObjectName(u"restrictionsTab")
        self.restrictionsLayout = QVBoxLayout(self.restrictionsTab)
        self.restrictionsLayout.setObjectName(u"restrictionsLayout")
        self.restrictionsTop = QHBoxLayout()
        self.restrictionsTop.setObjectName(u"restrictionsTop")
        self.onDateEditLabel = QLabel(self.restrictionsTab)
        self.onDateEditLabel.setObjectName(u"onDateEditLabel")

        self.restrictionsTop.addWidget(self.onDateEditLabel)

        self.onDateEdit = QDateEdit(self.restrictionsTab)
        self.onDateEdit.setObjectName(u"onDateEdit")

        self.restrictionsTop.addWidget(self.onDateEdit)

        self.restrictionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restrictionsTop.addItem(self.restrictionsSpacer)


        self.restrictionsLayout.addLayout(self.restrictionsTop)

        self.restrictionsTable = QTableView(self.restrictionsTab)
        self.restrictionsTable.setObjectName(u"restrictionsTable")
        self.restrictionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.restrictionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.restrictionsTable.setAlternatingRowColors(True)
        self.restrictionsTable.setWordWrap(True)
        self.restrictionsTable.horizontalHeader().setStretchLastSection(True)
        self.restrictionsTable.verticalHeader().setVisible(False)

        self.restrictionsLayout.addWidget(self.restrictionsTable)

        self.restrictionsLayout.setStretch(1, 1)
        self.tabs.addTab(self.restrictionsTab, "")
        self.oversightTab = QWidget()
        self.oversightTab.setObjectName(u"oversightTab")
        self.oversightLayout = QVBoxLayout(self.oversightTab)
        self.oversightLayout.setObjectName(u"oversightLayout")
        self.oversightTop = QHBoxLayout()
        self.oversightTop.setObjectName(u"oversightTop")
        self.daysSpinLabel = QLabel(self.oversightTab)
        self.daysSpinLabel.setObjectName(u"daysSpinLabel")

        self.oversightTop.addWidget(self.daysSpinLabel)

        self.daysSpin = QSpinBox(self.oversightTab)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMaximum(3650)
        self.daysSpin.setValue(30)

        self.oversightTop.addWidget(self.daysSpin)

        self.oversightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.oversightTop.addItem(self.oversightSpacer)

        self.remindButton = QPushButton(self.oversightTab)
        self.remindButton.setObjectName(u"remindButton")

        self.oversightTop.addWidget(self.remindButton)


        self.oversightLayout.addLayout(self.oversightTop)

        self.pendingTable = QTableView(self.oversightTab)
        self.pendingTable.setObjectName(u"pendingTable")
        self.pendingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pendingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pendingTable.setAlternatingRowColors(True)
        self.pendingTable.horizontalHeader().setStretchLastSection(True)
        self.pendingTable.verticalHeader().setVisible(False)

        self.oversightLayout.addWidget(self.pendingTable)

        self.oversightLayout.setStretch(1, 1)
        self.tabs.addTab(self.oversightTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(CasesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.decisionsListLabel.setBuddy(self.decisionsList)
        self.onDateEditLabel.setBuddy(self.onDateEdit)
        self.daysSpinLabel.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CasesPage)

        QMetaObject.connectSlotsByName(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u6309\u5e74\u5ea6\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u6309\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CasesPage", u"\u641c\u7d22\uff1a\u7ebf\u7d22\u5185\u5bb9\u3001\u5bf9\u8c61\u3001\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u641c\u7d22\u6848\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u7ebf\u7d22\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u7ebf\u7d22", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("CasesPage", u"\u4fee\u6539\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u4fee\u6539\u6848\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.investigateButton.setText(QCoreApplication.translate("CasesPage", u"\u5f00\u59cb\u8c03\u67e5\u2026", None))
#if QT_CONFIG(accessibility)
        self.investigateButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u5f00\u59cb\u8c03\u67e5", None))
#endif // QT_CONFIG(accessibility)
        self.decideButton.setText(QCoreApplication.translate("CasesPage", u"\u4f5c\u51fa\u51b3\u5b9a\u2026", None))
#if QT_CONFIG(accessibility)
        self.decideButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u4f5c\u51fa\u5904\u7406\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.carryOutButton.setText(QCoreApplication.translate("CasesPage", u"\u6267\u884c\u5b8c\u6bd5\u2026", None))
#if QT_CONFIG(accessibility)
        self.carryOutButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u5904\u7406\u51b3\u5b9a\u6267\u884c\u5b8c\u6bd5", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("CasesPage", u"\u7ed3\u6848\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u7ed3\u6848", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("CasesPage", u"\u91cd\u65b0\u6253\u5f00\u2026", None))
#if QT_CONFIG(accessibility)
        self.reopenButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u91cd\u65b0\u6253\u5f00\u6848\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.noticeButton.setText(QCoreApplication.translate("CasesPage", u"\u8d77\u8349\u51b3\u5b9a\u901a\u77e5", None))
#if QT_CONFIG(accessibility)
        self.noticeButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u8d77\u8349\u51b3\u5b9a\u901a\u77e5", None))
#endif // QT_CONFIG(accessibility)
        self.registerPdfButton.setText(QCoreApplication.translate("CasesPage", u"\u767b\u8bb0\u8868PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.registerPdfButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u6848\u4ef6\u767b\u8bb0\u8868\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.printRegisterButton.setText(QCoreApplication.translate("CasesPage", u"\u6253\u5370\u767b\u8bb0\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.printRegisterButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u6253\u5370\u6848\u4ef6\u767b\u8bb0\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("CasesPage", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u5bfc\u51fa\u6848\u4ef6\u767b\u8bb0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u8d23\u4efb\u8ffd\u7a76\u6848\u4ef6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u6848\u4ef6\u8be6\u60c5", None))
#endif // QT_CONFIG(accessibility)
        self.decisionsListLabel.setText(QCoreApplication.translate("CasesPage", u"\u5904\u7406\u51b3\u5b9a\uff08\u9009\u4e2d\u4e00\u9879\u540e\u201c\u6267\u884c\u5b8c\u6bd5\u201d\u6216\u201c\u8d77\u8349\u51b3\u5b9a\u901a\u77e5\u201d\uff09", None))
#if QT_CONFIG(accessibility)
        self.decisionsList.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u5904\u7406\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.casesTab), QCoreApplication.translate("CasesPage", u"\u6848\u4ef6", None))
        self.onDateEditLabel.setText(QCoreApplication.translate("CasesPage", u"\u5728\u6b64\u65e5\u671f\u4ecd\u5728\u5f71\u54cd\u671f\u5185\u7684\u9650\u5236\uff08\u7b2c\u4e8c\u5341\u516b\u6761\uff09", None))
#if QT_CONFIG(accessibility)
        self.onDateEdit.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restrictionsTable.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u5f71\u54cd\u671f\u5185\u7684\u9650\u5236", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.restrictionsTab), QCoreApplication.translate("CasesPage", u"\u5f71\u54cd\u671f", None))
        self.daysSpinLabel.setText(QCoreApplication.translate("CasesPage", u"\u4f5c\u51fa\u51b3\u5b9a\u5df2\u8d85\u8fc7", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u5929\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpin.setSuffix(QCoreApplication.translate("CasesPage", u" \u5929\u4ecd\u672a\u843d\u5b9e", None))
        self.remindButton.setText(QCoreApplication.translate("CasesPage", u"\u8d77\u8349\u7763\u4fc3\u843d\u5b9e\u901a\u77e5", None))
#if QT_CONFIG(accessibility)
        self.remindButton.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u8d77\u8349\u7763\u4fc3\u843d\u5b9e\u901a\u77e5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pendingTable.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u672a\u843d\u5b9e\u7684\u5904\u7406\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.oversightTab), QCoreApplication.translate("CasesPage", u"\u7763\u4fc3\u843d\u5b9e", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CasesPage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

