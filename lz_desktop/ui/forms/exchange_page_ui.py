# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ExchangePage(object):
    def setupUi(self, ExchangePage):
        if not ExchangePage.objectName():
            ExchangePage.setObjectName(u"ExchangePage")
        ExchangePage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(ExchangePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearLabel = QLabel(ExchangePage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(ExchangePage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.top.addWidget(self.yearSpin)

        self.dueLabel = QLabel(ExchangePage)
        self.dueLabel.setObjectName(u"dueLabel")

        self.top.addWidget(self.dueLabel)

        self.dueEdit = QDateEdit(ExchangePage)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.top.addWidget(self.dueEdit)

        self.contactLabel = QLabel(ExchangePage)
        self.contactLabel.setObjectName(u"contactLabel")

        self.top.addWidget(self.contactLabel)

        self.contactEdit = QLineEdit(ExchangePage)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMinimumSize(QSize(160, 0))

        self.top.addWidget(self.contactEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.exportButton = QPushButton(ExchangePage)
        self.exportButton.setObjectName(u"exportButton")

        self.top.addWidget(self.exportButton)

        self.importButton = QPushButton(ExchangePage)
        self.importButton.setObjectName(u"importButton")

        self.top.addWidget(self.importButton)


        self.mainLayout.addLayout(self.top)

        self.countsLabel = QLabel(ExchangePage)
        self.countsLabel.setObjectName(u"countsLabel")

        self.mainLayout.addWidget(self.countsLabel)

        self.splitter = QSplitter(ExchangePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.standingTable = QTableWidget(self.splitter)
        self.standingTable.setObjectName(u"standingTable")
        self.standingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.standingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.standingTable.setSortingEnabled(True)
        self.splitter.addWidget(self.standingTable)
        self.reviewPane = QWidget(self.splitter)
        self.reviewPane.setObjectName(u"reviewPane")
        self.reviewLayout = QVBoxLayout(self.reviewPane)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewLabel = QLabel(self.reviewPane)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.reviewLabel)

        self.reviewTree = QTreeWidget(self.reviewPane)
        self.reviewTree.setObjectName(u"reviewTree")
        self.reviewTree.setHeaderHidden(True)
        self.reviewTree.setWordWrap(True)

        self.reviewLayout.addWidget(self.reviewTree)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)

        self.discardButton = QPushButton(self.reviewPane)
        self.discardButton.setObjectName(u"discardButton")

        self.reviewButtons.addWidget(self.discardButton)

        self.mergeButton = QPushButton(self.reviewPane)
        self.mergeButton.setObjectName(u"mergeButton")

        self.reviewButtons.addWidget(self.mergeButton)


        self.reviewLayout.addLayout(self.reviewButtons)

        self.reviewLayout.setStretch(1, 1)
        self.splitter.addWidget(self.reviewPane)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(ExchangePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.dueLabel.setBuddy(self.dueEdit)
        self.contactLabel.setBuddy(self.contactEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExchangePage)

        QMetaObject.connectSlotsByName(ExchangePage)
    # setupUi

    def retranslateUi(self, ExchangePage):
        self.yearLabel.setText(QCoreApplication.translate("ExchangePage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u62a5\u9001\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.yearSpin.setSuffix(QCoreApplication.translate("ExchangePage", u" \u5e74", None))
        self.dueLabel.setText(QCoreApplication.translate("ExchangePage", u"\u62a5\u9001\u622a\u6b62\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u62a5\u9001\u622a\u6b62\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ExchangePage", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.contactLabel.setText(QCoreApplication.translate("ExchangePage", u"\u8054\u7cfb\u4eba", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u8054\u7cfb\u4eba\u53ca\u7535\u8bdd\uff08\u5370\u5728\u62a5\u9001\u8868\u8868\u5934\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("ExchangePage", u"\u59d3\u540d\u53ca\u7535\u8bdd", None))
        self.exportButton.setText(QCoreApplication.translate("ExchangePage", u"\u751f\u6210\u62a5\u9001\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u4e3a\u5404\u5355\u4f4d\u751f\u6210\u62a5\u9001\u8868\u5230\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("ExchangePage", u"\u5bfc\u5165\u62a5\u56de\u7684\u62a5\u9001\u8868\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u68c0\u67e5\u5355\u4f4d\u62a5\u56de\u7684\u62a5\u9001\u8868", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countsLabel.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u62a5\u9001\u60c5\u51b5\u7edf\u8ba1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.standingTable.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u5404\u5355\u4f4d\u62a5\u9001\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabel.setText(QCoreApplication.translate("ExchangePage", u"\u5bfc\u5165\u68c0\u67e5\u7ed3\u679c\uff1a\u52fe\u9009\u8981\u5408\u5e76\u7684\u5185\u5bb9\uff08\u4e0e\u672c\u673a\u5173\u8bb0\u5f55\u51b2\u7a81\u7684\u884c\u9ed8\u8ba4\u4e0d\u52fe\u9009\uff1b\u6709\u95ee\u9898\u7684\u62a5\u9001\u8868\u6574\u8868\u4e0d\u80fd\u5408\u5e76\uff09", None))
        ___qtreewidgetitem = self.reviewTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ExchangePage", u"\u5185\u5bb9", None))
#if QT_CONFIG(accessibility)
        self.reviewTree.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u62a5\u56de\u7684\u62a5\u9001\u8868\u53ca\u5176\u6539\u52a8", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("ExchangePage", u"\u6e05\u9664\u68c0\u67e5\u7ed3\u679c", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u6e05\u9664\u5bfc\u5165\u68c0\u67e5\u7ed3\u679c\uff0c\u4e0d\u5408\u5e76", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("ExchangePage", u"\u5408\u5e76\u52fe\u9009\u7684\u5185\u5bb9", None))
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u5408\u5e76\u52fe\u9009\u7684\u5185\u5bb9\u5230\u672c\u6570\u636e\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ExchangePage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

