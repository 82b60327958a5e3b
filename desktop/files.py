"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half a file.

Every file the app writes goes through `atomic_write`: a temporary file in the same folder,
flushed and fsynced, then renamed over the target. On failure the temporary file is removed and
the user gets a `UserError` in Bahasa Indonesia.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.errors import UserError


def explain_os_error(exc: OSError, target: Path) -> UserError:
    """The Indonesian message for a failed write of `target` (disk full, read-only, folder gone)."""
    if exc.errno == errno.ENOSPC:
        return UserError(f"Ruang penyimpanan penuh saat menulis {target.name}. "
                         f"Kosongkan ruang di {target.parent} atau pilih tempat lain; berkas tidak ditulis.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(f"Folder {target.parent} tidak dapat ditulisi (hanya-baca atau tanpa izin). "
                         f"Pilih folder lain; berkas {target.name} tidak ditulis.")
    if exc.errno == errno.ENOENT:
        return UserError(f"Folder {target.parent} tidak ditemukan. Periksa apakah flashdisk masih terpasang.")
    return UserError(f"Berkas {target.name} tidak dapat ditulis: {exc.strerror or exc}.")


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a no-op where directories cannot be opened, e.g. Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_write(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces `target` whole, otherwise nothing changes."""
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        # mkstemp makes 0600 files; give the result the permissions a plain open() would (umask)
        os.chmod(tmp, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise explain_os_error(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_umask() -> int:
    # os.umask can only be read by setting it; do it once at import, before worker threads exist
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_write(target) as handle:
        handle.write(data)
    return Path(target)


def write_text_atomic(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomic(target, text.encode(encoding))


def sha256_file(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
