"""Files are written whole or not at all, with a clear message when the disk says no."""
from __future__ import annotations

import errno
import os

import pytest

from desktop.errors import UserError
from desktop.files import atomic_write, write_bytes_atomic


def test_replaces_the_file_whole(tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "daftar.xlsx"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["daftar.xlsx"]


def test_a_failure_half_way_leaves_the_old_file_and_no_temp(tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "daftar.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_write(target) as handle:
        handle.write(b"half")
        raise ValueError("boom")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["daftar.xlsx"]


def test_disk_full_gives_an_indonesian_message_and_no_partial_file(tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "batch.xlsx"

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError, match="Ruang penyimpanan penuh"):
        write_bytes_atomic(target, b"x" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_explained(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user that can write anywhere")
        with pytest.raises(UserError, match="tidak dapat ditulisi"):
            write_bytes_atomic(folder / "a.pdf", b"%PDF")
    finally:
        folder.chmod(0o700)


def test_written_files_get_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        target = write_bytes_atomic(tmp_path / "formulir.pdf", b"%PDF-1.4")
    finally:
        os.umask(old)
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o644
