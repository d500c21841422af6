"""The Customers page: the lifecycle matrix with the share of active clients
against its target, the top clients (Pareto / ABC), lifetime value per
segment and source, the lost clients, and the campaigns worked on them.

Only the tab on screen is computed; the others when they are opened. A click
on a matrix cell (or a class, or the lost list) opens its client list, from
which a campaign starts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.lifetime import lifetime_summary, lost_count
from funnel.customers.pareto import default_period, pareto
from funnel.customers.segments import Matrix, lifecycle_matrix
from funnel.errors import FunnelError
from ui.context import AppContext, Changes
from ui.customers import marks
from ui.customers.campaign_dialog import CampaignDialog
from ui.customers.campaigns_view import CampaignsView
from ui.customers.charts import active_chart
from ui.customers.matrix import MatrixView, cell_name, percent_text
from ui.customers.panels import LifetimePanel, ParetoPanel
from ui.customers.set_list import ClientSetPanel
from ui.customers.settings_dialog import SegmentSettingsDialog
from ui.formats import long_date
from ui.i18n import money_text, number_text
from ui.messages import show_error
from ui.operations.campaigns import CampaignActions
from ui.operations.deals import DealActions

MATRIX, TOP, VALUE, LOST, CAMPAIGNS = range(5)
BELOW_TARGET = QColor("#d64545")
ON_TARGET = QColor("#2e9e5b")


def bars_icon(color: QColor, size: int = 32) -> QIcon:
    """Three bars of falling height: the few who bring the most."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, size / 16))
    painter.setBrush(color)
    unit = size / 32
    for i, h in enumerate((24, 15, 8)):
        painter.drawRoundedRect(
            QRectF(4 * unit + i * 9 * unit, (28 - h) * unit, 7 * unit, h * unit), 1, 1
        )
    painter.end()
    return QIcon(pixmap)


class ClientSetDialog(QDialog):
    """A set's client list in its own window (from a matrix cell or a class)."""

    def __init__(self, page: CustomersPage, definition: dict, title: str) -> None:
        super().__init__(page)
        self.setObjectName("clientSetDialog")
        self.setWindowTitle(title)
        self.resize(980, 560)
        self.title = title
        self.panel = ClientSetPanel(page.ctx, definition, self)
        self.panel.campaign_requested.connect(
            lambda d: page.start_campaign(d, title, self.panel.model.rowCount(), self)
        )
        self.panel.open_client_requested.connect(page.open_client)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)


