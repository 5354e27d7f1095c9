# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(680, 640)
        self.mainLayout = QVBoxLayout(DecisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(DecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.subjectComboLabel = QLabel(DecisionDialog)
        self.subjectComboLabel.setObjectName(u"subjectComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectComboLabel)

        self.subjectCombo = QComboBox(DecisionDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.responsibilityComboLabel = QLabel(DecisionDialog)
        self.responsibilityComboLabel.setObjectName(u"responsibilityComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responsibilityComboLabel)

        self.responsibilityCombo = QComboBox(DecisionDialog)
        self.responsibilityCombo.setObjectName(u"responsibilityCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responsibilityCombo)

        self.severityComboLabel = QLabel(DecisionDialog)
        self.severityComboLabel.setObjectName(u"severityComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.severityComboLabel)

        self.severityCombo = QComboBox(DecisionDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.sanctionsListLabel = QLabel(DecisionDialog)
        self.sanctionsListLabel.setObjectName(u"sanctionsListLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sanctionsListLabel)

        self.sanctionsSide = QVBoxLayout()
        self.sanctionsSide.setObjectName(u"sanctionsSide")
        self.sanctionsList = QListWidget(DecisionDialog)
        self.sanctionsList.setObjectName(u"sanctionsList")
        self.sanctionsList.setMaximumSize(QSize(16777215, 150))

        self.sanctionsSide.addWidget(self.sanctionsList)

        self.allowedLabel = QLabel(DecisionDialog)
        self.allowedLabel.setObjectName(u"allowedLabel")
        self.allowedLabel.setWordWrap(True)
        self.allowedLabel.setStyleSheet(u"color: #555;")

        self.sanctionsSide.addWidget(self.allowedLabel)

        self.crimeCheck = QCheckBox(DecisionDialog)
        self.crimeCheck.setObjectName(u"crimeCheck")

        self.sanctionsSide.addWidget(self.crimeCheck)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.sanctionsSide)

        self.disciplinaryListLabel = QLabel(DecisionDialog)
        self.disciplinaryListLabel.setObjectName(u"disciplinaryListLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.disciplinaryListLabel)

        self.disciplinaryList = QListWidget(DecisionDialog)
        self.disciplinaryList.setObjectName(u"disciplinaryList")
        self.disciplinaryList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.disciplinaryList)

        self.decidedOnEditLabel = QLabel(DecisionDialog)
        self.decidedOnEditLabel.setObjectName(u"decidedOnEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decidedOnEditLabel)

        self.decidedOnEdit = QDateEdit(DecisionDialog)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.noteEditLabel = QLabel(DecisionDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(DecisionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.shareReasonEditLabel = QLabel(DecisionDialog)
        self.shareReasonEditLabel.setObjectName(u"shareReasonEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.shareReasonEditLabel)

        self.shareReasonEdit = QLineEdit(DecisionDialog)
        self.shareReasonEdit.setObjectName(u"shareReasonEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.shareReasonEdit)

        self.shareLabel = QLabel(DecisionDialog)
        self.shareLabel.setObjectName(u"shareLabel")
        self.shareLabel.setWordWrap(True)
        self.shareLabel.setStyleSheet(u"color: #555;")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.shareLabel)

        self.reasonEditLabel = QLabel(DecisionDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(DecisionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.subjectComboLabel.setBuddy(self.subjectCombo)
        self.responsibilityComboLabel.setBuddy(self.responsibilityCombo)
        self.severityComboLabel.setBuddy(self.severityCombo)
        self.sanctionsListLabel.setBuddy(self.sanctionsList)
        self.disciplinaryListLabel.setBuddy(self.disciplinaryList)
        self.decidedOnEditLabel.setBuddy(self.decidedOnEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.shareReasonEditLabel.setBuddy(self.shareReasonEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"\u5904\u7406\u51b3\u5b9a", None))
        self.subjectComboLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u5bf9\u8c61 *", None))
#if QT_CONFIG(accessibility)
        self.subjectCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u5bf9\u8c61", None))
#endif // QT_CONFIG(accessibility)
        self.responsibilityComboLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u7c7b\u578b", None))
#if QT_CONFIG(accessibility)
        self.responsibilityCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u7c7b\u578b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.responsibilityCombo.setToolTip(QCoreApplication.translate("DecisionDialog", u"\u7b2c\u4e8c\u5341\u516d\u6761\uff1a\u4e3b\u8981\u8d1f\u8d23\u4eba\u548c\u76f4\u63a5\u4e3b\u7ba1\u7684\u6210\u5458\u627f\u62c5\u4e3b\u8981\u9886\u5bfc\u8d23\u4efb\uff0c\u53c2\u4e0e\u51b3\u7b56\u7684\u5176\u4ed6\u6210\u5458\u627f\u62c5\u91cd\u8981\u9886\u5bfc\u8d23\u4efb\uff0c\u660e\u786e\u53cd\u5bf9\u800c\u672a\u88ab\u91c7\u7eb3\u7684\u4e0d\u627f\u62c5", None))
#endif // QT_CONFIG(tooltip)
        self.severityComboLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u60c5\u8282 *", None))
#if QT_CONFIG(accessibility)
        self.severityCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u60c5\u8282", None))
#endif // QT_CONFIG(accessibility)
        self.sanctionsListLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u8ffd\u7a76\u65b9\u5f0f", None))
#if QT_CONFIG(accessibility)
        self.sanctionsList.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u8ffd\u7a76\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.allowedLabel.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u53ef\u7ed9\u4e88\u7684\u8ffd\u7a76\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.crimeCheck.setText(QCoreApplication.translate("DecisionDialog", u"\u6d89\u5acc\u72af\u7f6a\uff08\u53ef\u79fb\u9001\u53f8\u6cd5\u673a\u5173\uff0c\u7b2c\u4e8c\u5341\u4e94\u6761\uff09", None))
#if QT_CONFIG(accessibility)
        self.crimeCheck.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u6d89\u5acc\u72af\u7f6a", None))
#endif // QT_CONFIG(accessibility)
        self.disciplinaryListLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u5904\u5206\u79cd\u7c7b", None))
#if QT_CONFIG(accessibility)
        self.disciplinaryList.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u5904\u5206\u79cd\u7c7b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.disciplinaryList.setToolTip(QCoreApplication.translate("DecisionDialog", u"\u7ed9\u4e88\u515a\u7eaa\u653f\u7eaa\u5904\u5206\u7684\uff0c\u9009\u62e9\u5904\u5206\u79cd\u7c7b\uff0c\u7528\u4e8e\u8ba1\u7b97\u5f71\u54cd\u671f\uff08\u7b2c\u4e8c\u5341\u516b\u6761\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.decidedOnEditLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u51b3\u5b9a\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.decidedOnEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u51b3\u5b9a\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8bf4\u660e", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.shareReasonEditLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u8ba4\u5b9a\u7406\u7531", None))
#if QT_CONFIG(accessibility)
        self.shareReasonEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u8ba4\u5b9a\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.shareReasonEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u8d23\u4efb\u7c7b\u578b\u4e0e\u7b2c\u4e8c\u5341\u516d\u6761\u63a8\u5b9a\u7684\u4e0d\u540c\u65f6\uff0c\u5199\u660e\u7406\u7531", None))
#if QT_CONFIG(accessibility)
        self.shareLabel.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u6309\u7b2c\u4e8c\u5341\u516d\u6761\u63a8\u5b9a\u7684\u8d23\u4efb", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEditLabel.setText(QCoreApplication.translate("DecisionDialog", u"\u66f4\u6b63\u7406\u7531", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"\u66f4\u6b63\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"\u5bf9\u540c\u4e00\u5bf9\u8c61\u5df2\u4f5c\u51fa\u51b3\u5b9a\u7684\uff0c\u66f4\u6b63\u987b\u5199\u660e\u7406\u7531\uff08\u539f\u51b3\u5b9a\u4fdd\u7559\u5728\u8bb0\u5f55\u4e2d\uff09", None))
    # retranslateUi

