"""What signed-in users may read about their own account (the "My account" page)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from itc_desktop.db import Actor
from itc_desktop.i18n import _
from itc_desktop.models.users import User
from itc_desktop.services.errors import NotFound, PermissionDenied


@dataclass(frozen=True)
class AccountView:
    username: str
    full_name: str
    role: str
    email: str | None
    language: str
    active: bool


def own_account(session: Session, actor: Actor | None) -> AccountView:
    """Everyone signed in may read their own account, and only their own."""
    if actor is None:
        raise PermissionDenied(_("Sign in first."))
    user = session.get(User, actor.id)
    if user is None:
        raise NotFound(_("No user with id {id}.", id=actor.id))
    return AccountView(
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        email=user.email,
        language=user.language,
        active=user.active,
    )
