# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'regulation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_RegulationDialog(object):
    def setupUi(self, RegulationDialog):
        if not RegulationDialog.objectName():
            RegulationDialog.setObjectName(u"RegulationDialog")
        RegulationDialog.resize(900, 640)
        self.mainLayout = QVBoxLayout(RegulationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(RegulationDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.splitter = QSplitter(RegulationDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.articleList = QListWidget(self.splitter)
        self.articleList.setObjectName(u"articleList")
        self.articleList.setMaximumSize(QSize(240, 16777215))
        self.splitter.addWidget(self.articleList)
        self.textView = QTextBrowser(self.splitter)
        self.textView.setObjectName(u"textView")
        self.textView.setOpenLinks(False)
        self.splitter.addWidget(self.textView)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(RegulationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(RegulationDialog)

        QMetaObject.connectSlotsByName(RegulationDialog)
    # setupUi

    def retranslateUi(self, RegulationDialog):
        RegulationDialog.setWindowTitle(QCoreApplication.translate("RegulationDialog", u"\u6cd5\u89c4\u539f\u6587", None))
#if QT_CONFIG(accessibility)
        self.articleList.setAccessibleName(QCoreApplication.translate("RegulationDialog", u"\u6761\u76ee", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("RegulationDialog", u"\u6cd5\u89c4\u6b63\u6587", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

