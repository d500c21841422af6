"""The top of the deal card: the title, where the deal stands, a badge for
its status, and Previous/Next through the deals of the view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from funnel.deals.rows import DealListRow
from funnel.store.models import DealStatus
from ui.deal_card.format import LOST, WARNING, WON, money, muted


class CardHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        palette = self.subtitle_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted(self.palette()))
        self.subtitle_label.setPalette(palette)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        bold = QFont(self.font())
        bold.setBold(True)
        self.status_badge.setFont(bold)

        icon = self.style().standardIcon
        self.previous_button = QToolButton()
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setIcon(icon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_button.setToolTip(self.tr("Previous deal (Page Up)"))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("Next"))
        self.next_button.setIcon(icon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrow after text
        self.next_button.setToolTip(self.tr("Next deal (Page Down)"))
        for button in (self.previous_button, self.next_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.position_label = QLabel()
        self.position_label.setObjectName("positionLabel")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position_label.setMinimumWidth(70)

        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.status_badge)
        title_row.addStretch(1)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addLayout(title_row)
        titles.addWidget(self.subtitle_label)
        walk = QHBoxLayout()
        walk.setSpacing(4)
        walk.addWidget(self.previous_button)
        walk.addWidget(self.position_label)
        walk.addWidget(self.next_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(titles, 1)
        layout.addLayout(walk)
        layout.setAlignment(walk, Qt.AlignmentFlag.AlignTop)

    def show_deal(self, deal: DealListRow | None, pipeline: str) -> None:
        """An existing deal, or (None) a new one going into `pipeline`."""
        if deal is None:
            self.title_label.setText(self.tr("New deal"))
            self.subtitle_label.setText(
                self.tr("In %1. Fill in the title, then save.").replace("%1", pipeline)
            )
        else:
            self.title_label.setText(deal.title)
            parts = [deal.pipeline, deal.stage, money(deal.value, deal.currency)]
            if deal.status == DealStatus.OPEN:
                parts.append(self.tr("%n day(s) in stage", "", deal.days_in_stage))
            self.subtitle_label.setText(" · ".join(parts))
        self._show_badge(deal)

    def _show_badge(self, deal: DealListRow | None) -> None:
        text, colour = "", None
        if deal is not None:
            if deal.status == DealStatus.WON:
                text, colour = self.tr("Won"), WON
            elif deal.status == DealStatus.LOST:
                text, colour = self.tr("Lost"), LOST
            elif deal.status == DealStatus.ARCHIVED:
                text, colour = self.tr("Archived"), muted(self.palette())
            elif deal.stalled:  # the stall rule's verdict, as on the board
                text, colour = self.tr("Stalled: %n day(s) over", "", deal.days_over), WARNING
        self.status_badge.setText(text)
        self.status_badge.setVisible(bool(text))
        if colour is not None:
            palette = self.status_badge.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.status_badge.setPalette(palette)

    def show_position(self, position: int | None, total: int) -> None:
        """`position` (0-based) among `total` deals; hidden when there is nowhere to walk."""
        walking = position is not None and total > 1
        for widget in (self.previous_button, self.next_button, self.position_label):
            widget.setVisible(walking)
        if position is not None and walking:
            self.position_label.setText(
                self.tr("%1 of %2").replace("%1", str(position + 1)).replace("%2", str(total))
            )
            self.previous_button.setEnabled(position > 0)
            self.next_button.setEnabled(position < total - 1)
