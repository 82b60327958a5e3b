"""Where the live database may live: on this computer's own disk only.

A live SQLite file on a network share can be corrupted by two PCs (their locks do not reach each
other reliably), and one on a USB stick is lost, pulled out mid-write or left in a bag with
80,000 members' NIK on it (UU 27/2022 Pasal 35). Backups may go anywhere; the live DB may not.
The check is a best effort per OS; `JAMSOS_ALLOW_ANY_DRIVE=1` switches it off for a support case.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import clock, paths
from desktop.errors import UserError

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "fuse.rclone", "davfs",
              "fuse.davfs", "afs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "ncpfs", "fuse.smbnetfs"}
REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/mnt/usb", "/Volumes/")


@dataclass(frozen=True)
class Location:
    kind: str  # "lokal", "jaringan" (network share) or "lepasan" (removable drive)
    mount_point: str = ""
    fstype: str = ""

    @property
    def safe(self) -> bool:
        return self.kind == "lokal"


class UnsafeLocation(UserError):
    """The live DB sits on a network share or removable drive."""

    def __init__(self, path: Path, location: Location):
        self.path = path
        self.location = location
        where = {"jaringan": "folder jaringan (network share)", "lepasan": "flashdisk atau diska lepasan"}
        reason = {"jaringan": "dua komputer yang membukanya bersamaan dapat merusak berkas, dan sambungan "
                              "yang putus di tengah penyimpanan meninggalkan data setengah tertulis",
                  "lepasan": "flashdisk dapat tercabut saat data disimpan, mudah hilang, dan membawa NIK "
                             "puluhan ribu anggota keluar kantor (UU 27/2022)"}
        super().__init__(
            f"Basis data {path} berada di {where[location.kind]}. Basis data yang sedang dipakai harus "
            f"berada di diska komputer ini, karena {reason[location.kind]}. Salin basis data ke folder data "
            f"lokal ({paths.data_dir()}) lalu buka salinannya; untuk dibawa, gunakan Berkas → Cadangkan "
            "sekarang.")


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def _mount_of(path: str, mounts: str) -> tuple[str, str, str]:
    """(device, mount point, fstype) of the longest mount point containing `path`."""
    best = ("", "/", "")
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point, fstype = _unescape(parts[0]), _unescape(parts[1]), parts[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best[1]):
            best = (device, point, fstype)
    return best


def _removable_block_device(path: str) -> bool:
    """Linux: the disk behind `path` says removable=1, or hangs off a USB bus."""
    try:
        st = os.stat(path)
        sys_dev = Path(f"/sys/dev/block/{os.major(st.st_dev)}:{os.minor(st.st_dev)}").resolve()
    except (OSError, ValueError):
        return False
    if "/usb" in str(sys_dev):
        return True
    for folder in (sys_dev, sys_dev.parent):  # a partition's flag sits on its disk
        flag = folder / "removable"
        try:
            return flag.read_text().strip() == "1"
        except OSError:
            continue
    return False


def _windows_kind(path: Path) -> str:  # pragma: no cover - Windows only
    import ctypes

    text = str(path)
    if text.startswith("\\\\"):
        return "jaringan"
    root = os.path.splitdrive(text)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    return {2: "lepasan", 4: "jaringan"}.get(kind, "lokal")


def classify(path: Path, *, mounts: str | None = None) -> Location:
    """Is `path` (a file or folder, existing or not) on a local disk, a network share or a removable drive?"""
    path = Path(path).absolute()
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    real = os.path.normpath(os.path.join(os.path.realpath(existing), path.relative_to(existing)))
    if sys.platform == "win32":  # pragma: no cover
        return Location(_windows_kind(Path(real)))
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = ""
    device, point, fstype = _mount_of(real, mounts)
    if fstype in NETWORK_FS or device.startswith("//"):
        return Location("jaringan", point, fstype)
    if point != "/" and any((point + "/").startswith(prefix) for prefix in REMOVABLE_PREFIXES):
        return Location("lepasan", point, fstype)
    if sys.platform.startswith("linux") and mounts and _removable_block_device(real):
        return Location("lepasan", point, fstype)
    return Location("lokal", point, fstype)


def refuse_unsafe_location(db_path: Path) -> None:
    """Raise `UnsafeLocation` when the live DB would sit on a network share or removable drive."""
    if os.environ.get("JAMSOS_ALLOW_ANY_DRIVE") == "1":
        return
    location = classify(db_path)
    if not location.safe:
        raise UnsafeLocation(Path(db_path), location)


def copy_to_local(db_path: Path) -> Path:
    """Copy the DB (online backup API, verified) into the local data folder; returns the new path."""
    from desktop.db import backup_to

    target = paths.data_dir() / Path(db_path).name
    if target.exists():
        target = target.with_name(f"{target.stem}-{clock.now():%Y%m%d-%H%M%S}{target.suffix}")
    return backup_to(Path(db_path), target)
