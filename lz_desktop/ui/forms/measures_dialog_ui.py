# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measures_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MeasuresDialog(object):
    def setupUi(self, MeasuresDialog):
        if not MeasuresDialog.objectName():
            MeasuresDialog.setObjectName(u"MeasuresDialog")
        MeasuresDialog.resize(1080, 440)
        self.mainLayout = QVBoxLayout(MeasuresDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(MeasuresDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.filedOnEditLabel = QLabel(MeasuresDialog)
        self.filedOnEditLabel.setObjectName(u"filedOnEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.filedOnEditLabel)

        self.filedOnEdit = QDateEdit(MeasuresDialog)
        self.filedOnEdit.setObjectName(u"filedOnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.filedOnEdit)

        self.measuresTableLabel = QLabel(MeasuresDialog)
        self.measuresTableLabel.setObjectName(u"measuresTableLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measuresTableLabel)

        self.measuresTable = QTableWidget(MeasuresDialog)
        if (self.measuresTable.columnCount() < 4):
            self.measuresTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.measuresTable.setObjectName(u"measuresTable")
        self.measuresTable.setMinimumSize(QSize(0, 200))
        self.measuresTable.horizontalHeader().setStretchLastSection(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measuresTable)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(MeasuresDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.filedOnEditLabel.setBuddy(self.filedOnEdit)
        self.measuresTableLabel.setBuddy(self.measuresTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeasuresDialog)

        QMetaObject.connectSlotsByName(MeasuresDialog)
    # setupUi

    def retranslateUi(self, MeasuresDialog):
        MeasuresDialog.setWindowTitle(QCoreApplication.translate("MeasuresDialog", u"\u62a5\u5907\u6574\u6539\u63aa\u65bd", None))
        self.filedOnEditLabel.setText(QCoreApplication.translate("MeasuresDialog", u"\u62a5\u5907\u65e5\u671f *", None))
#if QT_CONFIG(accessibility)
        self.filedOnEdit.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"\u62a5\u5907\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.measuresTableLabel.setText(QCoreApplication.translate("MeasuresDialog", u"\u6574\u6539\u63aa\u65bd\uff08\u6bcf\u4e2a\u95ee\u9898\u4e00\u884c\uff09", None))
        ___qtablewidgetitem = self.measuresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MeasuresDialog", u"\u95ee\u9898", None))
        ___qtablewidgetitem1 = self.measuresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MeasuresDialog", u"\u6574\u6539\u63aa\u65bd", None))
        ___qtablewidgetitem2 = self.measuresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MeasuresDialog", u"\u5b8c\u6210\u671f\u9650", None))
        ___qtablewidgetitem3 = self.measuresTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MeasuresDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#if QT_CONFIG(accessibility)
        self.measuresTable.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"\u6574\u6539\u63aa\u65bd\uff08\u6bcf\u4e2a\u95ee\u9898\u4e00\u884c\uff09", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

