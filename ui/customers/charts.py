"""Two small charts (QtCharts): the Lorenz-style Pareto curve, and the share
of active clients over the last 12 months against its target."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from funnel.customers.pareto import Pareto
from funnel.customers.segments import ActivePoint
from ui.i18n import qdate

ACCENT = QColor("#3b7dd8")
TARGET = QColor("#d99a1e")


def _chart(view: QChartView) -> QChart:
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    palette = view.palette()
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    view.setChart(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return chart


def _axis(view: QChartView, title: str, top: float, fmt: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat(fmt)
    axis.setTitleText(title)
    text = view.palette().color(QPalette.ColorRole.Text)
    axis.setLabelsColor(text)
    axis.setTitleBrush(text)
    return axis


def pareto_chart(view: QChartView, result: Pareto) -> None:
    """Share of revenue (y) brought by the richest share of clients (x); the
    diagonal is what equal clients would give."""
    chart = _chart(view)
    curve = QLineSeries()
    curve.setName(QCoreApplication.translate("Customers", "Clients by revenue"))
    for share, revenue in result.curve:
        curve.append(QPointF(share * 100, revenue * 100))
    curve.setPen(QPen(ACCENT, 2.5))
    equal = QLineSeries()
    equal.setName(QCoreApplication.translate("Customers", "All clients equal"))
    equal.append(0, 0)
    equal.append(100, 100)
    pen = QPen(view.palette().color(QPalette.ColorRole.PlaceholderText), 1, Qt.PenStyle.DashLine)
    equal.setPen(pen)
    cut = QLineSeries()
    cut.setName(QCoreApplication.translate("Customers", "Top 20%"))
    cut.append(20, 0)
    cut.append(20, result.top_share * 100)
    cut.setPen(QPen(TARGET, 1.5, Qt.PenStyle.DotLine))
    for s in (equal, cut, curve):
        chart.addSeries(s)
    x = _axis(
        view, QCoreApplication.translate("Customers", "% of clients, richest first"), 100, "%d%%"
    )
    y = _axis(view, QCoreApplication.translate("Customers", "% of revenue"), 100, "%d%%")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (equal, cut, curve):
        s.attachAxis(x)
        s.attachAxis(y)


def active_chart(view: QChartView, history: tuple[ActivePoint, ...], target: int) -> None:
    """The active share on the same day of each month, and the target line."""
    chart = _chart(view)
    line = QLineSeries()
    line.setName(QCoreApplication.translate("Customers", "Active clients"))
    line.setPen(QPen(ACCENT, 2.5))
    line.setPointsVisible(True)
    goal = QLineSeries()
    goal.setName(QCoreApplication.translate("Customers", "Target"))
    goal.setPen(QPen(TARGET, 1.5, Qt.PenStyle.DashLine))
    top = max([target] + [p.share * 100 for p in history]) * 1.2 or 10
    for i, p in enumerate(history):
        line.append(QPointF(i, p.share * 100))
    goal.append(0, target)
    goal.append(max(len(history) - 1, 1), target)
    chart.addSeries(goal)
    chart.addSeries(line)
    x = _axis(view, "", max(len(history) - 1, 1), "%d")
    x.setVisible(False)
    y = _axis(view, "", top, "%d%%")
    y.setTickCount(5)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in (goal, line):
        s.attachAxis(x)
        s.attachAxis(y)
    if history:
        locale = QLocale()
        first, last = history[0].day, history[-1].day
        chart.setTitle(
            QCoreApplication.translate("Customers", "%1 – %2")
            .replace("%1", locale.toString(qdate(first), "MMM yyyy"))
            .replace("%2", locale.toString(qdate(last), "MMM yyyy"))
        )
        chart.setTitleBrush(view.palette().color(QPalette.ColorRole.Text))
