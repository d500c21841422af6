"""The class-A mark on board cards and in Today: which clients bring the first
80% of revenue over the last 12 months.

One service call per refresh, not one per painted line: the Customers page
installs the marks when it is built (after the window's first paint), and
they are read again when everything changed or the page refreshes. Painters
ask `is_class_a(client_id)`; before the marks are installed nobody is marked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from funnel.customers.pareto import class_a_client_ids
from ui.context import AppContext, Changes

MARK = "★"


class ClassAMarks(QObject):
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.ids: frozenset[int] = frozenset()
        ctx.changed.connect(self._on_changed)

    def refresh(self) -> None:
        ids = self.ctx.read(class_a_client_ids, today=self.ctx.today())
        if ids != self.ids:
            self.ids = ids
            self.changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything:
            self.refresh()


_marks: ClassAMarks | None = None


def install(ctx: AppContext) -> ClassAMarks:
    global _marks
    if _marks is None or _marks.ctx is not ctx:
        _marks = ClassAMarks(ctx)
        _marks.refresh()
    return _marks


def is_class_a(client_id: int | None) -> bool:
    return _marks is not None and client_id is not None and client_id in _marks.ids


def with_mark(text: str | None, client_id: int | None) -> str | None:
    """A client's name with the class-A star before it."""
    return f"{MARK} {text}" if text and is_class_a(client_id) else text


def mark_tooltip() -> str:
    return QCoreApplication.translate(
        "ClassAMarks", "Class A: among the clients who bring 80% of revenue"
    )
