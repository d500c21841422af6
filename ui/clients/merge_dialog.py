"""Merging a group of duplicates: which client stays, and for each field
whose values differ, whose value survives (a radio per client). Tags and
notes may also be kept together. Phones and e-mails are always united.

Defaults: the most complete client stays (filled fields, contacts, deals and
purchases; the most recent on a tie), and each field keeps its value, or the
most recent client's when it has none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.merge import MERGE_FIELDS
from funnel.customers.merge_preview import MergeCandidate, merge_candidates
from ui.clients.model import source_names, temperature_text
from ui.context import AppContext
from ui.i18n import date_text

TOGETHER = -1  # the button id of "keep them all" (tags, notes)
UNITED_FIELDS = ("tags", "notes")
MAX_CHARS = 38


def _empty(value: Any) -> bool:
    return value is None or value == ""


class MergeDialog(QDialog):
    merge_chosen = Signal(int, list, dict)  # keep id, other ids, {field: client id}

    def __init__(self, ctx: AppContext, client_ids: Sequence[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge clients"))
        self.candidates: list[MergeCandidate] = ctx.read(merge_candidates, list(client_ids))
        self.keep_group = QButtonGroup(self)
        self.field_groups: dict[str, QButtonGroup] = {}
        self._touched: set[str] = set()

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        bold = QFont(self.font())
        bold.setBold(True)
        for col, c in enumerate(self.candidates, 1):
            title = QLabel(c.name)
            title.setFont(bold)
            facts = [
                self.tr("#%1, since %2")
                .replace("%1", str(c.id))
                .replace("%2", date_text(c.created_at.date())),
                self.tr("%n deal(s)", "", c.deals),
                self.tr("%n purchase(s)", "", c.purchases),
            ]
            detail = QLabel(" · ".join(facts))
            detail.setEnabled(False)
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(title)
            box.addWidget(detail)
            grid.addLayout(box, 0, col)
        row = 1
        grid.addWidget(self._label(self.tr("Stays (its id is kept):")), row, 0)
        for col, c in enumerate(self.candidates, 1):
            radio = QRadioButton(self.tr("This one"))
            radio.setObjectName(f"keep_{c.id}")
            self.keep_group.addButton(radio, c.id)
            grid.addWidget(radio, row, col)
        self.keep_group.idClicked.connect(lambda _id: self._apply_defaults())
        labels = self._field_labels()
        for field in MERGE_FIELDS:
            values = [c.values[field] for c in self.candidates]
            if len({self._text(field, v) for v in values}) <= 1:
                continue  # all alike: nothing to choose
            row += 1
            grid.addWidget(self._label(labels[field]), row, 0)
            group = QButtonGroup(self)
            for col, (c, value) in enumerate(zip(self.candidates, values, strict=True), 1):
                text = self._text(field, value)
                shown = text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"
                radio = QRadioButton(shown or self.tr("(empty)"))
                radio.setObjectName(f"{field}_{c.id}")
                radio.setToolTip(text)
                group.addButton(radio, c.id)
                grid.addWidget(radio, row, col)
            if field in UNITED_FIELDS:
                radio = QRadioButton(self.tr("All together"))
                radio.setObjectName(f"{field}_together")
                group.addButton(radio, TOGETHER)
                grid.addWidget(radio, row, len(self.candidates) + 1)
            group.idClicked.connect(lambda _id, f=field: self._touched.add(f))
            self.field_groups[field] = group
        row += 1
        grid.addWidget(self._label(self.tr("Phones and e-mails:")), row, 0)
        united = QLabel(self.tr("all kept: %1").replace("%1", ", ".join(self._united()) or "—"))
        united.setWordWrap(True)
        grid.addWidget(united, row, 1, 1, len(self.candidates))
        grid.setColumnStretch(len(self.candidates) + 2, 1)
        grid.setRowStretch(row + 1, 1)  # spare height below the rows, not between them

        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        intro = QLabel(
            self.tr(
                "Every deal, activity, note, purchase, phone and e-mail moves to the client "
                "that stays; the others are archived. Ctrl+Z undoes the merge."
            )
        )
        intro.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("confirmMerge")
        self.buttons.accepted.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        best = max(self.candidates, key=lambda c: (c.filled, c.created_at, c.id))
        self.keep_group.button(best.id).setChecked(True)
        self._apply_defaults()
        width = inner.sizeHint().width() + 2 * scroll.verticalScrollBar().sizeHint().width()
        self.resize(min(max(width, 640), 1240), min(max(self.sizeHint().height(), 420), 680))

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name:"),
            "company": self.tr("Company:"),
            "source": self.tr("Source:"),
            "tags": self.tr("Tags:"),
            "temperature": self.tr("Temperature:"),
            "birthday": self.tr("Birthday:"),
            "notes": self.tr("Notes:"),
            "owner_id": self.tr("Owner:"),
            "referred_by_id": self.tr("Referred by:"),
            "external_id": self.tr("External id:"),
            "language": self.tr("Language:"),
        }

    def _text(self, field: str, value: Any) -> str:
        if _empty(value):
            return ""
        if field == "birthday" and isinstance(value, date):
            return date_text(value)
        if field == "temperature":
            return temperature_text(value)
        if field == "source":
            return source_names().get(str(value).casefold(), str(value))
        return " ".join(str(value).split())

    def _united(self) -> list[str]:
        """The phones and e-mails the survivor ends with: one of each number
        however many ways it was written, the staying client's spelling first."""
        seen: dict[tuple[str, str], str] = {}
        keep = self.keep_id()
        ordered = sorted(self.candidates, key=lambda c: c.id != keep)
        for c in ordered:
            for key, value in c.contact_keys:
                seen.setdefault(key, value)
        return list(seen.values())

    def keep_id(self) -> int:
        return self.keep_group.checkedId()

    def _apply_defaults(self) -> None:
        """Untouched fields take the staying client's value, else the most
        recent one's; tags and notes of several clients stay together."""
        keep = next(c for c in self.candidates if c.id == self.keep_id())
        recent_first = sorted(self.candidates, key=lambda c: (c.created_at, c.id), reverse=True)
        for field, group in self.field_groups.items():
            if field in self._touched:
                continue
            filled = [c for c in recent_first if not _empty(c.values[field])]
            if field in UNITED_FIELDS and len({c.values[field] for c in filled}) > 1:
                choice = TOGETHER
            elif not _empty(keep.values[field]) or not filled:
                choice = keep.id
            else:
                choice = filled[0].id
            group.button(choice).setChecked(True)

    def choices(self) -> dict[str, int]:
        return {
            field: group.checkedId()
            for field, group in self.field_groups.items()
            if group.checkedId() != TOGETHER
        }

    def _merge(self) -> None:
        """Ask for the merge; whoever does it closes the dialog, or shows why not."""
        keep = self.keep_id()
        others = [c.id for c in self.candidates if c.id != keep]
        self.merge_chosen.emit(keep, others, self.choices())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
