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
# scrypt at OWASP's minimum (N=2^17, r=8, p=1): memory-hard, 128 MiB per check, about half a second on an office
# PC. A hash made with weaker parameters (2^14 before) is remade at the account's next sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_MAXMEM = 256 * 1024 * 1024  # hashlib's default (32 MiB) refuses N=2^17


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
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32,
                            maxmem=_MAXMEM)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                         dklen=len(bytes.fromhex(digest)), maxmem=_MAXMEM)
    return hmac.compare_digest(got, bytes.fromhex(digest))


def needs_rehash(stored: str) -> bool:
    """Made with weaker parameters than today's: to be remade while the password is at hand (a sign-in)."""
    parts = stored.split("$")
    return len(parts) != 6 or parts[0] != "scrypt" or (int(parts[1]), int(parts[2]), int(parts[3])) < (
        SCRYPT_N, SCRYPT_R, SCRYPT_P)


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
