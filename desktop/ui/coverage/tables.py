"""The read-only tables of the Laporan pages, set up one way: whole rows selected, alternating rows,
compact row height, columns sized to their contents."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def read_only_table(name: str, columns: list[str] | tuple[str, ...] = (), *, stretch: int | None = None) -> QTableWidget:
    """`stretch`: the long-text column that takes the spare width (else the last column does)."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    if columns:
        table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def set_cell(table: QTableWidget, row: int, column: int, text: str, *, right: bool = False,
             tip: str | None = None) -> None:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    table.setItem(row, column, item)
