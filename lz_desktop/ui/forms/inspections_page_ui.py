# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_InspectionsPage(object):
    def setupUi(self, InspectionsPage):
        if not InspectionsPage.objectName():
            InspectionsPage.setObjectName(u"InspectionsPage")
        InspectionsPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(InspectionsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearLabel = QLabel(InspectionsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(InspectionsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.top.addWidget(self.yearSpin)

        self.inspectionLabel = QLabel(InspectionsPage)
        self.inspectionLabel.setObjectName(u"inspectionLabel")

        self.top.addWidget(self.inspectionLabel)

        self.inspectionCombo = QComboBox(InspectionsPage)
        self.inspectionCombo.setObjectName(u"inspectionCombo")
        self.inspectionCombo.setMinimumSize(QSize(320, 0))

        self.top.addWidget(self.inspectionCombo)

        self.newInspectionButton = QPushButton(InspectionsPage)
        self.newInspectionButton.setObjectName(u"newInspectionButton")

        self.top.addWidget(self.newInspectionButton)

        self.editInspectionButton = QPushButton(InspectionsPage)
        self.editInspectionButton.setObjectName(u"editInspectionButton")

        self.top.addWidget(self.editInspectionButton)

        self.stateLabel = QLabel(InspectionsPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.top.addWidget(self.stateLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.top)

        self.tabs = QTabWidget(InspectionsPage)
        self.tabs.setObjectName(u"tabs")
        self.scoresTab = QWidget()
        self.scoresTab.setObjectName(u"scoresTab")
        self.scoresLayout = QHBoxLayout(self.scoresTab)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.unitSide = QVBoxLayout()
        self.unitSide.setObjectName(u"unitSide")
        self.unitListLabel = QLabel(self.scoresTab)
        self.unitListLabel.setObjectName(u"unitListLabel")

        self.unitSide.addWidget(self.unitListLabel)

        self.unitList = QListWidget(self.scoresTab)
        self.unitList.setObjectName(u"unitList")
        self.unitList.setMinimumSize(QSize(220, 0))
        self.unitList.setMaximumSize(QSize(260, 16777215))

        self.unitSide.addWidget(self.unitList)


        self.scoresLayout.addLayout(self.unitSide)

        self.scoreSide = QVBoxLayout()
        self.scoreSide.setObjectName(u"scoreSide")
        self.scoreActions = QHBoxLayout()
        self.scoreActions.setObjectName(u"scoreActions")
        self.saveScoresButton = QPushButton(self.scoresTab)
        self.saveScoresButton.setObjectName(u"saveScoresButton")

        self.scoreActions.addWidget(self.saveScoresButton)

        self.fillEvaluationButton = QPushButton(self.scoresTab)
        self.fillEvaluationButton.setObjectName(u"fillEvaluationButton")

        self.scoreActions.addWidget(self.fillEvaluationButton)

        self.scoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scoreActions.addItem(self.scoreSpacer)

        self.exportSheetButton = QPushButton(self.scoresTab)
        self.exportSheetButton.setObjectName(u"exportSheetButton")

        self.scoreActions.addWidget(self.exportSheetButton)

        self.importSheetButton = QPushButton(self.scoresTab)
        self.importSheetButton.setObjectName(u"importSheetButton")

        self.scoreActions.addWidget(self.importSheetButton)


        self.scoreSide.addLayout(self.scoreActions)

        self.scoreTable = QTableWidget(self.scoresTab)
        if (self.scoreTable.columnCount() < 8):
            self.scoreTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.scoreTable.setObjectName(u"scoreTable")
        self.scoreTable.setWordWrap(True)
        self.scoreTable.setAlternatingRowColors(True)
        self.scoreTable.horizontalHeader().setStretchLastSection(True)
        self.scoreTable.verticalHeader().setVisible(False)

        self.scoreSide.addWidget(self.scoreTable)

        self.unitTotalLabel = QLabel(self.scoresTab)
        self.unitTotalLabel.setObjectName(u"unitTotalLabel")
        self.unitTotalLabel.setStyleSheet(u"font-weight: bold;")

        self.scoreSide.addWidget(self.unitTotalLabel)

        self.scoreErrorLabel = QLabel(self.scoresTab)
        self.scoreErrorLabel.setObjectName(u"scoreErrorLabel")
        self.scoreErrorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.scoreErrorLabel.setWordWrap(True)

        self.scoreSide.addWidget(self.scoreErrorLabel)

        self.scoreSide.setStretch(1, 1)

        self.scoresLayout.addLayout(self.scoreSide)

        self.scoresLayout.setStretch(1, 1)
        self.tabs.addTab(self.scoresTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsLayout = QVBoxLayout(self.resultsTab)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultActions = QHBoxLayout()
        self.resultActions.setObjectName(u"resultActions")
        self.finalizeButton = QPushButton(self.resultsTab)
        self.finalizeButton.setObjectName(u"finalizeButton")

        self.resultActions.addWidget(self.finalizeButton)

        self.feedBackButton = QPushButton(self.resultsTab)
        self.feedBackButton.setObjectName(u"feedBackButton")

        self.resultActions.addWidget(self.feedBackButton)

        self.reportButton = QPushButton(self.resultsTab)
        self.reportButton.setObjectName(u"reportButton")

        self.resultActions.addWidget(self.reportButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultActions.addItem(self.resultSpacer)

        self.resultsPdfButton = QPushButton(self.resultsTab)
        self.resultsPdfButton.setObjectName(u"resultsPdfButton")

        self.resultActions.addWidget(self.resultsPdfButton)

        self.printResultsButton = QPushButton(self.resultsTab)
        self.printResultsButton.setObjectName(u"printResultsButton")

        self.resultActions.addWidget(self.printResultsButton)

        self.exportResultsButton = QPushButton(self.resultsTab)
        self.exportResultsButton.setObjectName(u"exportResultsButton")

        self.resultActions.addWidget(self.exportResultsButton)


        self.resultsLayout.addLayout(self.resultActions)

        self.missingLabel = QLabel(self.resultsTab)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.resultsLayout.addWidget(self.missingLabel)

        self.resultsSplitter = QSplitter(self.resultsTab)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultsTable = QTableWidget(self.resultsSplitter)
        if (self.resultsTable.columnCount() < 7):
            self.resultsTable.setColumnCount(7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(5, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.resultsTable.setHorizontalHeaderItem(6, __qtablewidgetitem14)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsSplitter.addWidget(self.resultsTable)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)
        self.chartPane = QWidget(self.resultsSplitter)
        self.chartPane.setObjectName(u"chartPane")
        self.chartLayout = QVBoxLayout(self.chartPane)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsSplitter.addWidget(self.chartPane)

        self.resultsLayout.addWidget(self.resultsSplitter)

        self.resultDetail = QTextBrowser(self.resultsTab)
        self.resultDetail.setObjectName(u"resultDetail")
        self.resultDetail.setMaximumSize(QSize(16777215, 120))

        self.resultsLayout.addWidget(self.resultDetail)

        self.resultsLayout.setStretch(2, 1)
        self.tabs.addTab(self.resultsTab, "")
        self.systemTab = QWidget()
        self.systemTab.setObjectName(u"systemTab")
        self.systemLayout = QVBoxLayout(self.systemTab)
        self.systemLayout.setObjectName(u"systemLayout")
        self.systemTop = QHBoxLayout()
        self.systemTop.setObjectName(u"systemTop")
        self.systemNameEditLabel = QLabel(self.systemTab)
        self.systemNameEditLabel.setObjectName(u"systemNameEditLabel")

        self.systemTop.addWidget(self.systemNameEditLabel)

        self.systemNameEdit = QLineEdit(self.systemTab)
        self.systemNameEdit.setObjectName(u"systemNameEdit")

        self.systemTop.addWidget(self.systemNameEdit)

        self.startYearButton = QPushButton(self.systemTab)
        self.startYearButton.setObjectName(u"startYearButton")

        self.systemTop.addWidget(self.startYearButton)


        self.systemLayout.addLayout(self.systemTop)

        self.systemHint = QLabel(self.systemTab)
        self.systemHint.setObjectName(u"systemHint")
        self.systemHint.setWordWrap(True)
        self.systemHint.setStyleSheet(u"color: #555;")

        self.systemLayout.addWidget(self.systemHint)

        self.systemTree = QTreeWidget(self.systemTab)
        self.systemTree.setObjectName(u"systemTree")
        self.systemTree.setAlternatingRowColors(True)
        self.systemTree.setWordWrap(True)

        self.systemLayout.addWidget(self.systemTree)

        self.systemActions = QHBoxLayout()
        self.systemActions.setObjectName(u"systemActions")
        self.addTopButton = QPushButton(self.systemTab)
        self.addTopButton.setObjectName(u"addTopButton")

        self.systemActions.addWidget(self.addTopButton)

        self.addChildButton = QPushButton(self.systemTab)
        self.addChildButton.setObjectName(u"addChildButton")

        self.systemActions.addWidget(self.addChildButton)

        self.removeIndicatorButton = QPushButton(self.systemTab)
        self.removeIndicatorButton.setObjectName(u"removeIndicatorButton")

        self.systemActions.addWidget(self.removeIndicatorButton)

        self.pointsLabel = QLabel(self.systemTab)
        self.pointsLabel.setObjectName(u"pointsLabel")
        self.pointsLabel.setStyleSheet(u"font-weight: bold;")

        self.systemActions.addWidget(self.pointsLabel)

        self.systemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.systemActions.addItem(self.systemSpacer)

        self.bandsTableLabel = QLabel(self.systemTab)
        self.bandsTableLabel.setObjectName(u"bandsTableLabel")

        self.systemActions.addWidget(self.bandsTableLabel)

        self.bandsTable = QTableWidget(self.systemTab)
        if (self.bandsTable.columnCount() < 3):
            self.bandsTable.setColumnCount(3)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.bandsTable.setHorizontalHeaderItem(0, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.bandsTable.setHorizontalHeaderItem(1, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.bandsTable.setHorizontalHeaderItem(2, __qtablewidgetitem17)
        self.bandsTable.setObjectName(u"bandsTable")
        self.bandsTable.setMaximumSize(QSize(380, 140))
        self.bandsTable.horizontalHeader().setStretchLastSection(True)
        self.bandsTable.verticalHeader().setVisible(False)

        self.systemActions.addWidget(self.bandsTable)

        self.saveSystemButton = QPushButton(self.systemTab)
        self.saveSystemButton.setObjectName(u"saveSystemButton")

        self.systemActions.addWidget(self.saveSystemButton)


        self.systemLayout.addLayout(self.systemActions)

        self.systemErrorLabel = QLabel(self.systemTab)
        self.systemErrorLabel.setObjectName(u"systemErrorLabel")
        self.systemErrorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.systemErrorLabel.setWordWrap(True)

        self.systemLayout.addWidget(self.systemErrorLabel)

        self.systemLayout.setStretch(2, 1)
        self.tabs.addTab(self.systemTab, "")
        self.useTab = QWidget()
        self.useTab.setObjectName(u"useTab")
        self.useLayout = QHBoxLayout(self.useTab)
        self.useLayout.setObjectName(u"useLayout")
        self.useSide = QVBoxLayout()
        self.useSide.setObjectName(u"useSide")
        self.leaderFilterEdit = QLineEdit(self.useTab)
        self.leaderFilterEdit.setObjectName(u"leaderFilterEdit")
        self.leaderFilterEdit.setClearButtonEnabled(True)

        self.useSide.addWidget(self.leaderFilterEdit)

        self.leaderList = QListWidget(self.useTab)
        self.leaderList.setObjectName(u"leaderList")
        self.leaderList.setMinimumSize(QSize(260, 0))

        self.useSide.addWidget(self.leaderList)


        self.useLayout.addLayout(self.useSide)

        self.leaderResultsView = QTextBrowser(self.useTab)
        self.leaderResultsView.setObjectName(u"leaderResultsView")

        self.useLayout.addWidget(self.leaderResultsView)

        self.useLayout.setStretch(1, 1)
        self.tabs.addTab(self.useTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(InspectionsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.inspectionLabel.setBuddy(self.inspectionCombo)
        self.unitListLabel.setBuddy(self.unitList)
        self.systemNameEditLabel.setBuddy(self.systemNameEdit)
        self.bandsTableLabel.setBuddy(self.bandsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionsPage)

        QMetaObject.connectSlotsByName(InspectionsPage)
    # setupUi

    def retranslateUi(self, InspectionsPage):
        self.yearLabel.setText(QCoreApplication.translate("InspectionsPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.yearSpin.setSuffix(QCoreApplication.translate("InspectionsPage", u" \u5e74", None))
        self.inspectionLabel.setText(QCoreApplication.translate("InspectionsPage", u"\u68c0\u67e5\u8003\u6838", None))
#if QT_CONFIG(accessibility)
        self.inspectionCombo.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u68c0\u67e5\u8003\u6838", None))
#endif // QT_CONFIG(accessibility)
        self.newInspectionButton.setText(QCoreApplication.translate("InspectionsPage", u"\u767b\u8bb0\u68c0\u67e5\u8003\u6838\u2026", None))
#if QT_CONFIG(accessibility)
        self.newInspectionButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u767b\u8bb0\u68c0\u67e5\u8003\u6838", None))
#endif // QT_CONFIG(accessibility)
        self.editInspectionButton.setText(QCoreApplication.translate("InspectionsPage", u"\u4fee\u6539\u2026", None))
#if QT_CONFIG(accessibility)
        self.editInspectionButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u4fee\u6539\u68c0\u67e5\u8003\u6838", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stateLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u68c0\u67e5\u8003\u6838\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
        self.unitListLabel.setText(QCoreApplication.translate("InspectionsPage", u"\u88ab\u68c0\u67e5\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.unitList.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u88ab\u68c0\u67e5\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.saveScoresButton.setText(QCoreApplication.translate("InspectionsPage", u"\u4fdd\u5b58\u672c\u5355\u4f4d\u8bc4\u5206", None))
#if QT_CONFIG(accessibility)
        self.saveScoresButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u4fdd\u5b58\u672c\u5355\u4f4d\u8bc4\u5206", None))
#endif // QT_CONFIG(accessibility)
        self.fillEvaluationButton.setText(QCoreApplication.translate("InspectionsPage", u"\u6309\u6c11\u4e3b\u8bc4\u8bae\u6ee1\u610f\u7387\u8ba1\u5206", None))
#if QT_CONFIG(accessibility)
        self.fillEvaluationButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u6309\u6c11\u4e3b\u8bc4\u8bae\u6ee1\u610f\u7387\u8ba1\u5206", None))
#endif // QT_CONFIG(accessibility)
        self.exportSheetButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5bfc\u51fa\u8bc4\u5206\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportSheetButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5bfc\u51fa\u8bc4\u5206\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.importSheetButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5bfc\u5165\u8bc4\u5206\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.importSheetButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5bfc\u5165\u8bc4\u5206\u8868", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.scoreTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InspectionsPage", u"\u4e00\u7ea7\u6307\u6807", None))
        ___qtablewidgetitem1 = self.scoreTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InspectionsPage", u"\u4e8c\u7ea7\u6307\u6807", None))
        ___qtablewidgetitem2 = self.scoreTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InspectionsPage", u"\u5206\u503c", None))
        ___qtablewidgetitem3 = self.scoreTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InspectionsPage", u"\u8bc4\u5206\u6807\u51c6", None))
        ___qtablewidgetitem4 = self.scoreTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("InspectionsPage", u"\u81ea\u8bc4\u5f97\u5206", None))
        ___qtablewidgetitem5 = self.scoreTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("InspectionsPage", u"\u8003\u6838\u5f97\u5206", None))
        ___qtablewidgetitem6 = self.scoreTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("InspectionsPage", u"\u6263\u5206\u7406\u7531", None))
        ___qtablewidgetitem7 = self.scoreTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("InspectionsPage", u"\u5907\u6ce8", None))
#if QT_CONFIG(accessibility)
        self.scoreTable.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u8bc4\u5206", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitTotalLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u672c\u5355\u4f4d\u5f97\u5206", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scoreErrorLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u8bc4\u5206\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.scoresTab), QCoreApplication.translate("InspectionsPage", u"\u8bc4\u5206", None))
        self.finalizeButton.setText(QCoreApplication.translate("InspectionsPage", u"\u786e\u5b9a\u7ed3\u679c\u2026", None))
#if QT_CONFIG(accessibility)
        self.finalizeButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u786e\u5b9a\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.feedBackButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5411\u5404\u5355\u4f4d\u53cd\u9988\u2026", None))
#if QT_CONFIG(accessibility)
        self.feedBackButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5411\u5404\u5355\u4f4d\u53cd\u9988", None))
#endif // QT_CONFIG(accessibility)
        self.reportButton.setText(QCoreApplication.translate("InspectionsPage", u"\u8d77\u8349\u5411\u515a\u59d4\u7684\u62a5\u544a\u2026", None))
#if QT_CONFIG(accessibility)
        self.reportButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u8d77\u8349\u5411\u515a\u59d4\u7684\u62a5\u544a", None))
#endif // QT_CONFIG(accessibility)
        self.resultsPdfButton.setText(QCoreApplication.translate("InspectionsPage", u"\u7ed3\u679c\u8868PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultsPdfButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u7ed3\u679c\u8868\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.printResultsButton.setText(QCoreApplication.translate("InspectionsPage", u"\u6253\u5370\u7ed3\u679c\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.printResultsButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u6253\u5370\u7ed3\u679c\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.exportResultsButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5bfc\u51fa\u7ed3\u679c\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportResultsButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5bfc\u51fa\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u7f3a\u5c11\u7684\u8bc4\u5206", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem8 = self.resultsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("InspectionsPage", u"\u540d\u6b21", None))
        ___qtablewidgetitem9 = self.resultsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("InspectionsPage", u"\u5355\u4f4d", None))
        ___qtablewidgetitem10 = self.resultsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("InspectionsPage", u"\u8003\u6838\u5f97\u5206", None))
        ___qtablewidgetitem11 = self.resultsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("InspectionsPage", u"\u7b49\u6b21", None))
        ___qtablewidgetitem12 = self.resultsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("InspectionsPage", u"\u81ea\u8bc4\u5f97\u5206", None))
        ___qtablewidgetitem13 = self.resultsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("InspectionsPage", u"\u6263\u5206\u9879", None))
        ___qtablewidgetitem14 = self.resultsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("InspectionsPage", u"\u53cd\u9988\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u8003\u6838\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultDetail.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u6263\u5206\u660e\u7ec6", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.resultsTab), QCoreApplication.translate("InspectionsPage", u"\u7ed3\u679c\u4e0e\u53cd\u9988", None))
        self.systemNameEditLabel.setText(QCoreApplication.translate("InspectionsPage", u"\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.systemNameEdit.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u6307\u6807\u4f53\u7cfb\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.startYearButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5efa\u7acb\u672c\u5e74\u5ea6\u6307\u6807\u4f53\u7cfb", None))
#if QT_CONFIG(accessibility)
        self.startYearButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5efa\u7acb\u672c\u5e74\u5ea6\u6307\u6807\u4f53\u7cfb", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.systemTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("InspectionsPage", u"\u8ba1\u5206\u65b9\u5f0f", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("InspectionsPage", u"\u8003\u6838\u65b9\u5f0f", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("InspectionsPage", u"\u8bc4\u5206\u6807\u51c6", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("InspectionsPage", u"\u5206\u503c", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("InspectionsPage", u"\u6307\u6807", None))
#if QT_CONFIG(accessibility)
        self.systemTree.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u8003\u6838\u6307\u6807", None))
#endif // QT_CONFIG(accessibility)
        self.addTopButton.setText(QCoreApplication.translate("InspectionsPage", u"\u589e\u52a0\u4e00\u7ea7\u6307\u6807", None))
#if QT_CONFIG(accessibility)
        self.addTopButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u589e\u52a0\u4e00\u7ea7\u6307\u6807", None))
#endif // QT_CONFIG(accessibility)
        self.addChildButton.setText(QCoreApplication.translate("InspectionsPage", u"\u589e\u52a0\u4e8c\u7ea7\u6307\u6807", None))
#if QT_CONFIG(accessibility)
        self.addChildButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u589e\u52a0\u4e8c\u7ea7\u6307\u6807", None))
#endif // QT_CONFIG(accessibility)
        self.removeIndicatorButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5220\u9664\u6240\u9009\u6307\u6807", None))
#if QT_CONFIG(accessibility)
        self.removeIndicatorButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5220\u9664\u6240\u9009\u6307\u6807", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pointsLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5206\u503c\u5408\u8ba1", None))
#endif // QT_CONFIG(accessibility)
        self.bandsTableLabel.setText(QCoreApplication.translate("InspectionsPage", u"\u7b49\u6b21", None))
        ___qtablewidgetitem15 = self.bandsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("InspectionsPage", u"\u7b49\u6b21", None))
        ___qtablewidgetitem16 = self.bandsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("InspectionsPage", u"\u5206\u6570\u7ebf\uff08\u542b\uff09", None))
        ___qtablewidgetitem17 = self.bandsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("InspectionsPage", u"\u987b\u65e0\u96f6\u5206\u6307\u6807", None))
#if QT_CONFIG(accessibility)
        self.bandsTable.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u7b49\u6b21\u4e0e\u5206\u6570\u7ebf", None))
#endif // QT_CONFIG(accessibility)
        self.saveSystemButton.setText(QCoreApplication.translate("InspectionsPage", u"\u4fdd\u5b58\u6307\u6807\u4f53\u7cfb", None))
#if QT_CONFIG(accessibility)
        self.saveSystemButton.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u4fdd\u5b58\u6307\u6807\u4f53\u7cfb", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.systemErrorLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u6307\u6807\u4f53\u7cfb\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.systemTab), QCoreApplication.translate("InspectionsPage", u"\u6307\u6807\u4f53\u7cfb", None))
        self.leaderFilterEdit.setPlaceholderText(QCoreApplication.translate("InspectionsPage", u"\u7b5b\u9009\uff1a\u59d3\u540d\u3001\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.leaderFilterEdit.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u7b5b\u9009\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leaderList.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leaderResultsView.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u5386\u5e74\u8003\u6838\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.useTab), QCoreApplication.translate("InspectionsPage", u"\u7ed3\u679c\u8fd0\u7528", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("InspectionsPage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

