"""Encrypted backups: a copy on a USB drive that is lost is not a copy of the cases.

AES-256-GCM from the `cryptography` package (no home-made cipher), the key derived from the administrator's
passphrase with scrypt (N=2^17, r=8, p=1). The file is sealed in chunks of 1 MiB, each with its own nonce and
its index and whether it is the last in the authenticated data, so a chunk changed, moved, removed or a tail
cut is refused, and a district file is never held whole in memory. The derived key is kept in the office file
(meta), so automatic backups need no one to type it; the passphrase itself is kept nowhere. Restoring asks for
the passphrase."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.storage import office as office_store
from lz_desktop.storage.session import require
from lz_desktop.storage.transaction import transaction

MAGIC = b"LZDB-AES256GCM-1\n"
CHUNK = 1 << 20
KEY_SETTING = "backup_key"
PASSPHRASE_MIN = 10
_N, _R, _P = 2**17, 8, 1


class WrongPassphrase(RuleViolation):
    """The passphrase does not open this backup, or the backup was changed: nothing was restored."""


def derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32, maxmem=256 * 1024 * 1024)


def set_passphrase(db: Database, passphrase: str, again: str) -> None:
    """From now on every backup of this office is encrypted with it (an administrator's step)."""
    require(db, Permission.ADMIN)
    if passphrase != again:
        raise ValidationError([FieldProblem("passphrase", "备份口令", "两次输入不一致")])
    if len(passphrase) < PASSPHRASE_MIN:
        raise ValidationError([FieldProblem("passphrase", "备份口令", f"至少 {PASSPHRASE_MIN} 个字符")])
    salt = secrets.token_bytes(16)
    stored = json.dumps({"salt": salt.hex(), "key": derive(passphrase, salt).hex()})
    with transaction(db):
        office_store.set_setting(db, KEY_SETTING, stored)


def stored_key(db: Database) -> tuple[bytes, bytes] | None:
    """(salt, key) when backups are to be encrypted."""
    text = office_store.get_setting(db, KEY_SETTING)
    if not text:
        return None
    stored = json.loads(text)
    return bytes.fromhex(stored["salt"]), bytes.fromhex(stored["key"])


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def encrypt(source: Path, target: Path, salt: bytes, key: bytes) -> None:
    aead = AESGCM(key)
    size = source.stat().st_size
    with source.open("rb") as src, target.open("wb") as out:
        out.write(MAGIC + salt)
        index = 0
        while True:
            chunk = src.read(CHUNK)
            last = src.tell() >= size
            nonce = secrets.token_bytes(12)
            sealed = aead.encrypt(nonce, chunk, _aad(salt, index, last))
            out.write(nonce + struct.pack(">I", len(sealed)) + sealed)
            index += 1
            if last:
                break
        out.flush()
        os.fsync(out.fileno())


def decrypt(source: Path, target: Path, passphrase: str | None = None, key: bytes | None = None) -> None:
    """Into `target`, or WrongPassphrase (the wrong passphrase, or a copy changed or cut): `target` then holds
    nothing usable and the caller removes it."""
    with source.open("rb") as src, target.open("wb") as out:
        if src.read(len(MAGIC)) != MAGIC:
            raise RuleViolation(f"{source.name} 不是加密的备份。")
        salt = src.read(16)
        aead = AESGCM(key if key is not None else derive(passphrase or "", salt))
        index, last = 0, False
        while not last:
            head = src.read(16)
            if len(head) < 16:
                raise WrongPassphrase(f"{source.name} 不完整（被截断），未恢复。")
            nonce, length = head[:12], struct.unpack(">I", head[12:])[0]
            sealed = src.read(length)
            for flag in (False, True):
                try:
                    out.write(aead.decrypt(nonce, sealed, _aad(salt, index, flag)))
                    last = flag
                    break
                except InvalidTag:
                    continue
            else:
                raise WrongPassphrase("备份口令不对，或该备份在备份后被改动过，未恢复。")
            index += 1
        if src.read(1):
            raise WrongPassphrase(f"{source.name} 末尾有多余内容（被改动过），未恢复。")
        out.flush()
        os.fsync(out.fileno())


def _aad(salt: bytes, index: int, last: bool) -> bytes:
    return MAGIC + salt + struct.pack(">QB", index, 1 if last else 0)
