"""Picking the deal's client: type to find one (name, company, phone, e-mail),
or create one — the last suggestion offers "Create client «…»", which opens a
small form for a phone and an e-mail. The client is created when the deal is
saved, in the same transaction."""

from __future__ import annotations

import enum
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.clients import ClientRow, clean_email, clean_phone
from funnel.customers.lookup import KnownClient
from funnel.deals.details import NewClient
from funnel.deals.search import ClientHit
from funnel.errors import ValidationError
from ui.clients.fields import contact_url
from ui.clients.hint import DuplicateHint, Lookup
from ui.context import AppContext
from ui.deal_card.fields import FieldError
from ui.messages import error_text

Index = QModelIndex | QPersistentModelIndex


class HitRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1  # None on the "create" row
    NAME = enum.auto()


class ClientHitsModel(QAbstractListModel):
    """Matching clients, then "Create client «text»" unless a hit has that very name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[ClientHit] = []
        self._create: str | None = None

    def set_hits(self, hits: Sequence[ClientHit], text: str) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        name = text.strip()
        exact = any(h.name.casefold() == name.casefold() for h in self._hits)
        self._create = name if name and not exact else None
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._hits) + (1 if self._create else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == len(self._hits):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self.tr("Create client «%1»").replace("%1", self._create or "")
            if role == HitRole.NAME:
                return self._create
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            extra = [x for x in (hit.company, hit.phone, hit.email) if x]
            return f"{hit.name} — {' · '.join(extra)}" if extra else hit.name
        if role == HitRole.ID:
            return hit.id
        if role == HitRole.NAME:
            return hit.name
        return None


class ClientPicker(QWidget):
    """`client_id()` is the chosen client; `new_client()` the one to create;
    neither when the box is empty (the deal has no client)."""

    changed = Signal()
    open_client_requested = Signal(int)

    def __init__(
        self, find: Callable[[str], list[ClientHit]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._find = find
        self._lookup: Lookup = lambda _kind, _value: []
        self._client_id: int | None = None
        self._client_name = ""
        self._creating = False

        self.edit = QLineEdit()
        self.edit.setObjectName("clientEdit")
        self.edit.setPlaceholderText(self.tr("Type a name, phone or e-mail"))
        self.edit.setClearButtonEnabled(True)
        self.hits = ClientHitsModel(self)
        # Not QLineEdit.setCompleter: the service does the matching (phones by
        # digits, e-mails, companies), so the completer only shows its answer.
        self.completer = QCompleter(self.hits, self)
        self.completer.setWidget(self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.edit.textEdited.connect(self._typed)

        self.form = QFrame()
        self.form.setObjectName("newClientForm")
        self.form.setFrameShape(QFrame.Shape.StyledPanel)
        self.form_title = QLabel()
        self.form_title.setWordWrap(True)
        self.phone = QLineEdit()
        self.phone.setObjectName("newClientPhone")
        self.phone.setPlaceholderText(self.tr("+1 555 010 0200"))
        self.email = QLineEdit()
        self.email.setObjectName("newClientEmail")
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.phone_error = FieldError()
        self.email_error = FieldError()
        # "Already a client: …" before a second copy of a client is created.
        self.phone_hint = DuplicateHint(self._known, "phone")
        self.email_hint = DuplicateHint(self._known, "email")
        form_layout = QFormLayout(self.form)
        form_layout.addRow(self.form_title)
        form_layout.addRow(self.tr("Phone:"), FieldError.wrap(self.phone, self.phone_error))
        form_layout.addRow("", self.phone_hint)
        form_layout.addRow(self.tr("E-mail:"), FieldError.wrap(self.email, self.email_error))
        form_layout.addRow("", self.email_hint)
        self.form.setVisible(False)
        for box, hint in ((self.phone, self.phone_hint), (self.email, self.email_hint)):
            box.textEdited.connect(self.changed)
            box.textEdited.connect(hint.typed)
            hint.open_client.connect(self.open_client_requested)

        # The chosen client's phones and e-mails to call or write, and a link to them.
        self.contacts = QLabel()
        self.contacts.setObjectName("clientContacts")
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.setWordWrap(True)
        self.contacts.setOpenExternalLinks(False)
        self.contacts.linkActivated.connect(self._link)
        self.contacts.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.contacts)
        layout.addWidget(self.form)

    # the chosen client's contacts -----------------------------------------
    def set_lookup(self, lookup: Lookup) -> None:
        """Who already has a phone or e-mail (see `ui.clients.hint.lookup_for`)."""
        self._lookup = lookup

    def _known(self, kind: str, value: str) -> list[KnownClient]:
        return self._lookup(kind, value)

    def show_contacts(self, client: ClientRow | None) -> None:
        """tel:/mailto: links for the client's phones and e-mails, and one to
        open the client's card."""
        if client is None:
            self.contacts.clear()
            self.contacts.setVisible(False)
            return
        links = []
        for kind, values in (("phone", client.phones), ("email", client.emails)):
            for value in values:
                url = contact_url(kind, value)
                text = html.escape(value)
                links.append(f'<a href="{url.toString()}">{text}</a>' if url else text)
        label = html.escape(self.tr("Open client"))
        links.append(f'<a href="client:{client.id}">{label}</a>')
        self.contacts.setText(" · ".join(links))
        self.contacts.setVisible(True)

    def _link(self, link: str) -> None:
        if link.startswith("client:"):
            self.open_client_requested.emit(int(link.split(":", 1)[1]))
        else:
            QDesktopServices.openUrl(QUrl(link))

    # state ---------------------------------------------------------------
    def set_client(self, client_id: int | None, name: str | None) -> None:
        self._client_id = client_id
        self._client_name = name or ""
        self._creating = False
        self.edit.setText(self._client_name)
        self.phone.clear()
        self.email.clear()
        self.form.setVisible(False)
        self.completer.popup().hide()
        if client_id is None:
            self.show_contacts(None)

    def client_id(self) -> int | None:
        return self._client_id

    def text(self) -> str:
        return self.edit.text().strip()

    def is_creating(self) -> bool:
        return self._creating

    def new_client(self) -> NewClient | None:
        if not self._creating or not self.text():
            return None
        return NewClient(self.text(), self.phone.text().strip(), self.email.text().strip())

    def state(self) -> tuple:
        """What the dirty check compares."""
        return (self._client_id, self.text(), self._creating, self.phone.text(), self.email.text())

    def clear_errors(self) -> None:
        self.phone_error.clear()
        self.email_error.clear()

    def problem(self) -> tuple[QWidget, str] | None:
        """The first thing to fix before saving, with the box to put it next to."""
        self.clear_errors()
        if self._creating:
            if self.phone.text().strip():
                try:
                    clean_phone(self.phone.text())
                except ValidationError as exc:
                    self.phone_error.show_message(error_text(exc))
                    return self.phone, error_text(exc)
            if self.email.text().strip():
                try:
                    clean_email(self.email.text())
                except ValidationError as exc:
                    self.email_error.show_message(error_text(exc))
                    return self.email, error_text(exc)
            return None
        if self.text() and self._client_id is None:
            return self.edit, self.tr(
                "Pick a client from the list, or choose “Create client «%1»”."
            ).replace("%1", self.text())
        return None

    # typing and picking -------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self._client_id is not None and text.strip() != self._client_name:
            self._client_id = None
            self.show_contacts(None)
        if self._creating:
            self._show_form(text.strip())
        hits = self._find(text) if text.strip() else []
        self.hits.set_hits(hits, text)
        if self.hits.rowCount() and not self._creating:
            self.completer.complete()
            popup = self.completer.popup()
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            self.completer.popup().hide()
        if not text.strip():
            self._creating = False
            self.form.setVisible(False)
        self.changed.emit()

    def _picked(self, index: QModelIndex) -> None:
        client_id = index.data(HitRole.ID)
        name = index.data(HitRole.NAME) or ""
        if client_id is None:
            self._client_id = None
            self._creating = True
            self.edit.setText(name)
            self._show_form(name)
            self.phone.setFocus()
        else:
            self._client_id = int(client_id)
            self._client_name = name
            self._creating = False
            self.edit.setText(name)
            self.form.setVisible(False)
        self.changed.emit()

    def _show_form(self, name: str) -> None:
        self.form_title.setText(
            self.tr("New client «%1» is created when you save the deal.").replace("%1", name)
        )
        self.form.setVisible(True)


def open_client_card(
    ctx: AppContext, client_id: int, parent: QWidget, undo_stack: QUndoStack | None = None
) -> QWidget:
    """The client's card over the deal card (from its contacts or a hint)."""
    from ui.clients.card import ClientCard  # the client card is a window of its own

    card = ClientCard(ctx, client_id, parent, undo_stack)
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    card.open()
    return card
