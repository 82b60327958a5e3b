"""Add or change a unit of the organisation tree (name, parent, region, chair, address)."""
from __future__ import annotations

from desktop import regions, settings
from desktop.roster import units
from desktop.ui.roster.record_dialog import WARNING_STYLE, RecordDialog


class UnitEditor(RecordDialog):
    def __init__(self, db, unit_id: int | None, parent=None, *, parent_unit: int | None = None):  # noqa: ANN001
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Unit baru") if unit_id is None else self.tr("Ubah unit"))
        self.setObjectName("unit_editor")
        self.db, self.unit_id = db, unit_id
        with db.read() as session:
            cfg = settings.load(session)
            data = units.unit_data(session, unit_id) if unit_id else units.UnitData("", parent_id=parent_unit)
            self.version = data.version  # a save is refused if another desk saved this unit since
            below = set(units.subtree_ids(session, unit_id)) if unit_id else set()
            nodes = [n for n in units.flatten(units.unit_tree(session)) if n.id not in below]
            kecamatan = regions.children(session, cfg.district_code)
        self.add_row("name", self.tr("Nama unit"), self.line(data.name), required=True)
        self.add_row("parent_id", self.tr("Unit induk"), self.combo(
            [(None, self.tr("(unit puncak)"))] + [(n.id, "    " * n.level + n.name) for n in nodes], data.parent_id))
        self.add_row("region_code", self.tr("Wilayah (kecamatan)"), self.combo(
            [(None, "")] + [(k.code, f"{k.name} ({k.code})") for k in kecamatan], data.region_code))
        self.add_row("chair_name", self.tr("Ketua"), self.line(data.chair_name))
        self.add_row("address", self.tr("Alamat sekretariat"), self.line(data.address))
        self.add_row("code", self.tr("Kode unit"), self.line(data.code))
        self.inputs["name"].textChanged.connect(self._check_region)
        self.inputs["region_code"].currentIndexChanged.connect(self._check_region)
        self.finish()
        self._check_region()

    def _check_region(self) -> None:
        """A name that names another kecamatan than the chosen region is a warning under the region."""
        with self.db.read() as session:
            warning = units.region_warning(session, self.text("name"), self.inputs["region_code"].currentData())
        note = self.notes["region_code"]
        note.setStyleSheet(WARNING_STYLE)
        note.setText("⚠ " + warning if warning else "")
        note.setVisible(bool(warning))

    def save(self) -> None:
        data = units.UnitData(self.text("name") or "", self.inputs["parent_id"].currentData(),
                              self.inputs["region_code"].currentData(), self.text("code"), self.text("address"),
                              self.text("chair_name"), self.version)

        def write() -> int:
            with self.db.write() as session:
                if self.unit_id is None:
                    return units.add_unit(session, data.name, parent_id=data.parent_id, region_code=data.region_code,
                                          code=data.code, address=data.address, chair_name=data.chair_name)
                units.update_unit(session, self.unit_id, data)
                return self.unit_id
        self.run_save(write)
