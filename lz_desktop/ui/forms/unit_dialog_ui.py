# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_dialog.ui'
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

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(UnitDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(UnitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(UnitDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(UnitDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(UnitDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.categoryLabel = QLabel(UnitDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(UnitDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.parentLabel = QLabel(UnitDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(UnitDialog)
        self.parentCombo.setObjectName(u"parentCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.teamNameLabel = QLabel(UnitDialog)
        self.teamNameLabel.setObjectName(u"teamNameLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.teamNameLabel)

        self.teamNameEdit = QLineEdit(UnitDialog)
        self.teamNameEdit.setObjectName(u"teamNameEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.teamNameEdit)

        self.noteLabel = QLabel(UnitDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(UnitDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(UnitDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.teamNameLabel.setBuddy(self.teamNameEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnitDialog)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u9519\u8bef\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d\u5168\u79f0 *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d\u5168\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u7528\u4e8e\u516c\u6587\uff0c\u5982\uff1a\u5317\u4eac\u5e02\u6c38\u5b89\u533a\u8d22\u653f\u5c40", None))
        self.shortNameLabel.setText(QCoreApplication.translate("UnitDialog", u"\u7b80\u79f0 *", None))
#if QT_CONFIG(accessibility)
        self.shortNameEdit.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u7b80\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u5982\uff1a\u533a\u8d22\u653f\u5c40", None))
        self.categoryLabel.setText(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d\u7c7b\u522b *", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d\u7c7b\u522b", None))
#endif // QT_CONFIG(accessibility)
        self.parentLabel.setText(QCoreApplication.translate("UnitDialog", u"\u4e0a\u7ea7\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.parentCombo.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u4e0a\u7ea7\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.teamNameLabel.setText(QCoreApplication.translate("UnitDialog", u"\u9886\u5bfc\u73ed\u5b50\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.teamNameEdit.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u9886\u5bfc\u73ed\u5b50\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.teamNameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u7559\u7a7a\u5219\u4e3a\u201c\u7b80\u79f0\uff0b\u9886\u5bfc\u73ed\u5b50\u201d\uff0c\u5982\uff1a\u533a\u8d22\u653f\u5c40\u515a\u7ec4", None))
        self.noteLabel.setText(QCoreApplication.translate("UnitDialog", u"\u5907\u6ce8", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("UnitDialog", u"\u5907\u6ce8", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("UnitDialog", u"\u300a\u529e\u6cd5\u300b\u7b2c\u4e8c\u6761\uff1a\u4eba\u6c11\u56e2\u4f53\u3001\u56fd\u6709\u548c\u56fd\u6709\u63a7\u80a1\u4f01\u4e1a\u3001\u4e8b\u4e1a\u5355\u4f4d\u53c2\u7167\u6267\u884c\u3002", None))
    # retranslateUi

