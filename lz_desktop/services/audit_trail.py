"""Reading the audit trail: the administrator's (domain/accounts.py), newest first."""

from __future__ import annotations

from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission
from lz_desktop.storage import audit
from lz_desktop.storage.audit import AuditEntry
from lz_desktop.storage.session import require

__all__ = ["AuditEntry", "entries", "tables"]

# The tables a clerk thinks in, by their Chinese names (others show their code names).
TABLE_LABELS = {
    "units": "单位", "teams": "领导班子", "leaders": "领导干部", "meta": "本机关设置", "plans": "年度计划",
    "duty_tasks": "年度任务", "statements": "责任书", "meetings": "会议", "findings": "问题", "measures": "整改措施",
    "feedbacks": "反馈", "documents": "公文", "inspections": "检查考核", "scores": "评分", "cases": "责任追究案件",
    "case_decisions": "处理决定", "users": "账号",
}


def entries(db: Database, table: str | None = None, limit: int = 500) -> list[AuditEntry]:
    require(db, Permission.ADMIN)
    return audit.entries(db, table=table, limit=limit)


def tables() -> dict[str, str]:
    return TABLE_LABELS
