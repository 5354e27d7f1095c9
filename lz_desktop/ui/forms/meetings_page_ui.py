# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_page.ui'
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
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        MeetingsPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(MeetingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearLabel = QLabel(MeetingsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(MeetingsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.top.addWidget(self.yearSpin)

        self.unitCombo = QComboBox(MeetingsPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumSize(QSize(200, 0))

        self.top.addWidget(self.unitCombo)

        self.kindCombo = QComboBox(MeetingsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.top.addWidget(self.kindCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.top)

        self.tabs = QTabWidget(MeetingsPage)
        self.tabs.setObjectName(u"tabs")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsLayout = QVBoxLayout(self.meetingsTab)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.newButton = QPushButton(self.meetingsTab)
        self.newButton.setObjectName(u"newButton")

        self.actions.addWidget(self.newButton)

        self.editButton = QPushButton(self.meetingsTab)
        self.editButton.setObjectName(u"editButton")

        self.actions.addWidget(self.editButton)

        self.attachButton = QPushButton(self.meetingsTab)
        self.attachButton.setObjectName(u"attachButton")

        self.actions.addWidget(self.attachButton)

        self.saveAttachmentButton = QPushButton(self.meetingsTab)
        self.saveAttachmentButton.setObjectName(u"saveAttachmentButton")

        self.actions.addWidget(self.saveAttachmentButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionSpacer)

        self.exportButton = QPushButton(self.meetingsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.actions.addWidget(self.exportButton)


        self.meetingsLayout.addLayout(self.actions)

        self.splitter = QSplitter(self.meetingsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.meetingTable = QTableView(self.splitter)
        self.meetingTable.setObjectName(u"meetingTable")
        self.meetingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetingTable.setAlternatingRowColors(True)
        self.meetingTable.setWordWrap(True)
        self.splitter.addWidget(self.meetingTable)
        self.meetingTable.horizontalHeader().setStretchLastSection(True)
        self.meetingTable.verticalHeader().setVisible(False)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailView = QTextBrowser(self.detailPane)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMinimumSize(QSize(360, 0))

        self.detailLayout.addWidget(self.detailView)

        self.attachmentsList = QListWidget(self.detailPane)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 80))

        self.detailLayout.addWidget(self.attachmentsList)

        self.splitter.addWidget(self.detailPane)

        self.meetingsLayout.addWidget(self.splitter)

        self.meetingsLayout.setStretch(1, 1)
        self.tabs.addTab(self.meetingsTab, "")
        self.dutiesTab = QWidget()
        self.dutiesTab.setObjectName(u"dutiesTab")
        self.dutiesLayout = QVBoxLayout(self.dutiesTab)
        self.dutiesLayout.setObjectName(u"dutiesLayout")
        self.dutiesSummary = QLabel(self.dutiesTab)
        self.dutiesSummary.setObjectName(u"dutiesSummary")
        self.dutiesSummary.setWordWrap(True)

        self.dutiesLayout.addWidget(self.dutiesSummary)

        self.dutiesTable = QTableView(self.dutiesTab)
        self.dutiesTable.setObjectName(u"dutiesTable")
        self.dutiesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dutiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dutiesTable.setAlternatingRowColors(True)
        self.dutiesTable.setWordWrap(True)
        self.dutiesTable.horizontalHeader().setStretchLastSection(True)
        self.dutiesTable.verticalHeader().setVisible(False)

        self.dutiesLayout.addWidget(self.dutiesTable)

        self.dutiesLayout.setStretch(1, 1)
        self.tabs.addTab(self.dutiesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(MeetingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingsPage)

        QMetaObject.connectSlotsByName(MeetingsPage)
    # setupUi

    def retranslateUi(self, MeetingsPage):
        self.yearLabel.setText(QCoreApplication.translate("MeetingsPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.yearSpin.setSuffix(QCoreApplication.translate("MeetingsPage", u" \u5e74", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u6309\u5355\u4f4d\u7b5b\u9009\uff08\u542b\u4e0b\u5c5e\u5355\u4f4d\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u6309\u4f1a\u8bae\u7c7b\u578b\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("MeetingsPage", u"\u767b\u8bb0\u4f1a\u8bae\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u767b\u8bb0\u4f1a\u8bae", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("MeetingsPage", u"\u4fee\u6539\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u4fee\u6539\u4f1a\u8bae\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("MeetingsPage", u"\u6dfb\u52a0\u9644\u4ef6\u2026", None))
#if QT_CONFIG(accessibility)
        self.attachButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u6dfb\u52a0\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.saveAttachmentButton.setText(QCoreApplication.translate("MeetingsPage", u"\u53e6\u5b58\u9644\u4ef6\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveAttachmentButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u53e6\u5b58\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("MeetingsPage", u"\u5bfc\u51fa\u672c\u5e74\u4f1a\u8bae\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u5bfc\u51fa\u672c\u5e74\u4f1a\u8bae", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingTable.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u4f1a\u8bae\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u4f1a\u8bae\u8be6\u60c5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attachmentsList.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("MeetingsPage", u"\u4f1a\u8bae\u8bb0\u5f55", None))
#if QT_CONFIG(accessibility)
        self.dutiesSummary.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u5e74\u5ea6\u8d23\u4efb\u5c65\u884c\u6982\u51b5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dutiesTable.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u672a\u5c65\u884c\u7684\u5e74\u5ea6\u8d23\u4efb", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.dutiesTab), QCoreApplication.translate("MeetingsPage", u"\u5e74\u5ea6\u8d23\u4efb\u5c65\u884c", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("MeetingsPage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

