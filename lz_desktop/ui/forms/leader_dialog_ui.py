# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leader_dialog.ui'
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
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_LeaderDialog(object):
    def setupUi(self, LeaderDialog):
        if not LeaderDialog.objectName():
            LeaderDialog.setObjectName(u"LeaderDialog")
        LeaderDialog.resize(600, 660)
        self.mainLayout = QVBoxLayout(LeaderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorLabel = QLabel(LeaderDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.scroll = QScrollArea(LeaderDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContent = QWidget()
        self.scrollContent.setObjectName(u"scrollContent")
        self.scrollLayout = QVBoxLayout(self.scrollContent)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.scrollLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unitLabel = QLabel(self.scrollContent)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.scrollContent)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.nameLabel = QLabel(self.scrollContent)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.scrollContent)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.genderLabel = QLabel(self.scrollContent)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.scrollContent)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.postLabel = QLabel(self.scrollContent)
        self.postLabel.setObjectName(u"postLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(self.scrollContent)
        self.postEdit.setObjectName(u"postEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.rankLabel = QLabel(self.scrollContent)
        self.rankLabel.setObjectName(u"rankLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rankLabel)

        self.rankCombo = QComboBox(self.scrollContent)
        self.rankCombo.setObjectName(u"rankCombo")
        self.rankCombo.setEditable(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rankCombo)

        self.roleLabel = QLabel(self.scrollContent)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.scrollContent)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.termStartLabel = QLabel(self.scrollContent)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termStartLabel)

        self.termStartEdit = QDateEdit(self.scrollContent)
        self.termStartEdit.setObjectName(u"termStartEdit")
        self.termStartEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termStartEdit)

        self.termEndLabel = QLabel(self.scrollContent)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.termEndLabel)

        self.termEndLayout = QHBoxLayout()
        self.termEndLayout.setObjectName(u"termEndLayout")
        self.termEndCheck = QCheckBox(self.scrollContent)
        self.termEndCheck.setObjectName(u"termEndCheck")

        self.termEndLayout.addWidget(self.termEndCheck)

        self.termEndEdit = QDateEdit(self.scrollContent)
        self.termEndEdit.setObjectName(u"termEndEdit")
        self.termEndEdit.setEnabled(False)
        self.termEndEdit.setCalendarPopup(True)

        self.termEndLayout.addWidget(self.termEndEdit)

        self.termEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termEndLayout.addItem(self.termEndSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.termEndLayout)

        self.statusLabel = QLabel(self.scrollContent)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.scrollContent)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.portfolioLabel = QLabel(self.scrollContent)
        self.portfolioLabel.setObjectName(u"portfolioLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.portfolioLabel)

        self.portfolioEdit = QPlainTextEdit(self.scrollContent)
        self.portfolioEdit.setObjectName(u"portfolioEdit")
        self.portfolioEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.portfolioEdit)

        self.portfolioUnitsLabel = QLabel(self.scrollContent)
        self.portfolioUnitsLabel.setObjectName(u"portfolioUnitsLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.portfolioUnitsLabel)

        self.portfolioUnitsList = QListWidget(self.scrollContent)
        self.portfolioUnitsList.setObjectName(u"portfolioUnitsList")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.portfolioUnitsList)

        self.noteLabel = QLabel(self.scrollContent)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.scrollContent)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.scrollLayout.addLayout(self.formLayout)

        self.postingGroup = QGroupBox(self.scrollContent)
        self.postingGroup.setObjectName(u"postingGroup")
        self.postingLayout = QFormLayout(self.postingGroup)
        self.postingLayout.setObjectName(u"postingLayout")
        self.postingHint = QLabel(self.postingGroup)
        self.postingHint.setObjectName(u"postingHint")
        self.postingHint.setWordWrap(True)
        self.postingHint.setStyleSheet(u"color: #555;")

        self.postingLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.postingHint)

        self.approvedByLabel = QLabel(self.postingGroup)
        self.approvedByLabel.setObjectName(u"approvedByLabel")

        self.postingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approvedByLabel)

        self.approvedByEdit = QLineEdit(self.postingGroup)
        self.approvedByEdit.setObjectName(u"approvedByEdit")

        self.postingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approvedByEdit)

        self.approvedOnLabel = QLabel(self.postingGroup)
        self.approvedOnLabel.setObjectName(u"approvedOnLabel")

        self.postingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvedOnLabel)

        self.approvedOnEdit = QDateEdit(self.postingGroup)
        self.approvedOnEdit.setObjectName(u"approvedOnEdit")

        self.postingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvedOnEdit)

        self.approvalNumberLabel = QLabel(self.postingGroup)
        self.approvalNumberLabel.setObjectName(u"approvalNumberLabel")

        self.postingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.approvalNumberLabel)

        self.approvalNumberEdit = QLineEdit(self.postingGroup)
        self.approvalNumberEdit.setObjectName(u"approvalNumberEdit")

        self.postingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approvalNumberEdit)

        self.notSameCheck = QCheckBox(self.postingGroup)
        self.notSameCheck.setObjectName(u"notSameCheck")

        self.postingLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.notSameCheck)


        self.scrollLayout.addWidget(self.postingGroup)

        self.accountabilityGroup = QGroupBox(self.scrollContent)
        self.accountabilityGroup.setObjectName(u"accountabilityGroup")
        self.accountabilityLayout = QVBoxLayout(self.accountabilityGroup)
        self.accountabilityLayout.setObjectName(u"accountabilityLayout")
        self.accountabilityView = QPlainTextEdit(self.accountabilityGroup)
        self.accountabilityView.setObjectName(u"accountabilityView")
        self.accountabilityView.setReadOnly(True)
        self.accountabilityView.setMaximumSize(QSize(16777215, 110))

        self.accountabilityLayout.addWidget(self.accountabilityView)

        self.ratingLayout = QHBoxLayout()
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.ratingYearLabel = QLabel(self.accountabilityGroup)
        self.ratingYearLabel.setObjectName(u"ratingYearLabel")

        self.ratingLayout.addWidget(self.ratingYearLabel)

        self.ratingYearSpin = QSpinBox(self.accountabilityGroup)
        self.ratingYearSpin.setObjectName(u"ratingYearSpin")
        self.ratingYearSpin.setMinimum(2000)
        self.ratingYearSpin.setMaximum(2100)

        self.ratingLayout.addWidget(self.ratingYearSpin)

        self.ratingCombo = QComboBox(self.accountabilityGroup)
        self.ratingCombo.setObjectName(u"ratingCombo")

        self.ratingLayout.addWidget(self.ratingCombo)

        self.rateButton = QPushButton(self.accountabilityGroup)
        self.rateButton.setObjectName(u"rateButton")

        self.ratingLayout.addWidget(self.rateButton)

        self.ratingMessage = QLabel(self.accountabilityGroup)
        self.ratingMessage.setObjectName(u"ratingMessage")
        self.ratingMessage.setWordWrap(True)

        self.ratingLayout.addWidget(self.ratingMessage)


        self.accountabilityLayout.addLayout(self.ratingLayout)


        self.scrollLayout.addWidget(self.accountabilityGroup)

        self.historyGroup = QGroupBox(self.scrollContent)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QPlainTextEdit(self.historyGroup)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setReadOnly(True)
        self.historyView.setMaximumSize(QSize(16777215, 90))

        self.historyLayout.addWidget(self.historyView)


        self.scrollLayout.addWidget(self.historyGroup)

        self.hintLabel = QLabel(self.scrollContent)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.scrollLayout.addWidget(self.hintLabel)

        self.scroll.setWidget(self.scrollContent)

        self.mainLayout.addWidget(self.scroll)

        self.buttonBox = QDialogButtonBox(LeaderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.postLabel.setBuddy(self.postEdit)
        self.rankLabel.setBuddy(self.rankCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.termEndLabel.setBuddy(self.termEndCheck)
        self.statusLabel.setBuddy(self.statusCombo)
        self.portfolioLabel.setBuddy(self.portfolioEdit)
        self.portfolioUnitsLabel.setBuddy(self.portfolioUnitsList)
        self.noteLabel.setBuddy(self.noteEdit)
        self.approvedByLabel.setBuddy(self.approvedByEdit)
        self.approvedOnLabel.setBuddy(self.approvedOnEdit)
        self.approvalNumberLabel.setBuddy(self.approvalNumberEdit)
        self.ratingYearLabel.setBuddy(self.ratingYearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeaderDialog)

        QMetaObject.connectSlotsByName(LeaderDialog)
    # setupUi

    def retranslateUi(self, LeaderDialog):
        LeaderDialog.setWindowTitle(QCoreApplication.translate("LeaderDialog", u"\u9886\u5bfc\u5e72\u90e8", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u9519\u8bef\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u5355\u4f4d *", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u59d3\u540d *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("LeaderDialog", u"\u5982\uff1a\u5f20\u4e09", None))
        self.genderLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u6027\u522b *", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u6027\u522b", None))
#endif // QT_CONFIG(accessibility)
        self.postLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u804c\u52a1 *", None))
#if QT_CONFIG(accessibility)
        self.postEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u804c\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.postEdit.setPlaceholderText(QCoreApplication.translate("LeaderDialog", u"\u5982\uff1a\u515a\u7ec4\u4e66\u8bb0\u3001\u5c40\u957f", None))
        self.rankLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u804c\u7ea7", None))
#if QT_CONFIG(accessibility)
        self.rankCombo.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u804c\u7ea7", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u89d2\u8272 *", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
        self.termStartLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u4efb\u804c\u5f00\u59cb *", None))
#if QT_CONFIG(accessibility)
        self.termStartEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u4efb\u804c\u5f00\u59cb", None))
#endif // QT_CONFIG(accessibility)
        self.termEndLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u4efb\u804c\u7ed3\u675f", None))
        self.termEndCheck.setText(QCoreApplication.translate("LeaderDialog", u"\u5df2\u7ed3\u675f\u4e8e", None))
#if QT_CONFIG(accessibility)
        self.termEndCheck.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u4efb\u804c\u5df2\u7ed3\u675f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.termEndEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u4efb\u804c\u7ed3\u675f", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u72b6\u6001 *", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u5206\u7ba1\u5de5\u4f5c", None))
#if QT_CONFIG(accessibility)
        self.portfolioEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u5206\u7ba1\u5de5\u4f5c", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioEdit.setPlaceholderText(QCoreApplication.translate("LeaderDialog", u"\u5206\u7ba1\u7684\u90e8\u95e8\u3001\u9886\u57df\u548c\u5de5\u4f5c\uff0c\u5982\uff1a\u529e\u516c\u5ba4\u3001\u8d22\u52a1\u3001\u673a\u5173\u515a\u5efa", None))
        self.portfolioUnitsLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u5206\u7ba1\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.portfolioUnitsList.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u5206\u7ba1\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u5907\u6ce8", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u5907\u6ce8", None))
