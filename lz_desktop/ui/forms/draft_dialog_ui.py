# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'draft_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DraftDialog(object):
    def setupUi(self, DraftDialog):
        if not DraftDialog.objectName():
            DraftDialog.setObjectName(u"DraftDialog")
        DraftDialog.resize(720, 720)
        self.mainLayout = QVBoxLayout(DraftDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(DraftDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(DraftDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DraftDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.issuerMarkLabel = QLabel(DraftDialog)
        self.issuerMarkLabel.setObjectName(u"issuerMarkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerMarkLabel)

        self.issuerMarkEdit = QLineEdit(DraftDialog)
        self.issuerMarkEdit.setObjectName(u"issuerMarkEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuerMarkEdit)

        self.titleLabel = QLabel(DraftDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DraftDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.addresseeLabel = QLabel(DraftDialog)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeEdit = QLineEdit(DraftDialog)
        self.addresseeEdit.setObjectName(u"addresseeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addresseeEdit)

        self.bodyLabel = QLabel(DraftDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(DraftDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.attachmentsLabel = QLabel(DraftDialog)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsEdit = QPlainTextEdit(DraftDialog)
        self.attachmentsEdit.setObjectName(u"attachmentsEdit")
        self.attachmentsEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.attachmentsEdit)

        self.issuerLabel = QLabel(DraftDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerRow = QHBoxLayout()
        self.issuerRow.setObjectName(u"issuerRow")
        self.issuerEdit = QLineEdit(DraftDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.issuerRow.addWidget(self.issuerEdit)

        self.signerLabel = QLabel(DraftDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.issuerRow.addWidget(self.signerLabel)

        self.signerEdit = QLineEdit(DraftDialog)
        self.signerEdit.setObjectName(u"signerEdit")
        self.signerEdit.setMaximumSize(QSize(140, 16777215))

        self.issuerRow.addWidget(self.signerEdit)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.issuerRow)

        self.issueDateLabel = QLabel(DraftDialog)
        self.issueDateLabel.setObjectName(u"issueDateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.issueDateLabel)

        self.issueDateEdit = QDateEdit(DraftDialog)
        self.issueDateEdit.setObjectName(u"issueDateEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.issueDateEdit)

        self.copyToLabel = QLabel(DraftDialog)
        self.copyToLabel.setObjectName(u"copyToLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.copyToLabel)

        self.copyToEdit = QLineEdit(DraftDialog)
        self.copyToEdit.setObjectName(u"copyToEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.copyToEdit)

        self.printedByLabel = QLabel(DraftDialog)
        self.printedByLabel.setObjectName(u"printedByLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.printedByLabel)

        self.printedByEdit = QLineEdit(DraftDialog)
        self.printedByEdit.setObjectName(u"printedByEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.printedByEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(DraftDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.issuerMarkLabel.setBuddy(self.issuerMarkEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.addresseeLabel.setBuddy(self.addresseeEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.attachmentsLabel.setBuddy(self.attachmentsEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.signerLabel.setBuddy(self.signerEdit)
        self.issueDateLabel.setBuddy(self.issueDateEdit)
        self.copyToLabel.setBuddy(self.copyToEdit)
        self.printedByLabel.setBuddy(self.printedByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DraftDialog)

        QMetaObject.connectSlotsByName(DraftDialog)
    # setupUi

    def retranslateUi(self, DraftDialog):
        DraftDialog.setWindowTitle(QCoreApplication.translate("DraftDialog", u"\u516c\u6587\u62df\u7a3f", None))
        self.kindLabel.setText(QCoreApplication.translate("DraftDialog", u"\u6587\u79cd", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u6587\u79cd", None))
#endif // QT_CONFIG(accessibility)
        self.issuerMarkLabel.setText(QCoreApplication.translate("DraftDialog", u"\u53d1\u6587\u673a\u5173\u6807\u5fd7 *", None))
#if QT_CONFIG(accessibility)
        self.issuerMarkEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u53d1\u6587\u673a\u5173\u6807\u5fd7", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("DraftDialog", u"\u6807\u9898 *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u6807\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DraftDialog", u"\u5982\uff1a\u5173\u4e8e\u5f00\u5c552026\u5e74\u5ea6\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u8d23\u4efb\u5236\u68c0\u67e5\u8003\u6838\u7684\u901a\u77e5", None))
        self.addresseeLabel.setText(QCoreApplication.translate("DraftDialog", u"\u4e3b\u9001\u673a\u5173 *", None))
#if QT_CONFIG(accessibility)
        self.addresseeEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u4e3b\u9001\u673a\u5173", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("DraftDialog", u"\u6b63\u6587 *\n"
"\uff08\u6bcf\u884c\u4e00\u6bb5\uff1b\n"
"\u201c\u4e00\u3001\u201d\u5f00\u5934\u4e3a\u9ed1\u4f53\uff0c\n"
"\u201c\uff08\u4e00\uff09\u201d\u5f00\u5934\u4e3a\u6977\u4f53\uff09", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u6b63\u6587", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentsLabel.setText(QCoreApplication.translate("DraftDialog", u"\u9644\u4ef6\uff08\u6bcf\u884c\u4e00\u4ef6\uff09", None))
#if QT_CONFIG(accessibility)
        self.attachmentsEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.issuerLabel.setText(QCoreApplication.translate("DraftDialog", u"\u53d1\u6587\u673a\u5173\u7f72\u540d *", None))
#if QT_CONFIG(accessibility)
        self.issuerEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u53d1\u6587\u673a\u5173\u7f72\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.signerLabel.setText(QCoreApplication.translate("DraftDialog", u"\u7b7e\u53d1\u4eba\uff08\u62a5\u544a\u7b49\u4e0a\u884c\u6587\uff09", None))
#if QT_CONFIG(accessibility)
        self.signerEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u7b7e\u53d1\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("DraftDialog", u"\u5982\uff1a\u738b\u5efa\u56fd", None))
        self.issueDateLabel.setText(QCoreApplication.translate("DraftDialog", u"\u6210\u6587\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.issueDateEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u6210\u6587\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.copyToLabel.setText(QCoreApplication.translate("DraftDialog", u"\u6284\u9001\u673a\u5173", None))
#if QT_CONFIG(accessibility)
        self.copyToEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u6284\u9001\u673a\u5173", None))
#endif // QT_CONFIG(accessibility)
        self.copyToEdit.setPlaceholderText(QCoreApplication.translate("DraftDialog", u"\u591a\u4e2a\u673a\u5173\u7528\u987f\u53f7\u201c\u3001\u201d\u5206\u9694", None))
        self.printedByLabel.setText(QCoreApplication.translate("DraftDialog", u"\u5370\u53d1\u673a\u5173", None))
#if QT_CONFIG(accessibility)
        self.printedByEdit.setAccessibleName(QCoreApplication.translate("DraftDialog", u"\u5370\u53d1\u673a\u5173", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

