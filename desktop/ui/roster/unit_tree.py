"""The organisation tree with counts per node (one grouped query); choosing a node filters the table."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop import settings
from desktop.domain.status import Count
from desktop.roster import units
from desktop.ui.home import thousands

ID_ROLE = Qt.ItemDataRole.UserRole


class UnitTree(QTreeWidget):
    unit_chosen = Signal(object)  # unit id, or None for "all units"

    def __init__(self, db, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.setObjectName("unit_tree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Unit"), self.tr("Orang"), self.tr(Count.ENROLLED.label)])
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, 64)
            self.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.currentItemChanged.connect(self._on_current)

    def refresh(self) -> None:
        """Rebuild from the DB, keeping the chosen node and the expanded ones."""
        chosen = self.current_unit()
        expanded = {item.data(0, ID_ROLE) for item in self._items() if item.isExpanded()}
        with self.db.read() as session:
            cfg = settings.load(session)
            tree = units.counted_tree(session)
        self.blockSignals(True)
        self.clear()
        root = QTreeWidgetItem([self.tr("Semua unit"), thousands(tree.persons), thousands(tree.enrolled)])
        root.setData(0, ID_ROLE, None)
        self.addTopLevelItem(root)
        self._add(root, tree.roots, cfg)
        root.setExpanded(True)
        for index in range(root.childCount() if not expanded else 0):  # at first the PACs show
            root.child(index).setExpanded(True)
        for column in (1, 2):
            root.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        current = root
        for item in self._items():
            unit_id = item.data(0, ID_ROLE)
            if unit_id in expanded:
                item.setExpanded(True)
            if unit_id == chosen and unit_id is not None:
                current = item
        self.setCurrentItem(current)
        self.blockSignals(False)

    def _add(self, parent: QTreeWidgetItem, nodes: list[units.UnitNode], cfg) -> None:  # noqa: ANN001
        for node in nodes:
            item = QTreeWidgetItem([node.name, thousands(node.persons), thousands(node.enrolled)])
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, f"{settings.level_name(cfg, node.level)} {node.name}")
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parent.addChild(item)
            self._add(item, node.children, cfg)

    def _items(self) -> list[QTreeWidgetItem]:
        out, stack = [], [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def current_unit(self) -> int | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def choose(self, unit_id: int | None) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == unit_id:
                self.setCurrentItem(item)
                return

    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.unit_chosen.emit(current.data(0, ID_ROLE) if current else None)
