"""Who is working on a connection: the name the audit trail records and the role the writes are checked
against. Attached to the connection's `Database`, so every service call on it sees the same user."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlite_utils import Database

from lz_desktop.domain.accounts import Permission, Role
from lz_desktop.domain.errors import RuleViolation

_ATTR = "_lz_session"


@dataclass
class Session:
    user: str = "系统"  # before anyone signs in (tests, first start) and for the office's own steps
    role: Role = Role.ADMIN
    user_id: int | None = None


class PermissionDenied(RuleViolation):
    """The signed-in user's role does not allow this; nothing was read or written."""


def session(db: Database) -> Session:
    found = getattr(db, _ATTR, None)
    if found is None:
        found = Session()
        setattr(db, _ATTR, found)
    return found


def sign_in(db: Database, user: str, role: Role, user_id: int | None) -> None:
    current = session(db)
    current.user, current.role, current.user_id = user, role, user_id


def require(db: Database, permission: Permission) -> None:
    s = session(db)
    if not s.role.may(permission):
        raise PermissionDenied(f"当前用户“{s.user}”（{s.role.label}）没有“{permission.label}”的权限。")


F = TypeVar("F", bound=Callable[..., Any])


def requires(permission: Permission) -> Callable[[F], F]:
    """A service function's first argument is the office's Database: the signed-in role is checked before it
    runs (records of cases are read and written only by roles allowed to see them; the check is here, not in
    a widget)."""
    def wrap(func: F) -> F:
        @functools.wraps(func)
        def checked(db: Database, *args: Any, **kwargs: Any) -> Any:
            require(db, permission)
            return func(db, *args, **kwargs)
        return checked  # type: ignore[return-value]
    return wrap
