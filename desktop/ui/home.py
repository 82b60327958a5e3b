"""The first page: the organisation and where its roster stands, in a few numbers."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import func, select

from desktop import settings
from desktop.models import Institution, OrgUnit, Person


@dataclass
class Summary:
    org_name: str
    branch_name: str
    units: int
    institutions: int
    persons: int
    enrolled: int
    without_nik: int


def load_summary(db) -> Summary:  # noqa: ANN001
    with db.read() as session:
        cfg = settings.load(session)
        alive = Person.deleted_at.is_(None)
        return Summary(
            org_name=cfg.org_name, branch_name=cfg.branch_name,
            units=session.scalar(select(func.count(OrgUnit.id)).where(OrgUnit.deleted_at.is_(None))) or 0,
            institutions=session.scalar(select(func.count(Institution.id))
                                        .where(Institution.deleted_at.is_(None))) or 0,
            persons=session.scalar(select(func.count(Person.id)).where(alive)) or 0,
            enrolled=session.scalar(select(func.count(Person.id)).where(alive, Person.status == "terdaftar")) or 0,
            without_nik=session.scalar(select(func.count(Person.id)).where(alive, Person.nik.is_(None))) or 0,
        )


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class HomePage(QWidget):
    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.title = QLabel()
        self.title.setObjectName("home_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.values = {key: QLabel("…") for key in ("units", "institutions", "persons", "enrolled", "without_nik")}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (("units", self.tr("Unit organisasi")), ("institutions", self.tr("Lembaga")),
                           ("persons", self.tr("Orang di daftar")), ("enrolled", self.tr("Sudah terdaftar (ber-KPJ)")),
                           ("without_nik", self.tr("Belum ber-NIK"))):
            self.values[key].setObjectName(f"home_{key}")
            form.addRow(label + ":", self.values[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addLayout(form)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.window_.jobs.start(self.tr("Memuat ringkasan"), lambda _p: load_summary(self.window_.db), self._show,
                                parent_widget=self, show_dialog=False)

    def _show(self, summary: Summary) -> None:
        self.title.setText(summary.org_name)
        self.subtitle.setText(self.tr("Mitra {branch}").format(branch=summary.branch_name))
        for key in self.values:
            self.values[key].setText(thousands(getattr(summary, key)))