#endif // QT_CONFIG(accessibility)
        self.postingGroup.setTitle(QCoreApplication.translate("LeaderDialog", u"\u4efb\u804c\u5ba1\u6279\uff08\u7b2c\u4e8c\u5341\u516b\u6761\uff09", None))
        self.postingHint.setText(QCoreApplication.translate("LeaderDialog", u"\u53d7\u8d23\u4ee4\u8f9e\u804c\u3001\u514d\u804c\u5904\u7406\u6ee1\u4e00\u5e74\u540e\u91cd\u65b0\u62c5\u4efb\u76f8\u5f53\u804c\u52a1\u7684\uff0c\u987b\u6309\u5e72\u90e8\u7ba1\u7406\u6743\u9650\u5c65\u884c\u5ba1\u6279\u624b\u7eed\uff1a\u8bf7\u586b\u5199\u6279\u51c6\u60c5\u51b5\u3002", None))
        self.approvedByLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u6279\u51c6\u673a\u5173", None))
#if QT_CONFIG(accessibility)
        self.approvedByEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u6279\u51c6\u673a\u5173", None))
#endif // QT_CONFIG(accessibility)
        self.approvedByEdit.setPlaceholderText(QCoreApplication.translate("LeaderDialog", u"\u5982\uff1a\u533a\u59d4\u7ec4\u7ec7\u90e8", None))
        self.approvedOnLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u6279\u51c6\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.approvedOnEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u6279\u51c6\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.approvalNumberLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u6279\u51c6\u6587\u53f7", None))
