# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FindingDialog(object):
    def setupUi(self, FindingDialog):
        if not FindingDialog.objectName():
            FindingDialog.setObjectName(u"FindingDialog")
        FindingDialog.resize(600, 580)
        self.mainLayout = QVBoxLayout(FindingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(FindingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unitComboLabel = QLabel(FindingDialog)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(FindingDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.sourceComboLabel = QLabel(FindingDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(FindingDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.severityComboLabel = QLabel(FindingDialog)
        self.severityComboLabel.setObjectName(u"severityComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.severityComboLabel)

        self.severityCombo = QComboBox(FindingDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.foundOnEditLabel = QLabel(FindingDialog)
        self.foundOnEditLabel.setObjectName(u"foundOnEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.foundOnEditLabel)

        self.foundOnEdit = QDateEdit(FindingDialog)
        self.foundOnEdit.setObjectName(u"foundOnEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.foundOnEdit)

        self.descriptionEditLabel = QLabel(FindingDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(FindingDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.ruleEditLabel = QLabel(FindingDialog)
        self.ruleEditLabel.setObjectName(u"ruleEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ruleEditLabel)

        self.ruleEdit = QLineEdit(FindingDialog)
        self.ruleEdit.setObjectName(u"ruleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ruleEdit)

        self.evidenceEditLabel = QLabel(FindingDialog)
        self.evidenceEditLabel.setObjectName(u"evidenceEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.evidenceEditLabel)

        self.evidenceEdit = QPlainTextEdit(FindingDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")
        self.evidenceEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.leadersLabel = QLabel(FindingDialog)
        self.leadersLabel.setObjectName(u"leadersLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.leadersLabel)

        self.leadersList = QListWidget(FindingDialog)
        self.leadersList.setObjectName(u"leadersList")
        self.leadersList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.leadersList)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(FindingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.severityComboLabel.setBuddy(self.severityCombo)
        self.foundOnEditLabel.setBuddy(self.foundOnEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.ruleEditLabel.setBuddy(self.ruleEdit)
        self.evidenceEditLabel.setBuddy(self.evidenceEdit)
        self.leadersLabel.setBuddy(self.leadersList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingDialog)

        QMetaObject.connectSlotsByName(FindingDialog)
    # setupUi

    def retranslateUi(self, FindingDialog):
        FindingDialog.setWindowTitle(QCoreApplication.translate("FindingDialog", u"\u767b\u8bb0\u95ee\u9898", None))
        self.unitComboLabel.setText(QCoreApplication.translate("FindingDialog", u"\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.sourceComboLabel.setText(QCoreApplication.translate("FindingDialog", u"\u6765\u6e90 *", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
        self.severityComboLabel.setText(QCoreApplication.translate("FindingDialog", u"\u7a0b\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.severityCombo.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u7a0b\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.foundOnEditLabel.setText(QCoreApplication.translate("FindingDialog", u"\u53d1\u73b0\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.foundOnEdit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u53d1\u73b0\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEditLabel.setText(QCoreApplication.translate("FindingDialog", u"\u95ee\u9898\u63cf\u8ff0 *", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u95ee\u9898\u63cf\u8ff0", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"\u5982\uff1a\u4e3b\u8981\u8d1f\u8d23\u4eba\u4e0a\u534a\u5e74\u4ec5\u4e3b\u6301\u53ec\u5f00\u4e00\u6b21\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u5de5\u4f5c\u4e13\u9898\u4f1a\u8bae\u3002", None))
        self.ruleEditLabel.setText(QCoreApplication.translate("FindingDialog", u"\u6d89\u53ca\u89c4\u5b9a", None))
#if QT_CONFIG(accessibility)
        self.ruleEdit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u6d89\u53ca\u89c4\u5b9a", None))
#endif // QT_CONFIG(accessibility)
        self.ruleEdit.setPlaceholderText(QCoreApplication.translate("FindingDialog", u"\u5982\uff1a\u300a\u529e\u6cd5\u300b\u7b2c\u516b\u6761\u7b2c\uff08\u4e8c\uff09\u9879", None))
        self.evidenceEditLabel.setText(QCoreApplication.translate("FindingDialog", u"\u8bc1\u636e\u8bf4\u660e", None))
#if QT_CONFIG(accessibility)
        self.evidenceEdit.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u8bc1\u636e\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.leadersLabel.setText(QCoreApplication.translate("FindingDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#if QT_CONFIG(accessibility)
        self.leadersList.setAccessibleName(QCoreApplication.translate("FindingDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

