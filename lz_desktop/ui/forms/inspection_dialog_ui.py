# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(InspectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(InspectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleEditLabel = QLabel(InspectionDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(InspectionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.unitComboLabel = QLabel(InspectionDialog)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(InspectionDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.leaderComboLabel = QLabel(InspectionDialog)
        self.leaderComboLabel.setObjectName(u"leaderComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leaderComboLabel)

        self.leaderCombo = QComboBox(InspectionDialog)
        self.leaderCombo.setObjectName(u"leaderCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leaderCombo)

        self.teamEditLabel = QLabel(InspectionDialog)
        self.teamEditLabel.setObjectName(u"teamEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamEditLabel)

        self.teamEdit = QLineEdit(InspectionDialog)
        self.teamEdit.setObjectName(u"teamEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.startEditLabel = QLabel(InspectionDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.startEdit = QDateEdit(InspectionDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endEditLabel = QLabel(InspectionDialog)
        self.endEditLabel.setObjectName(u"endEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endEditLabel)

        self.endEdit = QDateEdit(InspectionDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.methodsListLabel = QLabel(InspectionDialog)
        self.methodsListLabel.setObjectName(u"methodsListLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.methodsListLabel)

        self.methodsList = QListWidget(InspectionDialog)
        self.methodsList.setObjectName(u"methodsList")
        self.methodsList.setMaximumSize(QSize(16777215, 130))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.methodsList)

        self.unitsListLabel = QLabel(InspectionDialog)
        self.unitsListLabel.setObjectName(u"unitsListLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unitsListLabel)

        self.unitsSide = QVBoxLayout()
        self.unitsSide.setObjectName(u"unitsSide")
        self.unitsList = QListWidget(InspectionDialog)
        self.unitsList.setObjectName(u"unitsList")

        self.unitsSide.addWidget(self.unitsList)

        self.allBelowButton = QPushButton(InspectionDialog)
        self.allBelowButton.setObjectName(u"allBelowButton")

        self.unitsSide.addWidget(self.allBelowButton)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.unitsSide)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(InspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.leaderComboLabel.setBuddy(self.leaderCombo)
        self.teamEditLabel.setBuddy(self.teamEdit)
        self.startEditLabel.setBuddy(self.startEdit)
        self.endEditLabel.setBuddy(self.endEdit)
        self.methodsListLabel.setBuddy(self.methodsList)
        self.unitsListLabel.setBuddy(self.unitsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionDialog)

        QMetaObject.connectSlotsByName(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u8003\u6838", None))
        self.titleEditLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u540d\u79f0 *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"\u5982\uff1a2026\u5e74\u5ea6\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u8d23\u4efb\u5236\u68c0\u67e5\u8003\u6838", None))
        self.unitComboLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u7ec4\u7ec7\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u7ec4\u7ec7\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.leaderComboLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u5e26\u961f\u9886\u5bfc", None))
#if QT_CONFIG(accessibility)
        self.leaderCombo.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u5e26\u961f\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leaderCombo.setToolTip(QCoreApplication.translate("InspectionDialog", u"\u7ec4\u7ec7\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u5e26\u961f\u7684\uff0c\u8ba1\u5165\u5176\u201c\u5e26\u961f\u68c0\u67e5\u4e0b\u5c5e\u5355\u4f4d\u201d\u7684\u5e74\u5ea6\u8d23\u4efb\uff08\u7b2c\u516b\u6761\u7b2c\uff08\u56db\uff09\u9879\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.teamEditLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u7ec4", None))
#if QT_CONFIG(accessibility)
        self.teamEdit.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u7ec4", None))
#endif // QT_CONFIG(accessibility)
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"\u5982\uff1a\u533a\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u8d23\u4efb\u5236\u9886\u5bfc\u5c0f\u7ec4\u529e\u516c\u5ba4\uff08\u533a\u7eaa\u59d4\uff09\u4f1a\u540c\u533a\u59d4\u7ec4\u7ec7\u90e8", None))
        self.startEditLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u5f00\u59cb\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u5f00\u59cb\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.endEditLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u7ed3\u675f\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u7ed3\u675f\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.methodsListLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u8003\u6838\u65b9\u5f0f *", None))
#if QT_CONFIG(accessibility)
        self.methodsList.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u8003\u6838\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.unitsListLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u88ab\u68c0\u67e5\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.unitsList.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u88ab\u68c0\u67e5\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.allBelowButton.setText(QCoreApplication.translate("InspectionDialog", u"\u9009\u4e2d\u7ec4\u7ec7\u5355\u4f4d\u7684\u5168\u90e8\u4e0b\u5c5e\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.allBelowButton.setAccessibleName(QCoreApplication.translate("InspectionDialog", u"\u9009\u4e2d\u5168\u90e8\u4e0b\u5c5e\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