#if QT_CONFIG(accessibility)
        self.approvalNumberEdit.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u6279\u51c6\u6587\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.approvalNumberEdit.setPlaceholderText(QCoreApplication.translate("LeaderDialog", u"\u5982\uff1a\u6c38\u7ec4\u5e72\u30142027\u30155\u53f7", None))
        self.notSameCheck.setText(QCoreApplication.translate("LeaderDialog", u"\u4e0e\u540c\u540d\u53d7\u5904\u7406\u4eba\u5458\u4e0d\u662f\u540c\u4e00\u4eba", None))
#if QT_CONFIG(accessibility)
        self.notSameCheck.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u4e0e\u540c\u540d\u53d7\u5904\u7406\u4eba\u5458\u4e0d\u662f\u540c\u4e00\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.accountabilityGroup.setTitle(QCoreApplication.translate("LeaderDialog", u"\u8003\u6838\u7ed3\u679c\u4e0e\u8d23\u4efb\u8ffd\u7a76\uff08\u7b2c\u4e8c\u5341\u6761\u3001\u7b2c\u4e8c\u5341\u516b\u6761\uff09", None))
#if QT_CONFIG(accessibility)
        self.accountabilityView.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u8003\u6838\u7ed3\u679c\u4e0e\u8d23\u4efb\u8ffd\u7a76", None))
