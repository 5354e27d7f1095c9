# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
    QDateEdit, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(800, 500)
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.officeGroup = QGroupBox(SettingsPage)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeLayout = QFormLayout(self.officeGroup)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeNameLabel = QLabel(self.officeGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameRow = QHBoxLayout()
        self.officeNameRow.setObjectName(u"officeNameRow")
        self.officeNameEdit = QLineEdit(self.officeGroup)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.officeNameRow.addWidget(self.officeNameEdit)

        self.saveOfficeButton = QPushButton(self.officeGroup)
        self.saveOfficeButton.setObjectName(u"saveOfficeButton")

        self.officeNameRow.addWidget(self.saveOfficeButton)


        self.officeLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.officeNameRow)

        self.contactLabel = QLabel(self.officeGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.officeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactRow = QHBoxLayout()
        self.contactRow.setObjectName(u"contactRow")
        self.contactNameEdit = QLineEdit(self.officeGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.contactRow.addWidget(self.contactNameEdit)

        self.contactPhoneLabel = QLabel(self.officeGroup)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.contactRow.addWidget(self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(self.officeGroup)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.contactRow.addWidget(self.contactPhoneEdit)

        self.saveContactButton = QPushButton(self.officeGroup)
        self.saveContactButton.setObjectName(u"saveContactButton")

        self.contactRow.addWidget(self.saveContactButton)


        self.officeLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.contactRow)

        self.officeMessage = QLabel(self.officeGroup)
        self.officeMessage.setObjectName(u"officeMessage")
        self.officeMessage.setWordWrap(True)

        self.officeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeMessage)


        self.mainLayout.addWidget(self.officeGroup)

        self.issuerGroup = QGroupBox(SettingsPage)
        self.issuerGroup.setObjectName(u"issuerGroup")
        self.issuerLayout = QGridLayout(self.issuerGroup)
        self.issuerLayout.setObjectName(u"issuerLayout")
        self.commissionPrefixLabel = QLabel(self.issuerGroup)
        self.commissionPrefixLabel.setObjectName(u"commissionPrefixLabel")

        self.issuerLayout.addWidget(self.commissionPrefixLabel, 0, 0, 1, 1)

        self.commissionPrefixEdit = QLineEdit(self.issuerGroup)
        self.commissionPrefixEdit.setObjectName(u"commissionPrefixEdit")

        self.issuerLayout.addWidget(self.commissionPrefixEdit, 0, 1, 1, 1)

        self.officePrefixLabel = QLabel(self.issuerGroup)
        self.officePrefixLabel.setObjectName(u"officePrefixLabel")

        self.issuerLayout.addWidget(self.officePrefixLabel, 0, 2, 1, 1)

        self.officePrefixEdit = QLineEdit(self.issuerGroup)
        self.officePrefixEdit.setObjectName(u"officePrefixEdit")

        self.issuerLayout.addWidget(self.officePrefixEdit, 0, 3, 1, 1)

        self.issuerTable = QTableWidget(self.issuerGroup)
        if (self.issuerTable.columnCount() < 2):
            self.issuerTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.issuerTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.issuerTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.issuerTable.setObjectName(u"issuerTable")
        self.issuerTable.setColumnCount(2)
        self.issuerTable.setMinimumSize(QSize(0, 265))
        self.issuerTable.setMaximumSize(QSize(16777215, 265))

        self.issuerLayout.addWidget(self.issuerTable, 1, 0, 1, 4)

        self.issuerMessage = QLabel(self.issuerGroup)
        self.issuerMessage.setObjectName(u"issuerMessage")
        self.issuerMessage.setWordWrap(True)

        self.issuerLayout.addWidget(self.issuerMessage, 2, 0, 1, 3)

        self.saveIssuersButton = QPushButton(self.issuerGroup)
        self.saveIssuersButton.setObjectName(u"saveIssuersButton")

        self.issuerLayout.addWidget(self.saveIssuersButton, 2, 3, 1, 1)


        self.mainLayout.addWidget(self.issuerGroup)

        self.fileGroup = QGroupBox(SettingsPage)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileLayout = QFormLayout(self.fileGroup)
        self.fileLayout.setObjectName(u"fileLayout")
        self.pathTitle = QLabel(self.fileGroup)
        self.pathTitle.setObjectName(u"pathTitle")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathTitle)

        self.pathLabel = QLabel(self.fileGroup)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pathLabel.setWordWrap(True)

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pathLabel)

        self.modeTitle = QLabel(self.fileGroup)
        self.modeTitle.setObjectName(u"modeTitle")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeTitle)

        self.modeLabel = QLabel(self.fileGroup)
        self.modeLabel.setObjectName(u"modeLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modeLabel)

        self.versionTitle = QLabel(self.fileGroup)
        self.versionTitle.setObjectName(u"versionTitle")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.versionTitle)

        self.versionLabel = QLabel(self.fileGroup)
        self.versionLabel.setObjectName(u"versionLabel")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.versionLabel)


        self.mainLayout.addWidget(self.fileGroup)

        self.calendarGroup = QGroupBox(SettingsPage)
        self.calendarGroup.setObjectName(u"calendarGroup")
        self.calendarLayout = QGridLayout(self.calendarGroup)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.yearLabel = QLabel(self.calendarGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.calendarLayout.addWidget(self.yearLabel, 0, 0, 1, 1)

        self.yearSpin = QSpinBox(self.calendarGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2004)
        self.yearSpin.setMaximum(2100)

        self.calendarLayout.addWidget(self.yearSpin, 0, 1, 1, 1)

        self.sourceLabel = QLabel(self.calendarGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.calendarLayout.addWidget(self.sourceLabel, 0, 2, 1, 2)

        self.holidaysLabel = QLabel(self.calendarGroup)
        self.holidaysLabel.setObjectName(u"holidaysLabel")

        self.calendarLayout.addWidget(self.holidaysLabel, 1, 0, 1, 2)

        self.workdaysLabel = QLabel(self.calendarGroup)
        self.workdaysLabel.setObjectName(u"workdaysLabel")

        self.calendarLayout.addWidget(self.workdaysLabel, 1, 2, 1, 2)

        self.holidaysEdit = QPlainTextEdit(self.calendarGroup)
        self.holidaysEdit.setObjectName(u"holidaysEdit")

        self.calendarLayout.addWidget(self.holidaysEdit, 2, 0, 1, 2)

        self.workdaysEdit = QPlainTextEdit(self.calendarGroup)
        self.workdaysEdit.setObjectName(u"workdaysEdit")

        self.calendarLayout.addWidget(self.workdaysEdit, 2, 2, 1, 2)

        self.scheduleButtons = QHBoxLayout()
        self.scheduleButtons.setObjectName(u"scheduleButtons")
        self.saveScheduleButton = QPushButton(self.calendarGroup)
        self.saveScheduleButton.setObjectName(u"saveScheduleButton")

        self.scheduleButtons.addWidget(self.saveScheduleButton)

        self.removeScheduleButton = QPushButton(self.calendarGroup)
        self.removeScheduleButton.setObjectName(u"removeScheduleButton")

        self.scheduleButtons.addWidget(self.removeScheduleButton)

        self.scheduleMessage = QLabel(self.calendarGroup)
        self.scheduleMessage.setObjectName(u"scheduleMessage")
        self.scheduleMessage.setWordWrap(True)

        self.scheduleButtons.addWidget(self.scheduleMessage)

        self.scheduleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scheduleButtons.addItem(self.scheduleSpacer)


        self.calendarLayout.addLayout(self.scheduleButtons, 3, 0, 1, 4)

        self.extendCheck = QCheckBox(self.calendarGroup)
        self.extendCheck.setObjectName(u"extendCheck")

        self.calendarLayout.addWidget(self.extendCheck, 4, 0, 1, 4)

        self.trialLabel = QLabel(self.calendarGroup)
        self.trialLabel.setObjectName(u"trialLabel")

        self.calendarLayout.addWidget(self.trialLabel, 5, 0, 1, 1)

        self.feedbackDateEdit = QDateEdit(self.calendarGroup)
        self.feedbackDateEdit.setObjectName(u"feedbackDateEdit")

        self.calendarLayout.addWidget(self.feedbackDateEdit, 5, 1, 1, 1)

        self.trialResult = QLabel(self.calendarGroup)
        self.trialResult.setObjectName(u"trialResult")
        self.trialResult.setWordWrap(True)
        self.trialResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.calendarLayout.addWidget(self.trialResult, 5, 2, 1, 2)


        self.mainLayout.addWidget(self.calendarGroup)

        self.obligationsGroup = QGroupBox(SettingsPage)
        self.obligationsGroup.setObjectName(u"obligationsGroup")
        self.obligationsLayout = QVBoxLayout(self.obligationsGroup)
        self.obligationsLayout.setObjectName(u"obligationsLayout")
        self.obligationsTable = QTableWidget(self.obligationsGroup)
        if (self.obligationsTable.columnCount() < 6):
            self.obligationsTable.setColumnCount(6)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.obligationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.obligationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.obligationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.obligationsTable.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.obligationsTable.setHorizontalHeaderItem(4, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.obligationsTable.setHorizontalHeaderItem(5, __qtablewidgetitem7)
        self.obligationsTable.setObjectName(u"obligationsTable")
        self.obligationsTable.setMinimumSize(QSize(0, 220))
        self.obligationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.obligationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.obligationsTable.setAlternatingRowColors(True)
        self.obligationsTable.horizontalHeader().setStretchLastSection(True)
        self.obligationsTable.verticalHeader().setVisible(False)

        self.obligationsLayout.addWidget(self.obligationsTable)

        self.dutyForm = QHBoxLayout()
        self.dutyForm.setObjectName(u"dutyForm")
        self.dutyTitleEdit = QLineEdit(self.obligationsGroup)
        self.dutyTitleEdit.setObjectName(u"dutyTitleEdit")

        self.dutyForm.addWidget(self.dutyTitleEdit)

        self.dutyArticleEdit = QLineEdit(self.obligationsGroup)
        self.dutyArticleEdit.setObjectName(u"dutyArticleEdit")

        self.dutyForm.addWidget(self.dutyArticleEdit)

        self.dutyKindCombo = QComboBox(self.obligationsGroup)
        self.dutyKindCombo.setObjectName(u"dutyKindCombo")

        self.dutyForm.addWidget(self.dutyKindCombo)

        self.dutyScopeCombo = QComboBox(self.obligationsGroup)
        self.dutyScopeCombo.setObjectName(u"dutyScopeCombo")

        self.dutyForm.addWidget(self.dutyScopeCombo)

        self.dutyMinimumLabel = QLabel(self.obligationsGroup)
        self.dutyMinimumLabel.setObjectName(u"dutyMinimumLabel")

        self.dutyForm.addWidget(self.dutyMinimumLabel)

        self.dutyMinimumSpin = QSpinBox(self.obligationsGroup)
        self.dutyMinimumSpin.setObjectName(u"dutyMinimumSpin")
        self.dutyMinimumSpin.setMinimum(0)
        self.dutyMinimumSpin.setMaximum(99)
        self.dutyMinimumSpin.setValue(1)

        self.dutyForm.addWidget(self.dutyMinimumSpin)

        self.dutyDueLabel = QLabel(self.obligationsGroup)
        self.dutyDueLabel.setObjectName(u"dutyDueLabel")

        self.dutyForm.addWidget(self.dutyDueLabel)

        self.dutyMonthSpin = QSpinBox(self.obligationsGroup)
        self.dutyMonthSpin.setObjectName(u"dutyMonthSpin")
        self.dutyMonthSpin.setMinimum(1)
        self.dutyMonthSpin.setMaximum(12)
        self.dutyMonthSpin.setValue(12)

        self.dutyForm.addWidget(self.dutyMonthSpin)

        self.dutyDaySpin = QSpinBox(self.obligationsGroup)
        self.dutyDaySpin.setObjectName(u"dutyDaySpin")
        self.dutyDaySpin.setMinimum(1)
        self.dutyDaySpin.setMaximum(31)
        self.dutyDaySpin.setValue(31)

        self.dutyForm.addWidget(self.dutyDaySpin)

        self.addDutyButton = QPushButton(self.obligationsGroup)
        self.addDutyButton.setObjectName(u"addDutyButton")

        self.dutyForm.addWidget(self.addDutyButton)

        self.removeDutyButton = QPushButton(self.obligationsGroup)
        self.removeDutyButton.setObjectName(u"removeDutyButton")

        self.dutyForm.addWidget(self.removeDutyButton)


        self.obligationsLayout.addLayout(self.dutyForm)

        self.dutyMessage = QLabel(self.obligationsGroup)
        self.dutyMessage.setObjectName(u"dutyMessage")
        self.dutyMessage.setWordWrap(True)

        self.obligationsLayout.addWidget(self.dutyMessage)


        self.mainLayout.addWidget(self.obligationsGroup)

        self.fontsGroup = QGroupBox(SettingsPage)
        self.fontsGroup.setObjectName(u"fontsGroup")
        self.fontsLayout = QGridLayout(self.fontsGroup)
        self.fontsLayout.setObjectName(u"fontsLayout")
        self.titleFontLabel = QLabel(self.fontsGroup)
        self.titleFontLabel.setObjectName(u"titleFontLabel")

        self.fontsLayout.addWidget(self.titleFontLabel, 0, 0, 1, 1)

        self.titleFontCombo = QComboBox(self.fontsGroup)
        self.titleFontCombo.setObjectName(u"titleFontCombo")
        self.titleFontCombo.setMinimumSize(QSize(260, 0))

        self.fontsLayout.addWidget(self.titleFontCombo, 0, 1, 1, 1)

        self.titleFontSample = QLabel(self.fontsGroup)
        self.titleFontSample.setObjectName(u"titleFontSample")

        self.fontsLayout.addWidget(self.titleFontSample, 0, 2, 1, 1)

        self.bodyFontLabel = QLabel(self.fontsGroup)
        self.bodyFontLabel.setObjectName(u"bodyFontLabel")

        self.fontsLayout.addWidget(self.bodyFontLabel, 1, 0, 1, 1)

        self.bodyFontCombo = QComboBox(self.fontsGroup)
        self.bodyFontCombo.setObjectName(u"bodyFontCombo")
        self.bodyFontCombo.setMinimumSize(QSize(260, 0))

        self.fontsLayout.addWidget(self.bodyFontCombo, 1, 1, 1, 1)

        self.bodyFontSample = QLabel(self.fontsGroup)
        self.bodyFontSample.setObjectName(u"bodyFontSample")

        self.fontsLayout.addWidget(self.bodyFontSample, 1, 2, 1, 1)

        self.heading1FontLabel = QLabel(self.fontsGroup)
        self.heading1FontLabel.setObjectName(u"heading1FontLabel")

        self.fontsLayout.addWidget(self.heading1FontLabel, 2, 0, 1, 1)

        self.heading1FontCombo = QComboBox(self.fontsGroup)
        self.heading1FontCombo.setObjectName(u"heading1FontCombo")
        self.heading1FontCombo.setMinimumSize(QSize(260, 0))

        self.fontsLayout.addWidget(self.heading1FontCombo, 2, 1, 1, 1)

        self.heading1FontSample = QLabel(self.fontsGroup)
        self.heading1FontSample.setObjectName(u"heading1FontSample")

        self.fontsLayout.addWidget(self.heading1FontSample, 2, 2, 1, 1)

        self.heading2FontLabel = QLabel(self.fontsGroup)
        self.heading2FontLabel.setObjectName(u"heading2FontLabel")

        self.fontsLayout.addWidget(self.heading2FontLabel, 3, 0, 1, 1)

        self.heading2FontCombo = QComboBox(self.fontsGroup)
        self.heading2FontCombo.setObjectName(u"heading2FontCombo")
        self.heading2FontCombo.setMinimumSize(QSize(260, 0))

        self.fontsLayout.addWidget(self.heading2FontCombo, 3, 1, 1, 1)

        self.heading2FontSample = QLabel(self.fontsGroup)
        self.heading2FontSample.setObjectName(u"heading2FontSample")

        self.fontsLayout.addWidget(self.heading2FontSample, 3, 2, 1, 1)

        self.pageNumberFontLabel = QLabel(self.fontsGroup)
        self.pageNumberFontLabel.setObjectName(u"pageNumberFontLabel")

        self.fontsLayout.addWidget(self.pageNumberFontLabel, 4, 0, 1, 1)

        self.pageNumberFontCombo = QComboBox(self.fontsGroup)
        self.pageNumberFontCombo.setObjectName(u"pageNumberFontCombo")
        self.pageNumberFontCombo.setMinimumSize(QSize(260, 0))

        self.fontsLayout.addWidget(self.pageNumberFontCombo, 4, 1, 1, 1)

        self.pageNumberFontSample = QLabel(self.fontsGroup)
        self.pageNumberFontSample.setObjectName(u"pageNumberFontSample")

        self.fontsLayout.addWidget(self.pageNumberFontSample, 4, 2, 1, 1)

        self.fontMessage = QLabel(self.fontsGroup)
        self.fontMessage.setObjectName(u"fontMessage")
        self.fontMessage.setWordWrap(True)

        self.fontsLayout.addWidget(self.fontMessage, 5, 0, 1, 3)


        self.mainLayout.addWidget(self.fontsGroup)

        self.impactGroup = QGroupBox(SettingsPage)
        self.impactGroup.setObjectName(u"impactGroup")
        self.impactLayout = QVBoxLayout(self.impactGroup)
        self.impactLayout.setObjectName(u"impactLayout")
        self.impactSourceLabel = QLabel(self.impactGroup)
        self.impactSourceLabel.setObjectName(u"impactSourceLabel")
        self.impactSourceLabel.setWordWrap(True)

        self.impactLayout.addWidget(self.impactSourceLabel)

        self.impactTable = QTableWidget(self.impactGroup)
        if (self.impactTable.columnCount() < 4):
            self.impactTable.setColumnCount(4)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.impactTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.impactTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.impactTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.impactTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        self.impactTable.setObjectName(u"impactTable")
        self.impactTable.setMinimumSize(QSize(0, 200))
        self.impactTable.setAlternatingRowColors(True)
        self.impactTable.horizontalHeader().setStretchLastSection(True)
        self.impactTable.verticalHeader().setVisible(False)

        self.impactLayout.addWidget(self.impactTable)

        self.impactButtons = QHBoxLayout()
        self.impactButtons.setObjectName(u"impactButtons")
        self.addImpactButton = QPushButton(self.impactGroup)
        self.addImpactButton.setObjectName(u"addImpactButton")

        self.impactButtons.addWidget(self.addImpactButton)

        self.removeImpactButton = QPushButton(self.impactGroup)
        self.removeImpactButton.setObjectName(u"removeImpactButton")

        self.impactButtons.addWidget(self.removeImpactButton)

        self.saveImpactButton = QPushButton(self.impactGroup)
        self.saveImpactButton.setObjectName(u"saveImpactButton")

        self.impactButtons.addWidget(self.saveImpactButton)

        self.restoreImpactButton = QPushButton(self.impactGroup)
        self.restoreImpactButton.setObjectName(u"restoreImpactButton")

        self.impactButtons.addWidget(self.restoreImpactButton)

        self.impactMessage = QLabel(self.impactGroup)
        self.impactMessage.setObjectName(u"impactMessage")
        self.impactMessage.setWordWrap(True)

        self.impactButtons.addWidget(self.impactMessage)

        self.impactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.impactButtons.addItem(self.impactSpacer)


        self.impactLayout.addLayout(self.impactButtons)


        self.mainLayout.addWidget(self.impactGroup)

        self.readingsGroup = QGroupBox(SettingsPage)
        self.readingsGroup.setObjectName(u"readingsGroup")
        self.readingsLayout = QVBoxLayout(self.readingsGroup)
        self.readingsLayout.setObjectName(u"readingsLayout")
        self.readingsHint = QLabel(self.readingsGroup)
        self.readingsHint.setObjectName(u"readingsHint")
        self.readingsHint.setWordWrap(True)

        self.readingsLayout.addWidget(self.readingsHint)

        self.readingsEdit = QPlainTextEdit(self.readingsGroup)
        self.readingsEdit.setObjectName(u"readingsEdit")
        self.readingsEdit.setMaximumSize(QSize(16777215, 90))

        self.readingsLayout.addWidget(self.readingsEdit)

        self.readingsButtons = QHBoxLayout()
        self.readingsButtons.setObjectName(u"readingsButtons")
        self.saveReadingsButton = QPushButton(self.readingsGroup)
        self.saveReadingsButton.setObjectName(u"saveReadingsButton")

        self.readingsButtons.addWidget(self.saveReadingsButton)

        self.readingsMessage = QLabel(self.readingsGroup)
        self.readingsMessage.setObjectName(u"readingsMessage")
        self.readingsMessage.setWordWrap(True)

        self.readingsButtons.addWidget(self.readingsMessage)

        self.readingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.readingsButtons.addItem(self.readingsSpacer)


        self.readingsLayout.addLayout(self.readingsButtons)


        self.mainLayout.addWidget(self.readingsGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.contactLabel.setBuddy(self.contactNameEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.commissionPrefixLabel.setBuddy(self.commissionPrefixEdit)
        self.officePrefixLabel.setBuddy(self.officePrefixEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.holidaysLabel.setBuddy(self.holidaysEdit)
        self.workdaysLabel.setBuddy(self.workdaysEdit)
        self.trialLabel.setBuddy(self.feedbackDateEdit)
        self.titleFontLabel.setBuddy(self.titleFontCombo)
        self.bodyFontLabel.setBuddy(self.bodyFontCombo)
        self.heading1FontLabel.setBuddy(self.heading1FontCombo)
        self.heading2FontLabel.setBuddy(self.heading2FontCombo)
        self.pageNumberFontLabel.setBuddy(self.pageNumberFontCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.officeGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u5173", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u5173\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.officeNameEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u672c\u673a\u5173\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.saveOfficeButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58", None))
#if QT_CONFIG(accessibility)
        self.saveOfficeButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u672c\u673a\u5173\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("SettingsPage", u"\u516c\u6587\u8054\u7cfb\u4eba", None))
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u59d3\u540d\uff0c\u5982\uff1a\u738b\u82b3", None))
#if QT_CONFIG(accessibility)
        self.contactNameEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u516c\u6587\u8054\u7cfb\u4eba\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.contactNameEdit.setToolTip(QCoreApplication.translate("SettingsPage", u"\u6574\u6539\u901a\u77e5\u4e66\u3001\u7763\u529e\u901a\u77e5\u7b49\u516c\u6587\u672b\u5c3e\u201c\u8054\u7cfb\u4eba\uff1a\u201d\u540e\u5370\u51fa\u7684\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.contactPhoneLabel.setText(QCoreApplication.translate("SettingsPage", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u5982\uff1a6123 4567", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u516c\u6587\u8054\u7cfb\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.saveContactButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58", None))
#if QT_CONFIG(accessibility)
        self.saveContactButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u516c\u6587\u8054\u7cfb\u4eba\u548c\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.issuerGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u53d1\u6587\u673a\u5173\uff08\u6bcf\u7c7b\u516c\u6587\u4ee5\u8c01\u7684\u540d\u4e49\u53d1\u51fa\uff1b\u7248\u5934\u3001\u53d1\u6587\u5b57\u53f7\u3001\u7f72\u540d\u4e09\u8005\u4e00\u81f4\uff09", None))
        self.commissionPrefixLabel.setText(QCoreApplication.translate("SettingsPage", u"\u672c\u59d4\u53d1\u6587\u5b57\u53f7\u524d\u7f00", None))
        self.commissionPrefixEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u5982\uff1a\u533a\u7eaa\u53d1", None))
#if QT_CONFIG(accessibility)
        self.commissionPrefixEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u672c\u59d4\u53d1\u6587\u5b57\u53f7\u524d\u7f00", None))
#endif // QT_CONFIG(accessibility)
        self.officePrefixLabel.setText(QCoreApplication.translate("SettingsPage", u"\u672c\u59d4\u529e\u516c\u5ba4\u53d1\u6587\u5b57\u53f7\u524d\u7f00", None))
        self.officePrefixEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u5982\uff1a\u533a\u7eaa\u529e\u53d1", None))
#if QT_CONFIG(accessibility)
        self.officePrefixEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u672c\u59d4\u529e\u516c\u5ba4\u53d1\u6587\u5b57\u53f7\u524d\u7f00", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.issuerTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsPage", u"\u516c\u6587\u79cd\u7c7b", None))
        ___qtablewidgetitem1 = self.issuerTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsPage", u"\u53d1\u6587\u673a\u5173", None))
#if QT_CONFIG(accessibility)
        self.issuerTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5404\u7c7b\u516c\u6587\u7684\u53d1\u6587\u673a\u5173", None))
#endif // QT_CONFIG(accessibility)
        self.saveIssuersButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u53d1\u6587\u673a\u5173", None))
#if QT_CONFIG(accessibility)
        self.saveIssuersButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u53d1\u6587\u673a\u5173\u548c\u524d\u7f00", None))
#endif // QT_CONFIG(accessibility)
        self.fileGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u6587\u4ef6", None))
        self.pathTitle.setText(QCoreApplication.translate("SettingsPage", u"\u4f4d\u7f6e", None))
        self.modeTitle.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u65b9\u5f0f", None))
        self.versionTitle.setText(QCoreApplication.translate("SettingsPage", u"\u7a0b\u5e8f\u7248\u672c", None))
        self.calendarGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u8282\u5047\u65e5\u5b89\u6392\u4e0e\u671f\u9650\u8ba1\u7b97\uff08\u7b2c\u5341\u4e5d\u6761\uff1a\u4e00\u4e2a\u6708\u5185\u5236\u5b9a\u6574\u6539\u63aa\u65bd\uff09", None))
        self.yearLabel.setText(QCoreApplication.translate("SettingsPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u8282\u5047\u65e5\u5b89\u6392\u5e74\u5ea6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5b89\u6392\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
        self.holidaysLabel.setText(QCoreApplication.translate("SettingsPage", u"\u653e\u5047\u65e5\u671f\uff08\u6bcf\u884c\u4e00\u6bb5\uff0c\u5982\uff1a2027-01-01 \u81f3 2027-01-03 \u5143\u65e6\uff09", None))
        self.workdaysLabel.setText(QCoreApplication.translate("SettingsPage", u"\u8c03\u4f11\u4e0a\u73ed\u65e5\u671f\uff08\u6bcf\u884c\u4e00\u5929\uff0c\u5982\uff1a2027-02-14 \u6625\u8282\uff09", None))
#if QT_CONFIG(accessibility)
        self.holidaysEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u653e\u5047\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workdaysEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u8c03\u4f11\u4e0a\u73ed\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.saveScheduleButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u8be5\u5e74\u5b89\u6392", None))
#if QT_CONFIG(accessibility)
        self.saveScheduleButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u8be5\u5e74\u8282\u5047\u65e5\u5b89\u6392", None))
#endif // QT_CONFIG(accessibility)
        self.removeScheduleButton.setText(QCoreApplication.translate("SettingsPage", u"\u5220\u9664\u672c\u673a\u5173\u5f55\u5165\u7684\u5b89\u6392", None))
#if QT_CONFIG(accessibility)
        self.removeScheduleButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5220\u9664\u672c\u673a\u5173\u5f55\u5165\u7684\u8282\u5047\u65e5\u5b89\u6392", None))
#endif // QT_CONFIG(accessibility)
        self.extendCheck.setText(QCoreApplication.translate("SettingsPage", u"\u671f\u9650\u6700\u540e\u4e00\u65e5\u662f\u6cd5\u5b9a\u4f11\u5047\u65e5\u7684\uff0c\u987a\u5ef6\u81f3\u5176\u540e\u7684\u7b2c\u4e00\u4e2a\u5de5\u4f5c\u65e5\uff08\u6c11\u6cd5\u5178\u7b2c\u4e8c\u767e\u96f6\u4e09\u6761\uff09", None))
#if QT_CONFIG(accessibility)
        self.extendCheck.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u671f\u9650\u9047\u8282\u5047\u65e5\u987a\u5ef6", None))
#endif // QT_CONFIG(accessibility)
        self.trialLabel.setText(QCoreApplication.translate("SettingsPage", u"\u671f\u9650\u8bd5\u7b97\uff1a\u53cd\u9988\u65e5", None))
#if QT_CONFIG(accessibility)
        self.feedbackDateEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u8bd5\u7b97\u53cd\u9988\u65e5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trialResult.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u8bd5\u7b97\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.obligationsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u5e74\u5ea6\u8d23\u4efb\uff08\u300a\u529e\u6cd5\u300b\u89c4\u5b9a\u7684\u8d23\u4efb\u4e0e\u672c\u673a\u5173\u81ea\u5b9a\u7684\u8d23\u4efb\uff0c\u6309\u5355\u4f4d\u7684\u8bb0\u5f55\u8bc4\u4f30\u662f\u5426\u5c65\u884c\uff09", None))
        ___qtablewidgetitem2 = self.obligationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsPage", u"\u8d23\u4efb", None))
        ___qtablewidgetitem3 = self.obligationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsPage", u"\u4f9d\u636e", None))
        ___qtablewidgetitem4 = self.obligationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettingsPage", u"\u9002\u7528\u4e8e", None))
        ___qtablewidgetitem5 = self.obligationsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettingsPage", u"\u6bcf\u5e74\u81f3\u5c11", None))
        ___qtablewidgetitem6 = self.obligationsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SettingsPage", u"\u671f\u9650", None))
        ___qtablewidgetitem7 = self.obligationsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SettingsPage", u"\u4ee5\u4f55\u79cd\u8bb0\u5f55\u4e3a\u51c6", None))
#if QT_CONFIG(accessibility)
        self.obligationsTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5e74\u5ea6\u8d23\u4efb\u6e05\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.dutyTitleEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u8d23\u4efb\u5185\u5bb9\uff0c\u5982\uff1a\u5f00\u5c55\u8b66\u793a\u6559\u80b2\u5927\u4f1a", None))
#if QT_CONFIG(accessibility)
        self.dutyTitleEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u81ea\u5b9a\u8d23\u4efb\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.dutyArticleEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"\u4f9d\u636e\uff0c\u5982\uff1a\u672c\u673a\u51732026\u5e74\u7b2c3\u53f7\u6587\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.dutyArticleEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u81ea\u5b9a\u8d23\u4efb\u4f9d\u636e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dutyKindCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4ee5\u4f55\u79cd\u8bb0\u5f55\u4e3a\u51c6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dutyScopeCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u9002\u7528\u4e8e", None))
#endif // QT_CONFIG(accessibility)
        self.dutyMinimumLabel.setText(QCoreApplication.translate("SettingsPage", u"\u81f3\u5c11", None))
        self.dutyMinimumSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u6b21", None))
#if QT_CONFIG(accessibility)
        self.dutyMinimumSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6bcf\u5e74\u81f3\u5c11\u6b21\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.dutyDueLabel.setText(QCoreApplication.translate("SettingsPage", u"\u4e8e", None))
        self.dutyMonthSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u6708", None))
#if QT_CONFIG(accessibility)
        self.dutyMonthSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u671f\u9650\u6708", None))
#endif // QT_CONFIG(accessibility)
        self.dutyDaySpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u65e5\u524d", None))
#if QT_CONFIG(accessibility)
        self.dutyDaySpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u671f\u9650\u65e5", None))
#endif // QT_CONFIG(accessibility)
        self.addDutyButton.setText(QCoreApplication.translate("SettingsPage", u"\u6dfb\u52a0", None))
#if QT_CONFIG(accessibility)
        self.addDutyButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6dfb\u52a0\u81ea\u5b9a\u8d23\u4efb", None))
#endif // QT_CONFIG(accessibility)
        self.removeDutyButton.setText(QCoreApplication.translate("SettingsPage", u"\u5220\u9664\u6240\u9009", None))
#if QT_CONFIG(accessibility)
        self.removeDutyButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5220\u9664\u6240\u9009\u81ea\u5b9a\u8d23\u4efb", None))
#endif // QT_CONFIG(accessibility)
        self.fontsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u516c\u6587\u5b57\u4f53\uff08GB/T 9704-2012\uff1b\u5df2\u5b89\u88c5\u7684\u6b63\u5f0f\u5b57\u4f53\u4f18\u5148\uff0c\u5426\u5219\u7528\u5f00\u6e90\u5b57\u4f53\uff1b\u5b57\u4f53\u603b\u662f\u5d4c\u5165\u516c\u6587\uff09", None))
        self.titleFontLabel.setText(QCoreApplication.translate("SettingsPage", u"\u6807\u9898\uff08\u5c0f\u6807\u5b8b\uff09", None))
#if QT_CONFIG(accessibility)
        self.titleFontCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6807\u9898\uff08\u5c0f\u6807\u5b8b\uff09\u5b57\u4f53", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleFontSample.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6807\u9898\uff08\u5c0f\u6807\u5b8b\uff09\u5b57\u6837", None))
#endif // QT_CONFIG(accessibility)
        self.bodyFontLabel.setText(QCoreApplication.translate("SettingsPage", u"\u6b63\u6587\uff08\u4eff\u5b8b\uff09", None))
#if QT_CONFIG(accessibility)
        self.bodyFontCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6b63\u6587\uff08\u4eff\u5b8b\uff09\u5b57\u4f53", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyFontSample.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6b63\u6587\uff08\u4eff\u5b8b\uff09\u5b57\u6837", None))
