# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(OverviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.dateLabel = QLabel(OverviewPage)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.dateLabel)

        self.backupWarning = QPushButton(OverviewPage)
        self.backupWarning.setObjectName(u"backupWarning")
        self.backupWarning.setVisible(False)
        self.backupWarning.setStyleSheet(u"QPushButton { text-align: left; padding: 8px; color: #8a1c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }")

        self.mainLayout.addWidget(self.backupWarning)

        self.figures = QGridLayout()
        self.figures.setObjectName(u"figures")
        self.dueSoonButton = QPushButton(OverviewPage)
        self.dueSoonButton.setObjectName(u"dueSoonButton")
        self.dueSoonButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.dueSoonButton, 0, 0, 1, 1)

        self.overdueButton = QPushButton(OverviewPage)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.overdueButton, 0, 1, 1, 1)

        self.verifyButton = QPushButton(OverviewPage)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.verifyButton, 0, 2, 1, 1)

        self.draftsButton = QPushButton(OverviewPage)
        self.draftsButton.setObjectName(u"draftsButton")
        self.draftsButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.draftsButton, 0, 3, 1, 1)

        self.obligationsButton = QPushButton(OverviewPage)
        self.obligationsButton.setObjectName(u"obligationsButton")
        self.obligationsButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.obligationsButton, 1, 0, 1, 1)

        self.tasksButton = QPushButton(OverviewPage)
        self.tasksButton.setObjectName(u"tasksButton")
        self.tasksButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.tasksButton, 1, 1, 1, 1)

        self.casesButton = QPushButton(OverviewPage)
        self.casesButton.setObjectName(u"casesButton")
        self.casesButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.casesButton, 1, 3, 1, 1)

        self.packagesButton = QPushButton(OverviewPage)
        self.packagesButton.setObjectName(u"packagesButton")
        self.packagesButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.packagesButton, 2, 0, 1, 1)

        self.statementsButton = QPushButton(OverviewPage)
        self.statementsButton.setObjectName(u"statementsButton")
        self.statementsButton.setMinimumSize(QSize(200, 110))

        self.figures.addWidget(self.statementsButton, 1, 2, 1, 1)


        self.mainLayout.addLayout(self.figures)

        self.obligationsLabel = QLabel(OverviewPage)
        self.obligationsLabel.setObjectName(u"obligationsLabel")
        self.obligationsLabel.setWordWrap(True)
        self.obligationsLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.obligationsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
#if QT_CONFIG(accessibility)
        self.backupWarning.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u81ea\u52a8\u5907\u4efd\u63d0\u9192", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueSoonButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"7\u5929\u5185\u5230\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overdueButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u5df2\u903e\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u5f85\u9a8c\u6536\u9500\u53f7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.draftsButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u5f85\u5370\u53d1\u516c\u6587", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.obligationsButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u672c\u5e74\u5ea6\u8d23\u4efb\u5c1a\u672a\u5c65\u884c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tasksButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u5e74\u5ea6\u4efb\u52a1\u903e\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.casesButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u8d23\u4efb\u8ffd\u7a76\u51b3\u5b9a\u672a\u843d\u5b9e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.packagesButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u62a5\u9001\u903e\u671f\u672a\u62a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statementsButton.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u8d23\u4efb\u4e66\u672a\u7b7e\u8ba2", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.obligationsLabel.setAccessibleName(QCoreApplication.translate("OverviewPage", u"\u5e74\u5ea6\u8d23\u4efb\u5c65\u884c\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

