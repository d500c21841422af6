"""The left half of the review: what a decision needs to know about the deal,
and its hygiene checklist with a fix and a waiver for each unticked item."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from funnel.cleanup.checklist import CHECK_ORDER, CheckItem, CheckKey, Checklist
from funnel.cleanup.queue import ActivityFact, DealFacts
from ui.board.delegate import NO_NEXT_STEP, STALLED, TEMPERATURE_COLORS, ink, temperature_name
from ui.cleanup.text import Cleanup, check_question, gap_text, kind_name, reason_text
from ui.cleanup.widgets import Chip, KeyButton, muted_label, scaled_font, set_text_colour
from ui.clients.fields import contact_url
from ui.deal_card.format import WON, moment_text, muted
from ui.deal_card.format import day_text as full_day
from ui.i18n import day_text, money_text, time_text

FIX_KEYS = {
    CheckKey.NOTES: "A",
    CheckKey.LOGGED: "C",
    CheckKey.NEXT_STEP: "N",
    CheckKey.FIELDS: "F",
}
WAIVE_KEYS = {key: f"Alt+{i}" for i, key in enumerate(CHECK_ORDER, start=1)}
NOTE_PREVIEW = 140


def mark_pixmap(kind: str, colour: QColor, size: int = 16) -> QPixmap:
    """A tick or a cross drawn in `colour` (no icon theme to rely on)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = float(size)
    if kind == "tick":
        path = QPainterPath(QPointF(s * 0.18, s * 0.52))
        path.lineTo(QPointF(s * 0.42, s * 0.76))
        path.lineTo(QPointF(s * 0.84, s * 0.26))
        painter.drawPath(path)
    else:
        painter.drawLine(QPointF(s * 0.25, s * 0.25), QPointF(s * 0.75, s * 0.75))
        painter.drawLine(QPointF(s * 0.75, s * 0.25), QPointF(s * 0.25, s * 0.75))
    painter.end()
    return pixmap


class CheckRow(QWidget):
    def __init__(self, key: CheckKey, fix_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.mark = QLabel()
        self.mark.setFixedWidth(20)
        self.question = QLabel(check_question(key))
        self.question.setObjectName(f"check_{key.value}")
        self.detail = muted_label()
        self.fix_button = KeyButton(fix_text, FIX_KEYS[key])
        self.fix_button.setObjectName(f"fix_{key.value}")
        self.waive_button = KeyButton(
            QCoreApplication.translate("Cleanup", "Waive"), WAIVE_KEYS[key]
        )
        self.waive_button.setObjectName(f"waive_{key.value}")
        self.unwaive_button = KeyButton(
            QCoreApplication.translate("Cleanup", "Waived: undo"), WAIVE_KEYS[key]
        )
        self.unwaive_button.setObjectName(f"unwaive_{key.value}")
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.question)
        texts.addWidget(self.detail)
        # The buttons go under the question, so a long question (Russian,
        # Portuguese) never pushes them out of a narrow panel.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 2)
        buttons.setSpacing(8)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.waive_button)
        buttons.addWidget(self.unwaive_button)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        self.question.setWordWrap(True)
        self.detail.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(8)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)

    def show_item(self, item: CheckItem) -> None:
        palette = self.palette()
        if item.held:
            self.mark.setPixmap(mark_pixmap("tick", ink(WON, palette)))
        elif item.waived:
            self.mark.setPixmap(mark_pixmap("tick", muted(palette)))
        else:
            self.mark.setPixmap(mark_pixmap("cross", ink(STALLED, palette)))
        details = [gap_text(g) for g in item.gaps] if not item.held else []
        if item.waived and not item.held:
            details.insert(0, QCoreApplication.translate("Cleanup", "waived for this review"))
        self.detail.setText(", ".join(details))
        self.detail.setVisible(bool(details))
        self.fix_button.setVisible(not item.held)
        self.waive_button.setVisible(not item.ok)
        self.unwaive_button.setVisible(item.waived and not item.held)
        self.setProperty("held", item.held)


