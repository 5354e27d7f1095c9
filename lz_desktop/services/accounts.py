"""Local accounts: the first administrator, signing in with lock-out, passwords, roles (see domain/accounts.py).

Signing in attaches the user to the connection (storage/session.py): every later write is checked against
the role and recorded under the user's name in the audit trail.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from lz_desktop.domain.accounts import (
    LOCK_MINUTES,
    MAX_FAILURES,
    Permission,
    Role,
    check_new_password,
    check_user_name,
    hash_password,
    needs_rehash,
    password_matches,
)
from lz_desktop.domain.errors import FieldProblem, RuleViolation, ValidationError
from lz_desktop.storage import users as store
from lz_desktop.storage.session import PermissionDenied, Session, require, session, sign_in
from lz_desktop.storage.transaction import StorageError, transaction
from lz_desktop.storage.users import UserRow

__all__ = [
    "Permission",
    "PermissionDenied",
    "Role",
    "Session",
    "UserRow",
    "add_user",
    "change_password",
    "create_first_admin",
    "current",
    "has_users",
    "may",
    "require",
    "sign_in_as",
    "users",
]


def has_users(db: Database) -> bool:
    return bool(store.users(db))


def users(db: Database) -> list[UserRow]:
    require(db, Permission.ADMIN)
    return store.users(db)


def current(db: Database) -> Session:
    return session(db)


def may(db: Database, permission: Permission) -> bool:
    return session(db).role.may(permission)


def create_first_admin(db: Database, name: str, display_name: str, password: str, again: str) -> UserRow:
    """The first run's administrator: only while the file has no account at all."""
    if has_users(db):
        raise RuleViolation("已有账号，请由管理员新增。")
    return _add(db, name, display_name, Role.ADMIN, password, again, sign=True)


def add_user(db: Database, name: str, display_name: str, role: Role, password: str, again: str) -> UserRow:
    require(db, Permission.ADMIN)
    return _add(db, name, display_name, role, password, again, sign=False)


def _add(db: Database, name: str, display_name: str, role: Role, password: str, again: str, *,
         sign: bool) -> UserRow:
    problems = []
    try:
        name = check_user_name(name)
    except ValidationError as e:
        problems += e.problems
    try:
        check_new_password(password, again, name)
    except ValidationError as e:
        problems += e.problems
    if not display_name.strip():
        problems.append(FieldProblem("display_name", "姓名", "不能为空"))
    if name and store.by_name(db, name) is not None:
        problems.append(FieldProblem("name", "用户名", f"“{name}”已被使用"))
    if problems:
        raise ValidationError(problems)
    with transaction(db):
        user_id = store.insert(db, name, display_name.strip(), role, hash_password(password))
    user = store.by_id(db, user_id)
    assert user is not None
    if sign:
        sign_in(db, user.display_name, user.role, user.id)
    return user


def sign_in_as(db: Database, name: str, password: str, *, now: dt.datetime | None = None) -> UserRow:
    """Check the password; after MAX_FAILURES wrong ones the account waits LOCK_MINUTES. The failures are kept
    in the file, so restarting the program does not reset them."""
    now = now or dt.datetime.now()
    user = store.by_name(db, name.strip())
    if user is None or not user.active:
        raise RuleViolation("用户名或密码不正确。")
    if user.locked_until is not None and now < user.locked_until:
        raise RuleViolation(f"该账号因连续 {MAX_FAILURES} 次密码错误已锁定，请于 {user.locked_until:%H:%M} 后再试，"
                            "或请管理员重设密码。")
    refusal = ""
    me = session(db)
    was = (me.user, me.role, me.user_id)
    me.user = f"登录：{user.name}"  # the attempt is recorded under the name tried
    try:
        with transaction(db, role_check=False):
            if not password_matches(password, user.password):
                failures = user.failures + 1
                locked = now + dt.timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
                store.record_failure(db, user.id, 0 if locked else failures, locked)
                left = MAX_FAILURES - failures
                refusal = (f"密码错误次数过多，账号已锁定 {LOCK_MINUTES} 分钟。" if locked
                           else f"用户名或密码不正确（再错 {left} 次将锁定 {LOCK_MINUTES} 分钟）。")
            else:
                store.record_login(db, user.id, now)
                if needs_rehash(user.password):
                    store.set_password(db, user.id, hash_password(password))
    except StorageError:  # a read-only file: the password is still checked, the attempt is not recorded
        if not password_matches(password, user.password):
            refusal = "用户名或密码不正确。"
    if refusal:
        me.user, me.role, me.user_id = was
        raise RuleViolation(refusal)
    sign_in(db, user.display_name, user.role, user.id)
    return user


def change_password(db: Database, old: str, new: str, again: str) -> None:
    me = session(db)
    user = store.by_id(db, me.user_id) if me.user_id is not None else None
    if user is None:
        raise RuleViolation("当前没有登录的账号。")
    if not password_matches(old, user.password):
        raise ValidationError([FieldProblem("old", "原密码", "不正确")])
    check_new_password(new, again, user.name)
    with transaction(db):
        store.set_password(db, user.id, hash_password(new))


def reset_password(db: Database, user_id: int, new: str, again: str) -> None:
    require(db, Permission.ADMIN)
    user = store.by_id(db, user_id)
    if user is None:
        raise RuleViolation("该账号已不存在。")
    check_new_password(new, again, user.name)
    with transaction(db):
        store.set_password(db, user_id, hash_password(new))


def set_role(db: Database, user_id: int, role: Role, active: bool) -> None:
    require(db, Permission.ADMIN)
    admins = [u for u in store.users(db) if u.role is Role.ADMIN and u.active and u.id != user_id]
    if not admins and (role is not Role.ADMIN or not active):
        raise RuleViolation("至少须保留一名启用的管理员。")
    with transaction(db):
        store.set_role(db, user_id, role, active)


def sign_in_guest(db: Database) -> None:
    sign_in(db, "访客（只读）", Role.READER, None)


def sign_in_headless(db: Database) -> None:
    """Headless commands run as the operating-system user who started them: their machine login is the gate."""
    import getpass

    sign_in(db, f"命令行（{getpass.getuser()}）", Role.ADMIN, None)
