# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opinion_request_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OpinionRequestDialog(object):
    def setupUi(self, OpinionRequestDialog):
        if not OpinionRequestDialog.objectName():
            OpinionRequestDialog.setObjectName(u"OpinionRequestDialog")
        OpinionRequestDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(OpinionRequestDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(OpinionRequestDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organEditLabel = QLabel(OpinionRequestDialog)
        self.organEditLabel.setObjectName(u"organEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organEditLabel)

        self.organEdit = QLineEdit(OpinionRequestDialog)
        self.organEdit.setObjectName(u"organEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organEdit)

        self.referenceEditLabel = QLabel(OpinionRequestDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(OpinionRequestDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.purposeComboLabel = QLabel(OpinionRequestDialog)
        self.purposeComboLabel.setObjectName(u"purposeComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeComboLabel)

        self.purposeCombo = QComboBox(OpinionRequestDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.asOfEditLabel = QLabel(OpinionRequestDialog)
        self.asOfEditLabel.setObjectName(u"asOfEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.asOfEditLabel)

        self.asOfEdit = QDateEdit(OpinionRequestDialog)
        self.asOfEdit.setObjectName(u"asOfEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.asOfEdit)

        self.namesEditLabel = QLabel(OpinionRequestDialog)
        self.namesEditLabel.setObjectName(u"namesEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.namesEditLabel)

        self.namesLayout = QVBoxLayout()
        self.namesLayout.setObjectName(u"namesLayout")
        self.namesEdit = QPlainTextEdit(OpinionRequestDialog)
        self.namesEdit.setObjectName(u"namesEdit")

        self.namesLayout.addWidget(self.namesEdit)

        self.workbookButton = QPushButton(OpinionRequestDialog)
        self.workbookButton.setObjectName(u"workbookButton")

        self.namesLayout.addWidget(self.workbookButton)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.namesLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OpinionRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organEditLabel.setBuddy(self.organEdit)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
        self.purposeComboLabel.setBuddy(self.purposeCombo)
        self.asOfEditLabel.setBuddy(self.asOfEdit)
        self.namesEditLabel.setBuddy(self.namesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpinionRequestDialog)

        QMetaObject.connectSlotsByName(OpinionRequestDialog)
    # setupUi

    def retranslateUi(self, OpinionRequestDialog):
        OpinionRequestDialog.setWindowTitle(QCoreApplication.translate("OpinionRequestDialog", u"\u767b\u8bb0\u5f81\u6c42\u515a\u98ce\u5ec9\u653f\u610f\u89c1", None))
        self.organEditLabel.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u6765\u51fd\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.organEdit.setAccessibleName(QCoreApplication.translate("OpinionRequestDialog", u"\u6765\u51fd\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.organEdit.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u533a\u59d4\u7ec4\u7ec7\u90e8", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u6765\u51fd\u6587\u53f7", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("OpinionRequestDialog", u"\u6765\u51fd\u6587\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("OpinionRequestDialog", u"\u5982\uff1a\u533a\u7ec4\u5e72\u51fd\u30142026\u301512\u53f7", None))
        self.purposeComboLabel.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u7528\u9014 *", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("OpinionRequestDialog", u"\u7528\u9014", None))
#endif // QT_CONFIG(accessibility)
        self.asOfEditLabel.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u5f81\u6c42\u610f\u89c1\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.asOfEdit.setAccessibleName(QCoreApplication.translate("OpinionRequestDialog", u"\u5f81\u6c42\u610f\u89c1\u65e5\u671f\uff08\u610f\u89c1\u622a\u81f3\u8be5\u65e5\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.namesEditLabel.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u4eba\u5458\u540d\u5355 *", None))
#if QT_CONFIG(accessibility)
        self.namesEdit.setAccessibleName(QCoreApplication.translate("OpinionRequestDialog", u"\u4eba\u5458\u540d\u5355\uff1a\u6bcf\u884c\u4e00\u4eba\uff0c\u59d3\u540d\u540e\u53ef\u5199\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.namesEdit.setPlaceholderText(QCoreApplication.translate("OpinionRequestDialog", u"\u6bcf\u884c\u4e00\u4eba\uff0c\u59d3\u540d\u540e\u53ef\u7a7a\u683c\u5199\u5355\u4f4d\uff0c\u5982\uff1a\n"
"\u5f20\u4f1f \u533a\u8d22\u653f\u5c40\n"
"\u674e\u5a1c", None))
        self.workbookButton.setText(QCoreApplication.translate("OpinionRequestDialog", u"\u4ece\u540d\u5355\u8868\uff08.xlsx\uff09\u8bfb\u5165\u2026", None))
#if QT_CONFIG(accessibility)
        self.workbookButton.setAccessibleName(QCoreApplication.translate("OpinionRequestDialog", u"\u4ece\u7ec4\u7ec7\u90e8\u95e8\u7684\u540d\u5355\u8868\u8bfb\u5165\u4eba\u5458", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

