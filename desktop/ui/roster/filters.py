"""The filter bar above the persons table: search box and the roster's filters, as a PersonFilter."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.batches import missing
from desktop.vocabulary import PROGRAMMES, SEGMENTS
from desktop.roster import institutions, queries
from desktop.ui.roster.persons_model import STATUS_KEYS


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, db, status_label, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.search = QLineEdit()
        self.search.setObjectName("person_search")
        self.search.setPlaceholderText(self.tr("Cari nama, NIK, KPJ, No. HP (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.institution = self._combo("filter_institution", self.tr("Semua lembaga"), [])
        self.segment = self._combo("filter_segment", self.tr("Semua segmen"), [(s, s) for s in SEGMENTS])
        self.programme = self._combo("filter_programme", self.tr("Semua program"), [(p, p) for p in PROGRAMMES])
        self.status = self._combo("filter_status", self.tr("Semua status"),
                                  [(key, status_label(key)) for key in STATUS_KEYS])
        self.problems = QCheckBox(self.tr("Ada masalah"))
        self.problems.setObjectName("filter_problems")
        self.lacking = QCheckBox(self.tr("Kurang data batch"))
        self.lacking.setObjectName("filter_lacking")
        self.lacking_columns: tuple[str, ...] = ()
        self.trash = QCheckBox(self.tr("Tempat sampah"))
        self.trash.setObjectName("filter_trash")
        self.trash.setToolTip(self.tr("Tampilkan orang yang dihapus, untuk dipulihkan"))
        # two rows: on a 1024-pixel screen one row squeezed the filters past reading
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.problems)
        first.addWidget(self.lacking)
        first.addWidget(self.trash)
        second = QHBoxLayout()
        for widget in (self.institution, self.segment, self.programme, self.status):
            second.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.search.textChanged.connect(self.changed)
        for combo in (self.institution, self.segment, self.programme, self.status):
            combo.currentIndexChanged.connect(self.changed)
        self.problems.toggled.connect(self.changed)
        self.lacking.toggled.connect(self.changed)
        self.trash.toggled.connect(self.changed)

    def _combo(self, name: str, everything: str, options: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # narrow when space is short, so the unit tree beside keeps room for its names
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.addItem(everything, None)
        for value, label in options:
            combo.addItem(label, value)
        return combo

    def refresh(self) -> None:
        """Reload the institutions list (they can be added while the window is open) and what the
        active export preset requires."""
        chosen = self.institution.currentData()
        with self.db.read() as session:
            rows = institutions.list_institutions(session)
            preset = missing.active_preset(session)
        self.lacking_columns = missing.lacking_columns(preset)
        self.lacking.setToolTip(self.tr("Orang yang belum lengkap untuk preset ekspor {preset}: {fields}").format(
            preset=preset.name, fields=", ".join(self.tr(n.label) for n in missing.needs(preset))))
        self.institution.blockSignals(True)
        self.institution.clear()
        self.institution.addItem(self.tr("Semua lembaga"), None)
        for row in rows:
            self.institution.addItem(f"{row.type} {row.name}", row.id)
        index = self.institution.findData(chosen)
        self.institution.setCurrentIndex(max(index, 0))
        self.institution.blockSignals(False)

    def person_filter(self, unit_id: int | None) -> queries.PersonFilter:
        return queries.PersonFilter(
            search=self.search.text(), unit_id=unit_id, institution_id=self.institution.currentData(),
            segment=self.segment.currentData(), programme=self.programme.currentData(),
            status=self.status.currentData(), has_problems=True if self.problems.isChecked() else None,
            trash=self.trash.isChecked(), lacking=self.lacking_columns if self.lacking.isChecked() else ())