class CustomersPage(QWidget):
    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actions = actions
        self.campaign_actions = CampaignActions(ctx, getattr(actions, "undo_stack", None))
        self.matrix: Matrix | None = None
        self._fresh: set[int] = set()
        self.set_dialog: ClientSetDialog | None = None
        self.campaign_dialog: CampaignDialog | None = None
        self._rounds_checked_on: date | None = None

        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("asOf")
        self.settings_button = QPushButton(self.tr("Limits and names…"))
        self.settings_button.setObjectName("segmentSettingsButton")
        bar = QHBoxLayout()
        bar.addWidget(self.as_of_label, 1)
        bar.addWidget(self.settings_button)

        self.matrix_view = MatrixView()
        self.active_label = QLabel()
        self.active_label.setObjectName("activeShare")
        big = QFont(self.active_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.active_label.setFont(big)
        self.active_note = QLabel()
        self.active_note.setWordWrap(True)
        self.active_chart = QChartView()
        self.active_chart.setMinimumSize(260, 200)
        self.matrix_note = QLabel()
        self.matrix_note.setObjectName("matrixNote")
        self.matrix_note.setWordWrap(True)
        self.matrix_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Active clients")))
        side.addWidget(self.active_label)
        side.addWidget(self.active_note)
        side.addWidget(self.active_chart, 1)
        top = QHBoxLayout()
        top.addWidget(self.matrix_view, 3)
        top.addLayout(side, 1)
        matrix_tab = QWidget()
        matrix_layout = QVBoxLayout(matrix_tab)
        matrix_layout.addLayout(top, 1)
        matrix_layout.addWidget(self.matrix_note)

        self.pareto_panel = ParetoPanel()
        self.lifetime_panel = LifetimePanel()
        self.lost_panel = ClientSetPanel(ctx, {"kind": "lost"})
        self.lost_panel.campaign_button.setText(self.tr("Start a win-back campaign…"))
        self.lost_label = QLabel()
        self.lost_label.setObjectName("lostLabel")
        self.lost_label.setWordWrap(True)
        lost_tab = QWidget()
        lost_layout = QVBoxLayout(lost_tab)
        lost_layout.addWidget(self.lost_label)
        lost_layout.addWidget(self.lost_panel, 1)
        self.campaigns = CampaignsView(ctx, self.campaign_actions)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(matrix_tab, self.tr("Lifecycle"))
        self.tabs.addTab(self.pareto_panel, self.tr("Top clients"))
        self.tabs.addTab(self.lifetime_panel, self.tr("Lifetime value"))
        self.tabs.addTab(lost_tab, self.tr("Lost clients"))
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.matrix_view.cell_clicked.connect(self.open_cell)
        self.pareto_panel.class_requested.connect(self.open_class)
        self.pareto_panel.period_changed.connect(lambda: self._load(TOP))
        self.lost_panel.campaign_requested.connect(
            lambda d: self.start_campaign(d, self.tr("Win back lost clients"),
                                          self.lost_panel.model.rowCount(), self)
        )  # fmt: skip
        self.lost_panel.open_client_requested.connect(self.open_client)
        self.settings_button.clicked.connect(self.edit_settings)
        self.tabs.currentChanged.connect(self._load)
        ctx.changed.connect(self._on_changed)
        marks.install(ctx)
        self._load(self.tabs.currentIndex())

    # main window hooks ----------------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Customers")

    def nav_icon(self) -> QIcon:
        return bars_icon(self.palette().color(QPalette.ColorRole.Text))

    # loading ----------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.clients or changes.deals or changes.activities:
            self._fresh.clear()
            if self.isVisible():
                self._load(self.tabs.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_due_rounds()
        self._load(self.tabs.currentIndex())

    def _run_due_rounds(self) -> None:
        """Recurring campaigns build their next list once a day, when the page
        is first looked at (or with `funnel campaign run-due`)."""
        today = self.ctx.today()
        if self._rounds_checked_on == today:
            return
        self._rounds_checked_on = today
        try:
            self.campaign_actions.run_due()
        except FunnelError as exc:
            show_error(self, exc)

    def refresh(self) -> None:
        self._fresh.clear()
        self._load(self.tabs.currentIndex())

    def _load(self, tab: int) -> None:
        if tab in self._fresh and tab != TOP:
            return
        self._fresh.add(tab)
        today = self.ctx.today()
        self.as_of_label.setText(self.tr("As of %1").replace("%1", long_date(today)))
        if tab in (MATRIX, VALUE) or self.matrix is None:
            self.matrix = self.ctx.read(lifecycle_matrix, as_of=today)
            self._show_matrix(self.matrix)
        if tab == TOP:
            first, end = default_period(today)
            start = None if self.pareto_panel.all_time() else first
            self.pareto_panel.show_pareto(
                self.ctx.read(pareto, date_from=start, date_to=end), today
            )
        elif tab == VALUE:
            self.lifetime_panel.show_summary(
                self.ctx.read(lifetime_summary, as_of=today), self.matrix
            )
        elif tab == LOST:
            self.lost_panel.refresh()
            n = self.ctx.read(lost_count, as_of=today)
            self.lost_label.setText(
                self.tr("%Ln client(s) bought before and have been silent for more than twice "
                        "their usual gap (at least 90 days). The richest come first.", "", n)
            )  # fmt: skip
        elif tab == CAMPAIGNS:
            self.campaigns.refresh()

    def _show_matrix(self, m: Matrix) -> None:
        self.matrix_view.set_matrix(m)
        target = m.settings.active_target
        self.active_label.setText(percent_text(m.active_share))
        meets = m.active_share * 100 >= target
        palette = self.active_label.palette()
        palette.setColor(self.active_label.foregroundRole(), ON_TARGET if meets else BELOW_TARGET)
        self.active_label.setPalette(palette)
        note = self.tr("%1 of %2 buying clients bought in the last %3 days; target %4.")
        for key, value in (
            ("%1", number_text(m.active)), ("%2", number_text(m.clients)),
            ("%3", number_text(m.settings.recency_limits[0])), ("%4", f"{target}%"),
        ):  # fmt: skip
            note = note.replace(key, value)
        if len(m.history) > 1:
            change = (m.history[-1].share - m.history[0].share) * 100
            sign = "+" if change >= 0 else ""
            note += " " + self.tr("%1 points over 12 months.").replace(
                "%1", sign + QLocale().toString(change, "f", 1)
            )
        self.active_note.setText(note)
        active_chart(self.active_chart, m.history, target)
        text = self.tr("Revenue in %1: %2.").replace("%1", m.currency).replace(
            "%2", money_text(m.revenue, m.currency, whole=True))  # fmt: skip
        if not m.currency_from_profile:
            text += " " + self.tr("(No home currency is set: the one most purchases are in.)")
        if m.other_currency_purchases:
            text += " " + self.tr("%n purchase(s) in other currencies left out of revenue.", "",
                                  m.other_currency_purchases)  # fmt: skip
        self.matrix_note.setText(text)

    # opening lists, cards, campaigns --------------------------------------------------
    def open_cell(self, key: str) -> ClientSetDialog:
        assert self.matrix is not None
        title = cell_name(self.matrix.cell(key), self.matrix)
        return self._open_set({"kind": "cell", "cell": key}, title)

    def open_class(self, cls: str) -> ClientSetDialog:
        definition: dict = {"kind": "abc", "class": cls}
        if self.pareto_panel.all_time():
            definition |= {"from": None, "to": self.ctx.today().isoformat()}
        return self._open_set(definition, self.tr("Class %1 clients").replace("%1", cls))

    def _open_set(self, definition: dict, title: str) -> ClientSetDialog:
        dialog = ClientSetDialog(self, definition, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.set_dialog = dialog
        dialog.show()
        return dialog

    def open_client(self, client_id: int) -> None:
        from ui.clients.card import ClientCard

        card = ClientCard(self.ctx, client_id, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open()

    def start_campaign(
        self, definition: dict, title: str, size: int, parent: QWidget | None = None
    ) -> CampaignDialog:
        dialog = CampaignDialog(
            self.ctx, self.campaign_actions, definition, title, size, parent or self
        )
        self.campaign_dialog = dialog
        dialog.accepted.connect(lambda: self._campaign_created(dialog))
        dialog.open()
        return dialog

    def _campaign_created(self, dialog: CampaignDialog) -> None:
        if dialog.built is None:
            return
        if self.set_dialog is not None and dialog.parent() is self.set_dialog:
            self.set_dialog.close()
        self.tabs.setCurrentIndex(CAMPAIGNS)
        self.campaigns.refresh(select=dialog.built.campaign_id)

    def edit_settings(self) -> None:
        if self.matrix is None:
            return
        dialog = SegmentSettingsDialog(self.campaign_actions, self.matrix.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