#endif // QT_CONFIG(accessibility)
        self.heading1FontLabel.setText(QCoreApplication.translate("SettingsPage", u"\u4e00\u7ea7\u6807\u9898\uff08\u9ed1\u4f53\uff09", None))
#if QT_CONFIG(accessibility)
        self.heading1FontCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4e00\u7ea7\u6807\u9898\uff08\u9ed1\u4f53\uff09\u5b57\u4f53", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading1FontSample.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4e00\u7ea7\u6807\u9898\uff08\u9ed1\u4f53\uff09\u5b57\u6837", None))
#endif // QT_CONFIG(accessibility)
        self.heading2FontLabel.setText(QCoreApplication.translate("SettingsPage", u"\u4e8c\u7ea7\u6807\u9898\uff08\u6977\u4f53\uff09", None))
#if QT_CONFIG(accessibility)
        self.heading2FontCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4e8c\u7ea7\u6807\u9898\uff08\u6977\u4f53\uff09\u5b57\u4f53", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.heading2FontSample.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4e8c\u7ea7\u6807\u9898\uff08\u6977\u4f53\uff09\u5b57\u6837", None))
#endif // QT_CONFIG(accessibility)
        self.pageNumberFontLabel.setText(QCoreApplication.translate("SettingsPage", u"\u9875\u7801\uff08\u5b8b\u4f53\uff09", None))
