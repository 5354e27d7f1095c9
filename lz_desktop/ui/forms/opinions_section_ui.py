# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opinions_section.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_OpinionsSection(object):
    def setupUi(self, OpinionsSection):
        if not OpinionsSection.objectName():
            OpinionsSection.setObjectName(u"OpinionsSection")
        OpinionsSection.resize(1100, 600)
        self.mainLayout = QVBoxLayout(OpinionsSection)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.requestComboLabel = QLabel(OpinionsSection)
        self.requestComboLabel.setObjectName(u"requestComboLabel")

        self.top.addWidget(self.requestComboLabel)

        self.requestCombo = QComboBox(OpinionsSection)
        self.requestCombo.setObjectName(u"requestCombo")
        self.requestCombo.setMinimumSize(QSize(420, 0))

        self.top.addWidget(self.requestCombo)

        self.newButton = QPushButton(OpinionsSection)
        self.newButton.setObjectName(u"newButton")

        self.top.addWidget(self.newButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.top)

        self.personTable = QTableWidget(OpinionsSection)
        self.personTable.setObjectName(u"personTable")
        self.personTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.personTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.personTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.personTable.setWordWrap(True)

        self.mainLayout.addWidget(self.personTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.renameButton = QPushButton(OpinionsSection)
        self.renameButton.setObjectName(u"renameButton")

        self.buttons.addWidget(self.renameButton)

        self.chooseButton = QPushButton(OpinionsSection)
        self.chooseButton.setObjectName(u"chooseButton")

        self.buttons.addWidget(self.chooseButton)

        self.confirmButton = QPushButton(OpinionsSection)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)

        self.confirmAllButton = QPushButton(OpinionsSection)
        self.confirmAllButton.setObjectName(u"confirmAllButton")

        self.buttons.addWidget(self.confirmAllButton)

        self.changeButton = QPushButton(OpinionsSection)
        self.changeButton.setObjectName(u"changeButton")

        self.buttons.addWidget(self.changeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.replyButton = QPushButton(OpinionsSection)
        self.replyButton.setObjectName(u"replyButton")

        self.buttons.addWidget(self.replyButton)


        self.mainLayout.addLayout(self.buttons)

        self.messageLabel = QLabel(OpinionsSection)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.requestComboLabel.setBuddy(self.requestCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpinionsSection)

        QMetaObject.connectSlotsByName(OpinionsSection)
    # setupUi

    def retranslateUi(self, OpinionsSection):
        self.requestComboLabel.setText(QCoreApplication.translate("OpinionsSection", u"\u5f81\u6c42\u610f\u89c1", None))
#if QT_CONFIG(accessibility)
        self.requestCombo.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u7ec4\u7ec7\u90e8\u95e8\u7684\u5f81\u6c42\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("OpinionsSection", u"\u767b\u8bb0\u5f81\u6c42\u610f\u89c1\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u767b\u8bb0\u7ec4\u7ec7\u90e8\u95e8\u7684\u5f81\u6c42\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personTable.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u4eba\u5458\u53ca\u62df\u7b54\u590d\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.renameButton.setText(QCoreApplication.translate("OpinionsSection", u"\u66f4\u6b63\u59d3\u540d\u2026", None))
#if QT_CONFIG(accessibility)
        self.renameButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u66f4\u6b63\u6240\u9009\u4eba\u5458\u7684\u59d3\u540d\u6216\u5355\u4f4d\u540e\u91cd\u65b0\u67e5\u627e", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("OpinionsSection", u"\u9009\u62e9\u540c\u540d\u4eba\u5458\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u9009\u62e9\u540c\u540d\u4eba\u5458\u4e2d\u7684\u4e00\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("OpinionsSection", u"\u786e\u8ba4\u610f\u89c1", None))
#if QT_CONFIG(accessibility)
        self.confirmButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u786e\u8ba4\u6240\u9009\u4eba\u5458\u7684\u62df\u7b54\u590d\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.confirmAllButton.setText(QCoreApplication.translate("OpinionsSection", u"\u5168\u90e8\u786e\u8ba4", None))
#if QT_CONFIG(accessibility)
        self.confirmAllButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u786e\u8ba4\u6240\u6709\u5f85\u786e\u8ba4\u4eba\u5458\u7684\u62df\u7b54\u590d\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.changeButton.setText(QCoreApplication.translate("OpinionsSection", u"\u4fee\u6539\u610f\u89c1\u2026", None))
#if QT_CONFIG(accessibility)
        self.changeButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u4fee\u6539\u6240\u9009\u4eba\u5458\u7684\u610f\u89c1\uff08\u987b\u5199\u660e\u7406\u7531\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.replyButton.setText(QCoreApplication.translate("OpinionsSection", u"\u8d77\u8349\u590d\u51fd", None))
#if QT_CONFIG(accessibility)
        self.replyButton.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u8d77\u8349\u515a\u98ce\u5ec9\u653f\u610f\u89c1\u590d\u51fd\u5230\u6587\u4e66", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("OpinionsSection", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

