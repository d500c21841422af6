"""The end of a review: what was decided, and how the funnel changed since
last week's review."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from funnel.cleanup.figures import PipelineFigures
from funnel.cleanup.summary import ReviewSummary
from ui.board.delegate import NO_NEXT_STEP, STALLED, ink
from ui.cleanup.history import duration_text
from ui.cleanup.text import Cleanup
from ui.cleanup.widgets import KeyButton, muted_label, scaled_font, set_text_colour
from ui.deal_card.format import WON
from ui.deal_card.format import day_text as full_day
from ui.i18n import money_short, number_text


def values_text(values: dict[str, Decimal]) -> str:
    if not values:
        return money_short(0, "USD")
    return " · ".join(money_short(v, cur) for cur, v in sorted(values.items()))


def money_change(delta: Decimal, currency: str) -> str:
    """+$1.2K or −$70.5K: the sign before the symbol, whatever the locale does."""
    return ("+" if delta > 0 else "−") + money_short(abs(delta), currency)


def signed(n: int) -> str:
    return ("+" if n > 0 else "") + number_text(n) if n else "±0"


class Tile(QWidget):
    """A big number over its caption."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel("0")
        self.number.setObjectName(f"count_{name}")
        self.number.setFont(scaled_font(self, 2.0, bold=True))
        self.caption = muted_label(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_value(self, n: int, colour: QColor | None = None) -> None:
        self.number.setText(number_text(n))
        set_text_colour(self.number, colour)


class SummaryView(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSummary")
        self.title = QLabel(QCoreApplication.translate("Cleanup", "Clean-up done"))
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.subtitle = muted_label()
        self.subtitle.setObjectName("summarySubtitle")

        self.tiles = {
            "reviewed": Tile(QCoreApplication.translate("Cleanup", "deals reviewed"), "reviewed"),
            "calls": Tile(QCoreApplication.translate("Cleanup", "calls scheduled"), "calls"),
            "parked": Tile(QCoreApplication.translate("Cleanup", "parked"), "parked"),
            "archived": Tile(QCoreApplication.translate("Cleanup", "archived"), "archived"),
            "won": Tile(QCoreApplication.translate("Cleanup", "won"), "won"),
            "lost": Tile(QCoreApplication.translate("Cleanup", "lost"), "lost"),
            "without": Tile(
                QCoreApplication.translate("Cleanup", "still without a next step"), "without"
            ),
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(28)
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        tiles.addStretch(1)

        pipeline_title = QLabel(QCoreApplication.translate("Cleanup", "Your sales pipelines"))
        pipeline_title.setFont(scaled_font(self, 1.1, bold=True))
        self.compare = QGridLayout()
        self.compare.setHorizontalSpacing(32)
        self.compare.setVerticalSpacing(6)
        self.last_week_header = muted_label(QCoreApplication.translate("Cleanup", "Last review"))
        for column, header in enumerate(
            (
                QLabel(""),
                muted_label(QCoreApplication.translate("Cleanup", "Now")),
                self.last_week_header,
                muted_label(QCoreApplication.translate("Cleanup", "Change")),
            )
        ):
            if column:
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.compare.addWidget(header, 0, column)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (key, name) in enumerate(
            (
                ("open", QCoreApplication.translate("Cleanup", "Open deals")),
                ("value", QCoreApplication.translate("Cleanup", "Value")),
                ("stalled", QCoreApplication.translate("Cleanup", "Stalled")),
            ),
            start=1,
        ):
            self.compare.addWidget(QLabel(name), row, 0)
            cells = (QLabel(), QLabel(), QLabel())
            for column, cell in enumerate(cells, start=1):
                cell.setObjectName(f"{key}_{column}")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.compare.addWidget(cell, row, column)
            self.cells[key] = cells
        self.compare.setColumnStretch(4, 1)
        self.streak_label = QLabel()
        self.streak_label.setObjectName("summaryStreak")
        self.streak_label.setFont(scaled_font(self, 1.05, bold=True))

        self.done_button = KeyButton(
            QCoreApplication.translate("Cleanup", "Back to the clean-up page"), "Return"
        )
        self.done_button.setObjectName("summaryDone")
        self.done_button.set_default(True)
        self.done_button.clicked.connect(self.done.emit)
        for key in ("Return", "Enter", "Esc"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.done.emit)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(18)
        layout.addLayout(tiles)
        layout.addSpacing(18)
        layout.addWidget(rule)
        layout.addSpacing(10)
        layout.addWidget(pipeline_title)
        layout.addLayout(self.compare)
        layout.addSpacing(18)
        layout.addWidget(self.streak_label)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def show_summary(self, summary: ReviewSummary, streak: int) -> None:
        review, counts = summary.review, summary.counts
        parts = []
        if review.finished_on is not None:
            parts.append(full_day(review.finished_on))
        parts.append(duration_text(review.active_seconds))
        parts.append(
            QCoreApplication.translate("Cleanup", "%1 of %2 deals decided")
            .replace("%1", number_text(counts.reviewed))
            .replace("%2", number_text(counts.total))
        )
        self.subtitle.setText(" · ".join(parts))
        palette = self.palette()
        self.tiles["reviewed"].set_value(counts.reviewed)
        self.tiles["calls"].set_value(counts.calls)
        self.tiles["parked"].set_value(counts.parked)
        self.tiles["archived"].set_value(counts.archived)
        self.tiles["won"].set_value(counts.won, ink(WON, palette) if counts.won else None)
        self.tiles["lost"].set_value(counts.lost)
        without = counts.still_without_next_step
        self.tiles["without"].set_value(without, ink(NO_NEXT_STEP, palette) if without else None)
        self._compare(summary.figures, summary.previous, summary)
        self.streak_label.setText(
            Cleanup.tr("%n week(s) in a row", None, streak)
            if streak
            else QCoreApplication.translate("Cleanup", "A new streak starts today.")
        )
        self.done_button.setFocus()

    def _compare(
        self, now: PipelineFigures, before: PipelineFigures | None, summary: ReviewSummary
    ) -> None:
        palette = self.palette()
        self.last_week_header.setText(
            QCoreApplication.translate("Cleanup", "Last review (%1)").replace(
                "%1", full_day(summary.previous_on)
            )
            if summary.previous_on
            else QCoreApplication.translate("Cleanup", "Last review")
        )
        rows = {
            "open": (number_text(now.open_count), before and number_text(before.open_count)),
            "value": (values_text(now.value), before and values_text(before.value)),
            "stalled": (number_text(now.stalled), before and number_text(before.stalled)),
        }
        for key, (now_text, before_text) in rows.items():
            cells = self.cells[key]
            cells[0].setText(now_text)
            cells[1].setText(before_text or "—")
            change, colour = "—", None
            if before is not None:
                if key == "open":
                    change = signed(now.open_count - before.open_count)
                elif key == "stalled":
                    delta = now.stalled - before.stalled
                    change = signed(delta)
                    colour = (
                        ink(STALLED, palette)
                        if delta > 0
                        else ink(WON, palette)
                        if delta < 0
                        else None
                    )
                else:
                    currencies = sorted(set(now.value) | set(before.value))
                    deltas = [
                        (cur, now.value.get(cur, Decimal(0)) - before.value.get(cur, Decimal(0)))
                        for cur in currencies
                    ]
                    change = " · ".join(money_change(d, cur) for cur, d in deltas if d) or "±0"
            cells[2].setText(change)
            set_text_colour(cells[2], colour)
