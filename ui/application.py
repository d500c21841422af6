"""The Qt application object, its names and icon: Qt only, so the start-up
(ui/startup.py) can make it before anything heavy is imported."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

ORGANIZATION = "Funnel"
APPLICATION = "Funnel"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setWindowIcon(
        QIcon.fromTheme(
            "office-chart-line", app.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        )
    )
    return app  # type: ignore[return-value]
