"""Painting Today's rows, and knowing what a click on one meant.

A line reads left to right: what kind (icon), when, what (subject or deal)
over who (deal, client, phone, e-mail). Its actions — Done, Snooze, Open;
Back to pipeline; Add next step — appear on the right of the line under the
pointer or the keyboard's cursor, so the list stays calm. Phone and e-mail
are links (tel:, mailto:). Colour only for meaning: red for late and
stalled, amber for a deal without a next step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from funnel.followups.agenda import AgendaLine, ReturningLine, StalledLine
from ui.board.delegate import NO_NEXT_STEP, OVERDUE, STALLED, ink, mix, tint
from ui.customers.marks import with_mark
from ui.followups.format import kind_name, relative_day, weekday_date
from ui.i18n import day_text, money_text, time_text
from ui.today.icons import RETURNING, paint_icon
from ui.today.icons import STALLED as STALLED_ICON
from ui.today.model import Row, RowKind, Section

PAD_X = 16
PAD_Y = 9
LINE_GAP = 3
ICON = 18
BUTTON_GAP = 6
HEADER_GAP = 14  # space above every header but the first

# What a click on a line may mean.
DONE, SNOOZE, OPEN, BACK, NEXT_STEP, PHONE, EMAIL = (
    "done", "snooze", "open", "back", "next_step", "phone", "email",
)  # fmt: skip
SEPARATOR, WARNING = "separator", "warning"  # how the other parts of a line are painted


@dataclass(frozen=True)
class LineLook:
    """What a line says, decided once for painting and for clicks."""

    icon: str
    when: str
    when2: str
    title: str
    parts: list[tuple[str | None, str | None]]  # (text, PHONE / EMAIL / WARNING / None)
    late: bool  # "when" in red
    when2_late: bool
    future: bool  # "when" muted


@dataclass
class LineLayout:
    icon: QRectF
    when: QRect
    when2: QRect
    main: QRect
    main2: QRect
    buttons: dict[str, QRect] = field(default_factory=dict)
    links: dict[str, QRect] = field(default_factory=dict)


class TodayDelegate(QStyledItemDelegate):
    """Emits `action(row, name, rect)`: a button or link of a line was
    clicked (`rect` in the view's viewport coordinates)."""

    action = Signal(int, str, QRect)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.section_titles: dict[Section, str] = {}
        self._pressed: tuple[int, str] | None = None

    # texts ---------------------------------------------------------------------
    def button_texts(self, row: Row) -> list[tuple[str, str]]:
        if row.kind == RowKind.ACTIVITY:
            line = row.line
            assert isinstance(line, AgendaLine)
            buttons = [(DONE, self.tr("Done")), (SNOOZE, self.tr("Snooze ▾"))]
            if line.deal_id is not None or line.client_id is not None:
                buttons.append((OPEN, self.tr("Open")))
            return buttons
        if row.kind == RowKind.RETURNING:
            return [(BACK, self.tr("Back to pipeline")), (OPEN, self.tr("Open"))]
        if row.kind == RowKind.STALLED:
            return [(NEXT_STEP, self.tr("Add next step")), (OPEN, self.tr("Open"))]
        return []

    def button_tooltip(self, name: str) -> str:
        return {
            DONE: self.tr("Mark done, note the outcome and schedule the next step (D)"),
            SNOOZE: self.tr("Later today, tomorrow morning, next Monday or a week later (S)"),
            OPEN: self.tr("Open the deal (Enter)"),
            BACK: self.tr("Back to the stage it was parked from (B)"),
            NEXT_STEP: self.tr("Schedule the next step for this deal (N)"),
            PHONE: self.tr("Call"),
            EMAIL: self.tr("Write an e-mail"),
        }.get(name, "")

    # geometry --------------------------------------------------------------------
    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        strong = QFont(base)
        strong.setWeight(QFont.Weight.DemiBold)
        header = QFont(base)
        header.setWeight(QFont.Weight.Bold)
        header.setPointSizeF(base.pointSizeF() + 1)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 6.0))
        return strong, header, small

    def line_height(self, base: QFont) -> int:
        strong, _header, _small = self.fonts(base)
        return max(QFontMetrics(strong).height(), QFontMetrics(base).height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        row: Row = index.model().row(index.row())
        line = self.line_height(option.font)
        if row.kind == RowKind.HEADER:
            _strong, header, _small = self.fonts(option.font)
            gap = HEADER_GAP if index.row() > 0 else 4
            return QSize(400, gap + QFontMetrics(header).height() + 14)
        if row.kind == RowKind.MORE:
            return QSize(400, line + 12)
        return QSize(400, PAD_Y * 2 + line * 2 + LINE_GAP)

    def when_width(self, base: QFont) -> int:
        metrics = QFontMetrics(base)
        sample = date(2026, 11, 25)
        samples = [
            day_text(sample - timedelta(days=1), sample),
            day_text(sample + timedelta(days=1), sample),
            weekday_date(sample, sample),
            time_text(time(23, 59)),
            self.tr("Any time"),
        ]
        return max(metrics.horizontalAdvance(s) for s in samples) + 16

    def layout(self, option: QStyleOptionViewItem, row: Row) -> LineLayout:
        rect = option.rect
        line = self.line_height(option.font)
        top = rect.top() + PAD_Y
        left = rect.left() + PAD_X
        icon = QRectF(left, top + (line - ICON) / 2, ICON, ICON)
        when_left = left + ICON + 12
        when_w = self.when_width(option.font)
        main_left = when_left + when_w
        metrics = QFontMetrics(option.font)
        buttons: dict[str, QRect] = {}
        height = metrics.height() + 8
        x = rect.right() - PAD_X
        for name, text in reversed(self.button_texts(row)):
            width = metrics.horizontalAdvance(text) + 22
            buttons[name] = QRect(x - width, rect.center().y() - height // 2 + 1, width, height)
            x -= width + BUTTON_GAP
        # The buttons show only on the line under the pointer or the cursor:
        # only there do they take room from the text (e-mails stay whole elsewhere).
        active = option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver)
        main_right = x - 8 if buttons and active else rect.right() - PAD_X
        second = top + line + LINE_GAP
        return LineLayout(
            icon=icon,
            when=QRect(when_left, top, when_w - 8, line),
            when2=QRect(when_left, second, when_w - 8, line),
            main=QRect(main_left, top, max(0, main_right - main_left), line),
            main2=QRect(main_left, second, max(0, main_right - main_left), line),
            buttons=dict(reversed(list(buttons.items()))),
        )

    # painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: Row = index.model().row(index.row())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.line is None:
            # Headers are not keyboard stops (so not "enabled"), but not greyed out either.
            option = QStyleOptionViewItem(option)
            option.palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
        if row.kind == RowKind.HEADER:
            folded = row.section in index.model().folded
            self._paint_header(painter, option, row, index.row(), folded)
        elif row.kind == RowKind.MORE:
            self._paint_more(painter, option, row)
        else:
            self._paint_line(painter, option, row)
        painter.restore()

    def _colours(self, palette: QPalette) -> tuple[QColor, QColor, QColor]:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return base, text, mix(text, base, 0.45)

    def _paint_header(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        row: Row,
        number: int,
        folded: bool,
    ) -> None:
        base, text, muted = self._colours(option.palette)
        _strong, header_font, _small = self.fonts(option.font)
        gap = HEADER_GAP if number > 0 else 4
        rect = option.rect.adjusted(PAD_X, gap, -PAD_X, 0)
        # A small chevron: pointing down while open, right when folded.
        size = 7.0
        cx = rect.left() + size / 2 + 2
        cy = rect.center().y()
        chevron = QPainterPath()
        if folded:
            chevron.moveTo(cx - size * 0.3, cy - size / 2)
            chevron.lineTo(cx + size * 0.4, cy)
            chevron.lineTo(cx - size * 0.3, cy + size / 2)
        else:
            chevron.moveTo(cx - size / 2, cy - size * 0.3)
            chevron.lineTo(cx, cy + size * 0.4)
            chevron.lineTo(cx + size / 2, cy - size * 0.3)
        pen = QPen(muted, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(chevron)

        title = self.section_titles.get(row.section, row.section.value)
        painter.setFont(header_font)
        painter.setPen(text)
        x = rect.left() + ICON + 12
        painter.drawText(
            QRect(x, rect.top(), rect.width(), rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        x += QFontMetrics(header_font).horizontalAdvance(title) + 10
        count = option.locale.toString(row.count)
        late = row.section == Section.OVERDUE
        self._pill(painter, QRect(x, rect.top(), 0, rect.height()), count, option.font,
                   OVERDUE if late else None, option.palette)  # fmt: skip
        painter.setPen(QPen(mix(base, text, 0.12), 1))
        y = option.rect.bottom()
        painter.drawLine(rect.left(), y, rect.right(), y)

    def _pill(
        self,
        painter: QPainter,
        at: QRect,
        text: str,
        font: QFont,
        colour: QColor | None,
        palette: QPalette,
    ) -> int:
        """A rounded count after a title; returns its right edge."""
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 14)
        box = QRectF(at.left(), at.center().y() - height / 2 + 1, width, height)
        path = QPainterPath()
        path.addRoundedRect(box, height / 2, height / 2)
        base, fg, _muted = self._colours(palette)
        if colour is not None:
            painter.fillPath(path, colour)
            painter.setPen(QColor("white"))
        else:
            painter.fillPath(path, mix(base, fg, 0.1))
            painter.setPen(mix(fg, base, 0.3))
        painter.setFont(font)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        return int(box.right())

    def _paint_more(self, painter: QPainter, option: QStyleOptionViewItem, row: Row) -> None:
        _base, _text, muted = self._colours(option.palette)
        _strong, _header, small = self.fonts(option.font)
        painter.setFont(small)
        painter.setPen(muted)
        rect = option.rect.adjusted(PAD_X + ICON + 12, 0, -PAD_X, 0)
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("… and %n more", "", row.count),
        )

    def _paint_line(self, painter: QPainter, option: QStyleOptionViewItem, row: Row) -> None:
        palette = option.palette
        base, text, muted = self._colours(palette)
        strong, _header, small = self.fonts(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        rect = option.rect
        box = QRectF(rect).adjusted(6, 1, -6, -1)
        if selected or hovered:
            path = QPainterPath()
            path.addRoundedRect(box, 6, 6)
            highlight = palette.color(QPalette.ColorRole.Highlight)
            fill = tint(highlight, palette, 0.16) if selected else mix(base, text, 0.04)
            painter.fillPath(path, fill)
        else:
            painter.setPen(QPen(mix(base, text, 0.07), 1))
            left = rect.left() + PAD_X + ICON + 12
            painter.drawLine(left, rect.bottom(), rect.right() - PAD_X, rect.bottom())

        layout = self.layout(option, row)
        red = ink(STALLED, palette)
        look = self.look(row, self._today())
        paint_icon(painter, layout.icon, look.icon, muted)
        when_colour = red if look.late else (muted if look.future else text)
        self._text(painter, layout.when, look.when, option.font, when_colour)
        if look.when2:
            self._text(painter, layout.when2, look.when2, small, red if look.when2_late else muted)
        self._text(painter, layout.main, look.title, strong, text)
        colours = {
            SEPARATOR: mix(muted, base, 0.35),
            PHONE: palette.color(QPalette.ColorRole.Link),
            EMAIL: palette.color(QPalette.ColorRole.Link),
            WARNING: ink(NO_NEXT_STEP, palette),
        }
        painter.setFont(option.font)
        for part_rect, shown, kind in self.place_parts(layout.main2, look.parts, option.font):
            painter.setPen(colours.get(kind or "", muted))
            painter.drawText(part_rect, int(Qt.AlignmentFlag.AlignVCenter), shown)
        # The actions, on the line under the pointer or the keyboard's cursor.
        if selected or hovered:
            for name, label in self.button_texts(row):
                down = self._pressed == (option.index.row(), name)
                self._button(painter, layout.buttons[name], label, option.font, palette, down)

    def look(self, row: Row, today: date) -> LineLook:
        line = row.line
        if isinstance(line, AgendaLine):
            late = line.due_date < today
            at = time_text(line.due_time) if line.due_time else ""
            if row.section == Section.OVERDUE:
                when = relative_day(line.due_date, today)
                when2 = self.tr("%n d late", "", line.days_overdue)
            elif row.section == Section.TODAY:
                when, when2 = at or self.tr("Any time"), kind_name(line.kind)
            else:
                when, when2 = relative_day(line.due_date, today), at or kind_name(line.kind)
            parts: list[tuple[str | None, str | None]] = [
                (line.deal, None),
                (with_mark(line.client, line.client_id), None),
            ]
            if line.rrule:
                parts.append((self.tr("repeats"), None))
            parts += [(line.phone, PHONE), (line.email, EMAIL)]
            return LineLook(
                line.kind, when, when2, line.subject, parts, False, late, line.due_date > today
            )
        if isinstance(line, ReturningLine):
            late = line.days_overdue > 0
            when = relative_day(line.return_on, today) if line.return_on else "—"
            when2 = self.tr("%n d late", "", line.days_overdue) if late else ""
            back = None
            if line.return_stage:
                back = self.tr("back to %1").replace("%1", line.return_stage)
            parts = [
                (with_mark(line.client, line.client_id), None),
                (money_text(line.value, line.currency), None),
                (back, None),
                (line.phone, PHONE),
                (line.email, EMAIL),
            ]
            return LineLook(RETURNING, when, when2, line.title, parts, False, late, False)
        assert isinstance(line, StalledLine)
        parts = [(line.stage, None), (with_mark(line.client, line.client_id), None)]
        if line.no_next_step:
            parts.append((self.tr("no next step"), WARNING))
        parts += [(line.phone, PHONE), (line.email, EMAIL)]
        return LineLook(
            icon=STALLED_ICON,
            when=self.tr("+%n d", "days over the stage's limit", line.days_over),
            when2=self.tr("%n d in stage", "", line.days_in_stage),
            title=line.title,
            parts=parts,
            late=True,
            when2_late=False,
            future=False,
        )

    @staticmethod
    def place_parts(
        rect: QRect, parts: list[tuple[str | None, str | None]], font: QFont
    ) -> list[tuple[QRect, str, str | None]]:
        """Where each part of the second line goes, separated by middle dots
        and elided at the right edge (the links come last: a name matters more)."""
        metrics = QFontMetrics(font)
        separator = "  ·  "
        placed: list[tuple[QRect, str, str | None]] = []
        x = rect.left()
        for text, kind in parts:
            if not text:
                continue
            if placed:
                width = metrics.horizontalAdvance(separator)
                if x + width >= rect.right():
                    break
                placed.append((QRect(x, rect.top(), width, rect.height()), separator, SEPARATOR))
                x += width
            room = rect.right() - x
            if room <= metrics.horizontalAdvance("…") * 2:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(shown)
            placed.append((QRect(x, rect.top(), width + 1, rect.height()), shown, kind))
            x += width
            if shown != text:
                break
        if placed and placed[-1][2] == SEPARATOR:
            placed.pop()
        return placed

    @staticmethod
    def _text(painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), shown)

    def _button(
        self, painter: QPainter, rect: QRect, label: str, font: QFont, palette: QPalette, down: bool
    ) -> None:
        base, text, _muted = self._colours(palette)
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        painter.fillPath(path, mix(base, text, 0.14 if down else 0.0))
        painter.setPen(QPen(mix(base, text, 0.3), 1))
        painter.drawPath(path)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)

    # clicks -------------------------------------------------------------------------
    def targets(self, option: QStyleOptionViewItem, row: Row) -> dict[str, QRect]:
        """Every clickable place of a line: its links and its buttons."""
        if row.line is None:
            return {}
        layout = self.layout(option, row)
        look = self.look(row, self._today())
        found = {
            kind: rect
            for rect, _shown, kind in self.place_parts(layout.main2, look.parts, option.font)
            if kind in (PHONE, EMAIL)
        }
        found.update(layout.buttons)
        return found

    def hit(self, option: QStyleOptionViewItem, row: Row, pos: QPointF) -> str | None:
        """The button or link at `pos` (viewport coordinates), if any."""
        point = pos.toPoint()
        return next((n for n, r in self.targets(option, row).items() if r.contains(point)), None)

    def editorEvent(self, event, model, option, index) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        row: Row = model.row(index.row())
        name = self.hit(option, row, event.position())
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = (index.row(), name) if name else None
            return False  # the press also makes it the current line
        pressed, self._pressed = self._pressed, None
        if name and pressed == (index.row(), name):
            self.action.emit(index.row(), name, self.targets(option, row).get(name, option.rect))
            return True
        return False
