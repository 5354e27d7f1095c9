"""更正: one recorded step of a finding, shown as it was recorded, changed with a reason (forms/correction_dialog.ui).

The step's fields are laid out when the step is chosen; the service (services/corrections.py) checks them
against the finding's other steps and says what moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from lz_desktop.domain.accountability import LeadSource
from lz_desktop.domain.rectification import FindingSeverity, FollowUpMethod
from lz_desktop.services import corrections as c
from lz_desktop.services import rectification as r
from lz_desktop.services.office import Office
from lz_desktop.ui.chinese import from_qdate, setup_date_edit, to_qdate
from lz_desktop.ui.dialogs.action_dialog import ActionDialog, typed_state
from lz_desktop.ui.forms.correction_dialog_ui import Ui_CorrectionDialog

Save = Callable[[str], c.Corrected]  # the reason → what the correction did


class CorrectionDialog(ActionDialog):
    def __init__(self, office: Office, finding_id: int, today: dt.date, parent: QWidget | None = None, *,
                 step_kind: str | None = None):
        super().__init__(parent)
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)
        self.office, self.finding_id, self.today = office, finding_id, today
        self.outcome: c.Corrected | None = None
        self.fields: dict[str, QWidget] = {"reason": self.ui.reasonEdit}
        self.steps = c.steps_of(office.db, finding_id)
        for step in self.steps:
            self.ui.stepCombo.addItem(step.label)
        self.setup_actions(self.ui.buttonBox, self.ui.errorLabel, self.fields, save_text="更正")
        self.ui.stepCombo.currentIndexChanged.connect(self._lay_out)
        chosen = next((i for i, s in enumerate(self.steps) if s.kind == step_kind), 0)
        self.ui.stepCombo.setCurrentIndex(chosen)
        self._lay_out(chosen)

    # the fields of each kind of step --------------------------------------------------------------------------
    def _lay_out(self, index: int) -> None:
        layout = self.ui.fieldsLayout
        while layout.rowCount():
            layout.removeRow(0)
        for key in [k for k in self.fields if k != "reason"]:
            del self.fields[key]
        self.problems.clear()
        step = self.steps[index]
        self._save: Save = getattr(self, f"_{step.kind}")(step)
        if getattr(self, "_at_start", None) is not None:  # choosing another step is not typing
            self._at_start = typed_state(self)

    def _finding(self, step: c.Step) -> Save:
        f = r.finding(self.office.db, step.key)
        source = self._combo("source", "来源", [(s.label, s) for s in LeadSource], f.source)
        description = self._text("description", "问题描述", f.description)
        rule = self._line("rule_ref", "涉及规定", f.rule_ref)
        severity = self._combo("severity", "问题程度", [(s.label, s) for s in FindingSeverity], f.severity)
        evidence = self._text("evidence", "依据材料", c.evidence(self.office.db, step.key))
        found_on = self._date("found_on", "发现日期", f.found_on)
        return lambda reason: c.correct_finding(
            self.office.db, step.key, source=LeadSource(source.currentData()), description=description.toPlainText(),
            rule_ref=rule.text(), severity=FindingSeverity(severity.currentData()), evidence=evidence.toPlainText(),
            found_on=from_qdate(found_on.date()), reason=reason, today=self.today)

    def _feedback(self, step: c.Step) -> Save:
        from lz_desktop.services import feedback

        fb = feedback.get(self.office.db, step.key)
        assert fb is not None
        title = self._line("title", "反馈事项", fb.title)
        on = self._date("fed_back_on", "反馈日期", fb.fed_back_on)
        return lambda reason: c.correct_feedback(self.office.db, step.key, title=title.text(),
                                                 fed_back_on=from_qdate(on.date()), reason=reason, today=self.today)

    def _filing(self, step: c.Step) -> Save:
        from lz_desktop.services import feedback

        fb = feedback.get(self.office.db, step.key)
        assert fb is not None and fb.measures_filed_on is not None
        on = self._date("filed_on", "措施报备日期", fb.measures_filed_on)
        return lambda reason: c.correct_filing(self.office.db, step.key, filed_on=from_qdate(on.date()),
                                               reason=reason, today=self.today)

    def _measure(self, step: c.Step) -> Save:
        m = next(x for x in c.measures(self.office.db, self.finding_id) if x.id == step.key)
        content = self._text("content", "措施内容", m.content)
        due = self._date("due_on", "完成期限", m.due_on)
        done = QCheckBox(self.tr("已完成"), objectName="doneCheck")
        done.setChecked(m.done_on is not None)
        self.ui.fieldsLayout.addRow(self.tr("是否完成"), done)
        done_on = self._date("done_on", "完成日期", m.done_on or self.today)
        done_on.setMinimumDate(QDate(2000, 1, 1))
        done_on.setSpecialValueText(self.tr("未完成"))  # shown at the minimum: no date for a measure not done

        def show_done(on: bool) -> None:
            done_on.setEnabled(on)
            if not on:
                done_on.setDate(done_on.minimumDate())
            elif done_on.date() == done_on.minimumDate():
                done_on.setDate(to_qdate(self.today))

        show_done(done.isChecked())
        done.toggled.connect(show_done)
        return lambda reason: c.correct_measure(
            self.office.db, step.key, content=content.toPlainText(), due_on=from_qdate(due.date()),
            done_on=from_qdate(done_on.date()) if done.isChecked() else None, reason=reason, today=self.today)

    def _followup(self, step: c.Step) -> Save:
        f = next(x for x in c.followups(self.office.db, self.finding_id) if x.id == step.key)
        on = self._date("on_date", "督查日期", f.on_date)
        method = self._combo("method", "督查方式", [(m.label, m) for m in FollowUpMethod], FollowUpMethod(f.method))
        result = self._text("result", "督查结果", f.result)
        by_whom = self._line("by_whom", "督查人", f.by_whom)
        return lambda reason: c.correct_followup(
            self.office.db, step.key, self.finding_id, on_date=from_qdate(on.date()),
            method=FollowUpMethod(method.currentData()), result=result.toPlainText(), by_whom=by_whom.text(),
            reason=reason, today=self.today)

    def _closing(self, step: c.Step) -> Save:
        f = r.finding(self.office.db, step.key)
        assert f.facts.closed_on is not None
        said = c.closing_opinion(self.office.db, step.key)
        on = self._date("closed_on", "验收日期", f.facts.closed_on)
        opinion = self._text("opinion", "验收意见", said)
        return lambda reason: c.correct_closing(self.office.db, step.key, closed_on=from_qdate(on.date()),
                                                opinion=opinion.toPlainText(), reason=reason, today=self.today)

    # field makers -------------------------------------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"{key}Field")
        widget.setAccessibleName(label)
        self.ui.fieldsLayout.addRow(label, widget)
        self.fields[key] = widget

    def _line(self, key: str, label: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        self._add(key, label, edit)
        return edit

    def _text(self, key: str, label: str, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        self._add(key, label, edit)
        return edit

    def _date(self, key: str, label: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit()
        setup_date_edit(edit)
        edit.setDate(to_qdate(value))
        self._add(key, label, edit)
        return edit

    def _combo(self, key: str, label: str, items: list[tuple[str, StrEnum]], chosen: StrEnum) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value.value)
        combo.setCurrentIndex(next(i for i, (_t, v) in enumerate(items) if v == chosen))
        self._add(key, label, combo)
        return combo

    def act(self) -> None:
        self.outcome = self._save(self.ui.reasonEdit.text())
