# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.resize(660, 420)
        self.mainLayout = QVBoxLayout(CorrectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CorrectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.errorLabel = QLabel(CorrectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.stepLayout = QFormLayout()
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.stepComboLabel = QLabel(CorrectionDialog)
        self.stepComboLabel.setObjectName(u"stepComboLabel")

        self.stepLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stepComboLabel)

        self.stepCombo = QComboBox(CorrectionDialog)
        self.stepCombo.setObjectName(u"stepCombo")

        self.stepLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stepCombo)


        self.mainLayout.addLayout(self.stepLayout)

        self.fieldsBox = QGroupBox(CorrectionDialog)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.fieldsLayout = QFormLayout(self.fieldsBox)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.mainLayout.addWidget(self.fieldsBox)

        self.reasonLayout = QFormLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonEditLabel = QLabel(CorrectionDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.reasonLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(CorrectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.reasonLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CorrectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stepComboLabel.setBuddy(self.stepCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionDialog)

        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u8bb0\u5f55", None))
        self.introLabel.setText(QCoreApplication.translate("CorrectionDialog", u"\u9009\u62e9\u8981\u66f4\u6b63\u7684\u6b65\u9aa4\uff0c\u6539\u6b63\u586b\u9519\u7684\u5185\u5bb9\u5e76\u5199\u660e\u7406\u7531\u3002\u66f4\u6b63\u524d\u540e\u7684\u5185\u5bb9\u90fd\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55\u548c\u95ee\u9898\u7ecf\u8fc7\uff1b\u5df2\u5370\u53d1\u7684\u516c\u6587\u4e0d\u4f1a\u6539\u52a8\u3002", None))
        self.stepComboLabel.setText(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u54ea\u4e00\u6b65", None))
#if QT_CONFIG(accessibility)
        self.stepCombo.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u54ea\u4e00\u6b65", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsBox.setTitle(QCoreApplication.translate("CorrectionDialog", u"\u8bb0\u5f55\u7684\u5185\u5bb9", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u7406\u7531 *", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"\u66f4\u6b63\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"\u5982\uff1a\u5f55\u5165\u65f6\u65e5\u671f\u586b\u9519\uff0c\u4ee5\u53cd\u9988\u4f1a\u8bae\u8bb0\u5f55\u4e3a\u51c6", None))
    # retranslateUi

