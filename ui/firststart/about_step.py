"""Step 1, About you: name, language, home currency, phone region and the
weekly clean-up's day and time. Currency and region come pre-filled from the
system locale."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.cleanup.reminder import CleanupSchedule
from funnel.onboarding import CleanupTime
from funnel.store.profile import REGION_CURRENCY, Profile
from ui import i18n
from ui.cleanup.text import weekday_name

CURRENCIES = ("USD", "EUR", "RUB", "BRL", "GBP", "KZT", "UAH", "BYN", "CHF", "PLN", "CAD", "MXN")


def region_name(code: str) -> str:
    """'BR' → 'Brasil', 'RU' → 'Россия': each country in its own language, as
    its people look for it in a list (Qt has no country names per UI language)."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() or code


class AboutStep(QWidget):
    language_chosen = Signal(str)

    def __init__(
        self,
        profile: Profile,
        language: str,
        schedule: CleanupSchedule,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutStep")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setObjectName("profileName")
        self.name_edit.setMaxLength(200)
        self.language_box = QComboBox()
        self.language_box.setObjectName("profileLanguage")
        for code, name in i18n.language_names().items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("profileCurrency")
        self.currency_box.setEditable(True)
        self.currency_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in dict.fromkeys((profile.home_currency, *CURRENCIES)):
            self.currency_box.addItem(code)
        self.currency_box.setCurrentText(profile.home_currency)
        self.region_box = QComboBox()
        self.region_box.setObjectName("profileRegion")
        self.region_box.setMaxVisibleItems(15)
        self._fill_regions(profile.phone_region)
        self.day_box = QComboBox()
        self.day_box.setObjectName("cleanupDay")
        for day in range(7):
            self.day_box.addItem(weekday_name(day), day)
        self.day_box.setCurrentIndex(schedule.weekday)
        self.time_edit = QTimeEdit(QTime(schedule.at.hour, schedule.at.minute))
        self.time_edit.setObjectName("cleanupTime")
        self.time_edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        when = QHBoxLayout()
        when.addWidget(self.day_box)
        when.addWidget(self.time_edit)
        when.addStretch(1)

        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.labels = [QLabel() for _ in range(5)]
        fields = (self.name_edit, self.language_box, self.currency_box, self.region_box)
        for label, field in zip(self.labels, fields, strict=False):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.labels[4], when)
        self.labels[4].setBuddy(self.day_box)
        self.cleanup_note = QLabel()
        self.cleanup_note.setWordWrap(True)
        self.cleanup_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.cleanup_note)
        layout.addStretch(1)
        self.language_box.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language())
        )
        self.retranslate()

    def _fill_regions(self, chosen: str) -> None:
        codes = sorted({*REGION_CURRENCY, chosen}, key=lambda c: region_name(c).casefold())
        self.region_box.blockSignals(True)
        self.region_box.clear()
        for code in codes:
            self.region_box.addItem(f"{region_name(code)} ({code})", code)
        self.region_box.setCurrentIndex(max(self.region_box.findData(chosen), 0))
        self.region_box.blockSignals(False)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Tell Funnel who you are. You can come back to this later from "
                "Help › Getting started; skip the step to keep what is shown."
            )
        )
        self.name_edit.setPlaceholderText(self.tr("How your deals and messages name you"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Your &name:"),
                self.tr("&Language:"),
                self.tr("Home &currency:"),
                self.tr("&Phone numbers from:"),
                self.tr("Weekly &clean-up:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.currency_box.setToolTip(
            self.tr("New deals and imports are in this currency unless they say otherwise.")
        )
        self.region_box.setToolTip(
            self.tr("Phone numbers written without a country code are read as this country's.")
        )
        self.cleanup_note.setText(
            self.tr(
                "Once a week Funnel reminds you to go through every open deal: does the "
                "client know they are in your funnel, and are they ready to buy this month?"
            )
        )
        for day in range(7):
            self.day_box.setItemText(day, weekday_name(day))
        self._fill_regions(self.region())

    # what was chosen ------------------------------------------------------------------
    def language(self) -> str:
        return str(self.language_box.currentData())

    def region(self) -> str:
        return str(self.region_box.currentData() or "")

    def profile(self) -> Profile:
        return Profile(self.name_edit.text(), self.currency_box.currentText(), self.region())

    def cleanup(self) -> CleanupTime:
        at = self.time_edit.time()
        return CleanupTime(int(self.day_box.currentData()), time(at.hour(), at.minute()))
