"""The year's plan, duty lists and responsibility statements on a real file, read back as a clerk would."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from lz_desktop.domain.duties import DutyRole, DutyTemplate, TaskDraft, TaskStatus
from lz_desktop.domain.errors import RuleViolation, ValidationError
from lz_desktop.domain.obligations import Status
from lz_desktop.services import duties, obligations
from lz_desktop.services.office import Office
from tests.services.district import District, build

D = dt.date
TODAY = D(2026, 11, 25)


def task(d: District, content: str = "开展廉政风险防控排查", **changes: object) -> TaskDraft:
    base = dict(year=2026, plan_unit_id=d.committee, content=content, lead_unit_id=d.bureau,
                deadline=D(2026, 6, 30), target="排查风险点并建立台账", supporting_unit_ids=(), leader_ids=(d.vice,))
    base.update(changes)
    return TaskDraft(**base)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


@pytest.mark.parametrize(("changes", "words"), [
    ({"lead_unit_id": None}, "第八条第（一）项"),
    ({"supporting_unit_ids": ("bureau",)}, "不能包含牵头单位本身"),
    ({"deadline": D(2027, 1, 10)}, "不在 2026 年度内"),
    ({"leader_ids": ("former",)}, "钱副局长在 2026 年度未在任"),
    ({"content": "  "}, "不能为空"),
])
def test_a_task_that_cannot_stand_is_refused(office: Office, changes: dict, words: str) -> None:
    d = build(office)
    resolved = {k: tuple(getattr(d, x) for x in v) if isinstance(v, tuple) else v for k, v in changes.items()}
    with pytest.raises(ValidationError, match=words):
        duties.add_task(office.db, task(d, **resolved))
    assert duties.tasks(office.db, d.committee, 2026, TODAY) == []


def test_task_statuses_follow_the_records(office: Office) -> None:
    d = build(office)
    one = duties.add_task(office.db, task(d, "甲", deadline=D(2026, 12, 31)))
    two = duties.add_task(office.db, task(d, "乙", deadline=D(2026, 12, 31)))
    three = duties.add_task(office.db, task(d, "丙", deadline=D(2026, 6, 30)))
    four = duties.add_task(office.db, task(d, "丁", deadline=D(2026, 6, 30)))
    duties.report_progress(office.db, two.id, D(2026, 5, 1), "已召开动员会", today=TODAY)
    duties.complete_task(office.db, four.id, D(2026, 7, 3), today=TODAY)
    status = {v.task.content: v.status for v in duties.tasks(office.db, d.committee, 2026, TODAY)}
    assert status == {"甲": TaskStatus.NOT_STARTED, "乙": TaskStatus.IN_PROGRESS, "丙": TaskStatus.OVERDUE,
                      "丁": TaskStatus.DONE_LATE}
    assert [t.seq for t in (one, two, three, four)] == [1, 2, 3, 4]
    with pytest.raises(RuleViolation, match="已于2026年7月3日完成"):
        duties.report_progress(office.db, four.id, TODAY, "补充", today=TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        duties.complete_task(office.db, one.id, D(2026, 12, 1), today=TODAY)


def test_a_new_year_starts_from_last_years_plan(office: Office) -> None:
    d = build(office)
    duties.add_task(office.db, task(d, year=2025, deadline=D(2025, 6, 30), leader_ids=(d.vice, d.former)))
    assert duties.copy_plan(office.db, d.committee, 2025, 2026) == 1
    copied = duties.tasks(office.db, d.committee, 2026, TODAY)[0].task
    assert (copied.deadline, copied.leader_ids, copied.done_on) == (D(2026, 6, 30), (d.vice,), None)
    with pytest.raises(RuleViolation, match="已有任务"):
        duties.copy_plan(office.db, d.committee, 2025, 2026)


def test_publishing_the_plan_meets_article_10_and_prints_the_table(office: Office) -> None:
    d = build(office)
    with pytest.raises(RuleViolation, match="第十条"):
        duties.publish_plan(office.db, d.committee, 2026, D(2026, 2, 1), today=TODAY)
    duties.add_task(office.db, task(d, supporting_unit_ids=(d.committee,)))
    duties.publish_plan(office.db, d.committee, 2026, D(2026, 2, 1), today=TODAY)
    duty = next(x for x in obligations.unit_obligations(office.db, d.committee, 2026, TODAY)
                if x.obligation.code == "art10_annual_plan")
    assert duty.status is Status.MET
    text = text_of(duties.plan_pdf(office.db, d.committee, 2026))
    for words in ("2026年党风廉政建设工作任务分解表", "牵头单位", "协办单位", "开展廉政风险防控排查", "区财政局",
                  "2026年2月1日公布"):
        assert words in text.replace("\n", "")


def test_duty_lists_follow_the_role_the_templates_and_the_tasks(office: Office) -> None:
    d = build(office)
    duties.add_task(office.db, task(d))
    principal = duties.duty_list(office.db, d.secretary, 2026)
    assert principal.role is DutyRole.PRINCIPAL
    assert {t.article[:3] for t in principal.duties} == {"第七条", "第八条"}
    member = duties.duty_list(office.db, d.vice, 2026)
    assert [t.article for t in member.duties][:1] == ["第九条第（一）项"] and len(member.duties) == 4
    assert member.lines()[-1].startswith("5. 开展廉政风险防控排查（目标：排查风险点并建立台账），6月30日前完成")
    duties.save_templates(office.db, DutyRole.MEMBER, [DutyTemplate(DutyRole.MEMBER, "本区2026年第1号文件", "抓好分管领域")])
    assert [t.text for t in duties.duty_list(office.db, d.vice, 2026).duties] == ["抓好分管领域"]
    with pytest.raises(ValidationError, match="须注明依据"):
        duties.save_templates(office.db, DutyRole.MEMBER, [DutyTemplate(DutyRole.MEMBER, "", "抓好分管领域")])
    duties.restore_default_templates(office.db, DutyRole.MEMBER)
    assert len(duties.duty_list(office.db, d.vice, 2026).duties) == 4
    text = text_of(duties.duty_list_pdf(office.db, d.vice, 2026, TODAY)).replace("\n", "")
    assert "李副局长同志2026年度党风廉政建设责任清单" in text and "开展廉政风险防控排查" in text


def test_statements_between_levels_are_made_once_signed_once_and_kept_as_printed(office: Office) -> None:
    build(office)
    assert duties.generate_statements(office.db, 2026, TODAY) == (4, 0)
    pairs = {(s.row.superior, s.row.subordinate) for s in duties.statements(office.db, 2026)}
    assert pairs == {("高书记", "林副书记"), ("王局长", "李副局长"), ("王局长", "赵副局长"), ("林副书记", "王局长")}
    assert duties.generate_statements(office.db, 2026, TODAY) == (0, 4)
    first = duties.statements(office.db, 2026)[0]
    duties.sign_statement(office.db, first.row.id, D(2026, 2, 10), today=TODAY)
    assert duties.signing_rate(office.db, 2026) == (1, 4)
    with pytest.raises(RuleViolation, match="签订日期不再更改"):
        duties.sign_statement(office.db, first.row.id, D(2026, 2, 11), today=TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        duties.sign_statement(office.db, duties.statements(office.db, 2026)[1].row.id, D(2026, 12, 1), today=TODAY)
    printed = duties.statement_pdf(office.db, first.row.id)
    duties.save_templates(office.db, DutyRole.MEMBER, [DutyTemplate(DutyRole.MEMBER, "第九条", "改写后的职责")])
    assert duties.statement_pdf(office.db, first.row.id) == printed
    text = text_of(printed).replace("\n", "")
    assert "2026年度党风廉政建设责任书" in text and f"甲方（签字）：{first.row.superior}" in text


def test_the_years_plan_and_duty_lists_export_to_workbooks(office: Office, tmp_path: Path) -> None:
    d = build(office)
    duties.add_task(office.db, task(d, supporting_unit_ids=(d.committee,)))
    plan = list(load_workbook(duties.export_plan(office.db, 2026, tmp_path / "计划.xlsx", TODAY)).active.values)
    assert plan[0][:8] == ("计划单位", "序号", "任务内容", "牵头单位", "协办单位", "责任领导", "目标要求", "完成时限")
    assert plan[1][:6] == ("区委", "1", "开展廉政风险防控排查", "区财政局", "区委", "李副局长")
    assert plan[1][8] == "逾期未完成"
    lists = list(load_workbook(duties.export_duty_lists(office.db, 2026, tmp_path / "清单.xlsx")).active.values)
    vice = [row for row in lists if row[1] == "李副局长"]
    assert len(vice) == 5 and vice[-1][5:] == ("年度任务", "开展廉政风险防控排查（目标：排查风险点并建立台账），6月30日前完成")
    assert not [row for row in lists if row[1] == "钱副局长"]  # left in 2025
