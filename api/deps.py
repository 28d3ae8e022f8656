"""FastAPI dependencies: the desk on ``app.state``, the calling principal, permission checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from api.auth import AuthError, Permission, Principal, authorize, bearer_token
from api.desk import Desk


class RateLimited(Exception):
    def __init__(self, retry_after: float):
        super().__init__("rate limit exceeded")
        self.retry_after = retry_after


def get_desk(request: Request) -> Desk:
    return request.app.state.desk  # type: ignore[no-any-return]


DeskDep = Annotated[Desk, Depends(get_desk)]


def get_principal(request: Request, desk: DeskDep) -> Principal:
    """Authenticate the bearer key (401) and apply the per-key rate limit (429)."""
    principal = desk.login(bearer_token(request.headers.get("authorization")))
    request.state.principal = principal
    wait = desk.limiter.check(principal.key_id)
    if wait is not None:
        raise RateLimited(wait)
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def require(permission: Permission) -> Callable[[Principal], Principal]:
    """A dependency that lets through only the roles holding ``permission`` (see ``api.auth.PERMISSIONS``)."""

    def check(principal: PrincipalDep) -> Principal:
        authorize(principal, permission)
        return principal

    check.__name__ = f"require_{permission.value}"
    return check


__all__ = ["AuthError", "DeskDep", "PrincipalDep", "RateLimited", "get_desk", "get_principal", "require"]
