"""Small line icons for the kinds of lines Today shows, drawn with the
palette's colours (so they follow dark mode and do not depend on an icon
theme, which many desktops lack): a phone for a call, an envelope for an
e-mail, a calendar for a meeting, a ticked box for a task, a turning arrow
for a deal coming back, a clock for a stalled one."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

RETURNING = "returning"
STALLED = "stalled"


def paint_icon(painter: QPainter, box: QRectF, kind: str, colour: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(box.width(), box.height())
    r = QRectF(box.center().x() - s / 2, box.center().y() - s / 2, s, s)
    pen = QPen(colour, max(1.3, s / 11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw = _DRAWERS.get(kind, _task)
    draw(painter, r, colour)
    painter.restore()


def _call(p: QPainter, r: QRectF, colour: QColor) -> None:
    body = QRectF(r.left() + r.width() * 0.28, r.top() + r.height() * 0.06,
                  r.width() * 0.44, r.height() * 0.88)  # fmt: skip
    p.drawRoundedRect(body, r.width() * 0.08, r.width() * 0.08)
    y = body.bottom() - r.height() * 0.16
    p.drawLine(QPointF(body.center().x() - r.width() * 0.06, y),
               QPointF(body.center().x() + r.width() * 0.06, y))  # fmt: skip


def _email(p: QPainter, r: QRectF, colour: QColor) -> None:
    env = QRectF(r.left() + r.width() * 0.06, r.top() + r.height() * 0.2,
                 r.width() * 0.88, r.height() * 0.6)  # fmt: skip
    p.drawRoundedRect(env, r.width() * 0.06, r.width() * 0.06)
    flap = QPainterPath(env.topLeft() + QPointF(r.width() * 0.04, r.height() * 0.04))
    flap.lineTo(QPointF(env.center().x(), env.top() + env.height() * 0.55))
    flap.lineTo(env.topRight() + QPointF(-r.width() * 0.04, r.height() * 0.04))
    p.drawPath(flap)


def _meeting(p: QPainter, r: QRectF, colour: QColor) -> None:
    cal = QRectF(r.left() + r.width() * 0.1, r.top() + r.height() * 0.18,
                 r.width() * 0.8, r.height() * 0.72)  # fmt: skip
    p.drawRoundedRect(cal, r.width() * 0.08, r.width() * 0.08)
    bar = cal.top() + cal.height() * 0.3
    p.drawLine(QPointF(cal.left(), bar), QPointF(cal.right(), bar))
    for x in (0.32, 0.68):
        px = cal.left() + cal.width() * x
        p.drawLine(QPointF(px, r.top() + r.height() * 0.08), QPointF(px, cal.top() + 2))
    p.setBrush(colour)
    dot = r.width() * 0.07
    p.drawEllipse(QPointF(cal.center().x(), cal.top() + cal.height() * 0.64), dot, dot)


def _task(p: QPainter, r: QRectF, colour: QColor) -> None:
    box = r.adjusted(r.width() * 0.14, r.height() * 0.14, -r.width() * 0.14, -r.height() * 0.14)
    p.drawRoundedRect(box, r.width() * 0.1, r.width() * 0.1)
    tick = QPainterPath(QPointF(box.left() + box.width() * 0.24, box.top() + box.height() * 0.52))
    tick.lineTo(QPointF(box.left() + box.width() * 0.44, box.top() + box.height() * 0.72))
    tick.lineTo(QPointF(box.left() + box.width() * 0.78, box.top() + box.height() * 0.3))
    p.drawPath(tick)


def _returning(p: QPainter, r: QRectF, colour: QColor) -> None:
    arc = r.adjusted(r.width() * 0.14, r.height() * 0.14, -r.width() * 0.14, -r.height() * 0.14)
    p.drawArc(arc, 100 * 16, 280 * 16)
    # The arrowhead at the arc's start, pointing along it (anticlockwise).
    tip = QPointF(arc.center().x() - arc.width() * 0.09, arc.top())
    size = r.width() * 0.2
    p.drawLine(tip, tip + QPointF(size, -size * 0.75))
    p.drawLine(tip, tip + QPointF(size, size * 0.75))


def _stalled(p: QPainter, r: QRectF, colour: QColor) -> None:
    face = r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1)
    p.drawEllipse(face)
    c = face.center()
    p.drawLine(c, QPointF(c.x(), face.top() + face.height() * 0.22))
    p.drawLine(c, QPointF(c.x() + face.width() * 0.22, c.y() + face.height() * 0.1))


_DRAWERS = {
    "call": _call,
    "email": _email,
    "meeting": _meeting,
    "task": _task,
    RETURNING: _returning,
    STALLED: _stalled,
}
