# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        ExtensionDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(ExtensionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(ExtensionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.currentDueValueLabel = QLabel(ExtensionDialog)
        self.currentDueValueLabel.setObjectName(u"currentDueValueLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentDueValueLabel)

        self.currentDueValue = QLabel(ExtensionDialog)
        self.currentDueValue.setObjectName(u"currentDueValue")
        self.currentDueValue.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentDueValue)

        self.requestedOnEditLabel = QLabel(ExtensionDialog)
        self.requestedOnEditLabel.setObjectName(u"requestedOnEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestedOnEditLabel)

        self.requestedOnEdit = QDateEdit(ExtensionDialog)
        self.requestedOnEdit.setObjectName(u"requestedOnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requestedOnEdit)

        self.newDueEditLabel = QLabel(ExtensionDialog)
        self.newDueEditLabel.setObjectName(u"newDueEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newDueEditLabel)

        self.newDueEdit = QDateEdit(ExtensionDialog)
        self.newDueEdit.setObjectName(u"newDueEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newDueEdit)

        self.reasonEditLabel = QLabel(ExtensionDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(ExtensionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ExtensionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentDueValueLabel.setBuddy(self.currentDueValue)
        self.requestedOnEditLabel.setBuddy(self.requestedOnEdit)
        self.newDueEditLabel.setBuddy(self.newDueEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)

        QMetaObject.connectSlotsByName(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"\u7533\u8bf7\u5ef6\u671f", None))
        self.currentDueValueLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u73b0\u671f\u9650", None))
#if QT_CONFIG(accessibility)
        self.currentDueValue.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"\u73b0\u671f\u9650", None))
#endif // QT_CONFIG(accessibility)
        self.requestedOnEditLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u7533\u8bf7\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.requestedOnEdit.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"\u7533\u8bf7\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.newDueEditLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u81f3 *", None))
#if QT_CONFIG(accessibility)
        self.newDueEdit.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u81f3", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEditLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u7406\u7531 *", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"\u5982\uff1a\u9700\u534f\u8c03\u4f4f\u5efa\u90e8\u95e8\u8054\u5408\u6574\u6539", None))
    # retranslateUi

