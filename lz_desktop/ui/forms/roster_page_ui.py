# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTreeView,
    QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(1100, 680)
        self.mainLayout = QVBoxLayout(RosterPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.readOnlyBanner = QLabel(RosterPage)
        self.readOnlyBanner.setObjectName(u"readOnlyBanner")
        self.readOnlyBanner.setStyleSheet(u"QLabel { background: #fff4ce; border: 1px solid #e0c97a; padding: 6px; }")

        self.mainLayout.addWidget(self.readOnlyBanner)

        self.splitter = QSplitter(RosterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.unitPane = QWidget(self.splitter)
        self.unitPane.setObjectName(u"unitPane")
        self.unitLayout = QVBoxLayout(self.unitPane)
        self.unitLayout.setObjectName(u"unitLayout")
        self.unitLayout.setContentsMargins(0, 0, 0, 0)
        self.unitTitle = QLabel(self.unitPane)
        self.unitTitle.setObjectName(u"unitTitle")
        self.unitTitle.setStyleSheet(u"font-weight: bold;")

        self.unitLayout.addWidget(self.unitTitle)

        self.unitTree = QTreeView(self.unitPane)
        self.unitTree.setObjectName(u"unitTree")
        self.unitTree.setHeaderHidden(True)
        self.unitTree.setMinimumSize(QSize(240, 0))

        self.unitLayout.addWidget(self.unitTree)

        self.unitLegend = QLabel(self.unitPane)
        self.unitLegend.setObjectName(u"unitLegend")
        self.unitLegend.setWordWrap(True)
        self.unitLegend.setStyleSheet(u"color: #35608a;")

        self.unitLayout.addWidget(self.unitLegend)

        self.unitButtons = QHBoxLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.addUnitButton = QPushButton(self.unitPane)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.unitButtons.addWidget(self.addUnitButton)

        self.editUnitButton = QPushButton(self.unitPane)
        self.editUnitButton.setObjectName(u"editUnitButton")

        self.unitButtons.addWidget(self.editUnitButton)

        self.deleteUnitButton = QPushButton(self.unitPane)
        self.deleteUnitButton.setObjectName(u"deleteUnitButton")

        self.unitButtons.addWidget(self.deleteUnitButton)


        self.unitLayout.addLayout(self.unitButtons)

        self.splitter.addWidget(self.unitPane)
        self.leaderPane = QWidget(self.splitter)
        self.leaderPane.setObjectName(u"leaderPane")
        self.leaderLayout = QVBoxLayout(self.leaderPane)
        self.leaderLayout.setObjectName(u"leaderLayout")
        self.leaderLayout.setContentsMargins(0, 0, 0, 0)
        self.teamTitle = QLabel(self.leaderPane)
        self.teamTitle.setObjectName(u"teamTitle")
        self.teamTitle.setStyleSheet(u"font-weight: bold;")

        self.leaderLayout.addWidget(self.teamTitle)

        self.leaderTools = QHBoxLayout()
        self.leaderTools.setObjectName(u"leaderTools")
        self.filterEdit = QLineEdit(self.leaderPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMinimumSize(QSize(190, 0))

        self.leaderTools.addWidget(self.filterEdit)

        self.addLeaderButton = QPushButton(self.leaderPane)
        self.addLeaderButton.setObjectName(u"addLeaderButton")

        self.leaderTools.addWidget(self.addLeaderButton)

        self.editLeaderButton = QPushButton(self.leaderPane)
        self.editLeaderButton.setObjectName(u"editLeaderButton")

        self.leaderTools.addWidget(self.editLeaderButton)

        self.fileButton = QPushButton(self.leaderPane)
        self.fileButton.setObjectName(u"fileButton")

        self.leaderTools.addWidget(self.fileButton)

        self.deleteLeaderButton = QPushButton(self.leaderPane)
        self.deleteLeaderButton.setObjectName(u"deleteLeaderButton")

        self.leaderTools.addWidget(self.deleteLeaderButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leaderTools.addItem(self.toolSpacer)

        self.importButton = QPushButton(self.leaderPane)
        self.importButton.setObjectName(u"importButton")

        self.leaderTools.addWidget(self.importButton)

        self.exportButton = QPushButton(self.leaderPane)
        self.exportButton.setObjectName(u"exportButton")

        self.leaderTools.addWidget(self.exportButton)

        self.templateButton = QPushButton(self.leaderPane)
        self.templateButton.setObjectName(u"templateButton")

        self.leaderTools.addWidget(self.templateButton)


        self.leaderLayout.addLayout(self.leaderTools)

        self.leaderTable = QTableView(self.leaderPane)
        self.leaderTable.setObjectName(u"leaderTable")
        self.leaderTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leaderTable.setAlternatingRowColors(True)
        self.leaderTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leaderTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leaderTable.setSortingEnabled(True)
        self.leaderTable.setWordWrap(False)
        self.leaderTable.horizontalHeader().setStretchLastSection(True)
        self.leaderTable.verticalHeader().setVisible(False)

        self.leaderLayout.addWidget(self.leaderTable)

        self.countLabel = QLabel(self.leaderPane)
        self.countLabel.setObjectName(u"countLabel")

        self.leaderLayout.addWidget(self.countLabel)

        self.obligationsLabel = QLabel(self.leaderPane)
        self.obligationsLabel.setObjectName(u"obligationsLabel")
        self.obligationsLabel.setWordWrap(True)
        self.obligationsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.leaderLayout.addWidget(self.obligationsLabel)

        self.splitter.addWidget(self.leaderPane)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.readOnlyBanner.setText(QCoreApplication.translate("RosterPage", u"\u6570\u636e\u6587\u4ef6\u4e3a\u53ea\u8bfb\uff1a\u53ef\u4ee5\u67e5\u770b\u548c\u5bfc\u51fa\uff0c\u4e0d\u80fd\u4fee\u6539\u3002", None))
        self.unitTitle.setText(QCoreApplication.translate("RosterPage", u"\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.unitTree.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u5355\u4f4d\u6811", None))
#endif // QT_CONFIG(accessibility)
        self.unitLegend.setText(QCoreApplication.translate("RosterPage", u"\u84dd\u8272\u4e3a\u53c2\u7167\u6267\u884c\u672c\u529e\u6cd5\u7684\u5355\u4f4d\uff08\u7b2c\u4e8c\u6761\uff09", None))
        self.addUnitButton.setText(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.addUnitButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.editUnitButton.setText(QCoreApplication.translate("RosterPage", u"\u4fee\u6539", None))
#if QT_CONFIG(accessibility)
        self.editUnitButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u4fee\u6539\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.deleteUnitButton.setText(QCoreApplication.translate("RosterPage", u"\u5220\u9664", None))
#if QT_CONFIG(accessibility)
        self.deleteUnitButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u5220\u9664\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamTitle.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u5f53\u524d\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"\u7b5b\u9009\uff1a\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u3001\u804c\u52a1", None))
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("RosterPage", u"\u6309\u59d3\u540d\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 zs\uff09\u3001\u804c\u52a1\u6216\u5206\u7ba1\u5de5\u4f5c\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u7b5b\u9009\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
        self.addLeaderButton.setText(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u9886\u5bfc\u5e72\u90e8", None))
#if QT_CONFIG(accessibility)
        self.addLeaderButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
        self.editLeaderButton.setText(QCoreApplication.translate("RosterPage", u"\u4fee\u6539", None))
#if QT_CONFIG(accessibility)
        self.editLeaderButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u4fee\u6539\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
        self.fileButton.setText(QCoreApplication.translate("RosterPage", u"\u5ec9\u653f\u6863\u6848\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u67e5\u770b\u6240\u9009\u9886\u5bfc\u5e72\u90e8\u7684\u5ec9\u653f\u6863\u6848", None))
#endif // QT_CONFIG(accessibility)
        self.deleteLeaderButton.setText(QCoreApplication.translate("RosterPage", u"\u5220\u9664", None))
#if QT_CONFIG(accessibility)
        self.deleteLeaderButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u5220\u9664\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u540d\u518c\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u540d\u518c", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa\u540d\u518c\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa\u540d\u518c", None))
#endif // QT_CONFIG(accessibility)
        self.templateButton.setText(QCoreApplication.translate("RosterPage", u"\u4e0b\u8f7d\u6a21\u677f\u2026", None))
#if QT_CONFIG(accessibility)
        self.templateButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u4e0b\u8f7d\u540d\u518c\u6a21\u677f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leaderTable.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u9886\u5bfc\u5e72\u90e8\u540d\u518c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u4eba\u6570", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.obligationsLabel.setAccessibleName(QCoreApplication.translate("RosterPage", u"\u672c\u5355\u4f4d\u5e74\u5ea6\u8d23\u4efb\u5c65\u884c\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

