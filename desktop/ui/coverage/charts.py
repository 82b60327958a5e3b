"""The dashboard's charts, drawn by matplotlib on its Qt canvas (QtAgg backend).

matplotlib rather than pyqtgraph: it draws labelled bar, pie and line charts fit for a slide out of
the box, and a chart can be saved as PNG for the chair's presentation. QtCharts is not in
PySide6-Essentials. The charts show the same figures as the PDF report (desktop.reports.content).
"""
from __future__ import annotations

import io

import matplotlib

matplotlib.use("QtAgg")  # before pyplot-free imports of the Qt backend

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from desktop.coverage import NO_SERIES, Dashboard  # noqa: E402
from desktop.domain import dates_id, money  # noqa: E402
from desktop.files import write_bytes_atomic  # noqa: E402

ENROLLED, WAITING = "#1f6f43", "#c9d6cf"
PALETTE = ["#1f6f43", "#d08c1f", "#2f5d8a", "#8a2f4d", "#5b8a2f", "#6b6b6b"]


# chart texts are drawn by matplotlib, not by a widget: translated here (this lambda form is the one
# packaging/update_translations.py gives its context)
tr = lambda t: QCoreApplication.translate("Charts", t)  # noqa: E731


THOUSANDS = FuncFormatter(lambda v, _pos: money.number_id(int(v)))


class ChartCanvas(FigureCanvasQTAgg):
    """One chart; `draw_with(dashboard)` redraws it from fresh figures."""

    def __init__(self, painter, parent=None):  # noqa: ANN001
        self.figure_ = Figure(figsize=(4, 3), dpi=90, layout="constrained")
        super().__init__(self.figure_)
        self.setParent(parent)
        self.painter = painter
        self.setMinimumHeight(220)

    def draw_with(self, dashboard: Dashboard) -> None:
        self.figure_.clear()
        self.painter(self.figure_.add_subplot(), dashboard)
        self.draw_idle()

    def save_png(self, path: str) -> None:
        buffer = io.BytesIO()
        self.figure_.savefig(buffer, format="png", dpi=200)
        write_bytes_atomic(path, buffer.getvalue())


def short_names(names: list[str]) -> list[str]:
    """Sibling unit names without the words they all start with ("PAC Muslimat NU Sooko" → "Sooko"),
    so the bar labels stay short; a name is never left empty."""
    split = [n.split() for n in names]
    common = 0
    if len(split) > 1:
        while all(len(w) > common + 1 and w[common] == split[0][common] for w in split):
            common += 1
    while common and any(" ".join(w[common:]).isdigit() for w in split):
        common -= 1  # "Ranting Pacet 1" → "Pacet 1", not a bare "1"
    return [" ".join(w[common:]) for w in split]


def coverage_per_unit(ax, d: Dashboard) -> None:  # noqa: ANN001
    units = list(reversed(d.top_units()))
    names = short_names([u.name for u in units])
    enrolled = [u.counts.enrolled for u in units]
    waiting = [u.counts.waiting for u in units]
    ax.barh(names, enrolled, color=ENROLLED, label=tr("Terdaftar"))
    ax.barh(names, waiting, left=enrolled, color=WAITING, label=tr("Belum terdaftar"))
    for y, unit in enumerate(units):
        if unit.counts.persons:
            ax.text(unit.counts.enrolled + unit.counts.waiting, y, f" {round(unit.counts.share * 100)}%",
                    va="center", fontsize=7)
    ax.set_title(tr("Cakupan per unit (orang)"), fontsize=10, loc="left")
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(labelsize=7)
    # below the axis: beside the title it printed over the title on a narrow (1024-pixel) window
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)


def programme_mix(ax, d: Dashboard) -> None:  # noqa: ANN001
    ax.set_title(tr("Komposisi program (terdaftar)"), fontsize=10, loc="left")
    mix = {k: v for k, v in d.programme_mix.items() if v}
    if not mix:
        ax.text(0.5, 0.5, tr("Belum ada peserta terdaftar"), ha="center", va="center", fontsize=9)
        ax.axis("off")
        return
    total = sum(mix.values())
    ax.pie(list(mix.values()), colors=PALETTE[:len(mix)], startangle=90, counterclock=False,
           wedgeprops={"linewidth": 1, "edgecolor": "white"})
    ax.legend([f"{k}: {money.number_id(v)} ({round(100 * v / total)}%)" for k, v in mix.items()],
              fontsize=7, loc="upper center", bbox_to_anchor=(0.5, 0.02), frameon=False)
    ax.axis("equal")


def enrolment_over_time(ax, d: Dashboard) -> None:  # noqa: ANN001
    ax.set_title(tr("Jumlah terdaftar dari waktu ke waktu"), fontsize=10, loc="left")
    series = d.enrolment_series
    if series is None:
        ax.text(0.5, 0.5, tr(NO_SERIES).replace(": ", ":\n"), ha="center", va="center", fontsize=9)
        ax.axis("off")
        return
    months = [m for m, _, _ in series]
    ax.plot(months, [total for _, _, total in series], color=ENROLLED, marker="o", markersize=3)
    ax.yaxis.set_major_formatter(THOUSANDS)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(bottom=0)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _month_tick(v)))
    ax.tick_params(labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)


def _month_tick(value: float) -> str:
    from matplotlib.dates import num2date
    month = num2date(value).date()
    return f"{dates_id.month_label(month)[:3]} {month.year}"
