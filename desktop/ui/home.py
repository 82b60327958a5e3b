"""The first page: the organisation and where its roster stands, in a few numbers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop import clock, coverage, settings
from desktop.domain import money
from desktop.domain.dates_id import month_label
from desktop.domain.status import Count
from desktop.roster import lookups


COUNTS = (Count.PERSONS, Count.ENROLLED, Count.SUBMITTED, Count.REJECTED, Count.NOT_SUBMITTED, Count.HAS_KPJ,
          Count.WITHOUT_NIK)


@dataclass
class Summary:
    org_name: str
    branch_name: str
    units: int
    institutions: int
    counts: coverage.Counts  # one definition per count: desktop/domain/status.py
    next_payment: coverage.MonthCost | None


def load_summary(db, today: dt.date | None = None) -> Summary:  # noqa: ANN001
    with db.read() as session:
        cfg = settings.load(session)
        units, institutions = lookups.alive_units_and_institutions(session)
        return Summary(
            org_name=cfg.org_name, branch_name=cfg.branch_name, units=units, institutions=institutions,
            counts=coverage.person_counts(session),
            next_payment=coverage.next_payment(session, today or clock.today()),
        )


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class HomePage(QWidget):
    # the Changes flags that make this page refresh (MainWindow.data_changed)
    SHOWS = {"persons", "units", "institutions", "batches", "settings", "rates"}

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window_ = window
        self.today: dt.date | None = None  # None: the real date (tests pin one)
        self.title = QLabel()
        self.title.setObjectName("home_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        keys = ["units", "institutions", *(str(c) for c in COUNTS), "next_payment"]
        self.values = {key: QLabel("…") for key in keys}
        self.labels = {"units": QLabel(self.tr("Unit organisasi") + ":"),
                       "institutions": QLabel(self.tr("Lembaga") + ":"),
                       **{str(c): QLabel(self.tr(c.label) + ":") for c in COUNTS},
                       "next_payment": QLabel(self.tr("Iuran berikutnya") + ":")}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key in keys:
            self.values[key].setObjectName(f"home_{key}")
            form.addRow(self.labels[key], self.values[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addLayout(form)
        layout.addStretch(1)

    def refresh(self) -> None:
        today = self.today
        self.window_.jobs.start(self.tr("Memuat ringkasan"), lambda _p: load_summary(self.window_.db, today),
                                self._show, parent_widget=self, show_dialog=False)

    def _show(self, summary: Summary) -> None:
        self.title.setText(summary.org_name)
        self.subtitle.setText(self.tr("Mitra {0}").format(summary.branch_name))
        self.values["units"].setText(thousands(summary.units))
        self.values["institutions"].setText(thousands(summary.institutions))
        for count in COUNTS:
            self.values[str(count)].setText(thousands(getattr(summary.counts, str(count))))
        cost = summary.next_payment
        if cost is None:
            self.labels["next_payment"].setText(self.tr("Iuran berikutnya") + ":")
            self.values["next_payment"].setText(self.tr("belum ada peserta terdaftar, belum ada iuran"))
        else:
            self.labels["next_payment"].setText(self.tr("Iuran {0}").format(month_label(cost.month)) + ":")
            self.values["next_payment"].setText(money.rupiah(cost.total))
