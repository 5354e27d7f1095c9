# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_dialog.ui'
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

class Ui_CloseDialog(object):
    def setupUi(self, CloseDialog):
        if not CloseDialog.objectName():
            CloseDialog.setObjectName(u"CloseDialog")
        CloseDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(CloseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CloseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.errorLabel = QLabel(CloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.closedOnEditLabel = QLabel(CloseDialog)
        self.closedOnEditLabel.setObjectName(u"closedOnEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedOnEditLabel)

        self.closedOnEdit = QDateEdit(CloseDialog)
        self.closedOnEdit.setObjectName(u"closedOnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedOnEdit)

        self.opinionEditLabel = QLabel(CloseDialog)
        self.opinionEditLabel.setObjectName(u"opinionEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.opinionEditLabel)

        self.opinionEdit = QPlainTextEdit(CloseDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.opinionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.closedOnEditLabel.setBuddy(self.closedOnEdit)
        self.opinionEditLabel.setBuddy(self.opinionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseDialog)

        QMetaObject.connectSlotsByName(CloseDialog)
    # setupUi

    def retranslateUi(self, CloseDialog):
        CloseDialog.setWindowTitle(QCoreApplication.translate("CloseDialog", u"\u9a8c\u6536\u9500\u53f7", None))
        self.closedOnEditLabel.setText(QCoreApplication.translate("CloseDialog", u"\u9a8c\u6536\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.closedOnEdit.setAccessibleName(QCoreApplication.translate("CloseDialog", u"\u9a8c\u6536\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.opinionEditLabel.setText(QCoreApplication.translate("CloseDialog", u"\u9a8c\u6536\u610f\u89c1 *", None))
#if QT_CONFIG(accessibility)
        self.opinionEdit.setAccessibleName(QCoreApplication.translate("CloseDialog", u"\u9a8c\u6536\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.opinionEdit.setPlaceholderText(QCoreApplication.translate("CloseDialog", u"\u5982\uff1a\u7ecf\u67e5\u9605\u8d44\u6599\u3001\u5b9e\u5730\u67e5\u770b\uff0c\u6574\u6539\u63aa\u65bd\u5df2\u5168\u90e8\u843d\u5b9e\uff0c\u9a8c\u6536\u5408\u683c\u3002", None))
    # retranslateUi

