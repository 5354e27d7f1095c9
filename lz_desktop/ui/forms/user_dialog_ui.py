# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(UserDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UserDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.errorLabel = QLabel(UserDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(UserDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(UserDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.displayEditLabel = QLabel(UserDialog)
        self.displayEditLabel.setObjectName(u"displayEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayEditLabel)

        self.displayEdit = QLineEdit(UserDialog)
        self.displayEdit.setObjectName(u"displayEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayEdit)

        self.roleComboLabel = QLabel(UserDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordEditLabel = QLabel(UserDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.againEditLabel = QLabel(UserDialog)
        self.againEditLabel.setObjectName(u"againEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.againEditLabel)

        self.againEdit = QLineEdit(UserDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.displayEditLabel.setBuddy(self.displayEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.againEditLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"\u8d26\u53f7", None))
        self.introLabel.setText(QCoreApplication.translate("UserDialog", u"\u5bc6\u7801\u81f3\u5c118\u4e2a\u5b57\u7b26\uff0c\u987b\u540c\u65f6\u542b\u6709\u5b57\u6bcd\u548c\u6570\u5b57\u3002", None))
        self.nameEditLabel.setText(QCoreApplication.translate("UserDialog", u"\u7528\u6237\u540d *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"\u7528\u6237\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.displayEditLabel.setText(QCoreApplication.translate("UserDialog", u"\u59d3\u540d *", None))
#if QT_CONFIG(accessibility)
        self.displayEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.roleComboLabel.setText(QCoreApplication.translate("UserDialog", u"\u89d2\u8272 *", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("UserDialog", u"\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("UserDialog", u"\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.againEditLabel.setText(QCoreApplication.translate("UserDialog", u"\u518d\u6b21\u8f93\u5165\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"\u518d\u6b21\u8f93\u5165\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

