"""The campaigns tab: every campaign on the left; the chosen one's progress
(contacted / no answer / refused / bought / still to contact), its result
against the same set's rate without contact, and its members."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.campaign_export import export_recipients, mailto_link, recipients
from funnel.customers.campaign_report import (
    CampaignReport,
    MemberRow,
    campaign_members,
    campaign_report,
    list_campaigns,
)
from funnel.errors import FunnelError
from ui.context import AppContext
from ui.customers.matrix import percent_text
from ui.customers.outcome import status_names
from ui.i18n import date_text, money_text, number_text
from ui.messages import show_error
from ui.operations.campaigns import CampaignActions

_ROOT = QModelIndex()


def channel_name(channel: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "calls": QCoreApplication.translate("CampaignsView", "Calls"),
        "mailing": QCoreApplication.translate("CampaignsView", "Mailing"),
        "birthday": QCoreApplication.translate("CampaignsView", "Birthday greetings"),
    }.get(channel, channel)


class MembersModel(QAbstractTableModel):
    """A campaign's members (a few thousand at most per round: plain rows)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MemberRow] = []
        self._statuses = status_names()
        self._headers = [self.tr("Client"), self.tr("Owner"), self.tr("Planned"),
                         self.tr("Round"), self.tr("Status")]  # fmt: skip

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return m.client
        if col == 1:
            return m.owner or ""
        if col == 2:
            return date_text(m.planned_on) if m.planned_on else ""
        if col == 3:
            return number_text(m.round)
        if m.status:
            return self._statuses.get(m.status, m.status)
        return self.tr("Done") if m.done else self.tr("To contact")


class CampaignsView(QWidget):
    def __init__(
        self, ctx: AppContext, actions: CampaignActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_actions = actions
        self.report: CampaignReport | None = None
        self.list = QListWidget()
        self.list.setObjectName("campaignList")
        self.title = QLabel()
        self.title.setObjectName("campaignTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.title.setFont(bold)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = {"pending": self.tr("To contact"), **status_names()}
        for i, (key, label) in enumerate(names.items()):
            value = QLabel("0")
            value.setObjectName(f"figure_{key}")
            value.setFont(bold)
            grid.addWidget(value, 0, i)
            grid.addWidget(QLabel(label), 1, i)
            self.figures[key] = value
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.members = MembersModel(self)
        self.table = QTableView()
        self.table.setObjectName("membersTable")
        self.table.setModel(self.members)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.export_button = QPushButton(self.tr("Export recipients…"))
        self.mailto_button = QPushButton(self.tr("Write with mailto:"))
        self.run_button = QPushButton(self.tr("Build due rounds"))
        self.cancel_button = QPushButton(self.tr("Delete campaign"))
        buttons = QHBoxLayout()
        for b in (self.export_button, self.mailto_button, self.run_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.addWidget(self.title)
        right.addWidget(self.about)
        right.addLayout(grid)
        right.addWidget(self.result_label)
        right.addLayout(buttons)
        right.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No campaigns yet. Click a matrix cell, a class or the lost list to start one.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(lambda _: self.show_current())
        self.export_button.clicked.connect(lambda: self.export())
        self.mailto_button.clicked.connect(self.mailto)
        self.run_button.clicked.connect(self.run_due)
        self.cancel_button.clicked.connect(self.cancel)

    def refresh(self, select: int | None = None) -> None:
        current = select or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.ctx.read(list_campaigns):
            item = QListWidgetItem(f"{row.name}\n{channel_name(row.channel)} · "
                                   f"{date_text(row.started_on)}")  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def show_current(self) -> None:
        campaign_id = self.current_id()
        has = campaign_id is not None
        for w in (
            self.title,
            self.about,
            self.result_label,
            self.table,
            self.export_button,
            self.mailto_button,
            self.cancel_button,
        ):
            w.setVisible(has)  # fmt: skip
        self.empty.setVisible(not has)
        if campaign_id is None:
            self.report = None
            return
        today = self.ctx.today()
        r = self.report = self.ctx.read(campaign_report, campaign_id, today=today)
        self.title.setText(r.name)
        about = [
            channel_name(r.channel),
            self.tr("started %1").replace("%1", date_text(r.started_on)),
        ]
        if r.rrule:
            about.append(self.tr("round %1, next on %2").replace("%1", str(r.round)).replace(
                "%2", date_text(r.next_run_on) if r.next_run_on else "—"))  # fmt: skip
        if r.goal:
            about.append(r.goal)
        self.about.setText(" · ".join(about))
        self.figures["pending"].setText(number_text(r.pending))
        for key, n in r.by_status.items():
            self.figures[key].setText(number_text(n))
        self.result_label.setText(self._result_text(r))
        self.members.set_rows(self.ctx.read(campaign_members, campaign_id))
        mailing = r.channel == "mailing"
        self.export_button.setVisible(mailing)
        self.mailto_button.setVisible(mailing)

    def _result_text(self, r: CampaignReport) -> str:
        values = [
            number_text(r.result_days), number_text(r.bought), number_text(r.contacted),
            percent_text(r.rate), money_text(r.revenue, r.currency),
        ]  # fmt: skip
        if r.control_percent:
            # The held-out group: the same kind of clients, the same days, not contacted.
            text = self.tr(
                "Bought within %1 days after the contact: %2 of %3 contacted (%4), %5. "
                "Held out and not contacted (%9): %6 of %7 bought (%8)."
            )
            values += [
                number_text(r.control_bought), number_text(r.control_clients),
                percent_text(r.control_rate), percent_text(r.control_percent / 100),
            ]  # fmt: skip
            if r.small:
                text += " " + self.tr("Groups this small can differ by chance.")
        else:
            text = self.tr(
                "Bought within %1 days after the contact: %2 of %3 contacted (%4), %5. "
                "Without contact the same clients bought at %6 (%7 of %8)."
            )
            values += [
                percent_text(r.baseline_rate), number_text(r.baseline_bought),
                number_text(r.baseline_clients),
            ]  # fmt: skip
        for i, value in reversed(list(enumerate(values, 1))):
            text = text.replace(f"%{i}", value)
        return text

    # actions ------------------------------------------------------------------------
    def export(self, path: str | None = None) -> int:
        campaign_id = self.current_id()
        if campaign_id is None:
            return 0
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export recipients"), "recipients.csv",
                self.tr("CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)"),
            )  # fmt: skip
            if not path:
                return 0
        try:
            people = self.ctx.read(recipients, campaign_id)
            return export_recipients(people, Path(path))
        except (FunnelError, OSError) as exc:
            show_error(self, exc)
            return 0

    def mailto(self) -> None:
        campaign_id = self.current_id()
        if campaign_id is None or self.report is None:
            return
        try:
            people = self.ctx.read(recipients, campaign_id, pending_only=True)
            link = mailto_link(people, self.report.name)
        except FunnelError as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl(link))

    def run_due(self) -> None:
        built = self.campaign_actions.run_due()
        QMessageBox.information(
            self, self.tr("Campaigns"), self.tr("%n round(s) built.", "", len(built))
        )
        self.refresh()

    def cancel(self) -> None:
        campaign_id = self.current_id()
        if campaign_id is None or self.report is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete campaign"),
            self.tr("Delete “%1” and the calls not made yet? Calls already made stay.").replace(
                "%1", self.report.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.campaign_actions.cancel(campaign_id)
            self.refresh()
