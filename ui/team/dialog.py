"""Users ▸ Team members…: who signs in to the team server, their role, and
how many open deals they hold; add a salesperson, disable a login."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from funnel.errors import FunnelError
from funnel.team.users import MANAGER, SALESPERSON, TeamMember, add_user, disable_user, list_users
from ui.context import AppContext
from ui.messages import error_text
from ui.operations.core import Op, run_op

Index = QModelIndex | QPersistentModelIndex


class MembersModel(QAbstractTableModel):
    """The team's people, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: list[TeamMember] = []

    def set_members(self, members: list[TeamMember]) -> None:
        self.beginResetModel()
        self.members = members
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # Titles sit over their column's text: numbers right, words left.
            side = Qt.AlignmentFlag.AlignRight if section == 4 else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Active"),
                self.tr("Open deals"),
            )[section]  # fmt: skip
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        m = self.members[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return m.login or self.tr("(no login)")
            if column == 1:
                return m.name
            if column == 2:  # a role means something only to someone who signs in
                if not m.login:
                    return "—"
                return self.tr("Manager") if m.role == MANAGER else self.tr("Salesperson")
            if column == 3:
                return self.tr("Yes") if m.active else self.tr("No")
            return str(m.open_deals)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            # A disabled login stays listed (their deals are still theirs) but greyed.
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and not m.active:
            return self.tr("This login is disabled and can no longer sign in.")
        return None


class AddMemberDialog(QDialog):
    """Name, login, password twice and role of a new team member."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added: TeamMember | None = None
        self.setWindowTitle(self.tr("Add a salesperson"))
        self.name_edit = QLineEdit()
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("e.g. boris"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_box = QComboBox()
        self.role_box.addItem(self.tr("Salesperson — own and shared deals"), SALESPERSON)
        self.role_box.addItem(self.tr("Manager — everything, and the team"), MANAGER)
        self.problem = QLabel()
        self.problem.setObjectName("addMemberProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")  # as the connect dialog's errors
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        form.addRow(self.tr("Role:"), self.role_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def add(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self._say(self.tr("The two passwords differ."))
            self.again_edit.setFocus()
            return
        op = Op(
            self.tr("Add team member"),
            add_user,
            (self.login_edit.text(),),
            {
                "name": self.name_edit.text(),
                "password": self.password_edit.text(),
                "role": self.role_box.currentData(),
            },
            changes=None,
        )
        try:
            self.added = run_op(self.ctx, op)
        except FunnelError as exc:
            self._say(error_text(exc))  # the form keeps what was typed
            return
        self.accept()


class TeamDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Team members"))
        self.model = MembersModel(self)
        self.view = QTableView()
        self.view.setObjectName("teamMembers")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add a salesperson…"))
        self.add_button.clicked.connect(self.add_member)
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.disable_button.clicked.connect(self.disable_member)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.disable_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.resize(680, 380)
        self.reload()

    def reload(self) -> None:
        self.model.set_members(self.ctx.read(list_users))
        self._enable()

    def selected(self) -> TeamMember | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.members[rows[0].row()] if rows else None

    def _enable(self) -> None:
        member = self.selected()
        self.disable_button.setEnabled(bool(member and member.login and member.active))

    def add_member(self) -> None:
        dialog = AddMemberDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def disable_member(self) -> None:
        member = self.selected()
        if member is None or not member.login:
            return
        question = self.tr(
            "%n open deal(s) stay theirs until you hand them over.", "", member.open_deals
        )
        answer = QMessageBox.question(
            self,
            self.tr("Disable login"),
            self.tr("{name} ({login}) will no longer be able to sign in.")
            .replace("{name}", member.name)
            .replace("{login}", member.login)
            + "\n"
            + question,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        op = Op(self.tr("Disable team member"), disable_user, (member.login,), changes=None)
        try:
            run_op(self.ctx, op)
        except FunnelError as exc:
            QMessageBox.warning(self, self.tr("Team members"), error_text(exc))
        self.reload()
