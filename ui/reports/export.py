"""A report on paper or in a file: PNG and PDF (title with period and filters,
the chart, its table), CSV and XLSX (the table), and printing."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QGraphicsScene

from funnel.reports.tables import Kind, Table
from ui.reports.model import ReportTableModel
from ui.reports.text import column_text

PNG_WIDTH = 1600
CHART_WIDTH = 1100.0  # logical width the chart is laid out at
CHART_HEIGHT = 620
IMAGE_MARGIN = 32


def _render_chart(chart: QChart, painter: QPainter, target: QRectF) -> None:
    """Draw the chart into `target`, laid out at a screen-like size and scaled
    (vector in a PDF), so its fonts keep their proportion to the chart."""
    width = CHART_WIDTH
    height = width * target.height() / max(target.width(), 1.0)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(width, height))
    scene.setSceneRect(QRectF(0, 0, width, height))
    QCoreApplication.sendPostedEvents()  # the chart lays its axes and series out
    QCoreApplication.processEvents()
    scene.render(painter, target, QRectF(0, 0, width, height))
    scene.removeItem(chart)


def _table_pages(painter: QPainter, rows: list[list[str]], top: float, width: float,
                 page_height: float, new_page) -> float:  # fmt: skip
    """Rows in columns sized to their text; a new page when the page is full.
    Returns where the table ends on its last page."""
    metrics = QFontMetrics(painter.font())
    line = metrics.height() * 1.35
    widths = [max(metrics.horizontalAdvance(r[i]) for r in rows) + 24 for i in range(len(rows[0]))]
    scale = min(1.0, width / max(sum(widths), 1))
    widths = [w * scale for w in widths]
    y = top
    for n, row in enumerate(rows):
        if y + line > page_height:
            new_page()
            y = 0.0
        x = 0.0
        font = QFont(painter.font())
        font.setBold(n == 0)
        painter.setFont(font)
        for i, text in enumerate(row):
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            )
            painter.drawText(QRectF(x, y, widths[i] - 12, line), int(align), text)
            x += widths[i]
        if n == 0:
            painter.drawLine(0, int(y + line), int(sum(widths)), int(y + line))
        y += line
    return y


def paint_report(device: QPagedPaintDevice | QImage, title: str, chart: QChart,
                 models: list[ReportTableModel]) -> None:  # fmt: skip
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if isinstance(device, QImage):
        margin = IMAGE_MARGIN
        painter.translate(margin, margin)
        width, height = float(device.width() - 2 * margin), float(device.height() - 2 * margin)
    else:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        width, height = float(rect.width()), float(rect.height())

    def new_page() -> None:
        device.newPage()

    font = QFont(painter.font())
    font.setPointSizeF(14)
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    painter.drawText(QRect(0, 0, int(width), metrics.height() * 2), int(Qt.AlignmentFlag.AlignLeft
                     | Qt.TextFlag.TextWordWrap), title)  # fmt: skip
    top = metrics.height() * 2.2
    chart_height = min(height * 0.55, CHART_HEIGHT * width / PNG_WIDTH)
    _render_chart(chart, painter, QRectF(0, top, width, chart_height))
    top += chart_height + 16
    body = QFont(painter.font())
    body.setPointSizeF(9)
    body.setBold(False)
    for model in models:
        painter.setFont(QFont(body.family(), 11, QFont.Weight.Bold))
        if top + 60 > height and not isinstance(device, QImage):
            new_page()
            top = 0.0
        painter.drawText(QRectF(0, top, width, 30), column_text(model.table.title))
        top += 30
        painter.setFont(body)
        # An image is made tall enough for every row; only paper turns pages.
        limit = float("inf") if isinstance(device, QImage) else height
        top = _table_pages(painter, model.text_rows(), top, width, limit, new_page) + 20
    painter.end()


def png_height(models: list[ReportTableModel]) -> int:
    rows = sum(len(m.table.rows) + 3 for m in models)
    return 2 * IMAGE_MARGIN + 90 + CHART_HEIGHT + rows * 21


def save_png(path: Path, title: str, chart: QChart, models: list[ReportTableModel]) -> None:
    image = QImage(PNG_WIDTH, png_height(models), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(3780)  # 96 dpi, so fonts come out at screen size
    image.setDotsPerMeterY(3780)
    paint_report(image, title, chart, models)
    if not image.save(str(path), "PNG"):
        raise OSError(f"Cannot write {path}")


def save_pdf(path: Path, title: str, chart: QChart, models: list[ReportTableModel]) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                    QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    )  # fmt: skip
    paint_report(writer, title, chart, models)


def _raw(value, kind: str):
    """A cell for a spreadsheet: numbers stay numbers."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return float(value)
    if kind == Kind.PERCENT:
        return round(float(value), 4)
    if kind == Kind.DAYS:
        return round(float(value), 2)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return column_text(value) if kind == Kind.TEXT else value
    return value


def save_csv(path: Path, tables: list[Table]) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as f:  # BOM: Excel reads UTF-8
        out = csv.writer(f)
        for n, table in enumerate(tables):
            if n:
                out.writerow([])
            if len(tables) > 1:
                out.writerow([column_text(table.title)])
            out.writerow([column_text(c.title) for c in table.columns])
            for row in table.rows:
                out.writerow(
                    [
                        "" if (v := _raw(value, c.kind)) is None
                        else v.isoformat() if isinstance(v, date) else v
                        for value, c in zip(row, table.columns, strict=True)
                    ]
                )  # fmt: skip


def save_xlsx(path: Path, tables: list[Table]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    formats = {Kind.PERCENT: "0.0%", Kind.MONEY: "#,##0.00", Kind.DAYS: "0.0",
               Kind.MONTH: "yyyy-mm", Kind.DATE: "yyyy-mm-dd"}  # fmt: skip
    for table in tables:
        sheet = book.create_sheet(column_text(table.title)[:31])
        sheet.append([column_text(c.title) for c in table.columns])
        for row in table.rows:
            sheet.append([_raw(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
        for i, column in enumerate(table.columns, start=1):
            if column.kind in formats:
                for cell in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell[0].number_format = formats[column.kind]
    book.save(path)
