"""Berkas › Pindahkan data ke basis data lain…: the window's `jamsos db move-to` (desktop.moving).

The clerk types a server address or a new file name; everything is copied and checked in the
background; the desk keeps working on its current database until it is started with the new one.
This PC can remember the new location (its connection, in the user's settings) — never a password:
that stays in the PC's pgpass file or is asked by the server's login."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit

from desktop import dialect, moving
from desktop.ui import messages

LOCATION_KEY = "basis_data/lokasi"


def saved_location() -> str | None:
    """The database this PC opens when neither --db nor JAMSOS_DB says otherwise."""
    value = QSettings().value(LOCATION_KEY, "")
    return str(value) if value else None


def remember_location(target: str) -> str:
    """Save `target` as this PC's database, without any password; returns what was saved."""
    where = dialect.parse_location(target)
    text = (where.url._replace(password=None).render_as_string(hide_password=False) if where.is_server
            else str(where.path.resolve()))
    QSettings().setValue(LOCATION_KEY, text)
    return text


def ask_target(window) -> str:  # noqa: ANN001 - MainWindow; a function so tests can answer it
    text, accepted = QInputDialog.getText(
        window, window.tr("Pindahkan data"),
        window.tr("Alamat server (postgresql://pengguna@server:5432/nama) atau berkas .sqlite baru.\n"
                  "Kata sandi sebaiknya disimpan di pgpass, tidak diketik di alamat."),
        QLineEdit.EchoMode.Normal, "")
    return text.strip() if accepted else ""


def move(window) -> None:  # noqa: ANN001
    target = ask_target(window)
    if not target:
        return
    if not messages.confirm(window, window.tr("Pindahkan data"), window.tr(
            "Salin seluruh data ke {0}?\n\nBasis data sekarang tidak diubah; sesudahnya buka aplikasi dengan "
            "basis data tujuan.").format(_masked(target))):
        return

    def done(report: moving.MoveReport) -> None:
        messages.info(window, window.tr("Data dipindahkan"), report.describe())
        if messages.confirm(window, window.tr("Pakai basis data baru"), window.tr(
                "Buka {0} setiap kali aplikasi dijalankan di komputer ini? Kata sandi tidak disimpan.").format(
                    _masked(target))):
            remember_location(target)
    window.jobs.start(window.tr("Memindahkan data…"), lambda progress: moving.move_to(window.db, target, progress),
                      done, parent_widget=window)


def _masked(target: str) -> str:
    from desktop.dialect import mask
    return mask(target) if "://" in target else target
