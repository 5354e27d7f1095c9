# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(FollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(FollowUpDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.onDateEditLabel = QLabel(FollowUpDialog)
        self.onDateEditLabel.setObjectName(u"onDateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onDateEditLabel)

        self.onDateEdit = QDateEdit(FollowUpDialog)
        self.onDateEdit.setObjectName(u"onDateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.onDateEdit)

        self.methodComboLabel = QLabel(FollowUpDialog)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodComboLabel)

        self.methodCombo = QComboBox(FollowUpDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.resultEditLabel = QLabel(FollowUpDialog)
        self.resultEditLabel.setObjectName(u"resultEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultEditLabel)

        self.resultEdit = QPlainTextEdit(FollowUpDialog)
        self.resultEdit.setObjectName(u"resultEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.byEditLabel = QLabel(FollowUpDialog)
        self.byEditLabel.setObjectName(u"byEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.byEditLabel)

        self.byEdit = QLineEdit(FollowUpDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.byEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.onDateEditLabel.setBuddy(self.onDateEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.resultEditLabel.setBuddy(self.resultEdit)
        self.byEditLabel.setBuddy(self.byEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"\u8ddf\u8e2a\u7763\u67e5", None))
        self.onDateEditLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u7763\u67e5\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.onDateEdit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"\u7763\u67e5\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.methodComboLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u65b9\u5f0f *", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.resultEditLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u7763\u67e5\u7ed3\u679c *", None))
#if QT_CONFIG(accessibility)
        self.resultEdit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"\u7763\u67e5\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"\u5982\uff1a\u67e5\u9605\u4f1a\u8bae\u8bb0\u5f55\uff0c\u5df2\u6309\u8981\u6c42\u53ec\u5f00\u4e13\u9898\u4f1a\u8bae\u3002", None))
        self.byEditLabel.setText(QCoreApplication.translate("FollowUpDialog", u"\u7763\u67e5\u4eba *", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"\u7763\u67e5\u4eba", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

