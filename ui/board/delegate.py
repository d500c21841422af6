"""Painting a deal card. One delegate paints every card of a column, so a
stage of 10,000 deals costs only the cards on screen.

The card reads top-down in order of importance: what (title) and who (client),
how much and how long, then what happens next. Colour is used for meaning only:
red for a stalled deal and an overdue step, amber for a missing next step, and
the client's temperature (hot, warm, cold).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from funnel.pipeline.board import BoardCard
from ui.customers.marks import with_mark
from ui.i18n import day_text, money_text, time_text

STALLED = QColor("#d64545")
OVERDUE = QColor("#d64545")
NO_NEXT_STEP = QColor("#c27c0e")
TEMPERATURE_COLORS = {
    "hot": QColor("#e8590c"),
    "warm": QColor("#d9a20b"),
    "cold": QColor("#3d83c9"),
}

PAD_X = 12
PAD_Y = 9
LINE_GAP = 4
RADIUS = 6.0
STRIP = 4  # the stalled mark along the card's left edge


def temperature_name(temperature: str) -> str:
    names = {
        "hot": QCoreApplication.translate("CardDelegate", "Hot"),
        "warm": QCoreApplication.translate("CardDelegate", "Warm"),
        "cold": QCoreApplication.translate("CardDelegate", "Cold"),
    }
    return names.get(temperature, temperature)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` towards `b`: palette-derived shades that work in
    light and dark mode alike."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tint(color: QColor, palette: QPalette, strength: float = 0.16) -> QColor:
    """A pale fill of a meaning colour over the card's background."""
    return mix(palette.color(QPalette.ColorRole.Base), color, strength)


def ink(color: QColor, palette: QPalette) -> QColor:
    """A meaning colour made readable as text on the palette's base."""
    return color.lighter(135) if is_dark(palette) else color.darker(115)


