"""The status bar's "Demo data" mark, so a demo file is never mistaken for
the person's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

DEMO_STYLE = (
    "QLabel { background: #b45309; color: white; font-weight: 600;"
    " border-radius: 3px; padding: 1px 8px; }"
)


def demo_badge() -> QLabel:
    label = QLabel(QCoreApplication.translate("FirstStart", "Demo data"))
    label.setObjectName("demoBadge")
    label.setStyleSheet(DEMO_STYLE)
    label.setToolTip(
        QCoreApplication.translate(
            "FirstStart",
            "This is a separate file of made-up deals to explore. Your own file is "
            "untouched: open it again from File › Open recent.",
        )
    )
    label.hide()
    return label
