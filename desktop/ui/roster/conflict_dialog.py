"""Another desk saved the record while this one had it open: per differing field, keep mine or take
theirs, then save again (issue 21). The refusal itself (who, when, what) is desktop.versions."""
from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from desktop.ui import screen_fit
from desktop.versions import StaleRecord


class ConflictDialog(QDialog):
    """`mine`: what this desk tried to save; `opened`: what it had opened (a field the clerk did not
    touch starts on "take theirs", one she changed on "keep mine"); `show` turns a value into text."""

    def __init__(self, refusal: StaleRecord, mine: Any, opened: Any, labels: dict[str, str],
                 show: Callable[[str, Any], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Data sudah diubah di meja lain"))
        self.refusal, self.mine = refusal, mine
        self.choices: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        message = QLabel(refusal.message)
        message.setWordWrap(True)
        layout.addWidget(message)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        for column, title in enumerate((self.tr("Isian"), self.tr("Isian Anda"), self.tr("Isian terbaru"))):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, column)
        for row, name in enumerate(refusal.fields, start=1):
            group = QButtonGroup(self)
            keep = QRadioButton(show(name, getattr(mine, name)) or self.tr("(kosong)"))
            take = QRadioButton(show(name, getattr(refusal.theirs, name)) or self.tr("(kosong)"))
            keep.setObjectName(f"keep_{name}")
            take.setObjectName(f"take_{name}")
            group.addButton(keep, 0)
            group.addButton(take, 1)
            changed_here = getattr(mine, name) != getattr(opened, name)
            (keep if changed_here else take).setChecked(True)
            grid.addWidget(QLabel(labels.get(name, name)), row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(take, row, 2)
            self.choices[name] = group
        grid.setRowStretch(len(refusal.fields) + 1, 1)  # the rows stay together at the top
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(screen_fit.scrolling(grid_holder), 1)  # many fields scroll on a small screen
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan pilihan ini"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen_fit.fit(self, "conflict_dialog", (760, 460))

    def choose(self, name: str, keep_mine: bool) -> None:
        self.choices[name].button(0 if keep_mine else 1).setChecked(True)

    def merged(self) -> Any:
        """The stored record with the fields chosen "keep mine" taken from this desk's save, at the
        stored version: saving it goes through unless the record moved on again."""
        result = copy.deepcopy(self.refusal.theirs)
        for name, group in self.choices.items():
            if group.checkedId() == 0:
                setattr(result, name, copy.deepcopy(getattr(self.mine, name)))
        result.version = self.refusal.version
        return result
