"""Local accounts: who may do what. Case records (Chapter 4) are the office's most sensitive data, so seeing
them is a permission of its own; writing anything is another; managing accounts and reading the audit trail
are the administrator's."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum

from lz_desktop.domain.errors import FieldProblem, ValidationError

MAX_FAILURES = 5  # then the account waits LOCK_MINUTES before the next try
LOCK_MINUTES = 15
PASSWORD_MIN = 8
# scrypt: memory-hard (n * r * 128 bytes = 16 MiB per check), a fraction of a second on an office PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class Permission(StrEnum):
    WRITE = "write"
    CASES = "cases"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"write": "修改数据", "cases": "查看和办理责任追究案件", "admin": "管理账号和查看审计记录"}[self.value]


class Role(StrEnum):
    ADMIN = "admin"
    CASE_CLERK = "case_clerk"
    CLERK = "clerk"
    READER = "reader"

    @property
    def label(self) -> str:
        return {"admin": "管理员", "case_clerk": "案件管理员", "clerk": "业务人员", "reader": "只读"}[self.value]

    @property
    def permissions(self) -> frozenset[Permission]:
        return _PERMISSIONS[self]

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions


_PERMISSIONS = {
    Role.ADMIN: frozenset(Permission),
    Role.CASE_CLERK: frozenset({Permission.WRITE, Permission.CASES}),
    Role.CLERK: frozenset({Permission.WRITE}),
    Role.READER: frozenset(),
}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                         dklen=len(bytes.fromhex(digest)))
    return hmac.compare_digest(got, bytes.fromhex(digest))


def check_new_password(password: str, again: str, name: str) -> None:
    problems = []
    if len(password) < PASSWORD_MIN:
        problems.append(FieldProblem("password", "密码", f"至少 {PASSWORD_MIN} 个字符"))
    elif password.isdigit() or password.isalpha():
        problems.append(FieldProblem("password", "密码", "须同时含有字母和数字"))
    elif name and name.lower() in password.lower():
        problems.append(FieldProblem("password", "密码", "不能包含用户名"))
    if password != again:
        problems.append(FieldProblem("again", "再次输入密码", "与密码不一致"))
    if problems:
        raise ValidationError(problems)


def check_user_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError([FieldProblem("name", "用户名", "不能为空")])
    if len(name) > 20 or any(c.isspace() for c in name):
        raise ValidationError([FieldProblem("name", "用户名", "最多 20 个字符，不含空格")])
    return name
