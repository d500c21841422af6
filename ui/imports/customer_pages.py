"""The client and purchase import wizard's first pages: the file (CSV,
XLSX or vCard) and its columns."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from funnel.errors import FunnelError
from funnel.imports.client_fields import (
    CLIENT_FIELDS,
    MULTI_FIELDS,
    auto_map_clients,
    detect_format,
)
from funnel.imports.csvfile import CsvTable, sniff_file
from funnel.imports.currency import home_currency
from funnel.imports.purchase_fields import PURCHASE_FIELDS, auto_map_purchases
from funnel.imports.sources import file_kind, read_table
from funnel.imports.xlsx import sheet_names
from ui.context import AppContext
from ui.imports.locale_defaults import locale_currency
from ui.imports.pages import (
    ENCODINGS,
    PREVIEW_COLUMN_WIDTH,
    currency_edit,
    error_label,
    fill,
    valid_currency,
)
from ui.imports.preview import PreviewModel
from ui.messages import error_text


class WizardState(Protocol):
    """What these pages read from their wizard (`CustomerImportWizard`)."""

    ctx: AppContext
    preview: CsvTable | None


PREVIEW_ROWS = 20
FIELD_TEXTS = {
    "name": QT_TRANSLATE_NOOP("CustomerImport", "Name"),
    "first_name": QT_TRANSLATE_NOOP("CustomerImport", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("CustomerImport", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("CustomerImport", "Last name"),
    "company": QT_TRANSLATE_NOOP("CustomerImport", "Company"),
    "phone": QT_TRANSLATE_NOOP("CustomerImport", "Phone"),
    "email": QT_TRANSLATE_NOOP("CustomerImport", "E-mail"),
    "birthday": QT_TRANSLATE_NOOP("CustomerImport", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("CustomerImport", "Notes"),
    "source": QT_TRANSLATE_NOOP("CustomerImport", "Source"),
    "tags": QT_TRANSLATE_NOOP("CustomerImport", "Tags"),
    "temperature": QT_TRANSLATE_NOOP("CustomerImport", "Temperature"),
    "external_id": QT_TRANSLATE_NOOP("CustomerImport", "Id in the other system"),
    "client": QT_TRANSLATE_NOOP("CustomerImport", "Customer id"),
    "order": QT_TRANSLATE_NOOP("CustomerImport", "Order number"),
    "date": QT_TRANSLATE_NOOP("CustomerImport", "Date"),
    "amount": QT_TRANSLATE_NOOP("CustomerImport", "Amount"),
    "quantity": QT_TRANSLATE_NOOP("CustomerImport", "Quantity"),
    "price": QT_TRANSLATE_NOOP("CustomerImport", "Unit price"),
    "currency": QT_TRANSLATE_NOOP("CustomerImport", "Currency"),
    "status": QT_TRANSLATE_NOOP("CustomerImport", "Status (cancelled)"),
}
FORMAT_TEXTS = {
    "vcard": QT_TRANSLATE_NOOP("CustomerImport", "a vCard address book"),
    "google": QT_TRANSLATE_NOOP("CustomerImport", "a Google Contacts export"),
    "outlook": QT_TRANSLATE_NOOP("CustomerImport", "an Outlook contacts export"),
    "amocrm": QT_TRANSLATE_NOOP("CustomerImport", "an amoCRM/Kommo contacts export"),
}


def field_text(field: str) -> str:
    return QCoreApplication.translate("CustomerImport", str(FIELD_TEXTS[field]))


class CustomerFilePage(QWizardPage):
    """The file; for CSV its encoding and delimiter, for a workbook its sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel table, or a vCard (.vcf) address book from a phone, "
                "Google Contacts, Outlook or Apple."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.encoding_combo = QComboBox()
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItems(ENCODINGS)
        self.delimiter_combo = QComboBox()
        for text, delimiter in (
            (self.tr("Comma ( , )"), ","),
            (self.tr("Semicolon ( ; )"), ";"),
            (self.tr("Tab"), "\t"),
        ):
            self.delimiter_combo.addItem(text, delimiter)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self.error_label = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow(self.tr("File:"), row)
        self.form.addRow(self.tr("Encoding:"), self.encoding_combo)
        self.form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        self.form.addRow(self.tr("Sheet:"), self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self._path_changed)
        self._show_rows("")

    def wizard(self) -> WizardState:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def kind(self) -> str:
        return file_kind(self.path()) if self.path().is_file() else ""

    def read_options(self) -> dict:
        kind = self.kind()
        if kind == "xlsx":
            return {"sheet": self.sheet_combo.currentText() or None}
        if kind == "csv":
            return {
                "encoding": self.encoding_combo.currentText().strip(),
                "delimiter": self.delimiter_combo.currentData(),
            }
        return {}

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file"),
            str(self.path().parent) if self.path_edit.text() else "",
            self.tr(
                "Tables and address books (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf);;"
                "All files (*)"
            ),
        )
        if name:
            self.path_edit.setText(name)

    def _show_rows(self, kind: str) -> None:
        for widget, visible in (
            (self.encoding_combo, kind == "csv"),
            (self.delimiter_combo, kind == "csv"),
            (self.sheet_combo, kind == "xlsx"),
        ):
            self.form.setRowVisible(widget, visible)

    def _path_changed(self) -> None:
        self.error_label.clear()
        self.detected_label.clear()
        kind = self.kind()
        self._show_rows(kind)
        try:
            if kind == "csv":
                found = sniff_file(self.path())
                self.encoding_combo.setCurrentText(found.encoding)
                self.delimiter_combo.setCurrentIndex(
                    max(0, self.delimiter_combo.findData(found.delimiter))
                )
                self.detected_label.setText(
                    fill(
                        self.tr("Detected: %1, %2"),
                        found.encoding,
                        self.delimiter_combo.currentText(),
                    )
                )
            elif kind == "xlsx":
                self.sheet_combo.clear()
                self.sheet_combo.addItems(sheet_names(self.path()))
                self.detected_label.setText(self.tr("An Excel workbook"))
            elif kind == "vcard":
                self.detected_label.setText(self.tr("A vCard address book"))
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.path().is_file()

    def validatePage(self) -> bool:
        try:
            preview = read_table(self.path(), max_rows=PREVIEW_ROWS, **self.read_options())
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.wizard().preview = preview
        return True


