"""`lz-desktop verify`: is the office file whole, are its references sound, is the audit chain unbroken?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from lz_desktop.storage import audit
from lz_desktop.storage import backup as store
from lz_desktop.storage.database import FULL_CHECK_UP_TO


@dataclass(frozen=True)
class Verification:
    problems: list[str]
    audit_entries: int

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            return [f"数据文件完好；外键引用无误；审计记录 {self.audit_entries} 条，哈希链完整。"]
        return [f"发现 {len(self.problems)} 处问题：", *(f"  {p}" for p in self.problems)]


def checked_at_open(path: Path) -> bool:
    """Whether opening the file already ran the full page check (small files do; see storage.database)."""
    return path.stat().st_size <= FULL_CHECK_UP_TO


def verify(db: Database) -> Verification:
    """The file's pages and references, the audit chain, and the data against the trail (storage/audit)."""
    problems = store.integrity(db.conn)
    chain = audit.verify_chain(db)
    return Verification(problems + chain.problems + audit.data_problems(db), chain.entries)


def against_anchors(db: Database, folder: Path) -> tuple[int, list[str]]:
    """The trail checked against the chain heads recorded beside the backups in `folder` (their manifests):
    each must still be part of the chain. Catches an edit hidden by recomputing the whole chain, once a backup
    was made after the edited entry. How many anchors were found, and the problems."""
    from lz_desktop.services.backups import anchors

    found = anchors(folder)
    problems = [f"审计记录与备份 {name} 记下的链头不符：其前 {count} 条中有记录在备份后被改动，链被重新计算过"
                for name, count, head in found if not audit.extends(db, count, head)]
    return len(found), problems
