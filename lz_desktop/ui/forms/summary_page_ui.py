# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPage):
        if not SummaryPage.objectName():
            SummaryPage.setObjectName(u"SummaryPage")
        SummaryPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(SummaryPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.yearLabel = QLabel(SummaryPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(SummaryPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.top.addWidget(self.yearSpin)

        self.scopeLabel = QLabel(SummaryPage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.top.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(SummaryPage)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setMinimumSize(QSize(220, 0))

        self.top.addWidget(self.scopeCombo)

        self.buildButton = QPushButton(SummaryPage)
        self.buildButton.setObjectName(u"buildButton")

        self.top.addWidget(self.buildButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.exportButton = QPushButton(SummaryPage)
        self.exportButton.setObjectName(u"exportButton")

        self.top.addWidget(self.exportButton)

        self.printButton = QPushButton(SummaryPage)
        self.printButton.setObjectName(u"printButton")

        self.top.addWidget(self.printButton)


        self.mainLayout.addLayout(self.top)

        self.splitter = QSplitter(SummaryPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.reportView = QTextBrowser(self.splitter)
        self.reportView.setObjectName(u"reportView")
        self.splitter.addWidget(self.reportView)
        self.chartPane = QWidget(self.splitter)
        self.chartPane.setObjectName(u"chartPane")
        self.chartLayout = QVBoxLayout(self.chartPane)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chartPane)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(SummaryPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SummaryPage)

        QMetaObject.connectSlotsByName(SummaryPage)
    # setupUi

    def retranslateUi(self, SummaryPage):
        self.yearLabel.setText(QCoreApplication.translate("SummaryPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.yearSpin.setSuffix(QCoreApplication.translate("SummaryPage", u" \u5e74", None))
        self.scopeLabel.setText(QCoreApplication.translate("SummaryPage", u"\u8303\u56f4", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u6c47\u603b\u8303\u56f4\uff08\u5355\u4f4d\u53ca\u5176\u4e0b\u5c5e\u5355\u4f4d\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.buildButton.setText(QCoreApplication.translate("SummaryPage", u"\u6c47\u603b", None))
#if QT_CONFIG(accessibility)
        self.buildButton.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u6309\u5e74\u5ea6\u548c\u8303\u56f4\u6c47\u603b", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("SummaryPage", u"\u5bfc\u51fa PDF\u3001Excel\u3001Word\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u5bfc\u51fa\u5e74\u5ea6\u6c47\u603b", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("SummaryPage", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u6253\u5370\u5e74\u5ea6\u6c47\u603b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportView.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u5e74\u5ea6\u6c47\u603b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SummaryPage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

