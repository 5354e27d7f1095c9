"""总览, shown at start: what is due, what is overdue, what awaits verification; each opens its list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.obligations import Status
from lz_desktop.domain.official_document import DocumentStatus
from lz_desktop.services import accounts, cases, documents, duties, exchange, obligations
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office, office_name
from lz_desktop.ui import auto_backup
from lz_desktop.ui.forms.overview_page_ui import Ui_OverviewPage

PENDING_DAYS = 30  # the 督促落实 tab's default: a decision a month old and still not carried out
_CARD = ("QPushButton {{ text-align: left; padding: 12px; border: 1px solid #d8d2c8; border-radius: 6px;"
         " background: {bg}; font-size: 12pt; }} QPushButton:hover {{ border-color: #b71c1c; }}")


class OverviewPage(QWidget):
    open_ledger = Signal(str)  # a status key of the 整改 page: "due_soon", "overdue", …
    open_documents = Signal()
    open_obligations = Signal()  # 会议 › 年度责任履行, every unit
    open_duties = Signal(int)  # a tab of 责任分解: 0 the plan, 2 the statements
    open_pending_decisions = Signal()  # 责任追究 › 督促落实 (Art. 29)
    open_safety = Signal()  # 数据安全, to choose the backup folder
    open_exchange = Signal()  # 报送, where each unit stands

    def __init__(self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.office, self.today = office, today or dt.date.today()
        ui = self.ui
        ui.dueSoonButton.clicked.connect(lambda: self.open_ledger.emit("due_soon"))
        ui.overdueButton.clicked.connect(lambda: self.open_ledger.emit("overdue"))
        ui.verifyButton.clicked.connect(lambda: self.open_ledger.emit("awaiting_verification"))
        ui.draftsButton.clicked.connect(self.open_documents.emit)
        ui.obligationsButton.clicked.connect(self.open_obligations.emit)
        ui.tasksButton.clicked.connect(lambda: self.open_duties.emit(0))
        ui.statementsButton.clicked.connect(lambda: self.open_duties.emit(2))
        ui.casesButton.clicked.connect(self.open_pending_decisions.emit)
        ui.backupWarning.clicked.connect(self.open_safety.emit)
        ui.packagesButton.clicked.connect(self.open_exchange.emit)
        self.refresh()

    def refresh(self) -> None:
        ui, figures = self.ui, r.dashboard(self.office.db, self.today)
        problem = auto_backup.problem()
        ui.backupWarning.setVisible(bool(problem))
        ui.backupWarning.setText(self.tr("⚠ {0}点此到“数据安全”处理。").format(problem))
        drafts = sum(e.status is DocumentStatus.DRAFT for e in documents.register(self.office.db))
        ui.titleLabel.setText(office_name(self.office.db) or self.tr("党风廉政建设责任制管理"))
        ui.dateLabel.setText(self.tr("{0}　待办一览：点击一项打开它的清单").format(format_cn(self.today)))
        self._card(ui.dueSoonButton, figures.due_soon, self.tr("7天内到期"), self.tr("整改措施报备或完成期限"),
                   "#fff8e1")
        self._card(ui.overdueButton, figures.overdue, self.tr("已逾期"), self.tr("措施逾期未报或整改逾期"), "#fdecea")
        self._card(ui.verifyButton, figures.awaiting_verification, self.tr("待验收销号"),
                   self.tr("措施已全部完成"), "#eef5ee")
        self._card(ui.draftsButton, drafts, self.tr("待印发公文"), self.tr("文书中的草稿"), "#eef2f8")
        year = self.today.year
        short = obligations.shortfalls(self.office.db, year, self.today)
        missed = sum(s.result.status is Status.MISSED for s in short)
        self._card(ui.obligationsButton, len(short), self.tr("本年度责任尚未履行"),
                   self.tr("{0} 个单位，其中已过期限 {1} 项").format(len({s.unit_id for s in short}), missed),
                   "#fdf3e7")
        late = duties.overdue_tasks(self.office.db, year, self.today)
        self._card(ui.tasksButton, len(late), self.tr("年度任务逾期"), self.tr("{0}年度计划中逾期未完成").format(year),
                   "#fdecea")
        signed, made = duties.signing_rate(self.office.db, year)
        self._card(ui.statementsButton, made - signed, self.tr("责任书未签订"),
                   self.tr("已签订 {0} / {1} 份").format(signed, made), "#eef2f8")
        sent = exchange.standing_counts(self.office.db, year, self.today)
        self._card(ui.packagesButton, sent["overdue"], self.tr("报送逾期未报"),
                   self.tr("已下发 {0} 个单位，已报回 {1} 个").format(sent["sent"], sent["returned"]), "#fff8e1")
        ui.casesButton.setVisible(accounts.may(self.office.db, Permission.CASES))
        if ui.casesButton.isVisibleTo(self):
            pending = cases.pending_decisions(self.office.db, self.today, older_than_days=PENDING_DAYS)
            self._card(ui.casesButton, len(pending), self.tr("责任追究决定未落实"),
                       self.tr("作出已超过{0}天（第二十九条）").format(PENDING_DAYS), "#fdecea")
        ui.obligationsLabel.setText(self.tr(
            "年度责任按会议、计划公布、检查考核及其反馈等记录统计（第七条、第八条、第十条、第十三条、第十五条、"
            "第十六条、第十九条）。规定的年度责任和本机关自定的责任见“设置 › 年度责任”。"))

    @staticmethod
    def _card(button: QPushButton, count: int, title: str, note: str, background: str) -> None:
        # The button keeps its plain text (for screen readers and tests); a rich label draws it.
        button.setText(f"{title}\n{count}\n{note}")
        button.setStyleSheet(_CARD.format(bg=background) + " QPushButton { color: transparent; }")
        label = button.findChild(QLabel, "cardLabel")
        if label is None:
            label = QLabel(button, objectName="cardLabel")
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet("background: transparent; color: #222;")
            QVBoxLayout(button).addWidget(label)
        label.setText(f"<div style='font-size:12pt'>{title}</div>"
                      f"<div style='font-size:28pt; font-weight:bold'>{count}</div>"
                      f"<div style='font-size:10pt; color:#555'>{note}</div>")