class CustomerColumnsPage(QWizardPage):
    """The first rows, and for each column the field it fills. Clients take
    phones and e-mails from as many columns as the file has."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fields = CLIENT_FIELDS if kind == "clients" else PURCHASE_FIELDS
        self.setTitle(self.tr("Match columns to fields"))
        self.setSubTitle(
            self.tr("Columns Funnel recognises are matched already; check them and set the rest.")
        )
        self.recognised_label = QLabel()
        self.recognised_label.setObjectName("recognised")
        self.view = QTableView()
        self.view.setObjectName("preview")
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.combos: dict[str, QComboBox] = {}
        self.columns_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.currency_edit = currency_edit()
        self.currency_edit.textChanged.connect(self._mapping_changed)
        self.problem_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.recognised_label)
        layout.addWidget(self.view, 3)
        layout.addWidget(scroll, 2)
        if kind == "purchases":
            form = QFormLayout()
            form.addRow(self.tr("Currency of amounts without one:"), self.currency_edit)
            layout.addLayout(form)
        layout.addWidget(self.problem_label)
        self.model: PreviewModel | None = None

    def wizard(self) -> WizardState:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        preview = self.wizard().preview
        assert preview is not None
        self.model = PreviewModel(preview, self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setMaximumSectionSize(PREVIEW_COLUMN_WIDTH)
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.combos.clear()
        recognised: dict[str, str] = {}
        if self.kind == "clients":
            for field, columns in auto_map_clients(preview.columns).items():
                recognised.update({c: field for c in columns})
            fmt = detect_format(preview.columns, preview.encoding)
            text = FORMAT_TEXTS.get(fmt or "")
            what = QCoreApplication.translate("CustomerImport", str(text)) if text else ""
            self.recognised_label.setText(fill(self.tr("Recognised as %1."), what) if what else "")
        else:
            recognised = {c: f for f, c in auto_map_purchases(preview.columns).items()}
        for column in preview.columns:
            combo = QComboBox()
            combo.setObjectName(f"field:{column}")
            combo.addItem(self.tr("(not imported)"), "")
            for field in self.fields:
                combo.addItem(field_text(field), field)
            combo.setCurrentIndex(max(0, combo.findData(recognised.get(column, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns_form.addRow(column, combo)
            self.combos[column] = combo
        home = self.wizard().ctx.read(home_currency)
        self.currency_edit.setText(home or locale_currency())
        self._mapping_changed()

    def chosen(self) -> list[tuple[str, str]]:
        return [(c, combo.currentData()) for c, combo in self.combos.items() if combo.currentData()]

    def client_mapping(self) -> dict[str, tuple[str, ...]]:
        mapping: dict[str, tuple[str, ...]] = {}
        for column, field in self.chosen():
            mapping[field] = (*mapping.get(field, ()), column)
        return mapping

    def purchase_mapping(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for column, field in self.chosen():
            mapping.setdefault(field, column)
        return mapping

    def currency(self) -> str | None:
        return self.currency_edit.text().strip().upper() or None

    def _problem(self) -> str:
        seen: dict[str, str] = {}
        for column, field in self.chosen():
            if field in seen and not (self.kind == "clients" and field in MULTI_FIELDS):
                return fill(
                    self.tr("“%1” and “%2” both go to %3; choose one."),
                    seen[field],
                    column,
                    field_text(field),
                )
            seen.setdefault(field, column)
        who = {"name", "first_name", "last_name", "company", "phone", "email", "client"}
        if not seen.keys() & who:
            return self.tr(
                "Choose the column that says who the customer is: a name, phone or e-mail."
            )
        if self.kind == "purchases":
            if "date" not in seen:
                return self.tr("Choose the column that holds the date.")
            if "amount" not in seen and not {"quantity", "price"} <= seen.keys():
                return self.tr("Choose the amount column, or both quantity and unit price.")
            if "currency" not in seen and not valid_currency(self.currency_edit.text()):
                return self.tr(
                    "Say which currency the amounts are in, for example RUB, USD or BRL."
                )
        return ""

    def _mapping_changed(self) -> None:
        self.problem_label.setText(self._problem())
        if self.model is not None:
            positions = {column: i for i, column in enumerate(self.combos)}
            self.model.set_field_labels({positions[c]: field_text(f) for c, f in self.chosen()})
            self.view.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problem()
