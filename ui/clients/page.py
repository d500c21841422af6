"""The Clients page: every client in a sortable, filterable table; a client
card opens on Enter or a double-click."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.client_list import NO_TEMPERATURE, ClientFilters
from funnel.customers.targets import campaign_targets
from funnel.store.firststart import has_clients
from ui.clients.card import ClientCard
from ui.clients.duplicates import DuplicatesDialog
from ui.clients.fields import dot_icon
from ui.clients.model import ClientsModel, TemperatureDelegate, temperature_color
from ui.context import AppContext, Changes
from ui.customers.campaign_dialog import CampaignDialog
from ui.deals.table import ColumnSettings, ListTableView
from ui.lists.empty import clients_empty_state
from ui.operations.campaigns import CampaignActions
from ui.operations.deals import DealActions

FILTER_DELAY_MS = 250
CAMPAIGN_MESSAGE_MS = 10_000


def people_icon(color: QColor, size: int = 32) -> QIcon:
    """Two head-and-shoulders outlines: Qt's standard icons have no people."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 32
    for dx, shade in ((7, 0.45), (-3, 1.0)):
        c = QColor(color)
        c.setAlphaF(shade)
        painter.setPen(QPen(c, 2.2 * unit))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x = size / 2 + dx * unit
        painter.drawEllipse(QRectF(x - 5 * unit, 5 * unit, 10 * unit, 10 * unit))
        painter.drawArc(QRectF(x - 10 * unit, 18 * unit, 20 * unit, 20 * unit), 0, 180 * 16)
    painter.end()
    return QIcon(pixmap)


