"""The silent-lead notice before it goes to the mail program: the filled
template in the chosen language, editable, and the days until the deal is
archived unless the client replies."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from funnel.cleanup.silent import (
    MAX_DAYS,
    SilentMessage,
    silent_days,
    silent_language,
    silent_message,
)
from funnel.cleanup.templates import mailto_url
from funnel.languages import SUPPORTED_LANGUAGES
from ui.cleanup.widgets import muted_label
from ui.context import AppContext
from ui.formats import short_date
from ui.i18n import language_names, qdate


def letter_date(day: date, language: str) -> str:
    """The archive date as a letter in that language writes it."""
    return QLocale(language).toString(qdate(day), QLocale.FormatType.LongFormat)


class SilentLeadDialog(QDialog):
    def __init__(
        self, ctx: AppContext, deal_id: int, deal_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.setWindowTitle(QCoreApplication.translate("Cleanup", "Silent lead"))
        self.setMinimumSize(560, 520)
        intro = QLabel(
            QCoreApplication.translate(
                "Cleanup",
                "“%1” has gone quiet. Your mail program will open with this message; "
                "the deal is archived after the days below unless a reply is logged.",
            ).replace("%1", deal_title)
        )
        intro.setWordWrap(True)

        self.language_box = QComboBox()
        self.language_box.setObjectName("silentLanguage")
        for code, name in language_names().items():
            self.language_box.addItem(name, code)
        # The client's language (set on the client, or their phone's country),
        # else the salesperson's own.
        current = ctx.read(silent_language, deal_id, default=QLocale().name())
        self.language_box.setCurrentIndex(max(0, SUPPORTED_LANGUAGES.index(current)))
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("silentDays")
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(ctx.read(silent_days))
        self.days_spin.setSuffix(QCoreApplication.translate("Cleanup", " days"))
        self.to_label = QLabel()
        self.to_label.setObjectName("silentTo")
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("silentSubject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("silentBody")
        self.archive_label = muted_label()

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Cleanup", "Language"), self.language_box)
        form.addRow(QCoreApplication.translate("Cleanup", "Archive after"), self.days_spin)
        form.addRow(QCoreApplication.translate("Cleanup", "To"), self.to_label)
        form.addRow(QCoreApplication.translate("Cleanup", "Subject"), self.subject_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(QCoreApplication.translate("Cleanup", "Open in mail program"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.archive_label)
        layout.addWidget(self.buttons)

        self.message: SilentMessage | None = None
        self.language_box.currentIndexChanged.connect(self.refill)
        self.days_spin.valueChanged.connect(self.refill)
        self.refill()
        self.send_button.setFocus()

    def language(self) -> str:
        return str(self.language_box.currentData())

    def days(self) -> int:
        return self.days_spin.value()

    def refill(self) -> None:
        """The template filled again for the chosen language and days."""
        today = self.ctx.today()
        language = self.language()
        archive_on = today + timedelta(days=self.days())
        message = self.ctx.read(
            silent_message,
            self.deal_id,
            today=today,
            language=language,
            days=self.days(),
            date_text=letter_date(archive_on, language),
        )
        self.message = message
        self.to_label.setText(
            message.to
            or QCoreApplication.translate(
                "Cleanup", "No e-mail on file: add the address in the mail program"
            )
        )
        self.subject_edit.setText(message.subject)
        self.body_edit.setPlainText(message.body)
        self.archive_label.setText(
            QCoreApplication.translate("Cleanup", "Archive task due %1.").replace(
                "%1", short_date(message.archive_on)
            )
        )

    def subject(self) -> str:
        return self.subject_edit.text().strip()

    def url(self) -> str:
        """The mailto: URL of the message as it stands (edits included)."""
        to = self.message.to if self.message else None
        return mailto_url(to, self.subject(), self.body_edit.toPlainText())
