"""The wizard's first three pages: the file, its columns, its stages."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from funnel.errors import FunnelError
from funnel.imports.csvfile import read_csv, sniff_file
from funnel.imports.currency import home_currency
from funnel.imports.deals import FIELDS, ImportPlan, auto_map
from funnel.pipeline.pipelines import list_pipelines
from funnel.store.models import PipelineKind
from ui.i18n import number_text
from ui.imports.host import WizardHost
from ui.imports.locale_defaults import locale_currency
from ui.imports.preview import PreviewModel
from ui.messages import error_text

PREVIEW_ROWS = 20
PREVIEW_COLUMN_WIDTH = 220
ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "utf-16")
FIELD_TEXTS = {
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Deal title"),
    "client": QT_TRANSLATE_NOOP("ImportWizard", "Client"),
    "company": QT_TRANSLATE_NOOP("ImportWizard", "Company"),
    "value": QT_TRANSLATE_NOOP("ImportWizard", "Value"),
    "currency": QT_TRANSLATE_NOOP("ImportWizard", "Currency"),
    "stage": QT_TRANSLATE_NOOP("ImportWizard", "Stage"),
    "pipeline": QT_TRANSLATE_NOOP("ImportWizard", "Pipeline"),
    "owner": QT_TRANSLATE_NOOP("ImportWizard", "Owner"),
    "created": QT_TRANSLATE_NOOP("ImportWizard", "Created on"),
    "stage_entered": QT_TRANSLATE_NOOP("ImportWizard", "In stage since"),
    "closed": QT_TRANSLATE_NOOP("ImportWizard", "Closed on"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status (won/lost)"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Client's phone"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "Client's e-mail"),
}


def field_text(field: str) -> str:
    return QCoreApplication.translate("ImportWizard", FIELD_TEXTS[field])


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2 … in one pass (a value
    that itself contains "%2" stays as it is). Numbers through QLocale."""

    def value(match: re.Match[str]) -> str:
        v = values[int(match.group(1)) - 1]
        return number_text(v) if isinstance(v, int) else str(v)

    return re.sub(r"%([1-9])", value, template)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def currency_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName("currency")
    edit.setMaxLength(3)
    edit.setMaximumWidth(80)
    edit.setPlaceholderText("RUB")
    return edit


def valid_currency(text: str) -> bool:
    code = text.strip()
    return len(code) == 3 and code.isascii() and code.isalpha()


def split_words(text: str) -> tuple[str, ...]:
    """Words typed as "Paid, Оплачено; done" → ("Paid", "Оплачено", "done")."""
    return tuple(w.strip() for w in text.replace(";", ",").split(",") if w.strip())