#endif // QT_CONFIG(accessibility)
        self.ratingYearLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u5e74\u5ea6\u8003\u6838\u7b49\u6b21", None))
#if QT_CONFIG(accessibility)
        self.ratingYearSpin.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u8003\u6838\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.ratingYearSpin.setSuffix(QCoreApplication.translate("LeaderDialog", u" \u5e74", None))
#if QT_CONFIG(accessibility)
        self.ratingCombo.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u8003\u6838\u7b49\u6b21", None))
#endif // QT_CONFIG(accessibility)
        self.rateButton.setText(QCoreApplication.translate("LeaderDialog", u"\u8bb0\u5f55\u7b49\u6b21", None))
#if QT_CONFIG(accessibility)
        self.rateButton.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u8bb0\u5f55\u8be5\u5e74\u5ea6\u8003\u6838\u7b49\u6b21", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ratingMessage.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u8bb0\u5f55\u7b49\u6b21\u7684\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.historyGroup.setTitle(QCoreApplication.translate("LeaderDialog", u"\u53d8\u66f4\u8bb0\u5f55", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("LeaderDialog", u"\u53d8\u66f4\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("LeaderDialog", u"\u540c\u4e00\u73ed\u5b50\u540c\u4e00\u65f6\u95f4\u53ea\u80fd\u6709\u4e00\u540d\u4e3b\u8981\u8d1f\u8d23\u4eba\uff08\u300a\u529e\u6cd5\u300b\u7b2c\u516d\u6761\uff09\u3002\u8c03\u79bb\u3001\u9000\u4f11\u7684\u9886\u5bfc\u5e72\u90e8\u4fdd\u7559\u8bb0\u5f55\uff0c\u8d23\u4efb\u8ffd\u7a76\u4e0d\u56e0\u6b64\u514d\u9664\uff08\u7b2c\u4e8c\u5341\u4e03\u6761\uff09\u3002", None))
    # retranslateUi

