"""The "My account" service: one's own account, nobody else's, and only when signed in."""

from __future__ import annotations

import pytest

from itc_desktop.db import Actor, Database
from itc_desktop.services.accounts import own_account
from itc_desktop.services.errors import NotFound, PermissionDenied


def test_own_account_shows_the_signed_in_user(db: Database, technician: Actor) -> None:
    with db.reader() as session:
        account = own_account(session, technician)
    assert account.username == "technician"
    assert account.full_name == "Szőke Bence"
    assert account.role == "technician"
    assert account.language == "en"
    assert account.active is True


def test_own_account_refuses_without_sign_in(db: Database, actors: dict[str, Actor]) -> None:
    with db.reader() as session, pytest.raises(PermissionDenied):
        own_account(session, None)


def test_own_account_of_a_vanished_user_is_not_found(db: Database, admin: Actor) -> None:
    ghost = Actor(id=9999, username="ghost", full_name="Ghost", role="technician")
    with db.reader() as session, pytest.raises(NotFound):
        own_account(session, ghost)