def initials(name: str) -> str:
    """'Sarah Miller' → 'SM', 'Алексей Новиков' → 'АН', 'Me' → 'M'."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper() or name[:1].upper()


def next_step_text(card: BoardCard, today: date) -> str:
    if card.next_due_date is None:
        return QCoreApplication.translate("CardDelegate", "No next step")
    when = day_text(card.next_due_date, today)
    if card.next_due_time is not None:
        when = f"{when} {time_text(card.next_due_time)}"
    text = QCoreApplication.translate("CardDelegate", "%1 · %2", "next step: when · what")
    return text.replace("%1", when).replace("%2", card.next_subject or "")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.show_owner = False  # only worth the space when several people sell
        # On a Future-sales board: deal id -> (return date, days the return is overdue).
        self.returns: dict[int, tuple[date | None, int]] = {}

    # geometry ------------------------------------------------------------------
    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        strong = QFont(base)
        strong.setWeight(QFont.Weight.Medium)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 6.0))
        return title, strong, small

    def card_height(self, base: QFont) -> int:
        title, _strong, _small = self.fonts(base)
        line = max(QFontMetrics(title).height(), QFontMetrics(base).height())
        return PAD_Y * 2 + line * 4 + LINE_GAP * 3

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(220, self.card_height(option.font))

    # painting ------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: BoardCard = index.model().card(index.row())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_card(painter, option, card)
        painter.restore()

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, card: BoardCard) -> None:
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = mix(text, base, 0.42)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)

        shape = QPainterPath()
        shape.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(shape, base)
        returning = self.returns.get(card.id)
        late = returning[1] if returning is not None else card.days_over
        if late > 0:  # stalled, or (parked) its return date has passed
            painter.save()
            painter.setClipPath(shape)
            painter.fillRect(QRectF(rect.left(), rect.top(), STRIP, rect.height()), STALLED)
            painter.restore()
        if selected:
            border = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        elif hovered:
            border = QPen(mix(base, text, 0.35), 1)
        else:
            border = QPen(mix(base, text, 0.16), 1)
        painter.setPen(border)
        painter.drawPath(shape)

        title_font, strong_font, small_font = self.fonts(option.font)
        line = max(QFontMetrics(title_font).height(), QFontMetrics(option.font).height())
        left = int(rect.left()) + PAD_X
        right = int(rect.right()) - PAD_X + 2
        top = int(rect.top()) + PAD_Y
        rows = [QRect(left, top + i * (line + LINE_GAP), right - left, line) for i in range(4)]
        today = self._today()

        # 1. title, and the client's temperature on the right
        chip_left = right
        if card.temperature:
            chip_left = self._chip(
                painter,
                rows[0],
                temperature_name(card.temperature),
                TEMPERATURE_COLORS.get(card.temperature, muted),
                small_font,
                palette,
            )
        self._text(painter, rows[0], chip_left - 8, card.title, title_font, text)

        # 2. client, and whose deal it is when several people share the pipeline
        # (initials: the client's name needs the room more)
        client_right = right
        if self.show_owner and card.owner:
            client_right = self._avatar(painter, rows[1], initials(card.owner), small_font, palette)
            client_right -= 8
        client = with_mark(card.client, card.client_id) or QCoreApplication.translate(
            "CardDelegate", "No client"
        )
        self._text(painter, rows[1], client_right, client, option.font, muted)

        # 3. value, and time in stage with the stall mark (parked: the return
        # date, and how late the return is once it has passed)
        days = self.tr("%n d", "days in the stage", card.days_in_stage)
        if returning is not None:
            days = self.tr("back %1", "a parked deal's return date").replace(
                "%1", day_text(returning[0], today) if returning[0] else "—"
            )
        if late > 0:
            over = self.tr("+%n d", "days over the stage's limit", late)
            pill_left = self._chip(
                painter, rows[2], over, STALLED, small_font, palette, filled=True
            )
            days_left = self._right_text(
                painter, rows[2].adjusted(0, 0, pill_left - right - 6, 0), days, small_font, muted
            )
        else:
            days_left = self._right_text(painter, rows[2], days, small_font, muted)
        value = money_text(card.value, card.currency)
        self._text(painter, rows[2], days_left - 8, value, strong_font, text)

        # 4. the next step, or a warning that there is none
        if card.next_due_date is None:
            self._warning_mark(painter, rows[3], NO_NEXT_STEP)
            x = rows[3].left() + rows[3].height()
            warning_row = QRect(x, rows[3].top(), right - x, rows[3].height())
            self._text(
                painter, warning_row, right, next_step_text(card, today), option.font,
                ink(NO_NEXT_STEP, palette),
            )  # fmt: skip
        else:
            if card.next_due_date < today:
                colour = ink(OVERDUE, palette)
            elif card.next_due_date == today:
                colour = text
            else:
                colour = muted
            self._text(painter, rows[3], right, next_step_text(card, today), option.font, colour)

    # pieces --------------------------------------------------------------------
    @staticmethod
    def _text(
        painter: QPainter, row: QRect, right: int, text: str, font: QFont, colour: QColor
    ) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        width = max(0, right - row.left())
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(row.left(), row.top(), width, row.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )

    @staticmethod
    def _right_text(painter: QPainter, row: QRect, text: str, font: QFont, colour: QColor) -> int:
        """Right-aligned text; returns its left edge."""
        painter.setFont(font)
        painter.setPen(colour)
        width = QFontMetrics(font).horizontalAdvance(text)
        painter.drawText(
            row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        return row.right() - width

    @staticmethod
    def _chip(
        painter: QPainter,
        row: QRect,
        text: str,
        colour: QColor,
        font: QFont,
        palette: QPalette,
        *,
        filled: bool = False,
    ) -> int:
        """A rounded label at the right end of a row; returns its left edge."""
        metrics = QFontMetrics(font)
        height = min(row.height(), metrics.height() + 2)
        width = metrics.horizontalAdvance(text) + 14
        box = QRectF(row.right() - width, row.center().y() - height / 2 + 0.5, width, height)
        path = QPainterPath()
        path.addRoundedRect(box, height / 2, height / 2)
        painter.fillPath(path, colour if filled else tint(colour, palette, 0.2))
        painter.setFont(font)
        painter.setPen(QColor("white") if filled else ink(colour, palette))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        return int(box.left())

    @staticmethod
    def _avatar(painter: QPainter, row: QRect, text: str, font: QFont, palette: QPalette) -> int:
        """Initials in a small calm circle at the right end of a row; returns its left edge."""
        metrics = QFontMetrics(font)
        size = min(row.height(), metrics.height() + 2)
        width = max(size, metrics.horizontalAdvance(text) + 8)
        box = QRectF(row.right() - width, row.center().y() - size / 2 + 0.5, width, size)
        path = QPainterPath()
        path.addRoundedRect(box, size / 2, size / 2)
        base = palette.color(QPalette.ColorRole.Base)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.fillPath(path, mix(base, text_colour, 0.10))
        painter.setFont(font)
        painter.setPen(mix(text_colour, base, 0.35))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        return int(box.left())

    @staticmethod
    def _warning_mark(painter: QPainter, row: QRect, colour: QColor) -> None:
        """A small warning triangle with an exclamation mark (drawn, so it does
        not depend on an icon theme or an emoji font)."""
        size = row.height() * 0.72
        x = row.left() + 0.5
        y = row.center().y() - size / 2 + 1
        triangle = QPainterPath()
        triangle.moveTo(QPointF(x + size / 2, y))
        triangle.lineTo(QPointF(x + size, y + size * 0.9))
        triangle.lineTo(QPointF(x, y + size * 0.9))
        triangle.closeSubpath()
        painter.fillPath(triangle, colour)
        painter.setPen(QPen(QColor("white"), max(1.2, size / 9)))
        cx = x + size / 2
        painter.drawLine(QPointF(cx, y + size * 0.33), QPointF(cx, y + size * 0.58))
        painter.drawPoint(QPointF(cx, y + size * 0.74))
