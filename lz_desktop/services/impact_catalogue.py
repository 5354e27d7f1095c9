"""The impact periods of Party-discipline and government sanctions, as the office keeps them.

Shipped with their sources in resources/rules/sanction_impacts.json; the office edits its own copy
in 设置 (the rules change: the disciplinary regulations were revised in 2018 and 2023).
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from lz_desktop.domain.errors import FieldProblem, ValidationError
from lz_desktop.domain.impact import ImpactRule
from lz_desktop.paths import resource
from lz_desktop.storage import impact_catalogue as store
from lz_desktop.storage.transaction import transaction

COLUMNS = ("名称", "影响期（月）", "限制内容", "依据")


def shipped() -> list[ImpactRule]:
    data = json.loads(resource("rules", "sanction_impacts.json").read_text(encoding="utf-8"))
    return [ImpactRule(**entry) for entry in data["entries"]]


def catalogue(db: Database) -> list[ImpactRule]:
    return store.load(db) or shipped()


def is_customised(db: Database) -> bool:
    return bool(store.load(db))


def save(db: Database, rows: list[tuple[str, str, str, str]]) -> list[ImpactRule]:
    """Rows as typed (name, months, restriction, source); the whole table or nothing."""
    problems: list[FieldProblem] = []
    rules: list[ImpactRule] = []
    codes = {rule.name: rule.code for rule in catalogue(db)}
    seen: dict[str, int] = {}
    for number, (name, months_text, restriction, source) in enumerate(rows, start=1):
        name, restriction, source = name.strip(), restriction.strip(), source.strip()
        if not any((name, months_text.strip(), restriction, source)):
            continue  # a blank row is not an entry
        where = f"第{number}行"
        for value, column in ((name, "名称"), (restriction, "限制内容"), (source, "依据")):
            if not value:
                problems.append(FieldProblem("catalogue", f"{where} {column}", "不能为空"))
        try:
            months = int(months_text.strip())
            if months <= 0:
                raise ValueError
        except ValueError:
            problems.append(FieldProblem("catalogue", f"{where} 影响期（月）",
                                         f"“{months_text}”不是正整数"))
            months = 0
        if name in seen:
            problems.append(FieldProblem("catalogue", f"{where} 名称", f"与第{seen[name]}行重复"))
        seen[name] = number
        rules.append(ImpactRule(codes.get(name, f"office_{number}"), name, months, restriction, source))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        store.replace_all(db, rules)
    return rules


def restore_shipped(db: Database) -> None:
    with transaction(db):
        store.replace_all(db, [])
