"""`lz-desktop verify`: is the office file whole, are its references sound, is the audit chain unbroken?"""

from __future__ import annotations

import re
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
    """The trail checked against the chain heads written beside backups in `folder` (their .sha256 manifests):
    each must still be part of the chain. Catches an edit hidden by recomputing the whole chain, once a backup
    was made after the edited entry. How many anchors were found, and the problems."""
    anchors, problems = 0, []
    for manifest in sorted(folder.glob("*.lzdb.sha256")):
        found = re.search(r"# audit_chain_head (\d+):([0-9a-f]+)", manifest.read_text(encoding="utf-8"))
        if not found:
            continue
        anchors += 1
        if not audit.extends(db, int(found.group(1)), found.group(2)):
            problems.append(f"审计记录与备份 {manifest.name.removesuffix('.sha256')} 记下的链头不符："
                            f"其前 {found.group(1)} 条中有记录在备份后被改动，链被重新计算过")
    return anchors, problems