#if QT_CONFIG(accessibility)
        self.pageNumberFontCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u9875\u7801\uff08\u5b8b\u4f53\uff09\u5b57\u4f53", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageNumberFontSample.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u9875\u7801\uff08\u5b8b\u4f53\uff09\u5b57\u6837", None))
#endif // QT_CONFIG(accessibility)
        self.impactGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u515a\u7eaa\u653f\u7eaa\u5904\u5206\u5f71\u54cd\u671f\uff08\u7b2c\u4e8c\u5341\u516b\u6761\u7b2c\u56db\u6b3e\uff1a\u540c\u65f6\u53d7\u5230\u515a\u7eaa\u653f\u7eaa\u5904\u5206\u548c\u7ec4\u7ec7\u5904\u7406\u7684\uff0c\u6309\u5f71\u54cd\u671f\u8f83\u957f\u7684\u6267\u884c\uff09", None))
#if QT_CONFIG(accessibility)
        self.impactSourceLabel.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5f71\u54cd\u671f\u76ee\u5f55\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem8 = self.impactTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SettingsPage", u"\u540d\u79f0", None))
        ___qtablewidgetitem9 = self.impactTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SettingsPage", u"\u5f71\u54cd\u671f\uff08\u6708\uff09", None))
        ___qtablewidgetitem10 = self.impactTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SettingsPage", u"\u9650\u5236\u5185\u5bb9", None))
        ___qtablewidgetitem11 = self.impactTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SettingsPage", u"\u4f9d\u636e", None))
