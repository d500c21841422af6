"""Today's owner filter and pipeline, and the profile name that replaces "Me"."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from funnel.deals.service import create_deal
from funnel.followups.activities import add_activity
from funnel.owners import create_owner, list_owners
from funnel.pipeline.pipelines import create_pipeline
from funnel.store.profile import get_profile
from tests.factories import make_deal
from tests.ui.today.test_today_page import lines
from ui.main_window import MainWindow
from ui.today.model import Section


def call(s, now, today, subject, deal_id, owner_id=None):
    add_activity(
        s, kind="call", subject=subject, due_date=today, due_time=time(11, 0), deal_id=deal_id,
        owner_id=owner_id, now=now,
    )  # fmt: skip


def open_today(ctx, qtbot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("today")
    return window


def click_link(qtbot, label) -> None:
    label.linkActivated.emit(label.text().split("href='")[1].split("'")[0])


def test_with_two_owners_today_shows_mine_first_and_can_show_everyones(db, ctx, now, today, qtbot):
    with db.begin() as s:
        boris = create_owner(s, "Boris").id
        call(s, now, today, "My call", make_deal(s, now, "Mine"))
        call(s, now, today, "Boris's call", make_deal(s, now, "His", owner_id=boris), boris)
    page = open_today(ctx, qtbot).pages["today"]
    box = page.scope.owner_box
    assert box.isVisible()
    assert box.currentText() == "Me"  # the default owner, until a name is given
    assert lines(page, Section.TODAY) == ["My call"]
    qtbot.keyClicks(box, "Everyone")
    qtbot.waitUntil(lambda: sorted(lines(page, Section.TODAY)) == ["Boris's call", "My call"])
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new keyboard search
    qtbot.keyClicks(box, "Boris")
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == ["Boris's call"])


def test_one_owner_needs_no_owner_filter(db, ctx, now, today, qtbot):
    with db.begin() as s:
        call(s, now, today, "My call", make_deal(s, now, "Mine"))
    page = open_today(ctx, qtbot).pages["today"]
    assert not page.scope.owner_box.isVisible()
    assert lines(page, Section.TODAY) == ["My call"]


def test_today_follows_the_toolbar_pipeline_or_says_it_shows_all(db, ctx, now, today, qtbot):
    with db.begin() as s:
        call(s, now, today, "Retail call", make_deal(s, now, "Kitchen"))
        wholesale = create_pipeline(s, "Wholesale", stages=["Request"]).id
        call(s, now, today, "Wholesale call", create_deal(
            s, title="Pallets", pipeline_id=wholesale, now=now))  # fmt: skip
    window = open_today(ctx, qtbot)
    page = window.pages["today"]
    note = page.scope.pipeline_note
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == ["Retail call"])
    assert note.text().startswith("Showing Current sales")
    window.pipeline_box.setCurrentIndex(window.pipeline_box.findData(wholesale))
    qtbot.waitUntil(lambda: lines(page, Section.TODAY) == ["Wholesale call"])
    assert note.text().startswith("Showing Wholesale")
    click_link(qtbot, note)
    qtbot.waitUntil(lambda: len(lines(page, Section.TODAY)) == 2)
    assert note.text().startswith("Showing all pipelines")
    assert note.isVisible()


def test_the_profile_name_replaces_me(db, ctx, now, today, qtbot):
    with db.begin() as s:
        boris = create_owner(s, "Boris").id
        call(s, now, today, "My call", make_deal(s, now, "Mine"))
        make_deal(s, now, "His", owner_id=boris)
    window = open_today(ctx, qtbot)
    dialog = window.edit_preferences()
    qtbot.waitUntil(dialog.isVisible)
    dialog.show_profile()
    name = dialog.profile.name_edit
    name.selectAll()
    qtbot.keyClicks(name, "Anna Petrova")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ctx.read(get_profile, default_locale="en_US").name == "Anna Petrova"
    assert [o.name for o in ctx.read(list_owners)] == ["Anna Petrova", "Boris"]
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.scope.owner_box.currentText() == "Anna Petrova")
    assert page.scope.owner_box.findText("Me") == -1
    deals = window.pages["deals"]
    deals.refresh()
    owners = {
        deals.model.index(r, 0).data(): deals.model.index(r, deals.model.column_of("owner")).data()
        for r in range(deals.model.rowCount())
    }
    assert owners == {"Mine": "Anna Petrova", "His": "Boris"}
    assert deals.owner_box.findText("Me") == -1


def test_on_a_team_server_today_starts_with_the_signed_in_owner(db, ctx, now, today, qtbot):
    with db.begin() as s:
        boris = create_owner(s, "Boris").id
        call(s, now, today, "My call", make_deal(s, now, "Mine"))
        call(s, now, today, "Boris's call", make_deal(s, now, "His", owner_id=boris), boris)
    db.actor_id = boris  # signed in as Boris (team mode maps the login to him)
    page = open_today(ctx, qtbot).pages["today"]
    assert page.scope.owner_box.currentText() == "Boris"
    assert lines(page, Section.TODAY) == ["Boris's call"]
