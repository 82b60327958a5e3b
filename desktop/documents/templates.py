"""Editable, versioned document texts (the PKS): a small line markup, its parser, and the versions
kept in the `document_template` table, seeded from resources/documents/.

Markup (also at the top of resources/documents/pks.txt):
    % comment            = TITLE LINE (centred, bold)     ~ centred line
    ## ARTICLE HEADING   (numbered "Pasal n" automatically; `{#name}` labels it for `{pasal:name}`)
    (1) ayat   a. / 1. / I. list item (indented 4 spaces: nested)   **bold**   {placeholder}
Lines of a paragraph or item are joined; a blank line ends it. `{{` and `}}` print braces.
Another organisation changes words here, not code.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop import audit, dialect, versions
from desktop.errors import UserError
from desktop.models import DocumentTemplate
from desktop.paths import resource

DEFAULT_FILES = {"pks": "pks.txt"}

# The placeholders a PKS template may use, with what fills them (shown in the editor).
PKS_PLACEHOLDERS = {
    "kota": "kota Kantor Cabang (Pengaturan: kota kantor cabang)",
    "KOTA": "idem, huruf besar",
    "nama_organisasi": "nama lengkap organisasi (PIHAK KEDUA)",
    "NAMA_ORGANISASI": "idem, huruf besar",
    "singkatan_organisasi": "nama singkat organisasi",
    "nama_kantor_cabang": "nama kantor cabang (Pengaturan), mis. BPJS Ketenagakerjaan Kantor Cabang Mojokerto",
    "NAMA_KANTOR_CABANG": "idem, huruf besar",
    "nomor_pihak_pertama": "nomor PKS dari PIHAK PERTAMA (jendela cetak)",
    "nomor_pihak_kedua": "nomor PKS dari PIHAK KEDUA (jendela cetak)",
    "hari": "hari penandatanganan, dihitung dari tanggal",
    "tanggal_terbilang": "tanggal dengan huruf",
    "bulan": "nama bulan",
    "tahun_terbilang": "tahun dengan huruf",
    "tanggal_angka": "tanggal dd-mm-yyyy",
    "tanggal_panjang": "tanggal penandatanganan, mis. 21 Mei 2017",
    "tempat_penandatanganan": "tempat penandatanganan (jendela cetak)",
    "nama_kepala_cabang": "nama Kepala Kantor Cabang (Pengaturan)",
    "jabatan_kepala_cabang": "jabatan penandatangan PIHAK PERTAMA",
    "alamat_pihak_pertama": "alamat Kantor Cabang",
    "nama_ketua": "nama Ketua organisasi",
    "jabatan_ketua": "jabatan penandatangan PIHAK KEDUA",
    "nama_sekretaris": "nama Sekretaris organisasi",
    "jabatan_sekretaris": "jabatan penandatangan kedua PIHAK KEDUA",
    "dasar_kewenangan_pihak_pertama": "dasar kewenangan Kepala Kantor Cabang (Pengaturan)",
    "alamat_pihak_kedua": "alamat organisasi",
    "dasar_kepengurusan": "SK kepengurusan",
    "jangka_waktu_angka": "jangka waktu (tahun), angka",
    "jangka_waktu_terbilang": "jangka waktu dengan huruf",
    "hari_kerja_verifikasi": "batas hari kerja verifikasi, angka",
    "hari_kerja_verifikasi_terbilang": "idem, dengan huruf",
    "nama_saksi_1": "saksi PIHAK PERTAMA",
    "nama_saksi_2": "saksi PIHAK KEDUA",
    "jabatan_mengetahui": "jabatan pejabat yang mengetahui",
    "nama_mengetahui": "nama pejabat yang mengetahui",
}
KNOWN = {"pks": PKS_PLACEHOLDERS}

_ITEM = re.compile(r"^(\s*)(\(\d+\)|[a-z]\.|\d+\.|[IVXL]+\.)\s+(.*)$")
_LABEL = re.compile(r"\s*\{#([a-z0-9_]+)\}\s*$")
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


@dataclass
class Block:
    kind: str  # title / center / pasal / para / item
    text: str
    line: int  # where it starts in the template (1-based), for messages
    marker: str = ""
    level: int = 0
    number: int = 0  # pasal number
    label: str = ""


def parse(body: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    pasal = 0
    for number, raw in enumerate(body.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("%"):
            continue
        if not stripped:
            current = None
            continue
        if stripped.startswith(("= ", "~ ")) or stripped in ("=", "~"):
            blocks.append(Block("title" if stripped[0] == "=" else "center", stripped[1:].strip(), number))
            current = None
        elif stripped.startswith("## "):
            pasal += 1
            heading = stripped[3:]
            label = _LABEL.search(heading)
            blocks.append(Block("pasal", _LABEL.sub("", heading).strip(), number, number=pasal,
                                label=label.group(1) if label else ""))
            current = None
        elif match := _ITEM.match(line):
            current = Block("item", match.group(3).strip(), number, marker=match.group(2),
                            level=1 if len(match.group(1).expandtabs(4)) >= 2 else 0)
            blocks.append(current)
        elif current is not None:
            current.text += " " + stripped
        else:
            current = Block("para", stripped, number)
            blocks.append(current)
    return blocks


def fill(text: str, values: dict[str, str], labels: dict[str, int], line: int) -> str:
    """Replace the placeholders of one block; unknown names are an error naming the line."""
    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        if name.startswith("pasal:"):
            label = name[6:]
            if label not in labels:
                raise UserError(f"Templat baris {line}: rujukan {token} tidak dikenal; tandai pasalnya dengan "
                                f"{{#{label}}} di akhir baris ##.")
            return f"Pasal {labels[label]}"
        if name not in values:
            raise UserError(f"Templat baris {line}: isian {token} tidak dikenal. Isian yang tersedia: "
                            + ", ".join(sorted(values)) + ".")
        return values[name]
    return _FIELD.sub(replace, text)


def labels_of(blocks: list[Block]) -> dict[str, int]:
    return {b.label: b.number for b in blocks if b.kind == "pasal" and b.label}


def check(kind: str, body: str) -> list[str]:
    """Problems that would stop printing (Indonesian, with line numbers); empty when fine."""
    blocks = parse(body)
    problems = []
    if not any(b.kind == "pasal" for b in blocks):
        problems.append("Templat belum memuat satu pasal pun (baris yang diawali ##).")
    seen: dict[str, int] = {}
    for block in blocks:
        if block.label and block.label in seen:
            problems.append(f"Baris {block.line}: label {{#{block.label}}} sudah dipakai di baris {seen[block.label]}.")
        seen.setdefault(block.label, block.line)
    values = {name: "" for name in KNOWN.get(kind, {})}
    labels = labels_of(blocks)
    for number, line in enumerate(body.splitlines(), start=1):  # line by line, so messages name the line
        if line.strip().startswith("%"):
            continue
        try:
            fill(_LABEL.sub("", line), values, labels, number)
        except UserError as exc:
            problems.append(exc.message)
    return problems


# -- versions in the DB ---------------------------------------------------------------------------
@dataclass
class TemplateVersion:
    kind: str
    version: int
    body: str
    active: bool = True
    note: str = ""
    created: dt.datetime | None = None
    problems: list[str] = field(default_factory=list)


def default_body(kind: str) -> str:
    if kind not in DEFAULT_FILES:
        raise UserError(f"Jenis templat '{kind}' tidak dikenal.")
    return resource("documents", DEFAULT_FILES[kind]).read_text(encoding="utf-8")


def _version(row: DocumentTemplate) -> TemplateVersion:
    return TemplateVersion(kind=row.kind, version=row.version, body=row.body, active=row.active,
                           note=row.note or "", created=row.created_at)


def current(session: Session, kind: str = "pks") -> TemplateVersion:
    """The active version; the shipped text (as version 1) while nobody has saved one."""
    row = session.scalar(select(DocumentTemplate).where(DocumentTemplate.kind == kind, DocumentTemplate.active)
                         .order_by(DocumentTemplate.version.desc()))
    if row is None:
        return TemplateVersion(kind=kind, version=1, body=default_body(kind), note="Teks bawaan aplikasi")
    return _version(row)


def history(session: Session, kind: str = "pks") -> list[TemplateVersion]:
    rows = list(session.scalars(select(DocumentTemplate).where(DocumentTemplate.kind == kind)
                                .order_by(DocumentTemplate.version.desc())))
    return [_version(r) for r in rows] or [current(session, kind)]


def _seed(session: Session, kind: str) -> None:
    if session.scalar(select(func.count(DocumentTemplate.id)).where(DocumentTemplate.kind == kind)) == 0:
        session.add(DocumentTemplate(kind=kind, version=1, body=default_body(kind), active=True,
                                     note="Teks bawaan aplikasi"))
        session.flush()


MAX_BODY = 200_000  # the shipped PKS is about 12,000 characters


def validate(kind: object, body: object) -> None:
    """Refuse a template that could not be printed: an unknown kind, not text, too long, or a
    placeholder or reference the documents do not know (the editor, the CLI and profile import)."""
    if kind not in DEFAULT_FILES:
        raise UserError(f"Jenis templat '{str(kind)[:40]}' tidak dikenal; yang ada: {', '.join(DEFAULT_FILES)}.")
    if not isinstance(body, str) or not body.strip():
        raise UserError(f"Templat {kind.upper()} kosong atau bukan teks.")
    if len(body) > MAX_BODY:
        raise UserError(f"Templat {kind.upper()} terlalu panjang ({len(body)} karakter; paling banyak {MAX_BODY}).")
    problems = check(kind, body)
    if problems:
        raise UserError("Templat belum dapat disimpan:\n- " + "\n- ".join(problems))


def save(session: Session, kind: str, body: str, note: str = "", *, based_on: int | None = None) -> int:
    """Store an edited text as the new active version (the old ones stay, for reprints).

    `based_on`: the newest version the editor had when it opened; if another desk saved a newer one
    since, the save is refused (versions.StaleRecord) instead of silently replacing that text."""
    validate(kind, body)
    dialect.serialise(session, f"template:{kind}")  # two desks saving at once get versions N+1 and N+2
    _seed(session, kind)
    newest = session.scalar(select(func.max(DocumentTemplate.version)).where(DocumentTemplate.kind == kind)) or 0
    if based_on is not None and based_on != newest:
        theirs = session.scalar(select(DocumentTemplate.body).where(DocumentTemplate.kind == kind,
                                                                    DocumentTemplate.version == newest))
        raise versions.stale(session, f"document_template:{kind}", what=f"Templat {kind.upper()}",
                             labels={"body": "Teks templat"}, fields=["body"] if theirs != body else [],
                             theirs=theirs, version=newest)
    version = newest + 1
    session.execute(update(DocumentTemplate).where(DocumentTemplate.kind == kind).values(active=False))
    session.add(DocumentTemplate(kind=kind, version=version, body=body, active=True, note=note or None))
    audit.record(session, "template", f"Templat {kind.upper()} versi {version} disimpan", detail={"note": note},
                 record=f"document_template:{kind}", fields=["body"])
    session.flush()
    return version


def activate(session: Session, kind: str, version: int) -> None:
    """Make an earlier version the one used for printing again."""
    _seed(session, kind)
    row = session.scalar(select(DocumentTemplate).where(DocumentTemplate.kind == kind,
                                                        DocumentTemplate.version == version))
    if row is None:
        raise UserError(f"Templat {kind.upper()} versi {version} tidak ada.")
    session.execute(update(DocumentTemplate).where(DocumentTemplate.kind == kind).values(active=False))
    row.active = True
    audit.record(session, "template", f"Templat {kind.upper()} versi {version} diaktifkan kembali")
    session.flush()
