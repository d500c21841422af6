"""The client card: who the client is, how to reach them, where they came
from, and their deals and purchases. Saving is one transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.customers.client_list import client_deals, client_sources, client_tags
from funnel.customers.clients import (
    SOURCE_CHANNELS,
    ClientRow,
    clean_email,
    clean_phone,
    create_client,
    get_client,
)
from funnel.customers.edits import edit_client, reapply_client_edit, revert_client_edit
from funnel.customers.history import client_purchase_lines, client_timeline, purchase_totals
from funnel.deals.search import find_clients
from funnel.errors import ChangedByOtherError, FunnelError, ValidationError
from ui.clients.fields import (
    ClientPicker,
    ContactList,
    TagsEdit,
    TemperatureSwitch,
    mark_invalid,
)
from ui.clients.hint import DuplicateHint, lookup_for
from ui.clients.history import ClientDealsModel, small_table
from ui.clients.model import source_names
from ui.clients.timeline import (
    PurchaseLinesModel,
    PurchaseSummary,
    TimelineModel,
    fit_timeline,
    timeline_tab_text,
)
from ui.context import AppContext, Changes
from ui.formats import short_date_pattern
from ui.i18n import qdate
from ui.messages import error_text
from ui.operations.core import Op, run_op, run_write
from ui.team.conflict_bar import ConflictBar, FormVersion

UNKNOWN_BIRTHDAY = QDate(1900, 1, 1)


def _with_hint(contacts: QWidget, hint: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(contacts)
    layout.addWidget(hint)
    return box


def _birthday_format() -> str:
    """The locale's short date with a four-digit year: a birthday in '88 is ambiguous."""
    return short_date_pattern()


class ClientCard(QDialog):
    """Edit a client (or make a new one with `client_id=None`). After Save,
    `client_id` holds the client's id."""

    open_deal_requested = Signal(int)
    saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        client_id: int | None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.client_id = client_id
        self.setObjectName("clientCard")
        # The contact fields and the four tabs whole, in every language.
        self.setMinimumSize(980, 560)

        client = ctx.read(get_client, client_id) if client_id is not None else None
        self.setWindowTitle(client.name if client else self.tr("New client"))
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(self._build_fields(), 5)
        columns.addWidget(self._build_tabs(), 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(14)
        self.conflict_bar = ConflictBar()
        self.form_version = FormVersion(
            self.conflict_bar, current=self._current_version, reload=self.reload, save=self.save
        )
        layout.addWidget(self.conflict_bar)
        layout.addLayout(columns, 1)
        layout.addLayout(self._build_bottom())
        self._fill(client)

    # building -------------------------------------------------------------------------
    def _build_fields(self) -> QVBoxLayout:
        """Who, how to reach them, where from: the left column."""
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("Name"))
        font = QFont(self.name_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.name_edit.setFont(font)
        self.company_edit = QLineEdit()
        self.company_edit.setObjectName("companyEdit")

        self.phones = ContactList("phone")
        self.emails = ContactList("email")
        # "Already a client: …" as a phone or e-mail another client has is typed.
        lookup = lookup_for(self.ctx, lambda: self.client_id)
        self.phone_hint = DuplicateHint(lookup, "phone")
        self.email_hint = DuplicateHint(lookup, "email")
        for contacts, hint in ((self.phones, self.phone_hint), (self.emails, self.email_hint)):
            contacts.text_edited.connect(hint.typed)
            hint.open_client.connect(self.open_other_client)
        self.source_box = QComboBox()
        self.source_box.setObjectName("sourceBox")
        self.source_box.setEditable(True)
        self.source_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_box.addItem("", None)
        for key, name in source_names().items():
            self.source_box.addItem(name, key)
        known = {k.casefold() for k in SOURCE_CHANNELS}
        for source in self.ctx.read(client_sources):
            if source.casefold() not in known:
                self.source_box.addItem(source, source)
        self.tags_edit = TagsEdit(self.ctx.read(client_tags))
        self.tags_edit.setObjectName("tagsEdit")
        self.temperature = TemperatureSwitch()
        self.referrer = ClientPicker(
            lambda text: self.ctx.read(find_clients, text, limit=12), exclude=self.client_id
        )
        self.referrer.setObjectName("referrerEdit")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("What to remember about this client"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Company:"), self.company_edit)
        form.addRow(self.tr("Phones:"), _with_hint(self.phones, self.phone_hint))
        form.addRow(self.tr("E-mails:"), _with_hint(self.emails, self.email_hint))
        form.addRow(self.tr("Source:"), self.source_box)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Temperature:"), self.temperature)
        form.addRow(self.tr("Birthday:"), self._build_birthday())
        form.addRow(self.tr("Referred by:"), self.referrer)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.name_edit)
        left.addLayout(form)
        left.addStretch(1)
        return left

    def _build_birthday(self) -> QHBoxLayout:
        self.birthday_known = QCheckBox()
        self.birthday_known.setObjectName("birthdayKnown")
        self.birthday_known.setToolTip(self.tr("The birthday is known"))
        self.birthday_edit = QDateEdit()
        self.birthday_edit.setObjectName("birthdayEdit")
        self.birthday_edit.setCalendarPopup(True)
        self.birthday_edit.setDisplayFormat(_birthday_format())
        self.birthday_edit.setMinimumDate(UNKNOWN_BIRTHDAY)
        self.birthday_edit.setMaximumDate(qdate(self.ctx.today()))
        # The earliest date stands for "not known" and reads as such.
        self.birthday_edit.setSpecialValueText(self.tr("Not known"))
        self.birthday_edit.setDate(UNKNOWN_BIRTHDAY)
        self.birthday_edit.setEnabled(False)
        self.birthday_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 48)
        self.birthday_known.toggled.connect(self._birthday_toggled)
        self.birthday_known.clicked.connect(self._birthday_clicked)
        birthday = QHBoxLayout()
        birthday.setSpacing(6)
        birthday.addWidget(self.birthday_known)
        birthday.addWidget(self.birthday_edit)
        birthday.addStretch(1)
        return birthday

    def _build_tabs(self) -> QTabWidget:
        """Notes, their deals and purchases: the right column."""
        self.deals_model = ClientDealsModel(self)
        self.deals_view = small_table(self.deals_model, stretch=0)
        self.deals_view.setObjectName("clientDeals")
        self.deals_view.doubleClicked.connect(self._deal_activated)
        self.purchases_model = PurchaseLinesModel(self)
        self.purchases_view = small_table(self.purchases_model, stretch=3)
        self.purchases_view.setObjectName("clientPurchases")
        self.purchases_total = PurchaseSummary()
        self.timeline_model = TimelineModel(self)
        self.timeline_view = small_table(self.timeline_model, stretch=2)
        self.timeline_view.setObjectName("clientTimeline")
        fit_timeline(self.timeline_view)
        purchases = QWidget()
        purchases_layout = QVBoxLayout(purchases)
        purchases_layout.setContentsMargins(0, 6, 0, 0)
        purchases_layout.addWidget(self.purchases_view, 1)
        purchases_layout.addWidget(self.purchases_total)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notes_edit, self.tr("Notes"))
        self.tabs.addTab(self.deals_view, "")
        self.tabs.addTab(purchases, "")
        self.tabs.addTab(self.timeline_view, "")
        return self.tabs

    def _build_bottom(self) -> QHBoxLayout:
        """Where a problem is said, and Save / Cancel."""
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        palette = self.error_label.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff7b72" if dark else "#b3261e"))
        self.error_label.setPalette(palette)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.buttons)
        return bottom
        self.name_edit.textEdited.connect(lambda _: mark_invalid(self.name_edit, False))
        self.resize(1000, 600)

    # loading ----------------------------------------------------------------------
    def _fill(self, client: ClientRow | None) -> None:
        if client is None:
            self.phones.set_values([])
            self.emails.set_values([])
            for tab in (1, 2, 3):
                self.tabs.setTabVisible(tab, False)
            self.name_edit.setFocus()
            return
        self.form_version.loaded(client.version)
        self.name_edit.setText(client.name)
        self.company_edit.setText(client.company or "")
        self.phones.set_values(list(client.phones))
        self.emails.set_values(list(client.emails))
        self._set_source(client.source)
        self.tags_edit.set_tags(client.tags)
        self.temperature.set_value(client.temperature)
        self.birthday_known.setChecked(client.birthday is not None)
        if client.birthday is not None:
            self.birthday_edit.setDate(qdate(client.birthday))
        self.name_edit.setFocus()
        if client.referred_by_id is not None:
            referrer = self.ctx.read(get_client, client.referred_by_id)
            self.referrer.set_client(referrer.id, referrer.name)
        else:
            self.referrer.set_client(None, None)
        self.notes_edit.setPlainText(client.notes)
        self.reload_history()

    def reload(self) -> None:
        """The conflict bar's Reload: the client as it is now; what was typed is dropped."""
        if self.client_id is None:
            return
        self.error_label.setVisible(False)
        try:
            client = self.ctx.read(get_client, self.client_id)
        except FunnelError as exc:  # merged or removed meanwhile
            self.show_error(error_text(exc))
            return
        self._fill(client)

    def _current_version(self) -> int | None:
        if self.client_id is None:
            return None
        return self.ctx.read(get_client, self.client_id).version

    def reload_history(self) -> None:
        """The client's deals and purchases, again (e.g. after a deal was won)."""
        if self.client_id is None:
            return
        deals = self.ctx.read(client_deals, self.client_id)
        purchases = self.ctx.read(client_purchase_lines, self.client_id)
        timeline = self.ctx.read(client_timeline, self.client_id)
        self.deals_model.set_rows(deals)
        self.purchases_model.set_rows(purchases)
        self.timeline_model.set_rows(timeline)
        self.tabs.setTabText(1, self.tr("Deals (%n)", "", len(deals)))
        self.tabs.setTabText(2, self.tr("Purchases (%n)", "", len(purchases)))
        self.tabs.setTabText(3, timeline_tab_text(len(timeline)))
        self.purchases_total.show_totals(self.ctx.read(purchase_totals, self.client_id))
        if not deals and not purchases:
            return
        self.tabs.setCurrentIndex(1 if deals else 2)

    def _set_source(self, source: str | None) -> None:
        index = self.source_box.findData((source or "").casefold()) if source else 0
        if index < 0:
            index = self.source_box.findData(source)
        if index >= 0:
            self.source_box.setCurrentIndex(index)
        else:
            self.source_box.setEditText(source or "")

    def deal_ids(self) -> list[int]:
        return [d.id for d in self.deals_model.rows]

    # saving -----------------------------------------------------------------------
    def _source(self) -> str | None:
        text = self.source_box.currentText().strip()
        if not text:
            return None
        index = self.source_box.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.source_box.itemData(index):
            return self.source_box.itemData(index)
        return text

    def _birthday_toggled(self, known: bool) -> None:
        self.birthday_edit.setEnabled(known)
        if not known:
            self.birthday_edit.setDate(UNKNOWN_BIRTHDAY)

    def _birthday_clicked(self, known: bool) -> None:
        if known and self.birthday_edit.date() == UNKNOWN_BIRTHDAY:
            # Start the calendar where most customers' birthdays are, not in 1900.
            self.birthday_edit.setDate(qdate(self.ctx.today()).addYears(-35))
            self.birthday_edit.setFocus()

    def _birthday(self) -> date | None:
        if not self.birthday_known.isChecked():
            return None
        return self.birthday_edit.date().toPython()

    def _problem(self) -> tuple[QLineEdit, str] | None:
        """The first field to fix, with what is wrong, before anything is written."""
        if not self.name_edit.text().strip():
            return self.name_edit, self.tr("A client needs a name.")
        for kind, edits in (("phone", self.phones.editors()), ("email", self.emails.editors())):
            for edit in edits:
                if not edit.text().strip():
                    continue
                try:
                    (clean_phone if kind == "phone" else clean_email)(edit.text())
                except ValidationError:
                    if kind == "phone":
                        message = self.tr("“%1” does not look like a phone number.")
                    else:
                        message = self.tr("“%1” is not an e-mail address.")
                    return edit, message.replace("%1", edit.text().strip())
        if self.referrer.is_unresolved():
            return self.referrer, self.tr(
                "Pick who referred this client from the list, or clear the box."
            )
        return None

    def show_error(self, message: str, field: QLineEdit | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        if field is not None:
            mark_invalid(field, True)
            field.setFocus()
            field.selectAll()

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "company": self.company_edit.text(),
            "phones": self.phones.values(),
            "emails": self.emails.values(),
            "source": self._source(),
            "tags": self.tags_edit.tags(),
            "temperature": self.temperature.value(),
            "birthday": self._birthday(),
            "referred_by_id": self.referrer.client_id(),
            "notes": self.notes_edit.toPlainText(),
        }

    def save(self) -> None:
        """Write every field in one transaction; on a problem, say what and where
        and write nothing."""
        problem = self._problem()
        if problem is not None:
            self.show_error(problem[1], problem[0])
            return
        fields = self.fields()
        client_id = self.client_id
        now = self.ctx.now()

        try:
            if client_id is None:
                self.client_id = run_write(
                    self.ctx,
                    create_client,
                    now=now,
                    changes=lambda new_id: Changes(clients=frozenset({new_id})),
                    **fields,
                )
            else:  # one undo step on the window's stack (Ctrl+Z there brings it back)
                run_op(
                    self.ctx,
                    Op(
                        self.tr("Edit client"),
                        edit_client,
                        (client_id,),
                        {**fields, "expected_version": self.form_version.shown},
                        changes=Changes(clients=frozenset({client_id})),
                        undo=revert_client_edit,
                        redo=reapply_client_edit,
                    ),
                    self.undo_stack,
                )
        except ChangedByOtherError as exc:
            self.form_version.refused(exc)  # the card stays open with what was typed
            return
        except FunnelError as exc:
            self.show_error(error_text(exc))
            return
        self.saved.emit(self.client_id)
        self.accept()

    def open_other_client(self, client_id: int) -> ClientCard:
        """The card of the client a typed phone or e-mail belongs to."""
        card = ClientCard(self.ctx, client_id, self, self.undo_stack)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.open_deal_requested.connect(self.open_deal_requested)
        card.open()
        return card

    # deals --------------------------------------------------------------------------
    def _deal_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_deal_requested.emit(index.data(Qt.ItemDataRole.UserRole))