#if QT_CONFIG(accessibility)
        self.impactTable.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5904\u5206\u5f71\u54cd\u671f\u76ee\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.addImpactButton.setText(QCoreApplication.translate("SettingsPage", u"\u6dfb\u52a0\u4e00\u884c", None))
#if QT_CONFIG(accessibility)
        self.addImpactButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6dfb\u52a0\u5f71\u54cd\u671f\u6761\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.removeImpactButton.setText(QCoreApplication.translate("SettingsPage", u"\u5220\u9664\u6240\u9009\u884c", None))
#if QT_CONFIG(accessibility)
        self.removeImpactButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u5220\u9664\u5f71\u54cd\u671f\u6761\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.saveImpactButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u76ee\u5f55", None))
#if QT_CONFIG(accessibility)
        self.saveImpactButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u5f71\u54cd\u671f\u76ee\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.restoreImpactButton.setText(QCoreApplication.translate("SettingsPage", u"\u6062\u590d\u5185\u7f6e\u76ee\u5f55", None))
#if QT_CONFIG(accessibility)
        self.restoreImpactButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u6062\u590d\u5185\u7f6e\u5f71\u54cd\u671f\u76ee\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.readingsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"\u751f\u50fb\u5b57\u8bfb\u97f3\uff08\u6309\u62fc\u97f3\u67e5\u627e\u4eba\u540d\u7528\uff09", None))
        self.readingsHint.setText(QCoreApplication.translate("SettingsPage", u"\U000062fc\U000097f3\U00005e93\U00004e2d\U00006ca1\U00006709\U00008bfb\U000097f3\U00007684\U0000751f\U000050fb\U00005b57\U0000ff08\U00005982\U0000201c\U00020bb7\U0000201d\U0000ff09\U00005728\U00006b64\U00008865\U00005145\U0000ff0c\U00006bcf\U0000884c\U00004e00\U00004e2a\U00005b57\U00003001\U00004e00\U00004e2a\U00007a7a\U0000683c\U00003001\U00005b83\U00007684\U000062fc\U000097f3\U0000ff08\U000053ef\U00005e26\U000058f0\U00008c03\U0000ff09\U0000ff0c\U00005982\U0000201c\U00020bb7 j\U000000ed\U0000201d\U00003002\U00004fdd\U00005b58\U0000540e\U0000ff0c\U0000540d\U0000518c\U00004e2d\U0000542b\U00008fd9\U00004e9b\U00005b57\U00007684\U000059d3\U0000540d\U00005373\U000053ef\U00006309\U000062fc\U000097f3\U00006216\U00009996\U00005b57\U00006bcd\U000067e5\U0000627e\U00003002", None))
#if QT_CONFIG(accessibility)
        self.readingsEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u751f\u50fb\u5b57\u8bfb\u97f3\uff0c\u6bcf\u884c\uff1a\u5b57 \u62fc\u97f3", None))
#endif // QT_CONFIG(accessibility)
        self.saveReadingsButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u8bfb\u97f3", None))
#if QT_CONFIG(accessibility)
        self.saveReadingsButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u751f\u50fb\u5b57\u8bfb\u97f3", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

