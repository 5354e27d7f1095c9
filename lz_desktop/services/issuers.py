"""In whose name each kind of document goes out (the commission or its office) and each organ's number prefix:
the office's settings, so that the 版头, the 发文字号 and the 署名 of a document always name the same organ."""

from __future__ import annotations

import json

from sqlite_utils import Database

from lz_desktop.domain.document_numbers import document_number
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.domain.official_document import (
    DEFAULT_ORGANS,
    DocumentKind,
    IssuingOrgan,
    OfficialDocument,
    issued_by,
    organ_of,
)
from lz_desktop.services.office import office_name
from lz_desktop.storage import office as office_store
from lz_desktop.storage.transaction import transaction

ORGANS_KEY = "document_organs"  # {kind: organ}, where the office differs from DEFAULT_ORGANS
PREFIXES_KEY = "document_prefixes"  # {organ: prefix}
DEFAULT_PREFIXES = {IssuingOrgan.COMMISSION: "纪发", IssuingOrgan.OFFICE: "纪办发"}


def organ_for(db: Database, kind: DocumentKind) -> IssuingOrgan:
    chosen = json.loads(office_store.get_setting(db, ORGANS_KEY, "{}"))
    return IssuingOrgan(chosen.get(kind.value, DEFAULT_ORGANS[kind]))


def prefix_of(db: Database, organ: IssuingOrgan) -> str:
    return json.loads(office_store.get_setting(db, PREFIXES_KEY, "{}")).get(organ.value, DEFAULT_PREFIXES[organ])


def set_issuers(db: Database, organs: dict[DocumentKind, IssuingOrgan], prefixes: dict[IssuingOrgan, str]) -> None:
    """The office's choice, saved whole or not at all: two organs may not share a prefix (a number would not
    say whose it is)."""
    problems = []
    cleaned = {organ: prefix.strip() for organ, prefix in prefixes.items()}
    for organ, prefix in cleaned.items():
        try:
            document_number(prefix, 2026, 1)
        except ValueError as e:
            problems.append(FieldProblem(f"prefix_{organ.value}", f"{organ.label}发文字号前缀", str(e)))
    if len(set(cleaned.values())) < len(cleaned):
        problems.append(FieldProblem("prefix", "发文字号前缀", "本委和本委办公室的前缀不能相同"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        office_store.set_setting(db, ORGANS_KEY, json.dumps({k.value: o.value for k, o in organs.items()},
                                                            sort_keys=True))
        office_store.set_setting(db, PREFIXES_KEY, json.dumps({o.value: p for o, p in cleaned.items()},
                                                              sort_keys=True, ensure_ascii=False))


def in_its_name(db: Database, kind: DocumentKind, doc: OfficialDocument) -> OfficialDocument:
    """A generated draft of the commission's with the 版头 and 署名 of the organ that issues its kind. A paper
    another unit issues (a department's report of its own inspection) keeps its issuer."""
    commission = office_name(db)
    names = {organ.full_name(commission) for organ in IssuingOrgan}
    if doc.issuer_mark not in names and doc.issuer not in names:
        return doc
    return issued_by(doc, organ_for(db, kind), commission)


def prefix_for(db: Database, doc: OfficialDocument) -> str | None:
    """The prefix of the organ `doc` is issued in the name of; None where its 版头 names neither. A letter goes
    in the organ's 函 series: 永纪发 → 永纪函, as offices number their letters apart from their documents."""
    organ = organ_of(doc, office_name(db))
    if organ is None:
        return None
    prefix = prefix_of(db, organ)
    if doc.letter:
        return prefix[:-1] + "函" if prefix.endswith("发") else prefix + "函"
    return prefix


def check_prefix(db: Database, doc: OfficialDocument, prefix: str) -> None:
    """Refuse a number of the other organ: a commission document numbered 纪办发 would say the office issued it."""
    organ = organ_of(doc, office_name(db))
    if organ is None:
        return
    for other in IssuingOrgan:
        if other is not organ and prefix == prefix_of(db, other):
            raise RuleViolation(f"发文字号前缀“{prefix}”是{other.label}的，而这份公文以{organ.label}名义发出"
                                f"（版头、署名为“{doc.issuer_mark}”）：请用“{prefix_of(db, organ)}”，"
                                "或在草稿中改为以" + f"{other.label}名义发文。")
