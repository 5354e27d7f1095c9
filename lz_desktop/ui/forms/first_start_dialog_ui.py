# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(540, 340)
        self.mainLayout = QVBoxLayout(FirstStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(FirstStartDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.pathLabel = QLabel(FirstStartDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.pathLabel)

        self.kindGroup = QGroupBox(FirstStartDialog)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QVBoxLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.emptyRadio = QRadioButton(self.kindGroup)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.kindLayout.addWidget(self.emptyRadio)

        self.demoRadio = QRadioButton(self.kindGroup)
        self.demoRadio.setObjectName(u"demoRadio")

        self.kindLayout.addWidget(self.demoRadio)


        self.mainLayout.addWidget(self.kindGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.officeNameLabel = QLabel(FirstStartDialog)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(FirstStartDialog)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FirstStartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FirstStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"\u65b0\u5efa\u6570\u636e\u6587\u4ef6", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u6b22\u8fce\u4f7f\u7528\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u8d23\u4efb\u5236\u7ba1\u7406\u7cfb\u7edf", None))
        self.kindGroup.setTitle(QCoreApplication.translate("FirstStartDialog", u"\u8fd9\u4e2a\u6570\u636e\u6587\u4ef6\u7528\u4e8e", None))
        self.emptyRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u672c\u673a\u5173\u6b63\u5f0f\u4f7f\u7528\uff08\u7a7a\u767d\uff0c\u4ece\u5f55\u5165\u5355\u4f4d\u5f00\u59cb\uff09", None))
#if QT_CONFIG(accessibility)
        self.emptyRadio.setAccessibleName(QCoreApplication.translate("FirstStartDialog", u"\u7a7a\u767d\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.demoRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u6f14\u793a\u4e0e\u57f9\u8bad\uff08\u6c38\u5b89\u533a\u793a\u4f8b\uff1a21\u4e2a\u5355\u4f4d\u3001\u7ea6120\u540d\u9886\u5bfc\u5e72\u90e8\u3001\u53d1\u6587\u767b\u8bb0\u548c\u6574\u6539\u53cd\u9988\uff09", None))
#if QT_CONFIG(accessibility)
        self.demoRadio.setAccessibleName(QCoreApplication.translate("FirstStartDialog", u"\u6f14\u793a\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.officeNameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u672c\u673a\u5173\u540d\u79f0 *", None))
#if QT_CONFIG(accessibility)
        self.officeNameEdit.setAccessibleName(QCoreApplication.translate("FirstStartDialog", u"\u672c\u673a\u5173\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"\u7528\u4e8e\u516c\u6587\u843d\u6b3e\uff0c\u5982\uff1a\u4e2d\u5171\u5317\u4eac\u5e02\u00d7\u00d7\u533a\u7eaa\u5f8b\u68c0\u67e5\u59d4\u5458\u4f1a", None))
    # retranslateUi

