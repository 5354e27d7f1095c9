# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rectification_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_RectificationPage(object):
    def setupUi(self, RectificationPage):
        if not RectificationPage.objectName():
            RectificationPage.setObjectName(u"RectificationPage")
        RectificationPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(RectificationPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.searchEdit = QLineEdit(RectificationPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filters.addWidget(self.searchEdit)

        self.unitCombo = QComboBox(RectificationPage)
        self.unitCombo.setObjectName(u"unitCombo")

        self.filters.addWidget(self.unitCombo)

        self.statusCombo = QComboBox(RectificationPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filters.addWidget(self.statusCombo)

        self.sourceCombo = QComboBox(RectificationPage)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.filters.addWidget(self.sourceCombo)

        self.yearCombo = QComboBox(RectificationPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filters.addWidget(self.yearCombo)

        self.exportButton = QPushButton(RectificationPage)
        self.exportButton.setObjectName(u"exportButton")

        self.filters.addWidget(self.exportButton)

        self.ledgerPdfButton = QPushButton(RectificationPage)
        self.ledgerPdfButton.setObjectName(u"ledgerPdfButton")

        self.filters.addWidget(self.ledgerPdfButton)


        self.mainLayout.addLayout(self.filters)

        self.filterBar = QFrame(RectificationPage)
        self.filterBar.setObjectName(u"filterBar")
        self.filterBar.setVisible(False)
        self.filterBar.setStyleSheet(u"QFrame#filterBar { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; }")
        self.filterBarLayout = QHBoxLayout(self.filterBar)
        self.filterBarLayout.setObjectName(u"filterBarLayout")
        self.filterBarLayout.setContentsMargins(-1, 2, -1, 2)
        self.filterLabel = QLabel(self.filterBar)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterBarLayout.addWidget(self.filterLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBarLayout.addItem(self.filterSpacer)

        self.clearFilterButton = QPushButton(self.filterBar)
        self.clearFilterButton.setObjectName(u"clearFilterButton")

        self.filterBarLayout.addWidget(self.clearFilterButton)


        self.mainLayout.addWidget(self.filterBar)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.newFindingButton = QPushButton(RectificationPage)
        self.newFindingButton.setObjectName(u"newFindingButton")

        self.actions.addWidget(self.newFindingButton)

        self.feedBackButton = QPushButton(RectificationPage)
        self.feedBackButton.setObjectName(u"feedBackButton")

        self.actions.addWidget(self.feedBackButton)

        self.noticeButton = QPushButton(RectificationPage)
        self.noticeButton.setObjectName(u"noticeButton")

        self.actions.addWidget(self.noticeButton)

        self.measuresButton = QPushButton(RectificationPage)
        self.measuresButton.setObjectName(u"measuresButton")

        self.actions.addWidget(self.measuresButton)

        self.doneButton = QPushButton(RectificationPage)
        self.doneButton.setObjectName(u"doneButton")

        self.actions.addWidget(self.doneButton)

        self.extendButton = QPushButton(RectificationPage)
        self.extendButton.setObjectName(u"extendButton")

        self.actions.addWidget(self.extendButton)

        self.decideButton = QPushButton(RectificationPage)
        self.decideButton.setObjectName(u"decideButton")

        self.actions.addWidget(self.decideButton)

        self.followUpButton = QPushButton(RectificationPage)
        self.followUpButton.setObjectName(u"followUpButton")

        self.actions.addWidget(self.followUpButton)

        self.closeButton = QPushButton(RectificationPage)
        self.closeButton.setObjectName(u"closeButton")

        self.actions.addWidget(self.closeButton)

        self.reopenButton = QPushButton(RectificationPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actions.addWidget(self.reopenButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionSpacer)

        self.remindButton = QPushButton(RectificationPage)
        self.remindButton.setObjectName(u"remindButton")

        self.actions.addWidget(self.remindButton)

        self.actionSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionSpacer2)


        self.mainLayout.addLayout(self.actions)

        self.splitter = QSplitter(RectificationPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.ledgerTable = QTableView(self.splitter)
        self.ledgerTable.setObjectName(u"ledgerTable")
        self.ledgerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledgerTable.setAlternatingRowColors(True)
        self.ledgerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ledgerTable.setSortingEnabled(True)
        self.splitter.addWidget(self.ledgerTable)
        self.ledgerTable.horizontalHeader().setStretchLastSection(True)
        self.ledgerTable.verticalHeader().setVisible(False)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailPane)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.timelineTitle = QLabel(self.detailPane)
        self.timelineTitle.setObjectName(u"timelineTitle")
        self.timelineTitle.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.timelineTitle)

        self.timelineList = QListWidget(self.detailPane)
        self.timelineList.setObjectName(u"timelineList")
        self.timelineList.setWordWrap(True)

        self.detailLayout.addWidget(self.timelineList)

        self.attachmentsTitle = QLabel(self.detailPane)
        self.attachmentsTitle.setObjectName(u"attachmentsTitle")
        self.attachmentsTitle.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.attachmentsTitle)

        self.attachmentsList = QListWidget(self.detailPane)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 90))

        self.detailLayout.addWidget(self.attachmentsList)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.correctButton = QPushButton(self.detailPane)
        self.correctButton.setObjectName(u"correctButton")

        self.attachmentButtons.addWidget(self.correctButton)

        self.attachButton = QPushButton(self.detailPane)
        self.attachButton.setObjectName(u"attachButton")

        self.attachmentButtons.addWidget(self.attachButton)

        self.saveAttachmentButton = QPushButton(self.detailPane)
        self.saveAttachmentButton.setObjectName(u"saveAttachmentButton")

        self.attachmentButtons.addWidget(self.saveAttachmentButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.detailLayout.addLayout(self.attachmentButtons)

        self.detailLayout.setStretch(2, 1)
        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(RectificationPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.mainLayout.setStretch(3, 1)

        self.retranslateUi(RectificationPage)

        QMetaObject.connectSlotsByName(RectificationPage)
    # setupUi

    def retranslateUi(self, RectificationPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RectificationPage", u"\u641c\u7d22\uff1a\u5355\u4f4d\u3001\u95ee\u9898\u63cf\u8ff0\u3001\u6d89\u53ca\u89c4\u5b9a", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u641c\u7d22\u6574\u6539\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6309\u5355\u4f4d\u7b5b\u9009\uff08\u542b\u4e0b\u5c5e\u5355\u4f4d\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6309\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6309\u6765\u6e90\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6309\u5e74\u5ea6\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("RectificationPage", u"\u5bfc\u51fa\u6240\u793a\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u5bfc\u51fa\u6240\u793a\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
        self.ledgerPdfButton.setText(QCoreApplication.translate("RectificationPage", u"\u53f0\u8d26PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.ledgerPdfButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6240\u793a\u53f0\u8d26\u53e6\u5b58\u4e3a\u516c\u6587\u683c\u5f0fPDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterLabel.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u5f53\u524d\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.clearFilterButton.setText(QCoreApplication.translate("RectificationPage", u"\u6e05\u9664\u7b5b\u9009", None))
#if QT_CONFIG(accessibility)
        self.clearFilterButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6e05\u9664\u7b5b\u9009\uff0c\u663e\u793a\u5168\u90e8\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.newFindingButton.setText(QCoreApplication.translate("RectificationPage", u"\u767b\u8bb0\u95ee\u9898\u2026", None))
#if QT_CONFIG(accessibility)
        self.newFindingButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u767b\u8bb0\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.feedBackButton.setText(QCoreApplication.translate("RectificationPage", u"\u53cd\u9988\u2026", None))
#if QT_CONFIG(accessibility)
        self.feedBackButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u5411\u5355\u4f4d\u53cd\u9988", None))
#endif // QT_CONFIG(accessibility)
        self.noticeButton.setText(QCoreApplication.translate("RectificationPage", u"\u751f\u6210\u6574\u6539\u901a\u77e5\u4e66", None))
#if QT_CONFIG(accessibility)
        self.noticeButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u751f\u6210\u6574\u6539\u901a\u77e5\u4e66", None))
#endif // QT_CONFIG(accessibility)
        self.measuresButton.setText(QCoreApplication.translate("RectificationPage", u"\u62a5\u5907\u63aa\u65bd\u2026", None))
#if QT_CONFIG(accessibility)
        self.measuresButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u62a5\u5907\u6574\u6539\u63aa\u65bd", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("RectificationPage", u"\u63aa\u65bd\u5b8c\u6210", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6574\u6539\u63aa\u65bd\u5b8c\u6210", None))
#endif // QT_CONFIG(accessibility)
        self.extendButton.setText(QCoreApplication.translate("RectificationPage", u"\u5ef6\u671f\u2026", None))
#if QT_CONFIG(accessibility)
        self.extendButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u7533\u8bf7\u5ef6\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.decideButton.setText(QCoreApplication.translate("RectificationPage", u"\u5ba1\u6279\u5ef6\u671f\u2026", None))
#if QT_CONFIG(accessibility)
        self.decideButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u5ba1\u6279\u5ef6\u671f\u7533\u8bf7", None))
#endif // QT_CONFIG(accessibility)
        self.followUpButton.setText(QCoreApplication.translate("RectificationPage", u"\u8ddf\u8e2a\u7763\u67e5\u2026", None))
#if QT_CONFIG(accessibility)
        self.followUpButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u8ddf\u8e2a\u7763\u67e5", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("RectificationPage", u"\u9a8c\u6536\u9500\u53f7", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u9a8c\u6536\u9500\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("RectificationPage", u"\u91cd\u65b0\u6253\u5f00\u2026", None))
#if QT_CONFIG(accessibility)
        self.reopenButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u91cd\u65b0\u6253\u5f00", None))
#endif // QT_CONFIG(accessibility)
        self.remindButton.setText(QCoreApplication.translate("RectificationPage", u"\u7763\u529e\u903e\u671f\u4e8b\u9879", None))
#if QT_CONFIG(accessibility)
        self.remindButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u4e3a\u903e\u671f\u4e8b\u9879\u751f\u6210\u7763\u529e\u901a\u77e5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remindButton.setToolTip(QCoreApplication.translate("RectificationPage", u"\u6309\u5355\u4f4d\u4e3a\u4eca\u5929\u903e\u671f\u7684\u4e8b\u9879\u751f\u6210\u7763\u529e\u901a\u77e5\u8349\u7a3f\uff0c\u5230\u201c\u6587\u4e66\u201d\u4e2d\u9009\u4e2d\u540e\u6279\u91cf\u5370\u53d1", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ledgerTable.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6574\u6539\u53f0\u8d26", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailLabel.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u95ee\u9898\u8be6\u60c5", None))
#endif // QT_CONFIG(accessibility)
        self.timelineTitle.setText(QCoreApplication.translate("RectificationPage", u"\u7ecf\u8fc7", None))
#if QT_CONFIG(accessibility)
        self.timelineList.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u95ee\u9898\u7ecf\u8fc7", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentsTitle.setText(QCoreApplication.translate("RectificationPage", u"\u9644\u4ef6\uff08\u4fdd\u5b58\u5728\u6570\u636e\u6587\u4ef6\u4e2d\uff09", None))
#if QT_CONFIG(accessibility)
        self.attachmentsList.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.correctButton.setText(QCoreApplication.translate("RectificationPage", u"\u66f4\u6b63\u2026", None))
#if QT_CONFIG(accessibility)
        self.correctButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u66f4\u6b63\u6240\u9009\u95ee\u9898\u7684\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("RectificationPage", u"\u6539\u6b63\u586b\u9519\u7684\u65e5\u671f\u6216\u5185\u5bb9\uff08\u5199\u660e\u7406\u7531\uff0c\u524d\u540e\u5185\u5bb9\u90fd\u7559\u6709\u8bb0\u5f55\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("RectificationPage", u"\u6dfb\u52a0\u9644\u4ef6\u2026", None))
#if QT_CONFIG(accessibility)
        self.attachButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u6dfb\u52a0\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.saveAttachmentButton.setText(QCoreApplication.translate("RectificationPage", u"\u53e6\u5b58\u9644\u4ef6\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveAttachmentButton.setAccessibleName(QCoreApplication.translate("RectificationPage", u"\u53e6\u5b58\u6240\u9009\u9644\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