class FilePage(QWizardPage):
    """Choose the file; the encoding and delimiter are detected and can be changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a CSV file"))
        self.setSubTitle(
            self.tr(
                "Export your deals from Excel, amoCRM, Kommo, Pipedrive or another CRM "
                "as CSV, then choose the file here."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("Path to a .csv file"))
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
        self.detected_label = QLabel()
        self.error_label = error_label()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self._path_changed)

    def wizard(self) -> WizardHost:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def encoding(self) -> str:
        return self.encoding_combo.currentText().strip()

    def delimiter(self) -> str:
        return self.delimiter_combo.currentData()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a CSV file"),
            str(self.path().parent) if self.path_edit.text() else "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def _path_changed(self) -> None:
        self.error_label.clear()
        self.detected_label.clear()
        if self.path().is_file():
            try:
                found = sniff_file(self.path())
            except FunnelError as exc:
                self.error_label.setText(error_text(exc))
            else:
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
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.path().is_file()

    def validatePage(self) -> bool:
        try:
            preview = read_csv(
                self.path(),
                encoding=self.encoding(),
                delimiter=self.delimiter(),
                max_rows=PREVIEW_ROWS,
            )
        except FunnelError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.wizard().set_preview(preview)
        return True


class MappingPage(QWizardPage):
    """A preview of the first rows and, for each column, the field it fills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Match columns to fields"))
        self.setSubTitle(
            self.tr("Columns Funnel recognises are matched already; check them and set the rest.")
        )
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
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipeline")
        self.currency_edit = currency_edit()
        self.currency_edit.textChanged.connect(self._mapping_changed)
        self.problem_label = error_label()

        target = QFormLayout()
        target.addRow(self.tr("Import into pipeline:"), self.pipeline_combo)
        target.addRow(self.tr("Currency of values without one:"), self.currency_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addWidget(scroll, 2)
        layout.addLayout(target)
        layout.addWidget(self.problem_label)
        self.model: PreviewModel | None = None

    def wizard(self) -> WizardHost:  # type: ignore[override]
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
        recognised = {column: field for field, column in auto_map(preview.columns).items()}
        for column in preview.columns:
            combo = QComboBox()
            combo.setObjectName(f"field:{column}")
            combo.addItem(self.tr("(not imported)"), "")
            for field in FIELDS:
                combo.addItem(field_text(field), field)
            combo.setCurrentIndex(max(0, combo.findData(recognised.get(column, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns_form.addRow(column, combo)
            self.combos[column] = combo

        pipelines = [p for p in self.wizard().read(list_pipelines) if p.kind == PipelineKind.SALES]
        home = self.wizard().read(home_currency)
        self.currency_edit.setText(home or locale_currency())
        self.pipeline_combo.clear()
        for p in pipelines:
            self.pipeline_combo.addItem(p.name, p.name)
        self._mapping_changed()

    def mapping(self) -> dict[str, str]:
        chosen = {}
        for column, combo in self.combos.items():
            field = combo.currentData()
            if field and field not in chosen:
                chosen[field] = column
        return chosen

    def pipeline(self) -> str | None:
        return self.pipeline_combo.currentData()

    def currency(self) -> str | None:
        return self.currency_edit.text().strip().upper() or None

    def _problem(self) -> str:
        seen: dict[str, str] = {}
        for column, combo in self.combos.items():
            field = combo.currentData()
            if not field:
                continue
            if field in seen:
                return fill(
                    self.tr("“%1” and “%2” both go to %3; choose one."),
                    seen[field],
                    column,
                    field_text(field),
                )
            seen[field] = column
        if "title" not in seen:
            return self.tr("Choose the column that holds the deal title.")
        if "currency" not in seen and not valid_currency(self.currency_edit.text()):
            return self.tr("Say which currency the values are in, for example RUB, USD or BRL.")
        return ""

    def _mapping_changed(self) -> None:
        self.problem_label.setText(self._problem())
        if self.model is not None:
            positions = {column: i for i, column in enumerate(self.combos)}
            self.model.set_field_labels(
                {positions[c]: field_text(f) for f, c in self.mapping().items()}
            )
            self.view.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problem()


class StagesPage(QWizardPage):
    """Reads the whole file, then lists the stage names that do not exist yet:
    each becomes a new stage or goes to an existing one. Won/lost words here
    are added to the ones Funnel knows."""

    CREATE = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Stages and outcomes"))
        self.setSubTitle(
            self.tr(
                "New stages are added to the pipeline in the order they first appear "
                "in the file, unless you send them to a stage you already have."
            )
        )
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = error_label()
        self.stages_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.stages_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.won_edit = QLineEdit()
        self.won_edit.setObjectName("won_words")
        self.won_edit.setPlaceholderText(self.tr("e.g. Paid, Delivered"))
        self.lost_edit = QLineEdit()
        self.lost_edit.setObjectName("lost_words")
        self.lost_edit.setPlaceholderText(self.tr("e.g. Refused, No answer"))
        self.unknown_label = QLabel()
        self.unknown_label.setWordWrap(True)
        words = QFormLayout()
        words.addRow(self.tr("Also means won:"), self.won_edit)
        words.addRow(self.tr("Also means lost:"), self.lost_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("Words for won and lost, separated by commas:")))
        layout.addLayout(words)
        layout.addWidget(self.unknown_label)
        self.combos: dict[str, QComboBox] = {}
        self.plan: ImportPlan | None = None

    def wizard(self) -> WizardHost:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        self.plan = None
        self.error_label.clear()
        self.unknown_label.clear()
        self.status_label.setText(self.tr("Reading the whole file…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        while self.stages_form.rowCount():
            self.stages_form.removeRow(0)
        self.combos.clear()
        self.wizard().start_plan(self, with_choices=False)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.wizard().abandon(self)

    def job_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def job_finished(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.progress.hide()
        pipelines = {p.name: p for p in self.wizard().read(list_pipelines)}
        for stage in plan.new_stages:
            combo = QComboBox()
            combo.setObjectName(f"stage:{stage.name}")
            combo.addItem(self.tr("Create new stage"), None)
            existing = pipelines.get(stage.pipeline)
            for s in existing.stages if existing else ():
                combo.addItem(fill(self.tr("Put in “%1”"), s.name), s.id)
            label = stage.name
            if stage.pipeline != plan.pipeline:
                label = f"{stage.pipeline} › {stage.name}"
            self.stages_form.addRow(label, combo)
            self.combos[stage.name] = combo
        if plan.new_stages:
            self.status_label.setText(
                self.tr("%n stage name(s) in the file are new:", "", len(plan.new_stages))
            )
        else:
            self.status_label.setText(self.tr("Every stage in the file already exists."))
        if plan.unknown_statuses:
            self.unknown_label.setText(
                fill(
                    self.tr("Not recognised as won or lost: %1"),
                    ", ".join(plan.unknown_statuses[:20]),
                )
            )
        self.completeChanged.emit()

    def job_failed(self, error: Exception) -> None:
        self.progress.hide()
        self.status_label.clear()
        self.error_label.setText(error_text(error))
        self.completeChanged.emit()

    def stage_map(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def won_words(self) -> tuple[str, ...]:
        return split_words(self.won_edit.text())

    def lost_words(self) -> tuple[str, ...]:
        return split_words(self.lost_edit.text())

    def isComplete(self) -> bool:
        return self.plan is not None
