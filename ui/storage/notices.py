"""Notices in the window's status bar about the file: opened read-only, and
the computer's clock behind the newest change in it (shown once per start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from funnel.pipeline.clock import clock_behind
from ui.context import AppContext
from ui.formats import short_date

WARNING_STYLE = "color: palette(bright-text); background: #b3261e; padding: 2px 8px;"


def _notice(window: QMainWindow, name: str, text: str, tip: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setToolTip(tip)
    label.setWordWrap(False)
    label.setStyleSheet(WARNING_STYLE)
    window.statusBar().insertPermanentWidget(0, label)
    return label


def add_storage_notices(window: QMainWindow, ctx: AppContext) -> list[QLabel]:
    shown: list[QLabel] = []
    if ctx.db.readonly:
        shown.append(
            _notice(
                window,
                "readOnlyNotice",
                QCoreApplication.translate("StorageNotices", "Read-only file"),
                QCoreApplication.translate(
                    "StorageNotices",
                    "This file cannot be changed (its permissions or its disk): "
                    "you can look at everything, but changes cannot be saved.",
                ),
            )
        )
    newest = ctx.read(clock_behind, now=ctx.now())
    if newest is not None:
        when = short_date(newest.date())
        shown.append(
            _notice(
                window,
                "clockNotice",
                QCoreApplication.translate("StorageNotices", "Your clock is behind this file"),
                QCoreApplication.translate(
                    "StorageNotices",
                    "The newest change in this file is dated %1, later than your computer's "
                    "clock. Check the date and time; until then, changes are recorded as of "
                    "that newest change.",
                ).replace("%1", when),
            )
        )
    return shown
