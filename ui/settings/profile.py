"""Settings › Profile: who uses this file — name (it replaces "Me" on deals,
in the owner filters and in message signatures), language, home currency and
the region phone numbers are read in. Saved through `ui.operations`."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from funnel.errors import FunnelError
from funnel.store.profile import MAX_NAME, REGION_CURRENCY, Profile, get_profile, save_profile
from ui import i18n
from ui.context import AppContext, Changes
from ui.firststart.about_step import CURRENCIES, region_name
from ui.messages import show_error
from ui.operations.core import run_write


class ProfileSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileSettings")
        self.ctx = ctx
        self.saved = ctx.read(get_profile, default_locale=QLocale.system().name())
        self.name_edit = QLineEdit(self.saved.name)
        self.name_edit.setObjectName("profileName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("How your deals and messages name you"))
        self.language_box = QComboBox()
        self.language_box.setObjectName("profileLanguage")
        self.language_box.addItem(self.tr("System"), "system")
        for code, name in i18n.language_names().items():
            self.language_box.addItem(name, code)
        self._language = str(QSettings().value(i18n.LANGUAGE_KEY, "system"))
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._language)))
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("profileCurrency")
        self.currency_box.setEditable(True)
        self.currency_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in dict.fromkeys((self.saved.home_currency, *CURRENCIES)):
            self.currency_box.addItem(code)
        self.currency_box.setCurrentText(self.saved.home_currency)
        self.currency_box.setToolTip(
            self.tr("New deals and imports are in this currency unless they say otherwise.")
        )
        self.region_box = QComboBox()
        self.region_box.setObjectName("profileRegion")
        self.region_box.setMaxVisibleItems(15)
        codes = sorted(
            {*REGION_CURRENCY, self.saved.phone_region}, key=lambda c: region_name(c).casefold()
        )
        for code in codes:
            self.region_box.addItem(f"{region_name(code)} ({code})", code)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(self.saved.phone_region)))
        self.region_box.setToolTip(
            self.tr("Phone numbers written without a country code are read as this country's.")
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("Your &name:"), self.name_edit),
            (self.tr("&Language:"), self.language_box),
            (self.tr("Home &currency:"), self.currency_box),
            (self.tr("&Phone numbers from:"), self.region_box),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

    def profile(self) -> Profile:
        return Profile(
            self.name_edit.text(),
            self.currency_box.currentText(),
            str(self.region_box.currentData() or ""),
        )

    def apply(self) -> bool:
        """Save what changed (nothing half-saved: a bad field saves nothing and
        says which); False keeps the dialog open."""
        profile = self.profile()
        if profile != self.saved:
            try:
                # The name is the default owner's: deals, filters and lists show it.
                self.saved = run_write(
                    self.ctx, save_profile, profile, changes=Changes(everything=True)
                )
            except FunnelError as exc:
                show_error(self, exc)
                return False
        return True

    def chosen_language(self) -> str | None:
        """ "system" or a language code when the person chose another one."""
        language = str(self.language_box.currentData())
        return language if language != self._language else None
