"""Step 3, Your data: import deals, clients or purchases, start empty, or
explore a separate demo file. Choosing one finishes the assistant."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

EMPTY = "empty"
DEMO = "demo"
IMPORT_DEALS = "import_deals"
IMPORT_CLIENTS = "import_clients"
IMPORT_PURCHASES = "import_purchases"
CHOICES = (IMPORT_DEALS, IMPORT_CLIENTS, IMPORT_PURCHASES, EMPTY, DEMO)


class DataStep(QWidget):
    chosen = Signal(str)

    def __init__(self, available: set[str], parent: QWidget | None = None) -> None:
        """`available`: the import wizards this build has (the deals import
        always; clients and purchases when the window offers them)."""
        super().__init__(parent)
        self.setObjectName("dataStep")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons: dict[str, QCommandLinkButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.intro)
        for key in CHOICES:
            if key.startswith("import_") and key not in available:
                continue
            button = QCommandLinkButton()
            button.setObjectName(key)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Last step: what goes into your funnel first?"))
        texts = {
            IMPORT_DEALS: (
                self.tr("Import deals"),
                self.tr("From a spreadsheet, or an amoCRM, Kommo or Pipedrive export (CSV)."),
            ),
            IMPORT_CLIENTS: (
                self.tr("Import clients"),
                self.tr("Your contacts: names, phones, e-mails, where they came from."),
            ),
            IMPORT_PURCHASES: (
                self.tr("Import purchases"),
                self.tr("Past sales, to see who buys most and who has gone quiet."),
            ),
            EMPTY: (
                self.tr("Start empty"),
                self.tr("Add deals as they come: Ctrl+N, or the button on the board."),
            ),
            DEMO: (
                self.tr("Explore with demo data"),
                self.tr(
                    "Opens a separate file with a few thousand made-up deals to try things "
                    "on. Your own file stays empty; switch back with File › Open recent."
                ),
            ),
        }
        for key, button in self.buttons.items():
            title, description = texts[key]
            button.setText(title)
            button.setDescription(description)
