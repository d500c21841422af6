"""The Customers page as a manager uses it: the matrix, a cell's clients, a
call campaign on them, the calls in Today, an outcome, the campaign's result."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.customers.buyers import buyer
from tests.ui.today.test_today_page import click, lines
from ui.customers import marks
from ui.customers.page import CAMPAIGNS, LOST, TOP, VALUE, CustomersPage
from ui.today.delegate import DONE
from ui.today.model import Section


def customers(window, qtbot) -> CustomersPage:
    window.show_page("customers")
    page = window.pages["customers"]
    qtbot.waitUntil(lambda: page.matrix is not None)
    return page


def test_a_call_campaign_from_a_cell_through_today_to_its_result(db, today, window, qtbot):
    with db.begin() as s:
        for name in ("Ann Sleepy", "Bob Sleepy", "Cid Sleepy"):
            buyer(s, name, [45], today, amount=100)
        buyer(s, "Dan Active", [3], today, amount=5000)
    page = customers(window, qtbot)
    assert page.matrix.cell("f0r1").clients == 3

    view = page.matrix_view
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect("f0r1").center())
    listing = page.set_dialog
    qtbot.waitUntil(listing.isVisible)
    assert listing.windowTitle() == "New falling asleep"
    assert listing.panel.model.rowCount() == 3

    qtbot.mouseClick(listing.panel.campaign_button, Qt.MouseButton.LeftButton)
    wizard = page.campaign_dialog
    qtbot.waitUntil(wizard.isVisible)
    wizard.name_edit.clear()
    qtbot.keyClicks(wizard.name_edit, "Wake the sleepers")
    qtbot.keyClicks(wizard.template_edits["en"], "Hi {first_name}, how was it?")
    wizard.days_box.setValue(1)  # all three today
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert page.tabs.currentIndex() == CAMPAIGNS
    assert page.campaigns.figures["pending"].text() == "3"

    window.show_page("today")
    today_page = window.pages["today"]
    today_page.reload()
    assert lines(today_page, Section.TODAY) == ["Wake the sleepers"] * 3
    click(today_page, qtbot, "Wake the sleepers", DONE)
    done = today_page.dialog
    qtbot.waitUntil(done.isVisible)
    done.campaign_box.setCurrentIndex(done.campaign_box.findData("bought"))
    qtbot.keyClicks(done.outcome_edit, "Ordered the same again")
    qtbot.keyClick(done.outcome_edit, Qt.Key.Key_Return)
    qtbot.keyClick(done.next_fields.subject_edit, Qt.Key.Key_Escape)  # no next step
    qtbot.waitUntil(lambda: not done.isVisible())
    qtbot.waitUntil(lambda: len(lines(today_page, Section.TODAY)) == 2)

    window.show_page("customers")
    qtbot.waitUntil(lambda: page.campaigns.figures["bought"].text() == "1")
    assert page.campaigns.figures["pending"].text() == "2"
    assert "1 of 1 contacted" in page.campaigns.result_label.text()

    window.undo_stack.undo()  # the outcome goes with the call's completion
    qtbot.waitUntil(lambda: page.campaigns.figures["bought"].text() == "0")


def test_top_clients_value_and_lost_tabs_show_their_figures(db, today, window, qtbot):
    with db.begin() as s:
        rich = buyer(s, "Rich", [5, 40], today, amount=8000)
        for i in range(4):
            buyer(s, f"Small {i}", [200], today, amount=100)
    page = customers(window, qtbot)
    page.tabs.setCurrentIndex(TOP)
    assert "top 20% of clients (1) bring" in page.pareto_panel.headline.text()
    assert page.pareto_panel.table.item(0, 1).text() == "1"
    assert marks.is_class_a(rich)
    page.tabs.setCurrentIndex(VALUE)
    assert page.lifetime_panel.segments.rowCount() == 10
    page.tabs.setCurrentIndex(LOST)
    assert page.lost_panel.model.rowCount() == 4
    assert page.lost_label.text().startswith("4 client")  # "4 clients" once the plurals are in


def test_renaming_a_cell_and_moving_a_limit(db, today, window, qtbot):
    with db.begin() as s:
        buyer(s, "Ann", [20], today)
    page = customers(window, qtbot)
    from ui.customers.settings_dialog import SegmentSettingsDialog

    dialog = SegmentSettingsDialog(page.campaign_actions, page.matrix.settings, page)
    dialog.r1.setValue(14)
    qtbot.keyClicks(dialog.name_edits["f0r1"], "Cooling down")
    dialog.accept()
    page.refresh()
    assert page.matrix.cell("f0r1").clients == 1
    assert page.matrix.cell("f0r1").name == "Cooling down"


def test_undo_takes_a_new_campaign_back_with_its_calls(db, ctx, today, window, qtbot):
    from funnel.customers.campaign_report import list_campaigns
    from funnel.followups.agenda import agenda

    with db.begin() as s:
        buyer(s, "Ann Sleepy", [45], today)
    page = customers(window, qtbot)
    page.open_cell("f0r1")
    qtbot.mouseClick(page.set_dialog.panel.campaign_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.campaign_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(ctx.read(list_campaigns)) == 1
    window.undo_stack.undo()
    assert ctx.read(list_campaigns) == []
    assert ctx.read(agenda, today=today, days=30, limit=10).counts.to_do == 0


def test_class_a_clients_carry_a_star_in_the_deals_list(db, now, today, window, qtbot):
    from funnel.deals.service import create_deal

    with db.begin() as s:
        rich = buyer(s, "Rich Buyer", [5], today, amount=9000)
        small = buyer(s, "Small Buyer", [5], today, amount=10)
        create_deal(s, title="Next order", now=now, client_id=rich)
        create_deal(s, title="Small order", now=now, client_id=small)
    customers(window, qtbot)  # the marks are read with the Customers page
    window.show_page("deals")
    model = window.pages["deals"].model
    model.reload()
    texts = [model.data(model.index(r, model.column_of("client"))) for r in range(model.rowCount())]
    assert "★ Rich Buyer" in texts and "Small Buyer" in texts


def test_the_campaign_page_compares_the_contacted_with_the_held_out(db, today, now, window,
                                                                    qtbot):  # fmt: skip
    from funnel.customers.campaigns import CampaignSpec, create_campaign

    with db.begin() as s:
        for i in range(4):
            buyer(s, f"Sleepy {i}", [45], today, amount=100)
        create_campaign(
            s, CampaignSpec("Wake", "calls", {"kind": "cell", "cell": "f0r1"}, control_percent=50),
            today=today, now=now,
        )  # fmt: skip
    page = customers(window, qtbot)
    page.tabs.setCurrentIndex(CAMPAIGNS)
    qtbot.waitUntil(lambda: page.campaigns.report is not None)
    assert page.campaigns.figures["pending"].text() == "2"  # the held out are not to call
    text = page.campaigns.result_label.text()
    assert "Held out and not contacted (50.0%): 0 of 2 bought (0.0%)." in text
    assert text.endswith("Groups this small can differ by chance.")
