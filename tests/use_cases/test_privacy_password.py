"""The optional app password: stored as a hash only, checked, changed only with the old one, logged."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop import access, settings
from desktop.errors import UserError
from desktop.models import AuditEntry, Setting


def test_password_is_set_checked_changed_and_removed(db):
    with db.write() as session:
        assert not access.has_password(session) and access.verify(session, "")
        access.set_password(session, "rahasia-pc")
    with db.read() as session:
        stored = session.get(Setting, access.KEY).value
        assert "rahasia-pc" not in stored
        assert access.verify(session, "rahasia-pc") and not access.verify(session, "salah")
        settings.load(session)  # the organisation settings ignore it
    with db.write() as session, pytest.raises(UserError, match="lama salah"):
        access.set_password(session, "baru-sekali", current="salah")
    with db.write() as session, pytest.raises(UserError, match="minimal 6"):
        access.set_password(session, "abc", current="rahasia-pc")
    with db.write() as session:
        access.set_password(session, None, current="rahasia-pc")
    with db.read() as session:
        assert not access.has_password(session)
        logged = list(session.scalars(select(AuditEntry.what).where(AuditEntry.action == "app_password")))
    assert logged == ["Kata sandi aplikasi diatur", "Kata sandi aplikasi dihapus"]
