"""A short, non-modal confirmation of what was just done, with "Undo".

One bar per screen, at its bottom edge: `show_step(text)` right after an
action pushed its step on the window's undo stack. Undo takes back exactly
that step (only while it is still the last one done); the bar hides after
`HIDE_AFTER_MS`, on the next action (any change of the stack), or on Esc
while it has the focus.
The Undo button takes the keyboard with Alt+U (its mnemonic) and Tab, and
the screen's own Ctrl+Z does the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

HIDE_AFTER_MS = 8000


class UndoBar(QFrame):
    undone = Signal()  # the person pressed Undo and the step was taken back

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self._stack = undo_stack
        self._index: int | None = None  # the stack's index right after the step
        self.label = QLabel()
        self.label.setObjectName("undoBarText")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoBarUndo")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setToolTip(self.tr("Take this back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("undoBarClose")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(self.close_button.fontMetrics().height() * 2)
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("Dismiss (Esc)"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HIDE_AFTER_MS)
        self.timer.timeout.connect(self.dismiss)
        escape = QShortcut(QKeySequence("Esc"), self)  # only while the bar has the focus
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.dismiss)
        # Queued: a direct slot run inside QUndoStack.push crashed PySide (seen in
        # the review); the bar only needs to hear of it once the action is done.
        undo_stack.indexChanged.connect(self._stack_moved, Qt.ConnectionType.QueuedConnection)
        self.hide()

    def show_step(self, text: str, *, undoable: bool = True) -> None:
        """Say what was just done; with `undoable`, Undo takes back the step the
        action just pushed (the stack's last one)."""
        self._index = self._stack.index() if undoable and self._stack.canUndo() else None
        self.label.setText(text)
        self.undo_button.setVisible(self._index is not None)
        self.show()
        self.raise_()
        self.timer.start()

    def undo(self) -> None:
        if self._index is not None and self._stack.index() == self._index:
            self._index = None  # our own undo moves the stack: do not count it as a next action
            self._stack.undo()
            self.dismiss()
            self.undone.emit()
        else:
            self.dismiss()

    def dismiss(self) -> None:
        self.timer.stop()
        self._index = None
        self.hide()

    def _stack_moved(self, index: int) -> None:
        # Another action (or Ctrl+Z) happened: the bar no longer speaks of the last step.
        if self.isVisible() and index != self._index:
            self.dismiss()
