"""Checking a batch before export: every required field of its preset, NIK, age and programme rules,
and that the rate tables can price every person for the batch's months.

The check reads exactly the values the export will write (desktop.batches.fields), so what passes
here is what the Kantor Cabang receives.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop import contributions, regions
from desktop import settings as org_settings
from desktop.batches.costs import batch_months, period_of
from desktop.batches.fields import FIELDS, batch_rows
from desktop.batches.lifecycle import get_batch, require_state
from desktop.batches.presets import Preset, ensure_builtin_presets, get_preset
from desktop.domain.nik import age_on, check_nik, mask_nik
from desktop.domain.rates import Pricer
from desktop.errors import UserError
from desktop.models import Batch
from desktop.progress import NO_PROGRESS, Progress
from desktop.vocabulary import BatchAction
from desktop.sheet_output import CONTROL


@dataclass
class PersonProblems:
    person_id: int
    name: str
    nik: str
    messages: list[str] = field(default_factory=list)


@dataclass
class CheckResult:
    batch_id: int
    number: str
    persons: int
    problems: list[PersonProblems]

    @property
    def ok(self) -> bool:
        return not self.problems

    def headline(self) -> str:
        if self.ok:
            return f"Batch {self.number}: {self.persons} orang, semua data lengkap. Batch siap diekspor."
        return (f"Batch {self.number}: {len(self.problems)} dari {self.persons} orang perlu diperbaiki "
                "(atau dikeluarkan dari batch) sebelum ekspor:")

    def problem_lines(self, limit: int | None = None, *, masked: bool = False) -> list[str]:
        """One line a person: name, NIK (masked on screen when asked) and what to fix."""
        lines = []
        for item in self.problems[:limit]:
            nik = (mask_nik(item.nik) if masked else item.nik) if item.nik else "tanpa NIK"
            lines.append(f"- {item.name} ({nik}): " + "; ".join(item.messages))
        if limit is not None and len(self.problems) > limit:
            lines.append(f"… dan {len(self.problems) - limit} orang lagi.")
        return lines

    def describe(self, limit: int | None = 20, *, masked: bool = False) -> str:
        return "\n".join([self.headline(), *self.problem_lines(limit, masked=masked)])


def batch_preset(session: Session, batch: Batch) -> Preset:
    ensure_builtin_presets(session)
    if batch.preset_id is None:
        raise UserError(f"Batch {batch.number} belum memakai preset ekspor; pilih preset dahulu.")
    return get_preset(session, batch.preset_id)


def over_bpu_age(segment: str, age: int, cfg) -> bool:
    """BPU registration stops at the age limit of the settings (65 by default)."""
    return segment == "BPU" and age >= cfg.bpu_max_age


def _years_before(on: dt.date, years: int) -> dt.date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def candidate_conditions(cfg, on: dt.date) -> list:
    """The same rules as SQL conditions on Person, for lists of candidates (the PKS annex): not yet
    registered (no KPJ; not accepted, rejected or already a participant), of working age and, for BPU,
    under the age limit on `on` (the first contribution month)."""
    from sqlalchemy import or_
    from desktop.batches.lifecycle import CANDIDATE_STATUSES
    from desktop.models import Person
    too_old = _years_before(on, cfg.bpu_max_age)  # born on or before: over_bpu_age on `on`
    too_young = _years_before(on, cfg.min_working_age)  # born after: under working age
    return [Person.status.in_(CANDIDATE_STATUSES), or_(Person.kpj.is_(None), Person.kpj == ""),
            Person.birth_date.is_not(None), Person.birth_date <= too_young,
            or_(Person.segment != "BPU", Person.birth_date > too_old)]


def person_messages(values: dict, batch: Batch, preset: Preset, pricer: Pricer, known, cfg) -> list[str]:
    messages = []
    if values["deleted"]:
        messages.append("orang ini ada di tempat sampah; pulihkan atau keluarkan dari batch")
    if values["segment"] != batch.segment:
        messages.append(f"segmen orang {values['segment']}, batch untuk {batch.segment}")
    for column in preset.columns:
        value = values.get(column.field, column.field)  # "no" is the row number, always there
        if column.required and (value is None or value == ""):
            label = FIELDS[column.field].label  # the field to fill in the person's data, when the header differs
            same = label.casefold() == column.header.casefold()
            messages.append(f"{column.header} belum diisi" + ("" if same else f" ({label})"))
        elif type(value) is str and CONTROL.search(value):  # stored before the import removed them
            messages.append(f"{column.header} berisi karakter kontrol (tak terlihat); buka data orang ini, "
                            "hapus lalu ketik ulang isinya")
    if not values["nik"]:
        messages.append("belum ber-NIK: isi NIK 16 digit dari KTP/KK")
    else:
        nik = check_nik(values["nik"], typed_birth=values["birth_date"], reference=batch.period_start,
                        kecamatan_known=known, min_age=cfg.min_working_age, max_age=cfg.max_working_age)
        messages.extend(f"NIK: {p.message}" for p in nik.problems if p.severity == "error")
    birth = values["birth_date"]
    if birth is None:
        messages.append("tanggal lahir belum diisi")
    else:
        age = age_on(birth, batch.period_start)
        if over_bpu_age(batch.segment, age, cfg):
            messages.append(f"umur {age} tahun pada awal periode; BPU hanya untuk umur di bawah "
                            f"{cfg.bpu_max_age} tahun")
        if age < cfg.min_working_age:
            messages.append(f"umur {age} tahun, di bawah usia kerja {cfg.min_working_age} tahun")
    if "JP" in values["programmes"].split() and values["segment"] != "PU":
        messages.append("JP hanya untuk peserta Penerima Upah (PU)")
    if not values["income"]:
        messages.append(f"{contributions.NO_INCOME}; iuran tidak dapat dihitung")
    else:
        try:
            period_of(pricer, batch_months(batch), values)
        except UserError as exc:
            messages.append(exc.message)
    return messages


def check_batch(session: Session, number_or_id: str | int, progress: Progress = NO_PROGRESS) -> CheckResult:
    """Judge every person of an unexported batch; a clean batch becomes 'checked', otherwise 'draft'."""
    batch = get_batch(session, number_or_id)
    require_state(batch, BatchAction.CHECK)
    preset = batch_preset(session, batch)
    cfg = org_settings.load(session)
    pricer = contributions.pricer(session)
    known = regions.kecamatan_known(session)
    problems: list[PersonProblems] = []
    persons = 0
    for values in batch_rows(session, batch.id, batch.months, batch.period_start):
        persons += 1
        if persons % 500 == 0:
            progress.step(persons, 0, f"Memeriksa {persons} orang…")
        messages = person_messages(values, batch, preset, pricer, known, cfg)
        if messages:
            problems.append(PersonProblems(values["id"], values["name"], values["nik"], messages))
    if persons == 0:
        raise UserError(f"Batch {batch.number} tidak berisi orang.")
    batch.state = "draft" if problems else "checked"
    session.flush()
    return CheckResult(batch.id, batch.number, persons, problems)
