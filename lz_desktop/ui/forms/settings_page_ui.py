# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(800, 500)
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.officeGroup = QGroupBox(SettingsPage)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeLayout = QFormLayout(self.officeGroup)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeNameLabel = QLabel(self.officeGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameRow = QHBoxLayout()
        self.officeNameRow.setObjectName(u"officeNameRow")
        self.officeNameEdit = QLineEdit(self.officeGroup)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.officeNameRow.addWidget(self.officeNameEdit)

        self.saveOfficeButton = QPushButton(self.officeGroup)
        self.saveOfficeButton.setObjectName(u"saveOfficeButton")

        self.officeNameRow.addWidget(self.saveOfficeButton)


        self.officeLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.officeNameRow)

        self.officeMessage = QLabel(self.officeGroup)
        self.officeMessage.setObjectName(u"officeMessage")
        self.officeMessage.setWordWrap(True)

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeMessage)


        self.mainLayout.addWidget(self.officeGroup)

        self.fileGroup = QGroupBox(SettingsPage)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileLayout = QFormLayout(self.fileGroup)
        self.fileLayout.setObjectName(u"fileLayout")
        self.pathTitle = QLabel(self.fileGroup)
        self.pathTitle.setObjectName(u"pathTitle")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathTitle)

        self.pathLabel = QLabel(self.fileGroup)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pathLabel.setWordWrap(True)

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pathLabel)

        self.modeTitle = QLabel(self.fileGroup)
        self.modeTitle.setObjectName(u"modeTitle")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeTitle)

        self.modeLabel = QLabel(self.fileGroup)
        self.modeLabel.setObjectName(u"modeLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modeLabel)

        self.versionTitle = QLabel(self.fileGroup)
        self.versionTitle.setObjectName(u"versionTitle")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.versionTitle)

        self.versionLabel = QLabel(self.fileGroup)
        self.versionLabel.setObjectName(u"versionLabel")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.versionLabel)


        self.mainLayout.addWidget(self.fileGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.officeGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u5173", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u5173\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.officeNameEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u5173\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.saveOfficeButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58", None))
#if QT_CONFIG(accessibility)
        self.saveOfficeButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u672c\u673a\u5173\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.fileGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u6587\u4ef6", None))
        self.pathTitle.setText(QCoreApplication.translate("SettingsPage", u"\u4f4d\u7f6e", None))
        self.modeTitle.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u65b9\u5f0f", None))
        self.versionTitle.setText(QCoreApplication.translate("SettingsPage", u"\u7a0b\u5e8f\u7248\u672c", None))
        pass
    # retranslateUi

