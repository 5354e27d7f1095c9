# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(TemplatesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(TemplatesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.roleRow = QHBoxLayout()
        self.roleRow.setObjectName(u"roleRow")
        self.roleLabel = QLabel(TemplatesDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.roleRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(TemplatesDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.roleRow.addWidget(self.roleCombo)

        self.hintLabel = QLabel(TemplatesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.roleRow.addWidget(self.hintLabel)


        self.mainLayout.addLayout(self.roleRow)

        self.templateTable = QTableWidget(TemplatesDialog)
        if (self.templateTable.columnCount() < 2):
            self.templateTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.templateTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.templateTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.templateTable.setObjectName(u"templateTable")
        self.templateTable.setWordWrap(True)
        self.templateTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.templateTable)

        self.rowActions = QHBoxLayout()
        self.rowActions.setObjectName(u"rowActions")
        self.addRowButton = QPushButton(TemplatesDialog)
        self.addRowButton.setObjectName(u"addRowButton")

        self.rowActions.addWidget(self.addRowButton)

        self.removeRowButton = QPushButton(TemplatesDialog)
        self.removeRowButton.setObjectName(u"removeRowButton")

        self.rowActions.addWidget(self.removeRowButton)

        self.restoreButton = QPushButton(TemplatesDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.rowActions.addWidget(self.restoreButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowActions.addItem(self.rowSpacer)


        self.mainLayout.addLayout(self.rowActions)

        self.buttonBox = QDialogButtonBox(TemplatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplatesDialog)

        QMetaObject.connectSlotsByName(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"\u804c\u8d23\u6a21\u677f", None))
        self.roleLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u9002\u7528\u4e8e", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"\u9002\u7528\u4e8e", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u8d23\u4efb\u6e05\u5355\u548c\u8d23\u4efb\u4e66\u6309\u6b64\u751f\u6210\uff1b\u5df2\u751f\u6210\u7684\u8d23\u4efb\u4e66\u4fdd\u6301\u539f\u6587\u4e0d\u53d8\u3002", None))
        ___qtablewidgetitem = self.templateTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TemplatesDialog", u"\u4f9d\u636e", None))
        ___qtablewidgetitem1 = self.templateTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TemplatesDialog", u"\u804c\u8d23\u5185\u5bb9", None))
#if QT_CONFIG(accessibility)
        self.templateTable.setAccessibleName(QCoreApplication.translate("TemplatesDialog", u"\u804c\u8d23", None))
#endif // QT_CONFIG(accessibility)
        self.addRowButton.setText(QCoreApplication.translate("TemplatesDialog", u"\u589e\u52a0\u4e00\u6761", None))
        self.removeRowButton.setText(QCoreApplication.translate("TemplatesDialog", u"\u5220\u9664\u6240\u9009", None))
        self.restoreButton.setText(QCoreApplication.translate("TemplatesDialog", u"\u6062\u590d\u300a\u529e\u6cd5\u300b\u539f\u6587", None))
    # retranslateUi

