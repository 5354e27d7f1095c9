# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'safety_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SafetyPage(object):
    def setupUi(self, SafetyPage):
        if not SafetyPage.objectName():
            SafetyPage.setObjectName(u"SafetyPage")
        SafetyPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(SafetyPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.whoLabel = QLabel(SafetyPage)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.whoLabel)

        self.tabs = QTabWidget(SafetyPage)
        self.tabs.setObjectName(u"tabs")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupLayout = QVBoxLayout(self.backupTab)
        self.backupLayout.setObjectName(u"backupLayout")
        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEditLabel = QLabel(self.backupTab)
        self.folderEditLabel.setObjectName(u"folderEditLabel")

        self.folderRow.addWidget(self.folderEditLabel)

        self.folderEdit = QLineEdit(self.backupTab)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)

        self.folderRow.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(self.backupTab)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)


        self.backupLayout.addLayout(self.folderRow)

        self.autoCheck = QCheckBox(self.backupTab)
        self.autoCheck.setObjectName(u"autoCheck")

        self.backupLayout.addWidget(self.autoCheck)

        self.backupActions = QHBoxLayout()
        self.backupActions.setObjectName(u"backupActions")
        self.backupButton = QPushButton(self.backupTab)
        self.backupButton.setObjectName(u"backupButton")

        self.backupActions.addWidget(self.backupButton)

        self.verifyButton = QPushButton(self.backupTab)
        self.verifyButton.setObjectName(u"verifyButton")

        self.backupActions.addWidget(self.verifyButton)

        self.restoreButton = QPushButton(self.backupTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupActions.addWidget(self.restoreButton)

        self.passphraseButton = QPushButton(self.backupTab)
        self.passphraseButton.setObjectName(u"passphraseButton")

        self.backupActions.addWidget(self.passphraseButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupActions.addItem(self.backupSpacer)


        self.backupLayout.addLayout(self.backupActions)

        self.backupMessage = QLabel(self.backupTab)
        self.backupMessage.setObjectName(u"backupMessage")
        self.backupMessage.setWordWrap(True)

        self.backupLayout.addWidget(self.backupMessage)

        self.backupsList = QListWidget(self.backupTab)
        self.backupsList.setObjectName(u"backupsList")

        self.backupLayout.addWidget(self.backupsList)

        self.backupLayout.setStretch(4, 1)
        self.tabs.addTab(self.backupTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersLayout = QVBoxLayout(self.usersTab)
        self.usersLayout.setObjectName(u"usersLayout")
        self.userActions = QHBoxLayout()
        self.userActions.setObjectName(u"userActions")
        self.addUserButton = QPushButton(self.usersTab)
        self.addUserButton.setObjectName(u"addUserButton")

        self.userActions.addWidget(self.addUserButton)

        self.roleCombo = QComboBox(self.usersTab)
        self.roleCombo.setObjectName(u"roleCombo")

        self.userActions.addWidget(self.roleCombo)

        self.setRoleButton = QPushButton(self.usersTab)
        self.setRoleButton.setObjectName(u"setRoleButton")

        self.userActions.addWidget(self.setRoleButton)

        self.toggleActiveButton = QPushButton(self.usersTab)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.userActions.addWidget(self.toggleActiveButton)

        self.resetPasswordButton = QPushButton(self.usersTab)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.userActions.addWidget(self.resetPasswordButton)

        self.userSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.userActions.addItem(self.userSpacer)

        self.changePasswordButton = QPushButton(self.usersTab)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.userActions.addWidget(self.changePasswordButton)


        self.usersLayout.addLayout(self.userActions)

        self.usersTable = QTableWidget(self.usersTab)
        if (self.usersTable.columnCount() < 5):
            self.usersTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.usersLayout.addWidget(self.usersTable)

        self.usersMessage = QLabel(self.usersTab)
        self.usersMessage.setObjectName(u"usersMessage")
        self.usersMessage.setWordWrap(True)

        self.usersLayout.addWidget(self.usersMessage)

        self.usersLayout.setStretch(1, 1)
        self.tabs.addTab(self.usersTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditTop = QHBoxLayout()
        self.auditTop.setObjectName(u"auditTop")
        self.tableCombo = QComboBox(self.auditTab)
        self.tableCombo.setObjectName(u"tableCombo")

        self.auditTop.addWidget(self.tableCombo)

        self.chainLabel = QLabel(self.auditTab)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setWordWrap(True)

        self.auditTop.addWidget(self.chainLabel)

        self.auditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditTop.addItem(self.auditSpacer)


        self.auditLayout.addLayout(self.auditTop)

        self.auditTable = QTableWidget(self.auditTab)
        if (self.auditTable.columnCount() < 8):
            self.auditTable.setColumnCount(8)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(6, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(7, __qtablewidgetitem12)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setWordWrap(True)
        self.auditTable.horizontalHeader().setStretchLastSection(True)
        self.auditTable.verticalHeader().setVisible(False)

        self.auditLayout.addWidget(self.auditTable)

        self.auditHint = QLabel(self.auditTab)
        self.auditHint.setObjectName(u"auditHint")
        self.auditHint.setWordWrap(True)
        self.auditHint.setStyleSheet(u"color: #555;")

        self.auditLayout.addWidget(self.auditHint)

        self.auditLayout.setStretch(1, 1)
        self.tabs.addTab(self.auditTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(SafetyPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.folderEditLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SafetyPage)

        QMetaObject.connectSlotsByName(SafetyPage)
    # setupUi

    def retranslateUi(self, SafetyPage):
#if QT_CONFIG(accessibility)
        self.whoLabel.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u5f53\u524d\u7528\u6237", None))
#endif // QT_CONFIG(accessibility)
        self.folderEditLabel.setText(QCoreApplication.translate("SafetyPage", u"\u5907\u4efd\u6587\u4ef6\u5939", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u5907\u4efd\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(accessibility)
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("SafetyPage", u"\u9009\u62e9\u4e00\u4e2a\u6587\u4ef6\u5939\uff0c\u5982U\u76d8\u4e0a\u7684\u201c\u7eaa\u59d4\u5907\u4efd\u201d", None))
        self.chooseFolderButton.setText(QCoreApplication.translate("SafetyPage", u"\u9009\u62e9\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFolderButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u9009\u62e9\u5907\u4efd\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(accessibility)
        self.autoCheck.setText(QCoreApplication.translate("SafetyPage", u"\u81ea\u52a8\u5907\u4efd\uff1a\u9000\u51fa\u7a0b\u5e8f\u65f6\uff0c\u4ee5\u53ca\u6bcf\u5929\u7b2c\u4e00\u6b21\u4f7f\u7528\u65f6\uff08\u53ea\u4fdd\u7559\u6700\u8fd114\u4efd\u81ea\u52a8\u5907\u4efd\uff09", None))
#if QT_CONFIG(accessibility)
        self.autoCheck.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u81ea\u52a8\u5907\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.backupButton.setText(QCoreApplication.translate("SafetyPage", u"\u7acb\u5373\u5907\u4efd", None))
#if QT_CONFIG(accessibility)
        self.backupButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u7acb\u5373\u5907\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("SafetyPage", u"\u68c0\u67e5\u6570\u636e\u6587\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u68c0\u67e5\u6570\u636e\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("SafetyPage", u"\u4ece\u5907\u4efd\u6062\u590d\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u4ece\u5907\u4efd\u6062\u590d", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseButton.setText(QCoreApplication.translate("SafetyPage", u"\u8bbe\u7f6e\u5907\u4efd\u53e3\u4ee4\u2026", None))
#if QT_CONFIG(accessibility)
        self.passphraseButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u8bbe\u7f6e\u5907\u4efd\u53e3\u4ee4\uff08\u6b64\u540e\u7684\u5907\u4efd\u52a0\u5bc6\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.passphraseButton.setToolTip(QCoreApplication.translate("SafetyPage", u"\u8bbe\u7f6e\u540e\uff0c\u6b64\u540e\u7684\u6bcf\u4efd\u5907\u4efd\u90fd\u7528 AES-256 \u52a0\u5bc6\uff1b\u6062\u590d\u65f6\u987b\u8f93\u5165\u53e3\u4ee4\u3002\u53e3\u4ee4\u8bf7\u53e6\u884c\u59a5\u5584\u4fdd\u7ba1\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backupMessage.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u5907\u4efd\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupsList.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u6587\u4ef6\u5939\u4e2d\u7684\u5907\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("SafetyPage", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.addUserButton.setText(QCoreApplication.translate("SafetyPage", u"\u65b0\u589e\u8d26\u53f7\u2026", None))
#if QT_CONFIG(accessibility)
        self.addUserButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u65b0\u589e\u8d26\u53f7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u6240\u9009\u8d26\u53f7\u7684\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
        self.setRoleButton.setText(QCoreApplication.translate("SafetyPage", u"\u8bbe\u4e3a\u6b64\u89d2\u8272", None))
#if QT_CONFIG(accessibility)
        self.setRoleButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u8bbe\u7f6e\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
        self.toggleActiveButton.setText(QCoreApplication.translate("SafetyPage", u"\u505c\u7528/\u542f\u7528", None))
#if QT_CONFIG(accessibility)
        self.toggleActiveButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u505c\u7528\u6216\u542f\u7528\u8d26\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.resetPasswordButton.setText(QCoreApplication.translate("SafetyPage", u"\u91cd\u8bbe\u5bc6\u7801\u2026", None))
#if QT_CONFIG(accessibility)
        self.resetPasswordButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u91cd\u8bbe\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.changePasswordButton.setText(QCoreApplication.translate("SafetyPage", u"\u4fee\u6539\u6211\u7684\u5bc6\u7801\u2026", None))
#if QT_CONFIG(accessibility)
        self.changePasswordButton.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u4fee\u6539\u6211\u7684\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.usersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SafetyPage", u"\u7528\u6237\u540d", None))
        ___qtablewidgetitem1 = self.usersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SafetyPage", u"\u59d3\u540d", None))
        ___qtablewidgetitem2 = self.usersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SafetyPage", u"\u89d2\u8272", None))
        ___qtablewidgetitem3 = self.usersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SafetyPage", u"\u72b6\u6001", None))
        ___qtablewidgetitem4 = self.usersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SafetyPage", u"\u6700\u8fd1\u767b\u5f55", None))
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u8d26\u53f7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.usersMessage.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u8d26\u53f7\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("SafetyPage", u"\u8d26\u53f7", None))
#if QT_CONFIG(accessibility)
        self.tableCombo.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u6309\u6570\u636e\u8868\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chainLabel.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u5ba1\u8ba1\u94fe\u68c0\u67e5\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem5 = self.auditTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SafetyPage", u"\u5e8f\u53f7", None))
        ___qtablewidgetitem6 = self.auditTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SafetyPage", u"\u65f6\u95f4", None))
        ___qtablewidgetitem7 = self.auditTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SafetyPage", u"\u64cd\u4f5c\u4eba", None))
        ___qtablewidgetitem8 = self.auditTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SafetyPage", u"\u6570\u636e\u8868", None))
        ___qtablewidgetitem9 = self.auditTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SafetyPage", u"\u8bb0\u5f55", None))
        ___qtablewidgetitem10 = self.auditTable.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SafetyPage", u"\u64cd\u4f5c", None))
        ___qtablewidgetitem11 = self.auditTable.horizontalHeaderItem(6)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SafetyPage", u"\u4fee\u6539\u524d", None))
        ___qtablewidgetitem12 = self.auditTable.horizontalHeaderItem(7)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SafetyPage", u"\u4fee\u6539\u540e", None))
#if QT_CONFIG(accessibility)
        self.auditTable.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u5ba1\u8ba1\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.auditHint.setText(QCoreApplication.translate("SafetyPage", u"\u6bcf\u4e00\u6b21\u65b0\u589e\u3001\u4fee\u6539\u3001\u5220\u9664\u90fd\u7531\u6570\u636e\u5e93\u81ea\u52a8\u8bb0\u5f55\uff0c\u5e76\u4ee5\u54c8\u5e0c\u94fe\u5c01\u5b58\uff1a\u4efb\u4f55\u4e00\u6761\u88ab\u6539\u52a8\u6216\u5220\u9664\u90fd\u80fd\u5728\u201c\u68c0\u67e5\u6570\u636e\u6587\u4ef6\u201d\u4e2d\u53d1\u73b0\u3002\u663e\u793a\u6700\u8fd1500\u6761\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("SafetyPage", u"\u5ba1\u8ba1\u8bb0\u5f55", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SafetyPage", u"\u64cd\u4f5c\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

