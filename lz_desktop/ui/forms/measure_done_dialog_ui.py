# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_done_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MeasureDoneDialog(object):
    def setupUi(self, MeasureDoneDialog):
        if not MeasureDoneDialog.objectName():
            MeasureDoneDialog.setObjectName(u"MeasureDoneDialog")
        MeasureDoneDialog.resize(560, 140)
        self.mainLayout = QVBoxLayout(MeasureDoneDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(MeasureDoneDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.measureComboLabel = QLabel(MeasureDoneDialog)
        self.measureComboLabel.setObjectName(u"measureComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measureComboLabel)

        self.measureCombo = QComboBox(MeasureDoneDialog)
        self.measureCombo.setObjectName(u"measureCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measureCombo)

        self.doneOnEditLabel = QLabel(MeasureDoneDialog)
        self.doneOnEditLabel.setObjectName(u"doneOnEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doneOnEditLabel)

        self.doneOnEdit = QDateEdit(MeasureDoneDialog)
        self.doneOnEdit.setObjectName(u"doneOnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doneOnEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MeasureDoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.measureComboLabel.setBuddy(self.measureCombo)
        self.doneOnEditLabel.setBuddy(self.doneOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeasureDoneDialog)

        QMetaObject.connectSlotsByName(MeasureDoneDialog)
    # setupUi

    def retranslateUi(self, MeasureDoneDialog):
        MeasureDoneDialog.setWindowTitle(QCoreApplication.translate("MeasureDoneDialog", u"\u63aa\u65bd\u5b8c\u6210", None))
        self.measureComboLabel.setText(QCoreApplication.translate("MeasureDoneDialog", u"\u6574\u6539\u63aa\u65bd *", None))
#if QT_CONFIG(accessibility)
        self.measureCombo.setAccessibleName(QCoreApplication.translate("MeasureDoneDialog", u"\u5b8c\u6210\u7684\u6574\u6539\u63aa\u65bd", None))
#endif // QT_CONFIG(accessibility)
        self.doneOnEditLabel.setText(QCoreApplication.translate("MeasureDoneDialog", u"\u5b8c\u6210\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.doneOnEdit.setAccessibleName(QCoreApplication.translate("MeasureDoneDialog", u"\u5b8c\u6210\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