class FactsPanel(QFrame):
    fix_requested = Signal(str)  # a CheckKey
    waive_requested = Signal(str, bool)  # a CheckKey, waive (True) or take back
    demotion_answered = Signal(bool)  # accept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFacts")
        self.facts: DealFacts | None = None

        self.reason_chip = Chip()
        self.silent_chip = Chip()
        self.temperature_chip = Chip()
        chips = QHBoxLayout()
        chips.setSpacing(6)
        chips.addWidget(self.reason_chip)
        chips.addWidget(self.silent_chip)
        chips.addWidget(self.temperature_chip)
        chips.addStretch(1)

        self.title_label = QLabel()
        self.title_label.setObjectName("reviewDealTitle")
        self.title_label.setFont(scaled_font(self, 1.6, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.client_label = QLabel()
        self.client_label.setObjectName("reviewClient")
        self.client_label.setFont(scaled_font(self, 1.15))
        self.contacts_label = QLabel()
        self.contacts_label.setObjectName("reviewContacts")
        self.contacts_label.setOpenExternalLinks(True)
        self.contacts_label.setWordWrap(True)  # phones and e-mails wrap, never cut
        self.contacts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.demotion_box = QFrame()
        self.demotion_box.setObjectName("demotionBox")
        self.demotion_label = QLabel()
        self.demotion_label.setWordWrap(True)
        self.accept_demotion = KeyButton(QCoreApplication.translate("Cleanup", "Cool down"), "D")
        self.accept_demotion.setObjectName("acceptDemotion")
        self.reject_demotion = KeyButton(QCoreApplication.translate("Cleanup", "Keep as is"), "R")
        self.reject_demotion.setObjectName("rejectDemotion")
        self.accept_demotion.clicked.connect(lambda: self.demotion_answered.emit(True))
        self.reject_demotion.clicked.connect(lambda: self.demotion_answered.emit(False))
        demotion = QHBoxLayout(self.demotion_box)
        demotion.setContentsMargins(0, 0, 0, 0)
        demotion.addWidget(self.demotion_label, 1)
        demotion.addWidget(self.accept_demotion)
        demotion.addWidget(self.reject_demotion)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        rows = (
            ("stage", QCoreApplication.translate("Cleanup", "Stage")),
            ("value", QCoreApplication.translate("Cleanup", "Value")),
            ("close", QCoreApplication.translate("Cleanup", "Expected close")),
            ("last", QCoreApplication.translate("Cleanup", "Last contact")),
            ("next", QCoreApplication.translate("Cleanup", "Next step")),
            ("notes", QCoreApplication.translate("Cleanup", "Latest notes")),
        )
        for row, (key, name) in enumerate(rows):
            label = muted_label(name)
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextFormat(
                Qt.TextFormat.RichText if key == "notes" else Qt.TextFormat.PlainText
            )
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.values[key] = value

        checklist_title = QLabel(QCoreApplication.translate("Cleanup", "Checklist"))
        checklist_title.setFont(scaled_font(self, 1.05, bold=True))
        self.check_rows = {
            CheckKey.NOTES: CheckRow(
                CheckKey.NOTES, QCoreApplication.translate("Cleanup", "Add note…")
            ),
            CheckKey.LOGGED: CheckRow(
                CheckKey.LOGGED, QCoreApplication.translate("Cleanup", "Log contact…")
            ),
            CheckKey.NEXT_STEP: CheckRow(
                CheckKey.NEXT_STEP, QCoreApplication.translate("Cleanup", "Next step…")
            ),
            CheckKey.FIELDS: CheckRow(
                CheckKey.FIELDS, QCoreApplication.translate("Cleanup", "Fill in…")
            ),
        }
        for key, row in self.check_rows.items():
            row.fix_button.clicked.connect(lambda _=False, k=key: self.fix_requested.emit(k.value))
            row.waive_button.clicked.connect(
                lambda _=False, k=key: self.waive_requested.emit(k.value, True)
            )
            row.unwaive_button.clicked.connect(
                lambda _=False, k=key: self.waive_requested.emit(k.value, False)
            )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(chips)
        layout.addSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.client_label)
        layout.addWidget(self.contacts_label)
        layout.addSpacing(6)
        layout.addWidget(self.demotion_box)
        layout.addSpacing(10)
        layout.addLayout(grid)
        layout.addSpacing(18)
        layout.addWidget(checklist_title)
        for row in self.check_rows.values():
            layout.addWidget(row)
        layout.addStretch(1)

    # --- showing ---------------------------------------------------------------------
    def show_facts(self, facts: DealFacts, today: date) -> None:
        self.facts = facts
        palette = self.palette()
        self.title_label.setText(facts.title)
        client = facts.client or QCoreApplication.translate("Cleanup", "No client")
        if facts.company and facts.company != facts.client:
            client = f"{client} · {facts.company}"
        if facts.owner:
            owner = QCoreApplication.translate("Cleanup", "Owner: %1").replace("%1", facts.owner)
            client = f"{client} · {owner}"
        self.client_label.setText(client)
        self.contacts_label.setText(self._contacts_html(facts))
        self.contacts_label.setVisible(bool(facts.phones or facts.emails))
        self._show_chips(facts)
        self._show_demotion(facts)

        stage = self.values["stage"]
        if facts.parked:
            back = facts.return_stage or "—"
            stage.setText(
                QCoreApplication.translate("Cleanup", "Parked in %1 until %2; returns to %3")
                .replace("%1", facts.pipeline)
                .replace("%2", day_text(facts.return_on, today) if facts.return_on else "—")
                .replace("%3", back)
            )
            set_text_colour(stage, None)
        else:
            text = Cleanup.tr("%1 · %n day(s) in stage", None, facts.days_in_stage).replace(
                "%1", facts.stage
            )
            if facts.rot_days is not None:
                text += " " + Cleanup.tr("(stalls after %n day(s))", None, facts.rot_days)
            stage.setText(text)
            set_text_colour(stage, ink(STALLED, palette) if facts.stalled else None)
        value = self.values["value"]
        if facts.value > 0:
            value.setText(money_text(facts.value, facts.currency))
            set_text_colour(value, None)
        else:
            value.setText(QCoreApplication.translate("Cleanup", "Not filled in"))
            set_text_colour(value, ink(NO_NEXT_STEP, palette))
        close = self.values["close"]
        if facts.expected_close is None:
            close.setText(QCoreApplication.translate("Cleanup", "Not filled in"))
            set_text_colour(close, ink(NO_NEXT_STEP, palette))
        else:
            close.setText(full_day(facts.expected_close))
            passed = facts.expected_close < today
            set_text_colour(close, ink(NO_NEXT_STEP, palette) if passed else None)
        self.values["last"].setText(self._last_text(facts.last_activity))
        nxt = self.values["next"]
        if facts.next_step is None:
            nxt.setText(QCoreApplication.translate("Cleanup", "None"))
            set_text_colour(nxt, ink(NO_NEXT_STEP, palette))
        else:
            nxt.setText(self._step_text(facts.next_step, today))
            overdue = facts.next_step.is_overdue(today)
            set_text_colour(nxt, ink(STALLED, palette) if overdue else None)
        self.values["notes"].setText(self._notes_html(facts))
        self.show_checklist(facts.checklist)

    def show_checklist(self, checklist: Checklist) -> None:
        for item in checklist.items:
            self.check_rows[item.key].show_item(item)

    def _show_chips(self, facts: DealFacts) -> None:
        palette_colour = STALLED if facts.stalled else NO_NEXT_STEP
        if facts.stalled:
            reason = reason_text("stalled", facts.days_over)
        elif facts.parked:
            reason = reason_text("returning")
            palette_colour = TEMPERATURE_COLORS["cold"]
        elif facts.next_step is None:
            reason = reason_text("no_next_step")
        else:
            reason = ""
        self.reason_chip.show_chip(reason, palette_colour)
        silent = facts.silent
        if silent is not None and silent.due:
            self.silent_chip.show_chip(
                QCoreApplication.translate("Cleanup", "No reply to the notice: archive?"), STALLED
            )
        elif silent is not None and silent.replied:
            self.silent_chip.show_chip(
                QCoreApplication.translate("Cleanup", "Replied after the notice"), WON
            )
        elif silent is not None:
            self.silent_chip.show_chip(
                QCoreApplication.translate("Cleanup", "Notice sent, waiting for a reply"),
                NO_NEXT_STEP,
            )
        else:
            self.silent_chip.show_chip("", NO_NEXT_STEP)
        temp = facts.temperature
        if temp in TEMPERATURE_COLORS:
            self.temperature_chip.show_chip(temperature_name(temp), TEMPERATURE_COLORS[temp])
        else:
            self.temperature_chip.show_chip("", NO_NEXT_STEP)

    def _show_demotion(self, facts: DealFacts) -> None:
        demotion = facts.demotion
        self.demotion_box.setVisible(demotion is not None)
        if demotion is None:
            return
        self.demotion_label.setText(
            Cleanup.tr(
                "%1 → %2? No purchase and no activity for %n day(s) or more.", None, demotion.days
            )
            .replace("%1", temperature_name(demotion.from_temperature))
            .replace("%2", temperature_name(demotion.to_temperature))
        )

    @staticmethod
    def _contacts_html(facts: DealFacts) -> str:
        links = []
        for kind, values in (("phone", facts.phones), ("email", facts.emails)):
            for value in values:
                url = contact_url(kind, value)
                text = escape(value)
                links.append(f'<a href="{url.toString()}">{text}</a>' if url else text)
        return " &nbsp;·&nbsp; ".join(links)

    @staticmethod
    def _last_text(last: ActivityFact | None) -> str:
        if last is None:
            return QCoreApplication.translate("Cleanup", "None logged")
        text = f"{kind_name(last.kind)} · {moment_text(last.done_at)}" if last.done_at else ""
        if last.outcome:
            text += " — " + QCoreApplication.translate("Cleanup", "“%1”").replace(
                "%1", last.outcome
            )
        return text

    @staticmethod
    def _step_text(step: ActivityFact, today: date) -> str:
        when = day_text(step.due_date, today)
        if step.due_time is not None:
            when += " " + time_text(step.due_time)
        text = f"{step.subject} · {when}"
        if step.is_overdue(today):
            days = (today - step.due_date).days
            text += " · " + Cleanup.tr("overdue by %n day(s)", None, days)
        return text

    def _notes_html(self, facts: DealFacts) -> str:
        if not facts.notes:
            return escape(QCoreApplication.translate("Cleanup", "None"))
        grey = muted(self.palette()).name()
        lines = []
        for note in facts.notes:
            body = " ".join(note.body.split())
            if len(body) > NOTE_PREVIEW:
                body = body[: NOTE_PREVIEW - 1] + "…"
            when = moment_text(note.created_at)
            lines.append(f'{escape(body)} <span style="color:{grey}">· {escape(when)}</span>')
        return "<br>".join(lines)
