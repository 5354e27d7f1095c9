# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(600, 300)
        self.mainLayout = QVBoxLayout(FeedbackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(FeedbackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.findingsLabelValueLabel = QLabel(FeedbackDialog)
        self.findingsLabelValueLabel.setObjectName(u"findingsLabelValueLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findingsLabelValueLabel)

        self.findingsLabelValue = QLabel(FeedbackDialog)
        self.findingsLabelValue.setObjectName(u"findingsLabelValue")
        self.findingsLabelValue.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findingsLabelValue)

        self.titleEditLabel = QLabel(FeedbackDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(FeedbackDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.fedBackOnEditLabel = QLabel(FeedbackDialog)
        self.fedBackOnEditLabel.setObjectName(u"fedBackOnEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fedBackOnEditLabel)

        self.fedBackOnEdit = QDateEdit(FeedbackDialog)
        self.fedBackOnEdit.setObjectName(u"fedBackOnEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fedBackOnEdit)

        self.deadlineValueLabel = QLabel(FeedbackDialog)
        self.deadlineValueLabel.setObjectName(u"deadlineValueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineValueLabel)

        self.deadlineValue = QLabel(FeedbackDialog)
        self.deadlineValue.setObjectName(u"deadlineValue")
        self.deadlineValue.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineValue)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findingsLabelValueLabel.setBuddy(self.findingsLabelValue)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.fedBackOnEditLabel.setBuddy(self.fedBackOnEdit)
        self.deadlineValueLabel.setBuddy(self.deadlineValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"\u5411\u5355\u4f4d\u53cd\u9988", None))
        self.findingsLabelValueLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u7684\u95ee\u9898", None))
#if QT_CONFIG(accessibility)
        self.findingsLabelValue.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u7684\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u4e8b\u9879 *", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"\u5982\uff1a2026\u5e74\u5ea6\u515a\u98ce\u5ec9\u653f\u5efa\u8bbe\u8d23\u4efb\u5236\u4e13\u9879\u68c0\u67e5", None))
        self.fedBackOnEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.fedBackOnEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u53cd\u9988\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineValueLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u6574\u6539\u63aa\u65bd\u62a5\u5907\u671f\u9650", None))
#if QT_CONFIG(accessibility)
        self.deadlineValue.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u6574\u6539\u63aa\u65bd\u62a5\u5907\u671f\u9650", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

