"""Duty decomposition (Art. 7(1), 8(1), 10): a year's plan as duty tasks, each leader's duty list.

Task statuses are derived from the deadline, the completion date and the progress reports, never
typed. The duties of Art. 7 (team), Art. 8 (principal) and Art. 9 (members) are the default
templates of every duty list; the office edits its copy of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.errors import FieldProblem, ValidationError

CONTENT_MAX = 300
TARGET_MAX = 300


class DutyRole(StrEnum):
    TEAM = "team"  # Art. 7
    PRINCIPAL = "principal"  # Art. 8
    MEMBER = "member"  # Art. 9

    @property
    def label(self) -> str:
        return {"team": "领导班子", "principal": "主要负责人", "member": "领导班子其他成员"}[self.value]

    @property
    def article(self) -> str:
        return {"team": "第七条", "principal": "第八条", "member": "第九条"}[self.value]


@dataclass(frozen=True)
class DutyTemplate:
    role: DutyRole
    article: str  # e.g. 第八条第（二）项
    text: str


def _items(role: DutyRole, texts: tuple[str, ...]) -> tuple[DutyTemplate, ...]:
    numerals = "一二三四五六七八九"
    return tuple(DutyTemplate(role, f"{role.article}第（{numerals[i]}）项", t) for i, t in enumerate(texts))


# The regulation's words, shortened only where a list item repeats its article's preamble.
DEFAULT_TEMPLATES: tuple[DutyTemplate, ...] = (
    *_items(DutyRole.TEAM, (
        "贯彻落实上级关于党风廉政建设的部署和要求，研究制定党风廉政建设工作计划、目标要求和具体措施，每年召开专题研究"
        "党风廉政建设的党委常委会议（党组会议）和政府廉政建设工作会议，对工作任务进行责任分解并按照计划推动落实",
        "开展党性党风党纪和廉洁从政教育，组织党员、干部学习党风廉政建设理论和法规制度，加强廉政文化建设",
        "贯彻落实党风廉政法规制度，推进制度创新，深化体制机制改革，从源头上预防和治理腐败",
        "强化权力制约和监督，严格执行决策程序，积极推进党务公开、政务公开，推进权力运行程序规范化和公开透明",
        "开展廉政风险防控机制建设，建立健全各个领域的廉政风险防控机制",
        "监督检查本单位、本系统的党风廉政建设情况和下级领导班子、领导干部廉洁从政情况",
        "严格按照规定选拔任用干部，防止和纠正选人用人上的不正之风",
        "加强作风建设，纠正损害群众利益的不正之风，切实解决人民群众反映的突出问题",
        "领导、组织并支持执纪执法机关依纪依法履行职责，及时听取工作汇报，切实解决重大问题",
    )),
    *_items(DutyRole.PRINCIPAL, (
        "组织分解当年党风廉政建设的主要任务，明确领导班子每个成员的具体责任和各牵头单位、协办单位的工作目标及任务要求",
        "每年至少主持召开两次党风廉政建设工作专题会议，研究和安排党风廉政建设工作",
        "阅批重要信访件，解决群众反映强烈的突出问题，支持执法执纪机关依纪依法查办案件",
        "有下属单位的，每年带队检查下属单位执行党风廉政建设责任制情况，对发现的问题及时督促整改",
        "带头坚持民主集中制，落实“三重一大”相关制度",
        "管好班子，带好队伍，亲自组织召开本级领导班子民主生活会，参加下一级领导班子的民主生活会",
        "严格遵守党的纪律和国家法律法规，带头廉洁自律",
    )),
    *_items(DutyRole.MEMBER, (
        "根据职责分工和任务分解，抓好党风廉政建设工作",
        "抓好分管部门、单位党政领导班子及其成员的党风廉政建设工作，及时解决党风廉政建设方面存在的突出问题",
        "严格遵守党的纪律和国家法律法规，做到廉洁自律",
        "其他应当履行的党风廉政建设方面的职责",
    )),
)


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    DONE = "done"
    DONE_LATE = "done_late"

    @property
    def label(self) -> str:
        return {"not_started": "未开始", "in_progress": "推进中", "overdue": "逾期未完成", "done": "已完成",
                "done_late": "逾期完成"}[self.value]

    @property
    def finished(self) -> bool:
        return self in (TaskStatus.DONE, TaskStatus.DONE_LATE)


def task_status(deadline: dt.date, done_on: dt.date | None, progress_reports: int, today: dt.date) -> TaskStatus:
    if done_on is not None:
        return TaskStatus.DONE if done_on <= deadline else TaskStatus.DONE_LATE
    if today > deadline:
        return TaskStatus.OVERDUE
    return TaskStatus.IN_PROGRESS if progress_reports else TaskStatus.NOT_STARTED


@dataclass(frozen=True)
class TaskDraft:
    year: int
    plan_unit_id: int  # whose plan (Art. 10: every unit plans its year)
    content: str
    lead_unit_id: int | None
    deadline: dt.date
    target: str = ""
    supporting_unit_ids: tuple[int, ...] = ()
    leader_ids: tuple[int, ...] = ()


def validate_task(draft: TaskDraft) -> TaskDraft:
    content, target = draft.content.strip(), draft.target.strip()
    problems = []
    if not content:
        problems.append(FieldProblem("content", "任务内容", "不能为空"))
    elif len(content) > CONTENT_MAX:
        problems.append(FieldProblem("content", "任务内容", f"过长：{len(content)} 个字，最多 {CONTENT_MAX} 个字"))
    if len(target) > TARGET_MAX:
        problems.append(FieldProblem("target", "目标要求", f"过长：{len(target)} 个字，最多 {TARGET_MAX} 个字"))
    if draft.lead_unit_id is None:
        problems.append(FieldProblem("lead_unit", "牵头单位", "须指定", "第八条第（一）项"))
    elif draft.lead_unit_id in draft.supporting_unit_ids:
        problems.append(FieldProblem("supporting_units", "协办单位", "不能包含牵头单位本身"))
    if draft.deadline.year != draft.year:
        problems.append(FieldProblem("deadline", "完成时限",
                                     f"（{format_cn(draft.deadline)}）不在 {draft.year} 年度内"))
    if problems:
        raise ValidationError(problems)
    return TaskDraft(draft.year, draft.plan_unit_id, content, draft.lead_unit_id, draft.deadline, target,
                     tuple(dict.fromkeys(draft.supporting_unit_ids)), tuple(dict.fromkeys(draft.leader_ids)))


@dataclass(frozen=True)
class DutyListTask:
    content: str
    target: str
    deadline: dt.date
    lead: bool  # the leader's task as lead (牵头) rather than as one of several responsible leaders


@dataclass(frozen=True)
class DutyList:
    """What one leader answers for in one year: the templates of the role and the tasks assigned."""

    year: int
    leader_name: str
    post: str
    unit_name: str
    role: DutyRole
    portfolio: str
    duties: tuple[DutyTemplate, ...]
    tasks: tuple[DutyListTask, ...]

    def lines(self) -> list[str]:
        """Numbered lines, as the printed list and the workbook show them."""
        out = [f"{i}. {d.text}（{d.article}）" for i, d in enumerate(self.duties, start=1)]
        start = len(out) + 1
        out += [f"{i}. {t.content}" + (f"（目标：{t.target}）" if t.target else "")
                + f"，{t.deadline.month}月{t.deadline.day}日前完成" for i, t in enumerate(self.tasks, start=start)]
        return out


def templates_for(role: DutyRole, templates: tuple[DutyTemplate, ...] | list[DutyTemplate]) -> tuple[DutyTemplate, ...]:
    """A principal answers for the team's duties and Art. 8's; a member for Art. 9's."""
    wanted = (DutyRole.TEAM, DutyRole.PRINCIPAL) if role is DutyRole.PRINCIPAL else (role,)
    return tuple(t for r in wanted for t in templates if t.role is r)
