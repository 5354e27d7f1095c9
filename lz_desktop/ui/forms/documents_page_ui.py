# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_page.ui'
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
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        DocumentsPage.resize(1100, 680)
        self.mainLayout = QVBoxLayout(DocumentsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.yearLabel = QLabel(DocumentsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(DocumentsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.toolbar.addWidget(self.yearCombo)

        self.newButton = QPushButton(DocumentsPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbar.addWidget(self.newButton)

        self.editButton = QPushButton(DocumentsPage)
        self.editButton.setObjectName(u"editButton")

        self.toolbar.addWidget(self.editButton)

        self.issueButton = QPushButton(DocumentsPage)
        self.issueButton.setObjectName(u"issueButton")

        self.toolbar.addWidget(self.issueButton)

        self.batchButton = QPushButton(DocumentsPage)
        self.batchButton.setObjectName(u"batchButton")

        self.toolbar.addWidget(self.batchButton)

        self.voidButton = QPushButton(DocumentsPage)
        self.voidButton.setObjectName(u"voidButton")

        self.toolbar.addWidget(self.voidButton)

        self.deleteButton = QPushButton(DocumentsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbar.addWidget(self.deleteButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolSpacer)

        self.printButton = QPushButton(DocumentsPage)
        self.printButton.setObjectName(u"printButton")

        self.toolbar.addWidget(self.printButton)

        self.pdfButton = QPushButton(DocumentsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.toolbar.addWidget(self.pdfButton)

        self.docxButton = QPushButton(DocumentsPage)
        self.docxButton.setObjectName(u"docxButton")

        self.toolbar.addWidget(self.docxButton)


        self.mainLayout.addLayout(self.toolbar)

        self.splitter = QSplitter(DocumentsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerTable = QTableView(self.splitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.splitter.addWidget(self.registerTable)
        self.registerTable.horizontalHeader().setStretchLastSection(True)
        self.registerTable.verticalHeader().setVisible(False)
        self.previewContainer = QWidget(self.splitter)
        self.previewContainer.setObjectName(u"previewContainer")
        self.previewLayout = QVBoxLayout(self.previewContainer)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewLabel = QLabel(self.previewContainer)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewLabel)

        self.splitter.addWidget(self.previewContainer)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(DocumentsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsPage)

        QMetaObject.connectSlotsByName(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.yearLabel.setText(QCoreApplication.translate("DocumentsPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u53d1\u6587\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("DocumentsPage", u"\u62df\u7a3f\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u62df\u7a3f", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("DocumentsPage", u"\u4fee\u6539\u8349\u7a3f\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u4fee\u6539\u8349\u7a3f", None))
#endif // QT_CONFIG(accessibility)
        self.issueButton.setText(QCoreApplication.translate("DocumentsPage", u"\u7f16\u53f7\u5370\u53d1\u2026", None))
#if QT_CONFIG(accessibility)
        self.issueButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u7f16\u53f7\u5370\u53d1", None))
#endif // QT_CONFIG(accessibility)
        self.batchButton.setText(QCoreApplication.translate("DocumentsPage", u"\u6279\u91cf\u5370\u53d1\u2026", None))
#if QT_CONFIG(accessibility)
        self.batchButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u6279\u91cf\u5370\u53d1\u6240\u9009\u8349\u7a3f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.batchButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"\u6309\u4f4f Ctrl \u6216 Shift \u9009\u62e9\u591a\u4efd\u8349\u7a3f\uff0c\u4e00\u6b21\u7f16\u53f7\u5370\u53d1\uff0c\u5e76\u5408\u6210\u4e00\u4e2a PDF \u6253\u5370", None))
#endif // QT_CONFIG(tooltip)
        self.voidButton.setText(QCoreApplication.translate("DocumentsPage", u"\u4f5c\u5e9f\u2026", None))
#if QT_CONFIG(accessibility)
        self.voidButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u4f5c\u5e9f", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("DocumentsPage", u"\u5220\u9664\u8349\u7a3f", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u5220\u9664\u8349\u7a3f", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DocumentsPage", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u6253\u5370", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("DocumentsPage", u"\u53e6\u5b58PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.docxButton.setText(QCoreApplication.translate("DocumentsPage", u"\u53e6\u5b58Word\u2026", None))
#if QT_CONFIG(accessibility)
        self.docxButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u53e6\u5b58\u4e3aWord", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u53d1\u6587\u767b\u8bb0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"\u9884\u89c8\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

