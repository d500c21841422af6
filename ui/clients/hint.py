""" "Already a client: <name>" under a phone or e-mail box, as it is typed.

The look-up waits for a pause in the typing (`HINT_DELAY_MS`), then asks one
indexed query (`funnel.customers.lookup.clients_with`); the link opens that
client's card, before a duplicate is saved.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from funnel.customers.lookup import KnownClient, clients_with
from ui.context import AppContext

HINT_DELAY_MS = 300

Lookup = Callable[[str, str], list[KnownClient]]


def system_region() -> str | None:
    """The country of the system locale ("RU" for ru_RU): how national
    numbers are read when the profile names no region."""
    parts = QLocale.system().name().split("_")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


def lookup_for(ctx: AppContext, exclude_id: Callable[[], int | None] = lambda: None) -> Lookup:
    region = system_region()

    def lookup(kind: str, value: str) -> list[KnownClient]:
        return ctx.read(clients_with, kind, value, exclude_id=exclude_id(), default_region=region)

    return lookup


class DuplicateHint(QLabel):
    """Hidden until a typed phone or e-mail belongs to another client."""

    open_client = Signal(int)

    def __init__(self, lookup: Lookup, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}DuplicateHint")
        self._lookup = lookup
        self._kind = kind
        self._text = ""
        self.known: list[KnownClient] = []
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(lambda link: self.open_client.emit(int(link.split(":")[1])))
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.yellow if dark else
                         Qt.GlobalColor.darkYellow)  # fmt: skip
        self.setPalette(palette)
        self._timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.setVisible(False)

    def typed(self, text: str) -> None:
        """Call on every edit; the look-up runs once the typing pauses."""
        self._text = text
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        text = self._text.strip()
        self.known = self._lookup(self._kind, text) if text else []
        if not self.known:
            self.clear()
            self.setVisible(False)
            return
        links = ", ".join(
            f'<a href="client:{k.id}">{html.escape(k.name)}</a>'
            + (f" ({html.escape(k.company)})" if k.company else "")
            for k in self.known
        )
        self.setText(self.tr("Already a client: %1").replace("%1", links))
        self.setVisible(True)
