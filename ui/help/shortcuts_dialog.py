"""Help › Keyboard shortcuts: the current screen's keys, then the window's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.help.keys import CONTEXT, SCREEN_KEYS


def native_keys(keys: str) -> str:
    """ "Ctrl+Return" as this platform writes it ("⌘↩" on a Mac), lists kept."""
    parts = [p.strip() for p in keys.split(",")]
    shown = []
    for part in parts:
        sequence = QKeySequence(part)
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        shown.append(text or part)
    return ", ".join(shown)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what) of every menu entry with a shortcut, in menu order."""
    out: list[tuple[str, str]] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
                continue
            # The platform may add rare alternatives (Alt+Shift+Backspace for
            # Redo); the first two are the ones people use.
            keys = [k for k in action.shortcuts() if not k.isEmpty()][:2]
            if keys and action.isVisible():
                text = action.text().replace("&", "").rstrip("…").rstrip(".")
                shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                out.append((shown, text))

    walk(bar.actions())
    return out


class ShortcutsDialog(QDialog):
    def __init__(
        self, screen_key: str | None, screen_title: str, bar: QMenuBar, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        screen = SCREEN_KEYS.get(screen_key or "", ())
        if screen:
            self._section(
                self.tr("This screen: %1").replace("%1", screen_title),
                [(native_keys(k), QCoreApplication.translate(CONTEXT, what)) for k, what in screen],
            )
        self._section(self.tr("Everywhere"), menu_shortcuts(bar))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> None:
        head = QTreeWidgetItem(self.tree, [title])
        head.setFirstColumnSpanned(True)
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for keys, what in rows:
            QTreeWidgetItem(head, [keys, what])

    def rows(self) -> list[tuple[str, str]]:
        """Every (keys, what) shown, sections in order (for tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                child = head.child(j)
                out.append((child.text(0), child.text(1)))
        return out
