"""The audit trail: every insert, update and delete on the office's tables, by triggers, with who did it and
the row before and after; sealed into a SHA-256 chain when the transaction ends, so that an entry edited or
removed afterwards (by any tool) is found by `verify_chain`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlite_utils import Database

SKIPPED = {"audit_log", "sqlite_sequence", "_sqlite_migrations"}
CHAIN_HEAD = "audit_chain_head"  # meta key: "<count>:<last hash>", so a removed tail is noticed too


def _audited(db: Database) -> list[str]:
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    # FTS tables and their shadow tables are indexes of other tables, rebuilt from them.
    fts = {name for name, sql in rows if sql and "VIRTUAL TABLE" in sql.upper()}
    return [name for name, _sql in rows
            if name not in SKIPPED and name not in fts and not any(name.startswith(f + "_") for f in fts)
            and not name.startswith("sqlite_")]


def _row_json(db: Database, table: str, alias: str) -> str:
    """json_object(...) of a row; a BLOB is written as its size, which is what a reader of the trail needs."""
    parts = []
    for column in db.execute(f"PRAGMA table_info({table})").fetchall():
        name, kind = column[1], (column[2] or "").upper()
        if name == "password":  # a password hash is not for readers of the trail: only that it changed
            value = "'（已加密）'"
        elif "BLOB" in kind:
            value = f"'<' || length({alias}.\"{name}\") || ' 字节>'"
        else:
            value = f'{alias}."{name}"'
        parts.append(f"'{name}', {value}")
    return "json_object(" + ", ".join(parts) + ")"


def missing_triggers(db: Database) -> bool:
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    return any(f"{t}_audit_insert" not in have for t in _audited(db))


def columns_changed(db: Database) -> bool:
    """A trigger written before a column was added would leave that column out of the trail."""
    sql = {r[0]: r[1] for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    for table in _audited(db):
        trigger = sql.get(f"{table}_audit_insert") or ""
        for column in db.execute(f"PRAGMA table_info({table})").fetchall():
            if f"'{column[1]}'," not in trigger:
                return True
    return False


def ensure_triggers(db: Database) -> None:
    """(Re)write the triggers of every audited table: run after each schema change, so new tables and
    columns are covered."""
    for table in _audited(db):
        key = f"{table}_audit"
        new, old = _row_json(db, table, "NEW"), _row_json(db, table, "OLD")
        db.execute(f"DROP TRIGGER IF EXISTS {key}_insert")
        db.execute(f"DROP TRIGGER IF EXISTS {key}_update")
        db.execute(f"DROP TRIGGER IF EXISTS {key}_delete")
        insert = ("INSERT INTO audit_log(at, actor, tbl, row_id, op, before, after) VALUES "
                  "(strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), lz_actor(), '{t}', {rid}, '{op}', {b}, {a})")
        # The chain's own head lives in meta; recording it would need sealing again, forever.
        when_new = f" WHEN NEW.key != '{CHAIN_HEAD}'" if table == "meta" else ""
        when_old = f" WHEN OLD.key != '{CHAIN_HEAD}'" if table == "meta" else ""
        db.execute(f"CREATE TRIGGER {key}_insert AFTER INSERT ON {table}{when_new} BEGIN "
                   + insert.format(t=table, rid="NEW.rowid", op="insert", b="NULL", a=new) + "; END")
        db.execute(f"CREATE TRIGGER {key}_update AFTER UPDATE ON {table}{when_new} BEGIN "
                   + insert.format(t=table, rid="NEW.rowid", op="update", b=old, a=new) + "; END")
        db.execute(f"CREATE TRIGGER {key}_delete AFTER DELETE ON {table}{when_old} BEGIN "
                   + insert.format(t=table, rid="OLD.rowid", op="delete", b=old, a="NULL") + "; END")


BASELINE_ACTOR = "系统：审计基线"


def record_baseline(db: Database) -> int:
    """An 'insert' image of every row that has none (rows written before the trail existed, or before their
    table was audited), recorded once by the system, so that from then on a row without history is one written
    around the program. Run with the triggers, inside the caller's transaction; returns how many."""
    made = 0
    for table in _audited(db):
        image = _row_json(db, table, "t")
        skip = f" AND t.key != '{CHAIN_HEAD}'" if table == "meta" else ""
        cur = db.execute(
            "INSERT INTO audit_log(at, actor, tbl, row_id, op, before, after) "
            f"SELECT strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime'), ?, ?, t.rowid, 'insert', NULL, {image} "
            f"FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.tbl = ? AND a.row_id = t.rowid)"
            + skip, [BASELINE_ACTOR, table, table])
        made += max(cur.rowcount, 0)
    return made


TABLE_LABELS = {"findings": "问题", "leaders": "领导干部", "units": "单位", "users": "账号", "meetings": "会议",
                "cases": "案件", "documents": "公文", "meta": "设置"}