class ClientsPage(QWidget):
    open_deal_requested = Signal(int, list)  # deal id, the client's deal ids

    def __init__(self, ctx: AppContext, actions: DealActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.deal_actions = actions
        self._stale = False
        self.card: ClientCard | None = None

        self.model = ClientsModel(ctx, self)
        self.view = ListTableView()
        self.view.setObjectName("clientsTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            self.model.column_of("temperature"), TemperatureDelegate(self.view)
        )
        self.columns = ColumnSettings(
            self.view,
            "clients/columns",
            hidden_by_default={"tags"},
            sort=("name", Qt.SortOrder.AscendingOrder),
        )

        self.text_box = QLineEdit()
        self.text_box.setObjectName("textFilter")
        self.text_box.setPlaceholderText(self.tr("Filter by name, company, phone or e-mail"))
        self.text_box.setClearButtonEnabled(True)
        self.temperature_box = QComboBox()
        self.temperature_box.setObjectName("temperatureFilter")
        self.temperature_box.addItem(self.tr("Any temperature"), None)
        for key, label in (
            ("hot", self.tr("Hot")),
            ("warm", self.tr("Warm")),
            ("cold", self.tr("Cold")),
        ):
            self.temperature_box.addItem(
                dot_icon(temperature_color(key, self.palette())), label, key
            )
        self.temperature_box.addItem(self.tr("Not set"), NO_TEMPERATURE)
        self.temperature_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_button = QPushButton(self.tr("New client"))
        self.new_button.setObjectName("newClientButton")
        self.new_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.duplicates_button = QPushButton(self.tr("Find duplicates…"))
        self.duplicates_button.setObjectName("findDuplicatesButton")
        self.duplicates_button.setToolTip(
            self.tr("Clients entered twice: the same phone or e-mail, a similar name")
        )
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.campaign_button = QPushButton(self.tr("Start campaign…"))
        self.campaign_button.setObjectName("startCampaignButton")
        self.campaign_button.setToolTip(
            self.tr("Calls, a mailing or birthday greetings for the clients in this list, "
                    "the selected ones, a tag or a source")
        )  # fmt: skip
        self.campaign_dialog: CampaignDialog | None = None
        self.last_message = ""
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.text_box, 1)
        bar.addWidget(self.temperature_box)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addWidget(self.campaign_button)
        bar.addWidget(self.duplicates_button)
        bar.addWidget(self.new_button)

        self.empty_label = QLabel(self.tr("No clients match these filters."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.first_empty = clients_empty_state(self, lambda: self.open_client(None))
        self.stack.addWidget(self.first_empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._text_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self._apply_filters)
        self.text_box.textChanged.connect(lambda _: self._text_timer.start())
        self.text_box.returnPressed.connect(self._apply_filters)
        self.temperature_box.currentIndexChanged.connect(self._apply_filters)
        self.new_button.clicked.connect(lambda: self.open_client(None))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.campaign_button.clicked.connect(self.start_campaign)
        self.view.row_activated.connect(self.open_client)
        self.model.modelReset.connect(self._update_count)
        ctx.changed.connect(self._on_changed)

        self.model.filters = self._filters()
        self.view.setSortingEnabled(True)  # sorts by the remembered column: loads the list
        self._update_count()

    # main window hooks --------------------------------------------------------------
    def nav_title(self) -> str:
        return self.tr("Clients")

    def nav_icon(self) -> QIcon:
        return QIcon.fromTheme(
            "system-users", people_icon(self.palette().color(QPalette.ColorRole.Text))
        )

    # filters ----------------------------------------------------------------------
    def _filters(self) -> ClientFilters:
        return ClientFilters(
            text=self.text_box.text(), temperature=self.temperature_box.currentData()
        )

    def _apply_filters(self) -> None:
        self._text_timer.stop()
        self.model.set_filters(self._filters())
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln client(s)", "", n))
        empty = self.empty_label if n or self.ctx.read(has_clients) else self.first_empty
        self.stack.setCurrentWidget(self.view if n else empty)

    # refreshing --------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        # Deals count and purchases change with deals; names and contacts with clients.
        if not (changes.everything or changes.clients or changes.deals):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        self.model.reload()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # the card ----------------------------------------------------------------------
    def open_client(self, client_id: int | None) -> ClientCard:
        """Open a client's card (a new client's with None); it stays open while
        the person opens one of the client's deals from it."""
        card = ClientCard(self.ctx, client_id, self, undo_stack=self.deal_actions.undo_stack)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open_deal_requested.connect(
            lambda deal_id: self.open_deal_requested.emit(deal_id, card.deal_ids())
        )
        card.saved.connect(self._select_saved)
        self.card = card
        card.open()
        return card

    def find_duplicates(self) -> DuplicatesDialog:
        """Clients › Find duplicates…: the groups, searched for at once."""
        dialog = DuplicatesDialog(self.ctx, self.deal_actions.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duplicates_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def start_campaign(self) -> CampaignDialog:
        """Clients › Start campaign…: the campaign dialog, asking whom — this
        list as filtered (kept as a filter), the selection, a tag, a source."""
        targets = self.ctx.read(
            campaign_targets,
            filters=self._filters(),
            selected=self.view.selected_ids(),
            today=self.ctx.today(),
        )
        first = targets[0]
        actions = CampaignActions(self.ctx, self.deal_actions.undo_stack)
        dialog = CampaignDialog(
            self.ctx, actions, first.definition, "", first.size, self, targets=targets
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._campaign_created(dialog))
        self.campaign_dialog = dialog
        dialog.open()
        return dialog

    def _campaign_created(self, dialog: CampaignDialog) -> None:
        built = dialog.built
        if built is None:
            return
        text = self.tr("Campaign “%1” created for %Ln client(s).", "", built.members).replace(
            "%1", dialog.name_edit.text().strip()
        )
        if built.held_out:
            text += " " + self.tr("%n held out for comparison.", "", built.held_out)
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, CAMPAIGN_MESSAGE_MS)

    def _select_saved(self, client_id: int) -> None:
        if self.model.row_of_id(client_id) is not None:
            self.view.select_ids([client_id], client_id)
