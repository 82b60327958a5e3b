"""A person's rights under UU 27/2022: erase on request, anonymise, and "data saya" (everything held).

- Erase (Pasal 43–44): the person, heirs, enrolments and batch items go; claims keep their amounts
  without the link. Backups taken before the erasure are dropped by the rotation once the
  retention period has passed (desktop.backup), and a restore re-applies the erasure.
- Anonymise: identifiers go, what reports count stays (unit, institution, sex, segment,
  programmes, income, status, enrolments, claim amounts).
- Both take the person out of the problem lists kept with past imports (name, NIK, phone… become
  "(dihapus)"; the file/sheet/row/column of each line stays).
- Report (Pasal 32): every stored field of one person, their heirs, enrolments, batches and claims,
  as a printable PDF.
Each action is logged with the person's row id and field names, never the data itself.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop import audit, clock, paths
from desktop.db import Database
from desktop.errors import NotFound, UserError
from desktop.files import atomic_write, sha256_file, write_bytes_atomic
from desktop.importing.runs import scrub_person
from desktop.models import (AuditEntry, Batch, BatchItem, Claim, Enrolment, Heir, ImportRun, Institution, OrgUnit,
                            Person, Region)

ERASE, ANONYMISE, REPORT = "privacy_erase", "privacy_anonymise", "privacy_report"
OPEN_BATCH_STATES = ("draft", "checked")
# Identifying columns an anonymised row loses; what stays is what reports count and sum.
IDENTIFYING = ("nik", "kk", "name_with_titles", "birth_place", "birth_date", "mother_name", "address", "rt", "rw",
               "desa_code", "postal_code", "phone", "email", "position", "kpj", "member_no", "consent_date", "notes",
               "status_reason", "problems")


@dataclass
class Outcome:
    """What an erasure or anonymisation did, for the message to the clerk."""

    person_id: int
    fields: list[str]
    open_batches: list[str] = field(default_factory=list)  # removed from these
    sent_batches: list[str] = field(default_factory=list)  # already sent to the branch office
    heirs: int = 0
    import_runs: list[int] = field(default_factory=list)  # imports whose problem list named the person

    def describe(self, verb: str) -> str:
        text = f"Data orang (id {self.person_id}) telah {verb}"
        if self.heirs:
            text += f", termasuk {self.heirs} ahli waris"
        text += "."
        if self.import_runs:
            text += f" Namanya juga dihapus dari daftar masalah {len(self.import_runs)} impor."
        if self.open_batches:
            text += f" Dikeluarkan dari batch terbuka: {', '.join(self.open_batches)}."
        if self.sent_batches:
            text += (f" Data ini sudah dikirim ke Kantor Cabang dalam batch {', '.join(self.sent_batches)}; "
                     "mintalah penghapusan di sana juga.")
        return text


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"Orang dengan id {person_id} tidak ditemukan (mungkin sudah dihapus).")
    return person


def _held_fields(person: Person) -> list[str]:
    from desktop.roster.persons import LABELS
    held = [name for name in LABELS if getattr(person, name, None) not in (None, "")]
    return held + (["heirs"] if person.heirs else [])


def _batches_of(session: Session, person_id: int) -> tuple[list[str], list[str]]:
    rows = session.execute(select(Batch.number, Batch.state).join(BatchItem, BatchItem.batch_id == Batch.id)
                           .where(BatchItem.person_id == person_id).order_by(Batch.number)).all()
    return ([n for n, s in rows if s in OPEN_BATCH_STATES], [n for n, s in rows if s not in OPEN_BATCH_STATES])


def _erase(session: Session, person: Person) -> Outcome:
    pid = person.id
    outcome = Outcome(pid, _held_fields(person), *_batches_of(session, pid), heirs=len(person.heirs),
                      import_runs=scrub_person(session, person))
    session.expunge(person)
    session.execute(delete(BatchItem).where(BatchItem.person_id == pid))
    session.execute(delete(Enrolment).where(Enrolment.person_id == pid))
    session.execute(delete(Heir).where(Heir.person_id == pid))
    session.execute(update(Claim).where(Claim.person_id == pid).values(person_id=None, notes=None))
    session.execute(delete(Person).where(Person.id == pid))
    return outcome


def _anonymise(session: Session, person: Person) -> Outcome:
    outcome = Outcome(person.id, _held_fields(person), *_batches_of(session, person.id), heirs=len(person.heirs),
                      import_runs=scrub_person(session, person))
    for name in IDENTIFYING:
        setattr(person, name, None)
    person.name = f"Anonim {person.id}"
    person.name_key = person.name.lower()
    person.has_problems = False
    person.anonymised = True
    person.heirs = []
    session.execute(update(BatchItem).where(BatchItem.person_id == person.id).values(kpj=None))
    session.execute(update(Claim).where(Claim.person_id == person.id).values(notes=None))
    session.flush()
    return outcome


# -- a stable key of the person, for re-applying after a restore --------------------------------
def _secret() -> bytes:
    """A random key kept in the data folder, never in the database: a backup that leaves the office
    carries the keyed digests of erased persons but not the key, so they cannot be turned back into
    NIKs by trying them all."""
    path = paths.data_dir() / "kunci-penghapusan.bin"
    try:
        data = path.read_bytes()
        if len(data) >= 32:
            return data
    except OSError:
        pass
    data = secrets.token_bytes(32)
    write_bytes_atomic(path, data)
    return data


def person_key(person: Person, secret: bytes | None = None) -> str | None:
    """A digest of who the person is (NIK, else name and birth date) that is the same in every copy
    of the database, unlike the row id; None when there is nothing stable to go by."""
    if person.nik:
        material = f"nik:{person.nik}"
    elif person.name_key and person.birth_date:
        material = f"nama:{person.name_key}|{person.birth_date.isoformat()}"
    else:
        return None
    return hmac.new(secret or _secret(), material.encode("utf-8"), hashlib.sha256).hexdigest()


def erase_person(session: Session, person_id: int, *, reason: str = "permintaan yang bersangkutan") -> Outcome:
    """Remove one person for good (not the trash); logged without the data."""
    person = _person(session, person_id)
    key = person_key(person)
    outcome = _erase(session, person)
    audit.record(session, ERASE, "Data orang dihapus permanen", person_count=1, fields=outcome.fields,
                 detail={"person_id": person_id, "person_key": key, "reason": reason, "batches": outcome.open_batches
                         + outcome.sent_batches, "import_runs": outcome.import_runs})
    return outcome


def anonymise_person(session: Session, person_id: int, *, reason: str = "permintaan yang bersangkutan") -> Outcome:
    person = _person(session, person_id)
    if person.anonymised:
        raise UserError(f"Orang dengan id {person_id} sudah dianonimkan.")
    key = person_key(person)
    outcome = _anonymise(session, person)
    audit.record(session, ANONYMISE, "Identitas orang dihapus (dianonimkan)", person_count=1,
                 fields=outcome.fields, detail={"person_id": person_id, "person_key": key, "reason": reason,
                                                "import_runs": outcome.import_runs})
    return outcome


def reclaim_space(db: Database) -> None:
    """After an erasure or anonymisation (committed): the rows' old pages leave the file. secure_delete
    has zeroed the freed cells; VACUUM rebuilds the file without the free pages, and emptying the WAL
    drops the page images written before. A few seconds on a big roster; erasures are rare."""
    if db.engine.dialect.name != "sqlite":
        return
    import sqlite3  # noqa: PLC0415 - VACUUM must run outside SQLAlchemy's transaction
    with db.lock:
        conn = sqlite3.connect(str(db.path), isolation_level=None, timeout=30)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:  # a reader still busy: the pages are zeroed already, the space comes back later
            pass
        finally:
            conn.close()


def reapply(session: Session, entries: Iterable[AuditEntry]) -> int:
    """Apply again the erasures and anonymisations in `entries` (after restoring an older backup)."""
    done = 0
    by_key: dict[str, int] | None = None
    for entry in entries:
        if entry.action not in (ERASE, ANONYMISE) or not entry.detail:
            continue
        detail = json.loads(entry.detail)
        if detail.get("person_key"):
            # the restored copy may number its rows otherwise (a backup of another copy of the DB)
            if by_key is None:
                secret = _secret()
                by_key = {}
                for candidate in session.scalars(select(Person)):
                    key = person_key(candidate, secret)
                    if key:
                        by_key.setdefault(key, candidate.id)
            person_id = by_key.get(detail["person_key"])
            person = session.get(Person, person_id) if person_id is not None else None
        else:  # logged before the key existed: the row id is all there is
            person = session.get(Person, detail.get("person_id"))
        if person is None or (entry.action == ANONYMISE and person.anonymised):
            continue
        (_erase if entry.action == ERASE else _anonymise)(session, person)
        done += 1
    session.flush()
    return done


# -- "data saya": everything held about one person ----------------------------------------------
@dataclass
class Section:
    title: str
    rows: list[list[str]]
    header: list[str] | None = None  # a table; without it, label/value pairs


@dataclass
class PersonReport:
    person_id: int
    name: str
    fields: list[str]
    sections: list[Section]


def _text(value) -> str:  # noqa: ANN001
    from desktop.domain import dates_id
    if value is None or value == "":
        return "-"
    if isinstance(value, dt.date):
        return dates_id.long_date(value)
    return str(value)


def person_report(session: Session, person_id: int) -> PersonReport:
    from desktop.domain import money, phone
    from desktop.roster.persons import LABELS
    person = _person(session, person_id)
    names = {"unit_id": (OrgUnit, "name"), "institution_id": (Institution, "name"), "desa_code": (Region, "name")}
    identity = []
    for name, label in LABELS.items():  # only what is held: an empty field is not data about the person
        value = getattr(person, name)
        if value in (None, ""):
            continue
        if name in names:
            row = session.get(names[name][0], value)
            value = f"{getattr(row, names[name][1])} ({value})" if row else value
        elif name == "income":
            value = money.rupiah(value)
        elif name == "phone":
            value = phone.format_phone_national(value)
        elif name == "sex":
            value = {"L": "Laki-laki", "P": "Perempuan"}.get(value, value)
        identity.append([label, _text(value)])
    identity.append(["Status kepesertaan", person.status])
    if person.import_run_id:
        run = session.get(ImportRun, person.import_run_id)
        identity.append(["Sumber data", f"impor berkas {run.file_name} ({run.at:%d-%m-%Y})" if run else "-"])
    heirs = [[h.name, _text(h.relation), _text(h.nik), _text(h.sex), _text(h.birth_date), _text(h.phone)]
             for h in person.heirs]
    enrolments = [[e.programme, e.segment, e.payer, _text(e.start_month), _text(e.end_month), e.status]
                  for e in person.enrolments]
    batches = [[b.number, b.state, i.state, _text(i.kpj), _text(i.reason)] for b, i in session.execute(
        select(Batch, BatchItem).join(BatchItem, BatchItem.batch_id == Batch.id)
        .where(BatchItem.person_id == person_id).order_by(Batch.number)).all()]
    claims = [[c.programme, c.case_type, _text(c.event_date), money.rupiah(c.amount), c.status]
              for c in session.scalars(select(Claim).where(Claim.person_id == person_id).order_by(Claim.event_date))]
    sections = [
        Section("Identitas dan data kepesertaan", identity),
        Section("Ahli waris", heirs, ["Nama", "Hubungan", "NIK", "L/P", "Tanggal lahir", "No. HP"]),
        Section("Program", enrolments, ["Program", "Segmen", "Pembayar", "Mulai", "Berakhir", "Status"]),
        Section("Batch pendaftaran", batches, ["Nomor batch", "Status batch", "Hasil", "No. KPJ", "Keterangan"]),
        Section("Klaim", claims, ["Program", "Jenis", "Tanggal kejadian", "Jumlah", "Status"]),
    ]
    return PersonReport(person_id, person.name, _held_fields(person), sections)


def write_report_pdf(report: PersonReport, target: Path, *, org_name: str, dpo_contact: str,
                     paper_size: str = "A4") -> Path:
    """The report as a PDF, written atomically: the documents' filing margins, embedded fonts and
    sizes (desktop.documents.style), "RAHASIA" and the page count on every page."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from desktop.documents import style as doc_style

    st = doc_style.styles()
    text = st["left"]  # the person reads it: the body face at 11 pt
    heading = ParagraphStyle("privacy_heading", parent=text, fontName=doc_style.SERIF_BOLD, spaceBefore=8, spaceAfter=3,
                             keepWithNext=1)  # never alone at the foot of a page
    story = [Paragraph("DATA PRIBADI YANG KAMI SIMPAN", st["title"]), Spacer(1, 2 * mm),
             Paragraph(f"{_escape(org_name)} — dibuat {clock.today():%d-%m-%Y} atas permintaan yang bersangkutan "
                       "(Undang-Undang Nomor 27 Tahun 2022 Pasal 32).", text), Spacer(1, 3 * mm)]
    pagesize = doc_style.paper(paper_size)
    width = doc_style.text_width(pagesize)
    for section in report.sections:
        story.append(Paragraph(_escape(section.title), heading))
        if section.header and not section.rows:
            story.append(Paragraph("Tidak ada.", text))
            continue
        rows = ([section.header] if section.header else []) + section.rows
        data = [[Paragraph(_escape(value), st["cell"]) for value in row] for row in rows]
        widths = ([width / len(section.header)] * len(section.header) if section.header
                  else [0.32 * width, 0.68 * width])
        table = Table(data, colWidths=widths, repeatRows=1 if section.header else 0)
        commands = [("FONT", (0, 0), (-1, -1), doc_style.NARROW, doc_style.CELL_SIZE),  # not Helvetica
                    ("GRID", (0, 0), (-1, -1), 0.4, doc_style.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if section.header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), doc_style.SHADE))
        table.setStyle(TableStyle(commands))
        story.append(table)
    story += [Spacer(1, 6 * mm), Paragraph(
        "Anda berhak meminta perbaikan, penghapusan atau penganoniman data ini. "
        + (f"Hubungi petugas pelindungan data: {_escape(dpo_contact)}." if dpo_contact else
           "Hubungi sekretariat organisasi."), text)]
    furniture = doc_style.Furniture(title=f"Data pribadi — {report.name}", author=org_name,
                                    subject="Laporan data pribadi (RAHASIA)", secret=True)
    with atomic_write(target) as handle:
        doc_style.doc_template(handle, pagesize, furniture).build(story, canvasmaker=doc_style.canvas_maker(furniture))
    return Path(target)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_report(db: Database, person_id: int, target: Path) -> PersonReport:
    """Write the "data saya" PDF for one person and log it (it carries all their identifiers)."""
    from desktop import settings
    with db.read() as session:
        report = person_report(session, person_id)
        cfg = settings.load(session)
    with db.lock:  # the file is written only if its log entry can be too
        write_report_pdf(report, Path(target), org_name=cfg.org_short_name, dpo_contact=cfg.dpo_contact,
                         paper_size=cfg.paper_size)
        with db.write() as session:
            audit.record(session, REPORT, "Laporan data pribadi satu orang dicetak", person_count=1,
                         fields=report.fields, target=str(target), checksum=sha256_file(target),
                         detail={"person_id": person_id})
    return report


def find_person(session: Session, key: str) -> int:
    """A person by NIK (16 digits) or row id (as the CLI and the window's search box take it)."""
    from desktop.roster.persons import find_by_nik
    digits = "".join(ch for ch in key if ch.isdigit())
    if len(digits) == 16:
        return find_by_nik(session, digits)
    if digits and digits == key.strip():
        return _person(session, int(digits)).id
    raise UserError(f"'{key}' bukan NIK 16 angka atau nomor id orang.")
