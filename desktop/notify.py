"""Other desks' changes, on a server: each write transaction announces itself (PostgreSQL NOTIFY,
delivered when it commits, dropped when it rolls back) and a window listens (LISTEN) so its roster,
batch and dashboard pages refresh when another desk changed data. Nothing to do on SQLite: one
writer, the window's own.

The listener has its own autocommit connection; `poll()` reads what has arrived without a round
trip to the server, so the window can ask every few seconds at no cost. A lost connection is
opened again at the next poll (the window keeps working; it only refreshes later).
"""
from __future__ import annotations

import logging
import os
import socket

from sqlalchemy import text

log = logging.getLogger(__name__)

CHANNEL = "jamsos_changes"
DESK = f"{socket.gethostname()}:{os.getpid()}"  # this desk: its own announcements are not news


def announce(session) -> None:  # noqa: ANN001
    """Tell the other desks, when this transaction commits, that data changed (server only)."""
    session.execute(text("SELECT pg_notify(:channel, :desk)"), {"channel": CHANNEL, "desk": DESK})


class Listener:
    """LISTEN on the server for the other desks' announcements."""

    def __init__(self, engine):  # noqa: ANN001 - a PostgreSQL Engine
        self.engine = engine
        self.connection = None

    def _connect(self):  # noqa: ANN202
        import psycopg
        cargs, cparams = self.engine.dialect.create_connect_args(self.engine.url)
        connection = psycopg.connect(*cargs, **cparams, autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def poll(self) -> bool:
        """True when another desk committed a change since the last poll."""
        try:
            if self.connection is None or self.connection.closed:
                self.connection = self._connect()
            return any(note.payload != DESK for note in self.connection.notifies(timeout=0))
        except Exception as exc:  # noqa: BLE001 - the server is away: try again at the next poll
            log.info("listening for other desks' changes failed: %s", exc)
            self.close()
            return False

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
            self.connection = None
