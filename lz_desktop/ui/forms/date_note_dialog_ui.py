# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'date_note_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DateNoteDialog(object):
    def setupUi(self, DateNoteDialog):
        if not DateNoteDialog.objectName():
            DateNoteDialog.setObjectName(u"DateNoteDialog")
        DateNoteDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(DateNoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(DateNoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.hintValueLabel = QLabel(DateNoteDialog)
        self.hintValueLabel.setObjectName(u"hintValueLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hintValueLabel)

        self.hintValue = QLabel(DateNoteDialog)
        self.hintValue.setObjectName(u"hintValue")
        self.hintValue.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hintValue)

        self.dateEditLabel = QLabel(DateNoteDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(DateNoteDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteEditLabel = QLabel(DateNoteDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(DateNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(DateNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hintValueLabel.setBuddy(self.hintValue)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DateNoteDialog)

        QMetaObject.connectSlotsByName(DateNoteDialog)
    # setupUi

    def retranslateUi(self, DateNoteDialog):
        DateNoteDialog.setWindowTitle(QCoreApplication.translate("DateNoteDialog", u"\u767b\u8bb0", None))
        self.hintValueLabel.setText(QCoreApplication.translate("DateNoteDialog", u"\u4e8b\u9879", None))
#if QT_CONFIG(accessibility)
        self.hintValue.setAccessibleName(QCoreApplication.translate("DateNoteDialog", u"\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.dateEditLabel.setText(QCoreApplication.translate("DateNoteDialog", u"\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DateNoteDialog", u"\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("DateNoteDialog", u"\u8bf4\u660e *", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DateNoteDialog", u"\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DateNoteDialog", u"\u5982\uff1a\u5df2\u53ec\u5f00\u63a8\u8fdb\u4f1a\uff0c\u5b8c\u6210\u98ce\u9669\u70b9\u6392\u67e5\u3002", None))
    # retranslateUi

