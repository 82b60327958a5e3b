"""Add or change an institution (KB/TK/RA/PAUD/TPQ/Majelis Taklim …)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop import regions, settings as org_settings
from desktop.roster import institutions, units
from desktop.ui.roster.record_dialog import RecordDialog


class InstitutionEditor(RecordDialog):
    def __init__(self, db, inst_id: int | None, parent=None, *, unit_id: int | None = None):  # noqa: ANN001
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Lembaga baru") if inst_id is None else self.tr("Ubah lembaga"))
        self.setObjectName("institution_editor")
        self.db, self.inst_id = db, inst_id
        with db.read() as session:
            data = (institutions.institution_data(session, inst_id) if inst_id
                    else institutions.InstitutionData("", "TK", unit_id=unit_id))
            self.version = data.version  # a save is refused if another desk saved this institution since
            nodes = units.flatten(units.unit_tree(session))
            kecamatan = regions.children(session, org_settings.load(session).district_code)
            desa = regions.get(session, data.desa_code) if data.desa_code else None
            if desa and desa.parent_code not in {k.code for k in kecamatan}:  # kept, even outside the district
                kecamatan.append(regions.get(session, desa.parent_code))
        self.add_row("name", self.tr("Nama lembaga"), self.line(data.name), required=True)
        kind: QComboBox = self.combo([(t, t) for t in institutions.TYPES], data.type)
        kind.setEditable(True)
        kind.setCurrentText(data.type)
        self.add_row("type", self.tr("Jenis"), kind)
        self.add_row("unit_id", self.tr("Unit"), self.combo(
            [(None, "")] + [(n.id, "    " * n.level + n.name) for n in nodes], data.unit_id))
        self.add_row("npsn", self.tr("NPSN"), self.line(data.npsn))
        self.add_row("nsm", self.tr("NSM"), self.line(data.nsm))
        self.add_row("npp", self.tr("NPP (BPJS)"), self.line(data.npp))
        self.add_row("head_name", self.tr("Kepala lembaga"), self.line(data.head_name))
        self.add_row("address", self.tr("Alamat"), self.line(data.address))
        # where the institution is: the person import matches its staff's rows within a kecamatan
        self.add_row("kecamatan", self.tr("Kecamatan"), self.combo(
            [(None, "")] + [(k.code, k.name) for k in kecamatan], desa.parent_code if desa else None))
        self.add_row("desa_code", self.tr("Desa/Kelurahan"), self.combo([(None, "")]))
        self.inputs["kecamatan"].currentIndexChanged.connect(lambda _index: self._fill_desa())
        self._fill_desa(data.desa_code)
        self.add_row("phone", self.tr("Telepon"), self.line(data.phone))
        self.add_row("risk_group", self.tr("Kelompok risiko"), self.combo(
            [(g, g) for g in ("I", "II", "III", "IV", "V")], data.risk_group))
        self.add_row("staff_count", self.tr("Jumlah pegawai"), self.line(data.staff_count))
        self.finish()

    def _fill_desa(self, chosen: str | None = None) -> None:
        """The desa of the chosen kecamatan."""
        combo: QComboBox = self.inputs["desa_code"]
        combo.clear()
        combo.addItem("", None)
        code = self.inputs["kecamatan"].currentData()
        if code:
            with self.db.read() as session:
                for desa in regions.children(session, code):
                    combo.addItem(desa.name, desa.code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def save(self) -> None:
        staff = self.text("staff_count")
        if staff is not None and not staff.isdigit():
            self.notes["staff_count"].setText(self.tr("✖ Jumlah pegawai harus angka bulat."))
            self.notes["staff_count"].show()
            return
        data = institutions.InstitutionData(
            name=self.text("name") or "", type=self.inputs["type"].currentText(), npsn=self.text("npsn"),
            nsm=self.text("nsm"), npp=self.text("npp"), address=self.text("address"), desa_code=self.inputs["desa_code"].currentData(),
            head_name=self.text("head_name"), phone=self.text("phone"), unit_id=self.inputs["unit_id"].currentData(),
            risk_group=self.inputs["risk_group"].currentData(), staff_count=int(staff) if staff else None,
            version=self.version)

        def write() -> int:
            with self.db.write() as session:
                if self.inst_id is None:
                    return institutions.add_institution(session, data)
                institutions.update_institution(session, self.inst_id, data)
                return self.inst_id
        self.run_save(write)
