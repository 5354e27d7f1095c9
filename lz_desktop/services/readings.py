"""The office's readings for rare characters in names (设置 › 生僻字读音): a supplement to pypinyin's, so that
every leader can be found by pinyin (domain/pinyin.py). Kept in the office file: every workstation of the
office searches alike."""

from __future__ import annotations

from sqlite_utils import Database

from lz_desktop.domain import pinyin
from lz_desktop.domain.errors import ValidationError
from lz_desktop.storage import leaders as leader_store
from lz_desktop.storage import office as office_store
from lz_desktop.storage.transaction import transaction

KEY = "pinyin_readings"


def office_readings(db: Database) -> dict[str, str]:
    found, _problems = pinyin.parse_readings(office_store.get_setting(db, KEY))
    return found


def apply(db: Database) -> None:
    """On opening an office file: its readings are the ones searches use."""
    pinyin.use_readings(office_readings(db))


def save(db: Database, text: str) -> int:
    """Store the readings typed in 设置 and make the leaders' keys again; how many leaders' keys moved."""
    found, problems = pinyin.parse_readings(text)
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        office_store.set_setting(db, KEY, pinyin.readings_text(found))
        pinyin.use_readings(found)
        return leader_store.rekey(db)


def shown(db: Database) -> str:
    """What 设置 shows: the built-in readings, then the office's own (a built-in one the office changed, once)."""
    return pinyin.readings_text(pinyin.BUILT_IN_READINGS | office_readings(db))
