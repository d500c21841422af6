"""The one door for writes from the UI, after Anki's `CollectionOp`/`OpChanges`.

An `Op` names one user action: the `funnel` service that does it, what it
changes on screen (`Changes`, from the service's result), and how to take it
back (the service's own revert, and how to apply it again). `run_op` (or
`Operations.run`, which holds the window's undo stack) calls the service in
one transaction, pushes one undo step (always the same command class,
`OpCommand`) and announces the changes, so each screen refreshes only if
they concern it. A failed action raises its FunnelError
with nothing written, nothing pushed and nothing announced.

Long operations (an import) go through the same door off the UI thread:
`Operations.worker(op)` is a job for a thread pool, with progress and cancel;
its result is recorded and announced back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from funnel.errors import ServerUnavailableError
from ui.context import AppContext, Changes
from ui.operations.worker import WAITING, Cancelled, Worker

R = TypeVar("R")

EVERYTHING = Changes(everything=True)


@dataclass(frozen=True)
class Op(Generic[R]):
    """One user action. The service is called `do(session, *args, **kwargs)`.

    `changes` is what to announce: fixed, or computed from the result (None:
    nothing a screen shows). With `undo`, the action is one undo step: undo
    calls `undo(session, result)` and redo calls `redo(session, result)` for the
    result to undo next time (without `redo`, the service runs again). `clock`
    gives undo and redo `now=` the moment they run. `undoable(result)` False
    (nothing happened, say) leaves no step."""

    text: str | Callable[[R], str]  # the undo step's name, or how to name it from the result
    do: Callable[..., R]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    changes: Changes | Callable[[R], Changes | None] | None = EVERYTHING
    undo: Callable[..., object] | None = None
    redo: Callable[..., R] | None = None
    clock: bool = False
    undoable: Callable[[R], bool] | None = None

    def text_of(self, result: R) -> str:
        return self.text(result) if callable(self.text) else self.text

    def changes_of(self, result: R) -> Changes | None:
        return self.changes(result) if callable(self.changes) else self.changes

    def leaves_step(self, result: R) -> bool:
        return self.undo is not None and (self.undoable is None or self.undoable(result))


def run_op(ctx: AppContext, op: Op[R], undo_stack: QUndoStack | None = None) -> R:
    """Do the action in one transaction, push its undo step (when there is a
    stack and the op can be undone), announce what it changed."""
    result = _transaction(ctx, op.do, *op.args, **op.kwargs)
    record(ctx, op, result, undo_stack)
    return result


def record(ctx: AppContext, op: Op[R], result: R, undo_stack: QUndoStack | None) -> None:
    """The bookkeeping after a done action: its undo step, then its announcement."""
    if undo_stack is not None and op.leaves_step(result):
        undo_stack.push(OpCommand(ctx, op, result))
    _announce(ctx, op.changes_of(result))


def _transaction(ctx: AppContext, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    try:
        with ctx.db.write() as session:
            return fn(session, *args, **kwargs)
    except ServerUnavailableError as exc:
        ctx.server_unavailable.emit(exc)  # the banner says so and retries (ui/team)
        raise


def _announce(ctx: AppContext, changes: Changes | None) -> None:
    if changes is not None:
        ctx.changed.emit(changes)


class OpCommand(QUndoCommand):
    """The one undo command: an action already done when pushed (the first
    redo() does nothing), undone and redone by the service's own revert."""

    def __init__(self, ctx: AppContext, op: Op[R], result: R) -> None:
        super().__init__(op.text_of(result))
        self._ctx = ctx
        self.op = op
        self.result = result
        self._done = True

    def _clock(self) -> dict[str, Any]:
        return {"now": self._ctx.now()} if self.op.clock else {}

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo(); the action already happened
            return
        op = self.op
        if op.redo is not None:
            self.result = _transaction(self._ctx, op.redo, self.result, **self._clock())
        else:
            self.result = _transaction(self._ctx, op.do, *op.args, **op.kwargs)
        self._done = True
        _announce(self._ctx, op.changes_of(self.result))

    def undo(self) -> None:
        assert self.op.undo is not None
        _transaction(self._ctx, self.op.undo, self.result, **self._clock())
        self._done = False
        _announce(self._ctx, self.op.changes_of(self.result))


class Operations:
    """The writes of one window: its context (database, clock, `changed`) and
    its undo stack, shared by every screen and card of the window."""

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack) -> None:
        self.ctx = ctx
        self.undo_stack = undo_stack

    def run(self, op: Op[R]) -> R:
        return run_op(self.ctx, op, self.undo_stack)

    def worker(self, op: Op[R], token: int = 0) -> Worker:
        """The action as a job for a thread pool: the service runs in its own
        transaction off the UI thread, given `progress=` and `cancelled=`; when
        it succeeds, its step is recorded and announced on the UI thread. A
        failure or a cancel rolls back and writes nothing."""
        return background_worker(self.ctx, op, token, self.undo_stack)


def background_worker(
    ctx: AppContext, op: Op[R], token: int = 0, undo_stack: QUndoStack | None = None
) -> Worker:
    """`Operations.worker` for a window part that has the context only."""
    db = ctx.db

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> R:
        def waiting(_seconds: float) -> bool:
            # Another program (another import) holds the write lock: say so
            # and wait for it, unless the person gives up.
            if cancelled():
                raise Cancelled(QCoreApplication.translate("Operations", "Cancelled."))
            progress(WAITING, 0)
            return True

        with db.write(waiting=waiting) as session:
            return op.do(session, *op.args, progress=progress, cancelled=cancelled, **op.kwargs)

    worker = Worker(job, token)
    _Recorder(ctx, op, undo_stack, worker.signals)
    return worker


class _Recorder(QObject):
    """Lives in the UI thread beside a worker's signals, so the finished job is
    recorded there (a queued call), not in the pool's thread."""

    def __init__(
        self, ctx: AppContext, op: Op[Any], undo_stack: QUndoStack | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._op = op
        self._undo_stack = undo_stack
        parent.finished.connect(self.finished)  # type: ignore[attr-defined]

    @Slot(int, object)
    def finished(self, _token: int, result: object) -> None:
        record(self._ctx, self._op, result, self._undo_stack)


def run_write(
    ctx: AppContext,
    fn: Callable[..., R],
    *args: Any,
    changes: Changes | Callable[[R], Changes | None] | None = EVERYTHING,
    **kwargs: Any,
) -> R:
    """A write that is not an undo step (a form's Save, a setting), through the
    same door: `fn(session, *args, **kwargs)` in one transaction, then `changes`."""
    return run_op(ctx, Op("", fn, args, kwargs, changes=changes))
