# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(TaskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(TaskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.contentEditLabel = QLabel(TaskDialog)
        self.contentEditLabel.setObjectName(u"contentEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contentEditLabel)

        self.contentEdit = QPlainTextEdit(TaskDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.leadUnitComboLabel = QLabel(TaskDialog)
        self.leadUnitComboLabel.setObjectName(u"leadUnitComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leadUnitComboLabel)

        self.leadUnitCombo = QComboBox(TaskDialog)
        self.leadUnitCombo.setObjectName(u"leadUnitCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadUnitCombo)

        self.supportingListLabel = QLabel(TaskDialog)
        self.supportingListLabel.setObjectName(u"supportingListLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supportingListLabel)

        self.supportingList = QListWidget(TaskDialog)
        self.supportingList.setObjectName(u"supportingList")
        self.supportingList.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supportingList)

        self.leadersListLabel = QLabel(TaskDialog)
        self.leadersListLabel.setObjectName(u"leadersListLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leadersListLabel)

        self.leadersList = QListWidget(TaskDialog)
        self.leadersList.setObjectName(u"leadersList")
        self.leadersList.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leadersList)

        self.targetEditLabel = QLabel(TaskDialog)
        self.targetEditLabel.setObjectName(u"targetEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetEditLabel)

        self.targetEdit = QLineEdit(TaskDialog)
        self.targetEdit.setObjectName(u"targetEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetEdit)

        self.deadlineEditLabel = QLabel(TaskDialog)
        self.deadlineEditLabel.setObjectName(u"deadlineEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlineEditLabel)

        self.deadlineEdit = QDateEdit(TaskDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.contentEditLabel.setBuddy(self.contentEdit)
        self.leadUnitComboLabel.setBuddy(self.leadUnitCombo)
        self.supportingListLabel.setBuddy(self.supportingList)
        self.leadersListLabel.setBuddy(self.leadersList)
        self.targetEditLabel.setBuddy(self.targetEdit)
        self.deadlineEditLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TaskDialog)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"\u5e74\u5ea6\u4efb\u52a1", None))
        self.contentEditLabel.setText(QCoreApplication.translate("TaskDialog", u"\u4efb\u52a1\u5185\u5bb9 *", None))
#if QT_CONFIG(accessibility)
        self.contentEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"\u4efb\u52a1\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"\u5982\uff1a\u5f00\u5c55\u5de5\u7a0b\u5efa\u8bbe\u9886\u57df\u5ec9\u653f\u98ce\u9669\u9632\u63a7", None))
        self.leadUnitComboLabel.setText(QCoreApplication.translate("TaskDialog", u"\u7275\u5934\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.leadUnitCombo.setAccessibleName(QCoreApplication.translate("TaskDialog", u"\u7275\u5934\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.supportingListLabel.setText(QCoreApplication.translate("TaskDialog", u"\u534f\u529e\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.supportingList.setAccessibleName(QCoreApplication.translate("TaskDialog", u"\u534f\u529e\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.leadersListLabel.setText(QCoreApplication.translate("TaskDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#if QT_CONFIG(accessibility)
        self.leadersList.setAccessibleName(QCoreApplication.translate("TaskDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.targetEditLabel.setText(QCoreApplication.translate("TaskDialog", u"\u76ee\u6807\u8981\u6c42", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"\u76ee\u6807\u8981\u6c42", None))
#endif // QT_CONFIG(accessibility)
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"\u5982\uff1a\u6392\u67e5\u98ce\u9669\u70b9\u5e76\u5efa\u7acb\u9632\u63a7\u53f0\u8d26", None))
        self.deadlineEditLabel.setText(QCoreApplication.translate("TaskDialog", u"\u5b8c\u6210\u65f6\u9650 *", None))
#if QT_CONFIG(accessibility)
        self.deadlineEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"\u5b8c\u6210\u65f6\u9650", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

