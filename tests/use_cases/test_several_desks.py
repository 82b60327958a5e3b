"""Several desks on one database (issue 21): no lost update, numbers from the database, seeding that
two desks may run at once. In one process, two `Database` objects on one location are two desks; the
multi-process runs against a server are in test_several_desks_processes.py."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from desktop import audit, dialect, settings
from desktop.batches import lifecycle, presets
from desktop.db import open_database
from desktop.errors import UserError
from desktop.models import Batch, ExportPreset, Person, Setting
from desktop.roster import history, persons
from desktop.versions import StaleRecord

SITI = "3516135205750003"


@pytest.fixture
def two_desks(db, db_path, mojokerto, monkeypatch):
    """Desk A (the `db` fixture) and desk B (a second connection to the same database)."""
    with db.write() as session:
        person_id = persons.add_person(session, persons.PersonData(
            name="Siti Aminah", nik=SITI, unit_id=mojokerto["sooko"], phone="081234567890", income=1_000_000))
    other = open_database(db_path)
    yield db, other, person_id
    other.close()


def _as(monkeypatch, name: str) -> None:
    monkeypatch.setattr(audit, "current_actor", lambda: name)


def test_a_stale_save_is_refused_naming_who_when_and_what_and_nothing_is_written(two_desks, monkeypatch):
    desk_a, desk_b, person_id = two_desks
    with desk_a.read() as s:
        opened_a = persons.person_data(s, person_id)
    with desk_b.read() as s:
        opened_b = persons.person_data(s, person_id)
    assert opened_a.version == opened_b.version == 1
    _as(monkeypatch, "bu_rina")
    opened_b.phone = "085711112222"
    with desk_b.write() as s:
        persons.update_person(s, person_id, opened_b)
    _as(monkeypatch, "bu_siti")
    opened_a.address = "Dusun Japan RT 1"
    with pytest.raises(StaleRecord) as refused, desk_a.write() as s:
        persons.update_person(s, person_id, opened_a)
    message = refused.value.message
    assert "sudah diubah oleh bu_rina pada" in message and "yang diubahnya: No. HP" in message
    assert "Alamat" in message and "No. HP" in message.split("data terbaru:")[1]
    assert refused.value.version == 2 and refused.value.theirs.phone == "6285711112222"
    with desk_a.read() as s:
        stored = persons.person_data(s, person_id)
    assert (stored.phone, stored.address, stored.version) == ("6285711112222", None, 2)  # B kept, A not written
    # desk A merges (its address, their phone) and saves with the version it was told
    opened_a.phone, opened_a.version = refused.value.theirs.phone, refused.value.version
    with desk_a.write() as s:
        persons.update_person(s, person_id, opened_a)
    with desk_b.read() as s:
        stored = persons.person_data(s, person_id)
    assert (stored.phone, stored.address, stored.version) == ("6285711112222", "Dusun Japan RT 1", 3)


def test_heirs_count_as_a_change_of_the_person(two_desks):
    desk_a, desk_b, person_id = two_desks
    with desk_a.read() as s:
        opened_a = persons.person_data(s, person_id)
    with desk_b.write() as s:
        data = persons.person_data(s, person_id)
        data.heirs = [persons.HeirData("Ahmad", "Anak", dt.date(2010, 1, 5))]
        persons.update_person(s, person_id, data)
    opened_a.notes = "catatan"
    with pytest.raises(StaleRecord, match="Ahli waris"), desk_a.write() as s:
        persons.update_person(s, person_id, opened_a)


def test_undo_takes_back_only_this_save_and_is_refused_after_another_desk_saved(two_desks):
    desk_a, desk_b, person_id = two_desks
    with desk_a.write() as s:
        data = persons.person_data(s, person_id)
        data.address = "Dusun Japan"
        _, step = history.save_person(s, person_id, data)
    with desk_a.write() as s:
        step.undo(s)  # nobody else saved: the undo goes through
    with desk_a.read() as s:
        assert persons.person_data(s, person_id).address is None
    with desk_a.write() as s:
        data = persons.person_data(s, person_id)
        data.address = "Dusun Japan"
        _, step = history.save_person(s, person_id, data)
    with desk_b.write() as s:
        theirs = persons.person_data(s, person_id)
        theirs.phone = "085711112222"
        persons.update_person(s, person_id, theirs)
    with pytest.raises(StaleRecord), desk_a.write() as s:
        step.undo(s)
    with desk_a.read() as s:
        assert persons.person_data(s, person_id).phone == "6285711112222"


def test_the_cli_refuses_an_edit_of_a_version_that_moved_on(cli, monkeypatch):
    cli("unit", "add", "PC Muslimat NU Kab. Mojokerto")
    cli("person", "add", "--nik", SITI, "--name", "Siti", "--unit", "PC Muslimat NU Kab. Mojokerto")
    shown = cli("person", "show", "--nik", SITI).output
    assert "Versi data             1" in shown
    monkeypatch.setenv("LOGNAME", "bu_rina")
    assert cli("person", "edit", "--nik", SITI, "--phone", "085711112222", "--version", "1").exit_code == 0
    monkeypatch.setenv("LOGNAME", "bu_siti")
    refused = cli("person", "edit", "--nik", SITI, "--name", "Siti Aminah", "--version", "1")
    assert refused.exit_code == 2
    assert "sudah diubah oleh bu_rina" in refused.output and "yang diubahnya: No. HP" in refused.output
    shown = cli("person", "show", "--nik", SITI).output
    assert "Siti Aminah" not in shown and "085711112222" in shown  # B's change kept, A's not written
    assert "Versi data             2" in shown
    assert cli("person", "edit", "--nik", SITI, "--name", "Siti Aminah", "--version", "2").exit_code == 0
    assert "Siti Aminah" in cli("person", "show", "--nik", SITI).output


def test_batch_numbers_come_from_the_counter_and_continue_after_older_batches(db, mojokerto):
    with db.write() as s:
        for i in range(3):
            persons.add_person(s, persons.PersonData(name=f"Anggota {i}", nik=f"35161352057500{i + 1:02d}",
                                                     unit_id=mojokerto["sooko"], income=1_000_000))
        ids = list(s.scalars(select(Person.id).order_by(Person.id)))
    day = dt.date(2026, 12, 3)
    with db.write() as s:
        first, _, _ = lifecycle.create_batch(s, lifecycle.BatchSpec(), person_ids=ids[:1], today=day)
        # a batch from before the counter (or moved in from another desk) with a higher number
        s.execute(Batch.__table__.update().where(Batch.id == first).values(number="B2026-0007"))
    with db.write() as s:
        second, _, _ = lifecycle.create_batch(s, lifecycle.BatchSpec(), person_ids=ids[1:2], today=day)
    with pytest.raises(UserError), db.write() as s:  # nobody left: refused, its number given back
        lifecycle.create_batch(s, lifecycle.BatchSpec(), person_ids=ids[:2], today=day)
    with db.write() as s:
        third, _, _ = lifecycle.create_batch(s, lifecycle.BatchSpec(), person_ids=ids[2:], today=day)
    with db.read() as s:
        numbers = [s.get(Batch, i).number for i in (first, second, third)]
    assert numbers == ["B2026-0007", "B2026-0008", "B2026-0009"]


def test_seeding_presets_and_saving_a_new_setting_twice_do_not_collide(db):
    with db.write() as s:
        s.execute(delete(ExportPreset).where(ExportPreset.name == presets.BPU_PRESET))
        presets.ensure_builtin_presets(s)
        presets.ensure_builtin_presets(s)  # the second desk's seeding: nothing to add, no error
        assert s.scalar(select(func.count()).select_from(ExportPreset)) == len(presets.BUILTIN)
        settings.save(s, secretary_name="Hj. Umi")
        settings.save(s, secretary_name="Hj. Umi Kulsum")
        assert settings.load(s).secretary_name == "Hj. Umi Kulsum"
        assert s.scalar(select(func.count()).select_from(Setting).where(Setting.key == "secretary_name")) == 1


def test_next_number_is_one_more_each_time_and_never_below_the_floor(db):
    with db.write() as s:
        assert [dialect.next_number(s, "uji") for _ in range(3)] == [1, 2, 3]
        assert dialect.next_number(s, "uji", at_least=10) == 10
        assert dialect.next_number(s, "uji") == 11


def test_units_and_institutions_refuse_a_stale_save_too(db, db_path, mojokerto, monkeypatch):
    from desktop.roster import institutions, units
    other = open_database(db_path)
    try:
        with db.read() as s:
            unit_a = units.unit_data(s, mojokerto["sooko"])
            inst_a = institutions.institution_data(s, mojokerto["tk"])
        _as(monkeypatch, "bu_rina")
        with other.write() as s:
            unit_b = units.unit_data(s, mojokerto["sooko"])
            unit_b.chair_name = "Hj. Umi"
            units.update_unit(s, mojokerto["sooko"], unit_b)
            inst_b = institutions.institution_data(s, mojokerto["tk"])
            inst_b.head_name = "Ibu Nur"
            institutions.update_institution(s, mojokerto["tk"], inst_b)
    finally:
        other.close()
    unit_a.address = "Jl. Raya Sooko 1"
    with pytest.raises(StaleRecord, match="oleh bu_rina.*yang diubahnya: Ketua"), db.write() as s:
        units.update_unit(s, mojokerto["sooko"], unit_a)
    inst_a.phone = "0321123456"
    with pytest.raises(StaleRecord, match="oleh bu_rina.*yang diubahnya: Kepala"), db.write() as s:
        institutions.update_institution(s, mojokerto["tk"], inst_a)
    with db.read() as s:
        assert units.unit_data(s, mojokerto["sooko"]).chair_name == "Hj. Umi"
        assert units.unit_data(s, mojokerto["sooko"]).address is None
        assert institutions.institution_data(s, mojokerto["tk"]).head_name == "Ibu Nur"


def test_a_change_made_elsewhere_in_the_app_also_moves_the_version_on(two_desks):
    desk_a, desk_b, person_id = two_desks
    with desk_a.read() as s:
        opened = persons.person_data(s, person_id)
    with desk_b.write() as s:  # as a batch answer does: the ORM row gets its KPJ
        s.get(Person, person_id).kpj = "12345678901"
    opened.notes = "ditelepon"
    with pytest.raises(StaleRecord, match="oleh meja lain pada .*KPJ"), desk_a.write() as s:
        persons.update_person(s, person_id, opened)  # no audit entry names it: no clerk's name is guessed
    with desk_a.read() as s:
        assert persons.person_data(s, person_id).kpj == "12345678901"


def test_an_import_rechecks_niks_at_commit_and_skips_those_another_desk_added(db, db_path, mojokerto, tmp_path):
    import openpyxl

    from desktop.importing.commit import commit
    from desktop.importing.options import ImportOptions
    from desktop.importing.plan import prepare
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK", "Tgl Lahir", "L/P"])
    book.active.append(["Siti Aminah", SITI, "12-05-1975", "P"])
    book.active.append(["Nur Hasanah", "3516134107800001", "01-07-1980", "P"])
    book.save(tmp_path / "guru.xlsx")
    preview = prepare(db, tmp_path / "guru.xlsx", "persons", ImportOptions(reference=dt.date(2026, 11, 2)))
    assert sum(1 for row in preview.rows if row.status == "new") == 2
    other = open_database(db_path)
    try:
        with other.write() as s:  # desk B types Siti in while desk A looks at its preview
            persons.add_person(s, persons.PersonData(name="Siti Aminah", nik=SITI, unit_id=mojokerto["sooko"]))
    finally:
        other.close()
    result = commit(db, preview, backup=False)
    assert (result.added, result.added_meanwhile) == (1, 1)
    assert "1 di antaranya baru saja ditambahkan di meja lain" in result.summary()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.nik == SITI)) == 1
        assert s.scalar(select(func.count()).select_from(Person)) == 2


def test_a_preset_saved_on_another_desk_meanwhile_is_not_overwritten(db, db_path, monkeypatch):
    with db.write() as s:
        presets.ensure_builtin_presets(s)
        preset_id = presets.copy_preset(s, presets.BPU_PRESET, "BPU cabang")
    with db.read() as s:
        mine = presets.get_preset(s, preset_id)
    other = open_database(db_path)
    try:
        _as(monkeypatch, "bu_rina")
        with other.write() as s:
            theirs = presets.get_preset(s, preset_id)
            theirs.columns = theirs.columns[:-1]
            presets.save_preset(s, theirs)
    finally:
        other.close()
    mine.name = "BPU cabang Mojokerto"
    with pytest.raises(StaleRecord, match="oleh bu_rina.*Kolom"), db.write() as s:
        presets.save_preset(s, mine)
    with db.read() as s:
        stored = presets.get_preset(s, preset_id)
    assert stored.name == "BPU cabang" and len(stored.columns) == len(mine.columns) - 1


def test_a_batch_cancelled_on_another_desk_during_its_export_is_not_marked_exported(db, db_path, samples, mojokerto,
                                                                                   tmp_path, monkeypatch):
    from desktop.batches import export
    from tests.use_cases.test_batch_lifecycle import make_sooko_batch
    number = make_sooko_batch(db, samples, mojokerto)
    verify = export.verify_export

    def cancelled_meanwhile(*args, **kwargs):  # the file is written; desk B cancels before A records it
        verify(*args, **kwargs)
        other = open_database(db_path)
        try:
            with other.write() as s:
                lifecycle.cancel_batch(s, number)
        finally:
            other.close()
    monkeypatch.setattr(export, "verify_export", cancelled_meanwhile)
    with pytest.raises(UserError, match="Dibatalkan|dibatalkan"):
        export.export_batch(db, number, tmp_path)
    with db.read() as s:
        batch = lifecycle.get_batch(s, number)
        assert (batch.state, batch.exported_at) == ("cancelled", None)
        assert s.scalar(select(func.count()).select_from(Person).where(Person.status == "diajukan")) == 0


def test_a_template_saved_on_another_desk_since_opening_is_not_replaced_silently(db, monkeypatch):
    from desktop.documents import templates
    with db.read() as s:
        opened = max(item.version for item in templates.history(s, "pks"))
    _as(monkeypatch, "bu_rina")
    with db.write() as s:
        theirs = templates.save(s, "pks", templates.default_body("pks") + "\n\nPasal tambahan.", based_on=opened)
    _as(monkeypatch, "bu_siti")
    with pytest.raises(StaleRecord, match="Templat PKS sudah diubah oleh bu_rina.*Teks templat"), db.write() as s:
        templates.save(s, "pks", templates.default_body("pks") + "\n\nPasal lain.", based_on=opened)
    with db.write() as s:  # saved on the newest version it now knows: goes through
        assert templates.save(s, "pks", templates.default_body("pks") + "\n\nPasal lain.", based_on=theirs) == theirs + 1


def test_a_setting_another_desk_changed_since_the_dialog_opened_is_refused(db, monkeypatch):
    from desktop import profile
    with db.read() as s:
        shown = settings.load(s).secretary_name
    _as(monkeypatch, "bu_rina")
    with db.write() as s:
        profile.apply_settings(s, expected={"secretary_name": shown}, secretary_name="Hj. Umi Kulsum")
    _as(monkeypatch, "bu_siti")
    with pytest.raises(StaleRecord, match="oleh bu_rina.*secretary_name"), db.write() as s:
        profile.apply_settings(s, expected={"secretary_name": shown, "org_short_name": None},
                               secretary_name="Hj. Siti")
    with db.read() as s:
        assert settings.load(s).secretary_name == "Hj. Umi Kulsum"
