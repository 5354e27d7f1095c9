# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duties_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_DutiesPage(object):
    def setupUi(self, DutiesPage):
        if not DutiesPage.objectName():
            DutiesPage.setObjectName(u"DutiesPage")
        DutiesPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(DutiesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearLabel = QLabel(DutiesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(DutiesPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.top.addWidget(self.yearSpin)

        self.planUnitLabel = QLabel(DutiesPage)
        self.planUnitLabel.setObjectName(u"planUnitLabel")

        self.top.addWidget(self.planUnitLabel)

        self.planUnitCombo = QComboBox(DutiesPage)
        self.planUnitCombo.setObjectName(u"planUnitCombo")
        self.planUnitCombo.setMinimumSize(QSize(200, 0))

        self.top.addWidget(self.planUnitCombo)

        self.publishedLabel = QLabel(DutiesPage)
        self.publishedLabel.setObjectName(u"publishedLabel")

        self.top.addWidget(self.publishedLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.top)

        self.tabs = QTabWidget(DutiesPage)
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planActions = QHBoxLayout()
        self.planActions.setObjectName(u"planActions")
        self.addTaskButton = QPushButton(self.planTab)
        self.addTaskButton.setObjectName(u"addTaskButton")

        self.planActions.addWidget(self.addTaskButton)

        self.editTaskButton = QPushButton(self.planTab)
        self.editTaskButton.setObjectName(u"editTaskButton")

        self.planActions.addWidget(self.editTaskButton)

        self.progressButton = QPushButton(self.planTab)
        self.progressButton.setObjectName(u"progressButton")

        self.planActions.addWidget(self.progressButton)

        self.doneButton = QPushButton(self.planTab)
        self.doneButton.setObjectName(u"doneButton")

        self.planActions.addWidget(self.doneButton)

        self.copyButton = QPushButton(self.planTab)
        self.copyButton.setObjectName(u"copyButton")

        self.planActions.addWidget(self.copyButton)

        self.publishButton = QPushButton(self.planTab)
        self.publishButton.setObjectName(u"publishButton")

        self.planActions.addWidget(self.publishButton)

        self.overdueOnlyCheck = QCheckBox(self.planTab)
        self.overdueOnlyCheck.setObjectName(u"overdueOnlyCheck")

        self.planActions.addWidget(self.overdueOnlyCheck)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planActions.addItem(self.planSpacer)

        self.planPdfButton = QPushButton(self.planTab)
        self.planPdfButton.setObjectName(u"planPdfButton")

        self.planActions.addWidget(self.planPdfButton)

        self.printPlanButton = QPushButton(self.planTab)
        self.printPlanButton.setObjectName(u"printPlanButton")

        self.planActions.addWidget(self.printPlanButton)

        self.exportPlanButton = QPushButton(self.planTab)
        self.exportPlanButton.setObjectName(u"exportPlanButton")

        self.planActions.addWidget(self.exportPlanButton)


        self.planLayout.addLayout(self.planActions)

        self.taskTable = QTableWidget(self.planTab)
        if (self.taskTable.columnCount() < 10):
            self.taskTable.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.taskTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.taskTable.setObjectName(u"taskTable")
        self.taskTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.taskTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.taskTable.setAlternatingRowColors(True)
        self.taskTable.setWordWrap(True)
        self.taskTable.horizontalHeader().setStretchLastSection(True)
        self.taskTable.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.taskTable)

        self.progressView = QTextBrowser(self.planTab)
        self.progressView.setObjectName(u"progressView")
        self.progressView.setMaximumSize(QSize(16777215, 110))

        self.planLayout.addWidget(self.progressView)

        self.planLayout.setStretch(1, 1)
        self.tabs.addTab(self.planTab, "")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QHBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.leaderSide = QVBoxLayout()
        self.leaderSide.setObjectName(u"leaderSide")
        self.leaderFilterEdit = QLineEdit(self.listTab)
        self.leaderFilterEdit.setObjectName(u"leaderFilterEdit")
        self.leaderFilterEdit.setClearButtonEnabled(True)

        self.leaderSide.addWidget(self.leaderFilterEdit)

        self.leaderList = QListWidget(self.listTab)
        self.leaderList.setObjectName(u"leaderList")
        self.leaderList.setMinimumSize(QSize(260, 0))

        self.leaderSide.addWidget(self.leaderList)


        self.listLayout.addLayout(self.leaderSide)

        self.listSide = QVBoxLayout()
        self.listSide.setObjectName(u"listSide")
        self.dutyListView = QTextBrowser(self.listTab)
        self.dutyListView.setObjectName(u"dutyListView")

        self.listSide.addWidget(self.dutyListView)

        self.listActions = QHBoxLayout()
        self.listActions.setObjectName(u"listActions")
        self.listPdfButton = QPushButton(self.listTab)
        self.listPdfButton.setObjectName(u"listPdfButton")

        self.listActions.addWidget(self.listPdfButton)

        self.printListButton = QPushButton(self.listTab)
        self.printListButton.setObjectName(u"printListButton")

        self.listActions.addWidget(self.printListButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listActions.addItem(self.listSpacer)

        self.templatesButton = QPushButton(self.listTab)
        self.templatesButton.setObjectName(u"templatesButton")

        self.listActions.addWidget(self.templatesButton)

        self.exportListsButton = QPushButton(self.listTab)
        self.exportListsButton.setObjectName(u"exportListsButton")

        self.listActions.addWidget(self.exportListsButton)


        self.listSide.addLayout(self.listActions)


        self.listLayout.addLayout(self.listSide)

        self.listLayout.setStretch(1, 1)
        self.tabs.addTab(self.listTab, "")
        self.statementTab = QWidget()
        self.statementTab.setObjectName(u"statementTab")
        self.statementLayout = QVBoxLayout(self.statementTab)
        self.statementLayout.setObjectName(u"statementLayout")
        self.rateLabel = QLabel(self.statementTab)
        self.rateLabel.setObjectName(u"rateLabel")
        self.rateLabel.setStyleSheet(u"font-size: 11pt;")

        self.statementLayout.addWidget(self.rateLabel)

        self.statementActions = QHBoxLayout()
        self.statementActions.setObjectName(u"statementActions")
        self.generateButton = QPushButton(self.statementTab)
        self.generateButton.setObjectName(u"generateButton")

        self.statementActions.addWidget(self.generateButton)

        self.signButton = QPushButton(self.statementTab)
        self.signButton.setObjectName(u"signButton")

        self.statementActions.addWidget(self.signButton)

        self.unsignedOnlyCheck = QCheckBox(self.statementTab)
        self.unsignedOnlyCheck.setObjectName(u"unsignedOnlyCheck")

        self.statementActions.addWidget(self.unsignedOnlyCheck)

        self.statementSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statementActions.addItem(self.statementSpacer)

        self.statementPdfButton = QPushButton(self.statementTab)
        self.statementPdfButton.setObjectName(u"statementPdfButton")

        self.statementActions.addWidget(self.statementPdfButton)

        self.printStatementButton = QPushButton(self.statementTab)
        self.printStatementButton.setObjectName(u"printStatementButton")

        self.statementActions.addWidget(self.printStatementButton)


        self.statementLayout.addLayout(self.statementActions)

        self.statementTable = QTableWidget(self.statementTab)
        if (self.statementTable.columnCount() < 6):
            self.statementTable.setColumnCount(6)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.statementTable.setHorizontalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.statementTable.setHorizontalHeaderItem(1, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.statementTable.setHorizontalHeaderItem(2, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.statementTable.setHorizontalHeaderItem(3, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.statementTable.setHorizontalHeaderItem(4, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.statementTable.setHorizontalHeaderItem(5, __qtablewidgetitem15)
        self.statementTable.setObjectName(u"statementTable")
        self.statementTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statementTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statementTable.setAlternatingRowColors(True)
        self.statementTable.setWordWrap(True)
        self.statementTable.horizontalHeader().setStretchLastSection(True)
        self.statementTable.verticalHeader().setVisible(False)

        self.statementLayout.addWidget(self.statementTable)

        self.statementLayout.setStretch(2, 1)
        self.tabs.addTab(self.statementTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(DutiesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.planUnitLabel.setBuddy(self.planUnitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DutiesPage)

        QMetaObject.connectSlotsByName(DutiesPage)
    # setupUi

    def retranslateUi(self, DutiesPage):
        self.yearLabel.setText(QCoreApplication.translate("DutiesPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.yearSpin.setSuffix(QCoreApplication.translate("DutiesPage", u" \u5e74", None))
        self.planUnitLabel.setText(QCoreApplication.translate("DutiesPage", u"\u8ba1\u5212\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.planUnitCombo.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8ba1\u5212\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.publishedLabel.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8ba1\u5212\u516c\u5e03\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.addTaskButton.setText(QCoreApplication.translate("DutiesPage", u"\u65b0\u589e\u4efb\u52a1\u2026", None))
#if QT_CONFIG(accessibility)
        self.addTaskButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u65b0\u589e\u4efb\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.editTaskButton.setText(QCoreApplication.translate("DutiesPage", u"\u4fee\u6539\u2026", None))
#if QT_CONFIG(accessibility)
        self.editTaskButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u4fee\u6539\u4efb\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.progressButton.setText(QCoreApplication.translate("DutiesPage", u"\u62a5\u544a\u8fdb\u5c55\u2026", None))
#if QT_CONFIG(accessibility)
        self.progressButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u62a5\u544a\u8fdb\u5c55", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("DutiesPage", u"\u6807\u8bb0\u5b8c\u6210\u2026", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u6807\u8bb0\u4efb\u52a1\u5b8c\u6210", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("DutiesPage", u"\u590d\u5236\u4e0a\u5e74\u8ba1\u5212", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u590d\u5236\u4e0a\u5e74\u8ba1\u5212", None))
#endif // QT_CONFIG(accessibility)
        self.publishButton.setText(QCoreApplication.translate("DutiesPage", u"\u516c\u5e03\u8ba1\u5212\u2026", None))
#if QT_CONFIG(accessibility)
        self.publishButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u516c\u5e03\u8ba1\u5212", None))
#endif // QT_CONFIG(accessibility)
        self.overdueOnlyCheck.setText(QCoreApplication.translate("DutiesPage", u"\u53ea\u770b\u903e\u671f\u672a\u5b8c\u6210", None))
#if QT_CONFIG(accessibility)
        self.overdueOnlyCheck.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u53ea\u770b\u903e\u671f\u672a\u5b8c\u6210\u7684\u4efb\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.planPdfButton.setText(QCoreApplication.translate("DutiesPage", u"\u8ba1\u5212\u8868PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.planPdfButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8ba1\u5212\u8868\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.printPlanButton.setText(QCoreApplication.translate("DutiesPage", u"\u6253\u5370\u8ba1\u5212\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.printPlanButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u6253\u5370\u8ba1\u5212\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.exportPlanButton.setText(QCoreApplication.translate("DutiesPage", u"\u5bfc\u51fa\u672c\u5e74\u8ba1\u5212\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportPlanButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u5bfc\u51fa\u672c\u5e74\u5168\u90e8\u8ba1\u5212", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.taskTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DutiesPage", u"\u5e8f\u53f7", None))
        ___qtablewidgetitem1 = self.taskTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DutiesPage", u"\u4efb\u52a1\u5185\u5bb9", None))
        ___qtablewidgetitem2 = self.taskTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DutiesPage", u"\u7275\u5934\u5355\u4f4d", None))
        ___qtablewidgetitem3 = self.taskTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DutiesPage", u"\u534f\u529e\u5355\u4f4d", None))
        ___qtablewidgetitem4 = self.taskTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u9886\u5bfc", None))
        ___qtablewidgetitem5 = self.taskTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DutiesPage", u"\u76ee\u6807\u8981\u6c42", None))
        ___qtablewidgetitem6 = self.taskTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DutiesPage", u"\u5b8c\u6210\u65f6\u9650", None))
        ___qtablewidgetitem7 = self.taskTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DutiesPage", u"\u72b6\u6001", None))
        ___qtablewidgetitem8 = self.taskTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DutiesPage", u"\u6700\u65b0\u8fdb\u5c55", None))
        ___qtablewidgetitem9 = self.taskTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DutiesPage", u"\u8ba1\u5212\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.taskTable.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u5e74\u5ea6\u4efb\u52a1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressView.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u4efb\u52a1\u8fdb\u5c55", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("DutiesPage", u"\u5e74\u5ea6\u8ba1\u5212\u4e0e\u4efb\u52a1\u5206\u89e3", None))
        self.leaderFilterEdit.setPlaceholderText(QCoreApplication.translate("DutiesPage", u"\u7b5b\u9009\uff1a\u59d3\u540d\u3001\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.leaderFilterEdit.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u7b5b\u9009\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leaderList.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u672c\u5e74\u5ea6\u5728\u4efb\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dutyListView.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.listPdfButton.setText(QCoreApplication.translate("DutiesPage", u"\u6e05\u5355PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.listPdfButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u6e05\u5355\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.printListButton.setText(QCoreApplication.translate("DutiesPage", u"\u6253\u5370\u6e05\u5355\u2026", None))
#if QT_CONFIG(accessibility)
        self.printListButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u6253\u5370\u8d23\u4efb\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.templatesButton.setText(QCoreApplication.translate("DutiesPage", u"\u7f16\u8f91\u804c\u8d23\u6a21\u677f\u2026", None))
#if QT_CONFIG(accessibility)
        self.templatesButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u7f16\u8f91\u804c\u8d23\u6a21\u677f", None))
#endif // QT_CONFIG(accessibility)
        self.exportListsButton.setText(QCoreApplication.translate("DutiesPage", u"\u5bfc\u51fa\u5168\u90e8\u6e05\u5355\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportListsButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u5bfc\u51fa\u672c\u5e74\u5168\u90e8\u8d23\u4efb\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u6e05\u5355", None))
#if QT_CONFIG(accessibility)
        self.rateLabel.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u7b7e\u8ba2\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.generateButton.setText(QCoreApplication.translate("DutiesPage", u"\u751f\u6210\u672c\u5e74\u5ea6\u8d23\u4efb\u4e66", None))
#if QT_CONFIG(accessibility)
        self.generateButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u751f\u6210\u672c\u5e74\u5ea6\u8d23\u4efb\u4e66", None))
#endif // QT_CONFIG(accessibility)
        self.signButton.setText(QCoreApplication.translate("DutiesPage", u"\u767b\u8bb0\u7b7e\u8ba2\u2026", None))
#if QT_CONFIG(accessibility)
        self.signButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u767b\u8bb0\u7b7e\u8ba2", None))
#endif // QT_CONFIG(accessibility)
        self.unsignedOnlyCheck.setText(QCoreApplication.translate("DutiesPage", u"\u53ea\u770b\u672a\u7b7e\u8ba2", None))
#if QT_CONFIG(accessibility)
        self.unsignedOnlyCheck.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u53ea\u770b\u672a\u7b7e\u8ba2\u7684\u8d23\u4efb\u4e66", None))
#endif // QT_CONFIG(accessibility)
        self.statementPdfButton.setText(QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u4e66PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.statementPdfButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u4e66\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.printStatementButton.setText(QCoreApplication.translate("DutiesPage", u"\u6253\u5370\u8d23\u4efb\u4e66\u2026", None))
#if QT_CONFIG(accessibility)
        self.printStatementButton.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u6253\u5370\u8d23\u4efb\u4e66", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem10 = self.statementTable.horizontalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("DutiesPage", u"\u7532\u65b9", None))
        ___qtablewidgetitem11 = self.statementTable.horizontalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("DutiesPage", u"\u7532\u65b9\u804c\u52a1", None))
        ___qtablewidgetitem12 = self.statementTable.horizontalHeaderItem(2)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("DutiesPage", u"\u4e59\u65b9", None))
        ___qtablewidgetitem13 = self.statementTable.horizontalHeaderItem(3)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("DutiesPage", u"\u4e59\u65b9\u804c\u52a1", None))
        ___qtablewidgetitem14 = self.statementTable.horizontalHeaderItem(4)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("DutiesPage", u"\u5c42\u7ea7", None))
        ___qtablewidgetitem15 = self.statementTable.horizontalHeaderItem(5)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("DutiesPage", u"\u7b7e\u8ba2\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.statementTable.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u4e66", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.statementTab), QCoreApplication.translate("DutiesPage", u"\u8d23\u4efb\u4e66", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("DutiesPage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

