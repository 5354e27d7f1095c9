# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(PasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.errorLabel = QLabel(PasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldEditLabel = QLabel(PasswordDialog)
        self.oldEditLabel.setObjectName(u"oldEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldEditLabel)

        self.oldEdit = QLineEdit(PasswordDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.newEditLabel = QLabel(PasswordDialog)
        self.newEditLabel.setObjectName(u"newEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newEditLabel)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.againEditLabel = QLabel(PasswordDialog)
        self.againEditLabel.setObjectName(u"againEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againEditLabel)

        self.againEdit = QLineEdit(PasswordDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldEditLabel.setBuddy(self.oldEdit)
        self.newEditLabel.setBuddy(self.newEdit)
        self.againEditLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u4fee\u6539\u5bc6\u7801", None))
        self.introLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801\u81f3\u5c118\u4e2a\u5b57\u7b26\uff0c\u987b\u540c\u65f6\u542b\u6709\u5b57\u6bcd\u548c\u6570\u5b57\u3002", None))
        self.oldEditLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u539f\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.oldEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"\u539f\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.newEditLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.againEditLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u518d\u6b21\u8f93\u5165\u65b0\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"\u518d\u6b21\u8f93\u5165\u65b0\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

