"""Step 2, Your funnel: a starting set of stages (a trade's template, or the
stages of an amoCRM/Pipedrive export), editable right here; a Future sales
pipeline is always added."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError, ValidationError
from funnel.imports.csvfile import read_csv
from funnel.pipeline.templates import (
    DEFAULT_TEMPLATE,
    TEMPLATE_KEYS,
    TemplateStage,
    stages_from_export,
    template_stages,
)
from ui.messages import show_error

EXPORT = "export"
# Enough rows to see an export's stages; reading stops there, so a huge file
# answers at once (stages appear in the first rows of any real export).
EXPORT_SAMPLE_ROWS = 20_000
NAME, DAYS, PROBABILITY = range(3)


def template_title(key: str) -> str:
    return {
        "b2b": QCoreApplication.translate("FunnelStep", "B2B services"),
        "retail": QCoreApplication.translate("FunnelStep", "Retail / shop"),
        "real_estate": QCoreApplication.translate("FunnelStep", "Real estate"),
        "education": QCoreApplication.translate("FunnelStep", "Education / courses"),
        EXPORT: QCoreApplication.translate("FunnelStep", "The one I have in amoCRM / Pipedrive…"),
    }[key]


class FunnelStep(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelStep")
        self.language = language
        self.key = DEFAULT_TEMPLATE
        self.edited = False  # the person changed the stages: a language switch keeps them
        self.touched = False  # the person chose or changed anything here
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("templateList")
        for key in (*TEMPLATE_KEYS, EXPORT):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 34))
            self.choices.addItem(item)
        self.choices.setFixedWidth(300)
        self.choices.setSpacing(3)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("stageTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DAYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBABILITY, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(36)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.future_note = QLabel()
        self.future_note.setWordWrap(True)
        self.future_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        right.addWidget(self.future_note)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.choices)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)

        self.choices.setCurrentRow(TEMPLATE_KEYS.index(DEFAULT_TEMPLATE))
        self.choices.currentItemChanged.connect(self._chosen)
        self.table.itemChanged.connect(self._edited)
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.set_stages(template_stages(self.key, language))
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Pick the stages a deal goes through. Change names, stall days and "
                "probabilities right here, or later in Pipeline › Edit pipeline."
            )
        )
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            item.setText(template_title(item.data(Qt.ItemDataRole.UserRole)))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Stalled after, days"), self.tr("Probability, %")]
        )
        days_header = self.table.horizontalHeaderItem(DAYS)
        assert days_header is not None
        days_header.setToolTip(
            self.tr("A deal left longer in this stage is marked stalled; 0: never.")
        )
        self.add_button.setText(self.tr("Add stage"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.future_note.setText(
            self.tr(
                "A Future sales pipeline is always added too: clients who are not ready "
                "this month wait there with a day to call them back."
            )
        )

    def set_language(self, language: str) -> None:
        """Stage names are data, written in the language chosen: a template not
        edited yet follows the language."""
        self.language = language
        if not self.edited and self.key != EXPORT:
            self.set_stages(template_stages(self.key, language))

    # the table ------------------------------------------------------------------
    def set_stages(self, stages: tuple[TemplateStage, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for stage in stages:
            self._append(stage)
        self.table.blockSignals(False)
        self.edited = False

    def _append(self, stage: TemplateStage) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(stage.name))
        for column, value in ((DAYS, stage.rot_days or 0), (PROBABILITY, stage.probability)):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, int(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _edited(self, _item: QTableWidgetItem) -> None:
        self.edited = self.touched = True

    def add_stage(self) -> None:
        self._append(TemplateStage(self.tr("New stage"), 7, 50))
        self.edited = self.touched = True
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    def remove_stage(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)
            self.edited = self.touched = True

    def move_stage(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        stages = list(self.stages(check=False))
        stages.insert(target, stages.pop(row))
        self.set_stages(tuple(stages))
        self.edited = self.touched = True
        self.table.setCurrentCell(target, NAME)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        return self.table.item(row, column) or QTableWidgetItem()

    def stages(self, *, check: bool = True) -> tuple[TemplateStage, ...]:
        """The stages as shown; with `check`, a clear error for a bad value."""
        result = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, NAME).text().strip()
            days = int(self._cell(row, DAYS).data(Qt.ItemDataRole.EditRole) or 0)
            probability = int(self._cell(row, PROBABILITY).data(Qt.ItemDataRole.EditRole) or 0)
            if check and not name:
                raise ValidationError(self.tr("Stage %1 needs a name.").replace("%1", str(row + 1)))
            if check and not (0 <= probability <= 100 and days >= 0):
                raise ValidationError(
                    self.tr(
                        "Stage '%1': stall days must be 0 or more and the probability "
                        "between 0 and 100."
                    ).replace("%1", name)
                )
            result.append(TemplateStage(name, days or None, probability))
        return tuple(result)

    # choosing -------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == EXPORT:
            if not self.read_export():
                self.choices.blockSignals(True)
                if previous is not None:
                    self.choices.setCurrentItem(previous)
                self.choices.blockSignals(False)
            return
        self.key = key
        self.touched = True
        self.set_stages(template_stages(key, self.language))

    def read_export(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("The export of your deals from amoCRM, Kommo or Pipedrive"),
                "",
                self.tr("Tables (*.csv *.txt);;All files (*)"),
            )
        if not path:
            return False
        try:
            table = read_csv(path, max_rows=EXPORT_SAMPLE_ROWS)
            stages = stages_from_export(table)
        except FunnelError as exc:
            show_error(self, exc)
            return False
        self.key = EXPORT
        self.touched = True
        self.set_stages(stages)
        return True
