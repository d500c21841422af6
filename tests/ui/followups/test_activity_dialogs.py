"""Adding, editing and finishing follow-ups in their dialogs: recurrence
choices, refused input, and the next occurrence of a recurring one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from funnel.customers.clients import create_client
from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity
from funnel.followups.activity_list import get_activity, list_activities
from ui.followups.dialogs import ActivityDialog
from ui.followups.done_dialog import DoneDialog
from ui.i18n import qdate
from ui.operations.activities import ActivityActions


@pytest.fixture
def actions(ctx):
    return ActivityActions(ctx, QUndoStack())


@pytest.fixture
def deal_id(db, now):
    with db.begin() as s:
        client_id = create_client(s, name="Anna Ivanova", now=now, birthday=date(1992, 2, 29))
        return create_deal(s, title="Website redesign", now=now, client_id=client_id)


def new_dialog(ctx, actions, qtbot, **kw) -> ActivityDialog:
    dialog = ActivityDialog(ctx, actions, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_repeat(dialog: ActivityDialog, text_start: str) -> None:
    box = dialog.repeat_box
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(text_start))
    box.setCurrentIndex(index)


def test_a_weekly_call_repeats_on_the_weekday_of_its_due_date(ctx, actions, deal_id, qtbot):
    dialog = new_dialog(ctx, actions, qtbot, deal_id=deal_id)
    qtbot.keyClicks(dialog.fields.subject_edit, "Weekly check-in")
    dialog.fields.date_edit.setDate(qdate(date(2026, 11, 30)))  # a Monday
    choose_repeat(dialog, "Every week on Monday")
    qtbot.keyClick(dialog.fields.subject_edit, Qt.Key.Key_Return)
    (added,) = ctx.read(list_activities, deal_id=deal_id)
    assert (added.subject, added.due_date, added.rrule) == (
        "Weekly check-in", date(2026, 11, 30), "FREQ=WEEKLY;BYDAY=MO",
    )  # fmt: skip


def test_every_month_on_the_31st_falls_on_the_last_day_of_shorter_months(
    ctx, actions, deal_id, qtbot
):
    dialog = new_dialog(ctx, actions, qtbot, deal_id=deal_id)
    qtbot.keyClicks(dialog.fields.subject_edit, "Send the invoice")
    dialog.fields.date_edit.setDate(qdate(date(2026, 12, 31)))
    choose_repeat(dialog, "Every month on day 31")
    dialog.accept()
    (added,) = ctx.read(list_activities, deal_id=deal_id)
    assert added.rrule == "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"


def test_a_birthday_greeting_repeats_on_the_clients_birthday(ctx, actions, deal_id, qtbot):
    dialog = new_dialog(ctx, actions, qtbot, deal_id=deal_id)
    qtbot.keyClicks(dialog.fields.subject_edit, "Birthday greetings")
    choose_repeat(dialog, "Every year on the client's birthday (29 February)")
    dialog.accept()
    (added,) = ctx.read(list_activities, deal_id=deal_id)
    # 2027 has no 29 February: the greeting falls on the 28th.
    assert (added.due_date, added.rrule) == (
        date(2027, 2, 28), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("", "Write the recurrence rule, such as FREQ=WEEKLY;BYDAY=MO, or choose how it repeats."),
        ("every monday", "'every monday' is not a recurrence rule: it needs FREQ"),
        ("FREQ=MONTHLY;BYMONTHDAY=40", "BYMONTHDAY must be 1 to 31"),
    ],
)
def test_a_bad_custom_rule_is_refused_and_the_dialog_stays_open(
    ctx, actions, deal_id, qtbot, rule, message
):
    dialog = new_dialog(ctx, actions, qtbot, deal_id=deal_id)
    qtbot.keyClicks(dialog.fields.subject_edit, "Check-in")
    choose_repeat(dialog, "Custom rule")
    assert dialog.rule_edit.isVisible()
    qtbot.keyClicks(dialog.rule_edit, rule)
    qtbot.keyClick(dialog.rule_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert message in dialog.error_label.text()
    assert ctx.read(list_activities, deal_id=deal_id) == []


def test_a_follow_up_needs_a_subject(ctx, actions, deal_id, qtbot):
    dialog = new_dialog(ctx, actions, qtbot, deal_id=deal_id)
    qtbot.keyClick(dialog.fields.subject_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "An activity needs a subject: what is to be done?"


def test_editing_shows_a_stored_rule_as_its_choice(db, now, ctx, actions, deal_id, qtbot):
    with db.begin() as s:
        activity_id = add_activity(
            s, kind="email", subject="Newsletter", due_date=date(2026, 12, 1), deal_id=deal_id,
            rrule="FREQ=MONTHLY;BYMONTHDAY=1", now=now,
        )  # fmt: skip
    activity = ctx.read(get_activity, activity_id)
    dialog = new_dialog(ctx, actions, qtbot, activity=activity)
    assert dialog.repeat_box.currentText() == "Every month on day 1"
    assert dialog.fields.kind_box.currentText() == "E-mail"
    dialog.fields.subject_edit.setText("Monthly newsletter")
    dialog.accept()
    assert ctx.read(get_activity, activity_id).subject == "Monthly newsletter"


def test_finishing_a_recurring_follow_up_says_when_the_next_one_is(
    db, now, today, ctx, actions, deal_id, qtbot
):
    with db.begin() as s:
        activity_id = add_activity(
            s, kind="call", subject="Weekly check-in", due_date=today, deal_id=deal_id,
            rrule="FREQ=WEEKLY;BYDAY=MO", now=now,
        )  # fmt: skip
    dialog = DoneDialog(ctx, actions, activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return)
    assert dialog.recurring_label.text() == "It repeats: the next one is created for Mon 30 Nov."
    assert not dialog.next_fields.isEnabled()  # the next occurrence is the next step
    qtbot.keyClick(dialog.forward_button, Qt.Key.Key_Return)
    open_ = ctx.read(list_activities, deal_id=deal_id, open_only=True)
    assert [(a.subject, a.due_date) for a in open_] == [("Weekly check-in", date(2026, 11, 30))]
