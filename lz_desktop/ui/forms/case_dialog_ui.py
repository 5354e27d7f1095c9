# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(760, 680)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(CaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sourceComboLabel = QLabel(CaseDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(CaseDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.assignedByEditLabel = QLabel(CaseDialog)
        self.assignedByEditLabel.setObjectName(u"assignedByEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assignedByEditLabel)

        self.assignedByEdit = QLineEdit(CaseDialog)
        self.assignedByEdit.setObjectName(u"assignedByEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assignedByEdit)

        self.receivedOnEditLabel = QLabel(CaseDialog)
        self.receivedOnEditLabel.setObjectName(u"receivedOnEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedOnEditLabel)

        self.receivedOnEdit = QDateEdit(CaseDialog)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.contentEditLabel = QLabel(CaseDialog)
        self.contentEditLabel.setObjectName(u"contentEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentEditLabel)

        self.contentEdit = QPlainTextEdit(CaseDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.bodyComboLabel = QLabel(CaseDialog)
        self.bodyComboLabel.setObjectName(u"bodyComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyComboLabel)

        self.bodyCombo = QComboBox(CaseDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.unitComboLabel = QLabel(CaseDialog)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(CaseDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.subjectComboLabel = QLabel(CaseDialog)
        self.subjectComboLabel.setObjectName(u"subjectComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.subjectComboLabel)

        self.subjectCombo = QComboBox(CaseDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.leadersListLabel = QLabel(CaseDialog)
        self.leadersListLabel.setObjectName(u"leadersListLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.leadersListLabel)

        self.leadersList = QListWidget(CaseDialog)
        self.leadersList.setObjectName(u"leadersList")
        self.leadersList.setMaximumSize(QSize(16777215, 130))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.leadersList)

        self.circumstancesListLabel = QLabel(CaseDialog)
        self.circumstancesListLabel.setObjectName(u"circumstancesListLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.circumstancesListLabel)

        self.circumstancesList = QListWidget(CaseDialog)
        self.circumstancesList.setObjectName(u"circumstancesList")
        self.circumstancesList.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.circumstancesList)

        self.modeComboLabel = QLabel(CaseDialog)
        self.modeComboLabel.setObjectName(u"modeComboLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.modeComboLabel)

        self.modeCombo = QComboBox(CaseDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.supervisingComboLabel = QLabel(CaseDialog)
        self.supervisingComboLabel.setObjectName(u"supervisingComboLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.supervisingComboLabel)

        self.supervisingCombo = QComboBox(CaseDialog)
        self.supervisingCombo.setObjectName(u"supervisingCombo")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.supervisingCombo)

        self.objectorsListLabel = QLabel(CaseDialog)
        self.objectorsListLabel.setObjectName(u"objectorsListLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.objectorsListLabel)

        self.objectorsList = QListWidget(CaseDialog)
        self.objectorsList.setObjectName(u"objectorsList")
        self.objectorsList.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.objectorsList)

        self.decidedByComboLabel = QLabel(CaseDialog)
        self.decidedByComboLabel.setObjectName(u"decidedByComboLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.decidedByComboLabel)

        self.decidedByCombo = QComboBox(CaseDialog)
        self.decidedByCombo.setObjectName(u"decidedByCombo")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.decidedByCombo)

        self.reasonEditLabel = QLabel(CaseDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(CaseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.assignedByEditLabel.setBuddy(self.assignedByEdit)
        self.receivedOnEditLabel.setBuddy(self.receivedOnEdit)
        self.contentEditLabel.setBuddy(self.contentEdit)
        self.bodyComboLabel.setBuddy(self.bodyCombo)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.subjectComboLabel.setBuddy(self.subjectCombo)
        self.leadersListLabel.setBuddy(self.leadersList)
        self.circumstancesListLabel.setBuddy(self.circumstancesList)
        self.modeComboLabel.setBuddy(self.modeCombo)
        self.supervisingComboLabel.setBuddy(self.supervisingCombo)
        self.objectorsListLabel.setBuddy(self.objectorsList)
        self.decidedByComboLabel.setBuddy(self.decidedByCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"\u8d23\u4efb\u8ffd\u7a76\u6848\u4ef6\u7ebf\u7d22", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7ebf\u7d22\u6765\u6e90 *", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u7ebf\u7d22\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"\u7b2c\u4e8c\u5341\u4e09\u6761\u6240\u5217\u9014\u5f84", None))
#endif // QT_CONFIG(tooltip)
        self.assignedByEditLabel.setText(QCoreApplication.translate("CaseDialog", u"\u6279\u529e\uff08\u4ea4\u529e\uff09\u4eba", None))
#if QT_CONFIG(accessibility)
        self.assignedByEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u6279\u529e\uff08\u4ea4\u529e\uff09\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.assignedByEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"\u9886\u5bfc\u6279\u529e\u3001\u4e0a\u7ea7\u4ea4\u529e\u7684\u987b\u586b\u5199\uff0c\u5982\uff1a\u533a\u59d4\u4e66\u8bb0\uff08\u6279\u793a\u4ef62026-118\u53f7\uff09", None))
        self.receivedOnEditLabel.setText(QCoreApplication.translate("CaseDialog", u"\u53d7\u7406\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.receivedOnEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u53d7\u7406\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.contentEditLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7ebf\u7d22\u5185\u5bb9 *", None))
#if QT_CONFIG(accessibility)
        self.contentEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u7ebf\u7d22\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.bodyComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u529e\u7406\u673a\u5173 *", None))
#if QT_CONFIG(accessibility)
        self.bodyCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u529e\u7406\u673a\u5173", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.bodyCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"\u7b2c\u4e8c\u5341\u4e8c\u6761\uff1a\u4e00\u822c\u7531\u7eaa\u68c0\u76d1\u5bdf\u673a\u5173\u529e\u7406\uff1b\u8fdd\u53cd\u5e72\u90e8\u9009\u62d4\u4efb\u7528\u89c4\u5b9a\u7684\uff0c\u53ef\u7531\u7ec4\u7ec7\u4eba\u4e8b\u90e8\u95e8\u8c03\u67e5", None))
#endif // QT_CONFIG(tooltip)
        self.unitComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.subjectComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u8ffd\u7a76\u5bf9\u8c61 *", None))
#if QT_CONFIG(accessibility)
        self.subjectCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u8ffd\u7a76\u5bf9\u8c61", None))
#endif // QT_CONFIG(accessibility)
        self.leadersListLabel.setText(QCoreApplication.translate("CaseDialog", u"\u9886\u5bfc\u5e72\u90e8", None))
#if QT_CONFIG(accessibility)
        self.leadersList.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leadersList.setToolTip(QCoreApplication.translate("CaseDialog", u"\u542b\u5df2\u8c03\u79bb\u3001\u9000\u4f11\u7684\uff08\u7b2c\u4e8c\u5341\u4e03\u6761\uff1a\u4e0d\u56e0\u5c97\u4f4d\u6216\u804c\u52a1\u53d8\u52a8\u800c\u514d\u4e88\u8ffd\u7a76\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.circumstancesListLabel.setText(QCoreApplication.translate("CaseDialog", u"\u60c5\u5f62 *", None))
#if QT_CONFIG(accessibility)
        self.circumstancesList.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u60c5\u5f62\uff08\u7b2c\u4e8c\u5341\u4e00\u6761\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.modeComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u51b3\u7b56\u65b9\u5f0f", None))
#if QT_CONFIG(accessibility)
        self.modeCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u9519\u8bef\u51b3\u7b56\u7684\u51b3\u7b56\u65b9\u5f0f\uff08\u7b2c\u4e8c\u5341\u516d\u6761\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.modeCombo.setToolTip(QCoreApplication.translate("CaseDialog", u"\u7b2c\u4e8c\u5341\u516d\u6761\uff1a\u96c6\u4f53\u51b3\u7b56\u7684\uff0c\u4e3b\u8981\u8d1f\u8d23\u4eba\u548c\u76f4\u63a5\u4e3b\u7ba1\u7684\u6210\u5458\u627f\u62c5\u4e3b\u8981\u9886\u5bfc\u8d23\u4efb\uff0c\u5176\u4ed6\u53c2\u4e0e\u51b3\u7b56\u7684\u6210\u5458\u627f\u62c5\u91cd\u8981\u9886\u5bfc\u8d23\u4efb\uff0c\u660e\u786e\u53cd\u5bf9\u800c\u672a\u88ab\u91c7\u7eb3\u7684\u4e0d\u627f\u62c5\uff1b\u4e2a\u4eba\u51b3\u5b9a\u6216\u8005\u6279\u51c6\u7684\uff0c\u8ffd\u7a76\u4e2a\u4eba\u8d23\u4efb", None))
#endif // QT_CONFIG(tooltip)
        self.supervisingComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u76f4\u63a5\u4e3b\u7ba1\u7684\u6210\u5458", None))
#if QT_CONFIG(accessibility)
        self.supervisingCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u76f4\u63a5\u4e3b\u7ba1\u7684\u9886\u5bfc\u73ed\u5b50\u6210\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.objectorsListLabel.setText(QCoreApplication.translate("CaseDialog", u"\u63d0\u51fa\u53cd\u5bf9\u610f\u89c1", None))
#if QT_CONFIG(accessibility)
        self.objectorsList.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u5bf9\u9519\u8bef\u51b3\u7b56\u63d0\u51fa\u660e\u786e\u53cd\u5bf9\u610f\u89c1\u800c\u6ca1\u6709\u88ab\u91c7\u7eb3\u7684\u6210\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.decidedByComboLabel.setText(QCoreApplication.translate("CaseDialog", u"\u4e2a\u4eba\u51b3\u5b9a\u8005", None))
#if QT_CONFIG(accessibility)
        self.decidedByCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u4e2a\u4eba\u51b3\u5b9a\u6216\u8005\u6279\u51c6\u9519\u8bef\u51b3\u7b56\u7684\u9886\u5bfc\u5e72\u90e8", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEditLabel.setText(QCoreApplication.translate("CaseDialog", u"\u4fee\u6539\u7406\u7531 *", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"\u4fee\u6539\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"\u5df2\u7ed3\u6848\u7684\u6848\u4ef6\uff0c\u4fee\u6539\u987b\u5199\u660e\u7406\u7531", None))
    # retranslateUi