def data_problems(db: Database, most: int = 20) -> list[str]:
    """The data checked against the trail: every row's current state equals its last audited image (on the
    columns that image has: a column added later is not in older images), every row has a history, and no row
    the trail shows alive is missing. Finds what was changed, added or deleted around the program, with the
    table's triggers dropped; it cannot find a change made and then recorded into the trail by hand, with
    the chain recomputed: the anchors outside the file (backup manifests) are for that."""
    problems: list[str] = []
    if not db.execute("SELECT count(*) FROM audit_log").fetchone()[0]:
        filled = [t for t in _audited(db) if t != "meta" and db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]]
        return ["文件中有记录，审计记录却是空的：审计记录被整体删除"] if filled else []
    for table in _audited(db):
        label = TABLE_LABELS.get(table, table)
        skip = f" WHERE t.key != '{CHAIN_HEAD}'" if table == "meta" else ""
        current = dict(db.execute(f"SELECT t.rowid, {_row_json(db, table, 't')} FROM {table} t{skip}").fetchall())
        last = {row_id: (op, after) for row_id, op, after in db.execute(
            "SELECT a.row_id, a.op, a.after FROM audit_log a JOIN (SELECT row_id, max(id) AS id FROM audit_log "
            "WHERE tbl = ? GROUP BY row_id) m ON a.id = m.id", [table])}
        for row_id, image in current.items():
            seen = last.get(row_id)
            if seen is None:
                problems.append(f"{label}表第 {row_id} 行没有审计记录：不是经本程序写入的")
            elif seen[0] == "delete":
                problems.append(f"{label}表第 {row_id} 行审计记录显示已删除，却仍在文件中")
            else:
                audited, now = json.loads(seen[1]), json.loads(image)
                changed = [k for k, v in audited.items() if k in now and now[k] != v]
                if changed:
                    problems.append(f"{label}表第 {row_id} 行的{'、'.join(changed[:3])}与最后一条审计记录不符："
                                    "被绕过本程序改动")
        for row_id, (op, _after) in last.items():
            if op != "delete" and row_id not in current:
                problems.append(f"{label}表第 {row_id} 行已不在文件中，审计记录却没有删除：被绕过本程序删除")
        if len(problems) >= most:
            return [*problems[:most], f"（问题较多，仅列出前 {most} 处）"]
    return problems


def extends(db: Database, count: int, head: str) -> bool:
    """Whether the trail still holds, as its `count`-th entry, the entry whose hash was `head` when an anchor
    was taken: a chain recomputed after an old entry was edited no longer does."""
    row = db.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", [count - 1]).fetchone()
    return row is not None and row[0] == head


def _digest(previous: str, row: tuple) -> str:
    body = json.dumps([previous, *row], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


_FIELDS = "id, at, actor, tbl, row_id, op, before, after"


def last_id(db: Database) -> int:
    if "audit_log" not in db.table_names():
        return 0
    return int(db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])


def seal(db: Database, after_id: int) -> int:
    """Chain the entries this transaction wrote (id > `after_id`) to the last sealed one, before COMMIT.
    An entry some other tool wrote earlier stays unsealed, for `verify_chain` to report."""
    rows = db.execute(f"SELECT {_FIELDS} FROM audit_log WHERE hash IS NULL AND id > ? ORDER BY id",
                      [after_id]).fetchall()
    if not rows:
        return 0
    last = db.execute("SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
    previous = last[0] if last else ""
    for row in rows:
        previous = _digest(previous, row)
        db.execute("UPDATE audit_log SET hash = ? WHERE id = ?", [previous, row[0]])
    count = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [CHAIN_HEAD, f"{count}:{previous}"])
    return len(rows)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: list[str]


def verify_chain(db: Database) -> ChainReport:
    """Recompute the chain: an entry changed, removed or never sealed is named by its number."""
    problems, previous, expected_id, count = [], "", None, 0
    for row in db.execute(f"SELECT {_FIELDS}, hash FROM audit_log ORDER BY id"):
        count += 1
        entry_id, stored = row[0], row[-1]
        if expected_id is not None and entry_id != expected_id:
            problems.append(f"审计记录第 {expected_id}–{entry_id - 1} 条缺失（已被删除）")
        expected_id = entry_id + 1
        if stored is None:
            problems.append(f"审计记录第 {entry_id} 条未封存（不是经本程序写入的）")
            continue
        computed = _digest(previous, tuple(row[:-1]))
        if computed != stored:
            problems.append(f"审计记录第 {entry_id} 条与链不符（记录或其前一条被改动）")
        previous = stored
    head = db.execute("SELECT value FROM meta WHERE key = ?", [CHAIN_HEAD]).fetchone()
    if head is not None:
        want_count, want_hash = head[0].split(":", 1)
        if int(want_count) != count or (count and want_hash != previous):
            problems.append(f"审计记录末尾不符：应有 {want_count} 条，现有 {count} 条（末尾记录被删除或改动）")
    return ChainReport(count, problems)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    table: str
    row_id: int | None
    op: str
    before: str | None
    after: str | None


def entries(db: Database, *, table: str | None = None, actor: str | None = None, limit: int = 500,
            offset: int = 0) -> list[AuditEntry]:
    where, params = [], []
    if table:
        where.append("tbl = ?")
        params.append(table)
    if actor:
        where.append("actor = ?")
        params.append(actor)
    sql = (f"SELECT {_FIELDS} FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY id DESC LIMIT ? OFFSET ?")
    return [AuditEntry(*r) for r in db.execute(sql, [*params, limit, offset]).fetchall()]


def count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
