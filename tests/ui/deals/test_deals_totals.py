"""The Deals list's lost reason and won/lost date columns and its totals row."""

from PySide6.QtCore import QPoint

from funnel.pipeline.moves import lose_deal, win_deal
from funnel.store.profile import CURRENCY_KEY
from funnel.store.settings import set_setting
from tests.factories import make_deal
from tests.ui.deals.test_deals_page import click_menu_item, make_page, right_click, type_text

__all__ = ["make_page"]  # the fixture, shared with the page's other tests


def test_the_lost_reason_and_closing_dates_can_be_shown(db, now, today, make_page, qtbot):
    with db.begin() as s:
        lose_deal(s, make_deal(s, now, "Gone"), reason="Too expensive", now=now)
        win_deal(s, make_deal(s, now, "Signed"), now=now, today=today)
    page = make_page()
    qtbot.keyClicks(page.status_box, "All statuses")
    header = page.view.horizontalHeader()
    reason = page.model.column_of("lost_reason")
    assert header.isSectionHidden(reason)  # not in everyone's way
    for title in ("Lost reason", "Won on", "Lost on"):
        right_click(header.viewport(), QPoint(20, 5))
        click_menu_item(qtbot, page.columns.menu, title)
    assert not header.isSectionHidden(reason)
    rows = {
        page.model.index(r, 0).data(): {
            key: page.model.index(r, page.model.column_of(key)).data()
            for key in ("lost_reason", "won_on", "lost_on")
        }
        for r in range(page.model.rowCount())
    }
    assert rows["Gone"] == {"lost_reason": "Too expensive", "won_on": "", "lost_on": "11/23/2026"}
    assert rows["Signed"] == {"lost_reason": "", "won_on": "11/23/2026", "lost_on": ""}
    # Shown columns stay shown in the next page (window) opened.
    assert not make_page().view.horizontalHeader().isSectionHidden(reason)


def test_the_totals_row_counts_and_sums_per_currency_and_follows_the_filter(
    db, now, make_page, qtbot
):
    with db.begin() as s:
        set_setting(s, CURRENCY_KEY, "USD")
        make_deal(s, now, "Kitchen", value=2500, currency="USD", client="Anna")
        make_deal(s, now, "Wardrobe", value=1500, currency="USD", client="Boris")
        make_deal(s, now, "Кухня", value=75000, currency="RUB", client="Борис")
    page = make_page()
    assert page.totals_label.isVisible()
    text = page.totals_label.text()
    # "deal(s)" until the branch's English plural forms are compiled in.
    assert text.startswith("Total: 3 deal")
    assert "$4,000" in text and "₽75,000" in text
    assert "$79" not in text  # never added across currencies
    type_text(page.text_box, "boris")
    qtbot.waitUntil(lambda: page.totals_label.text().startswith("Total: 1 deal"))
    assert "$1,500" in page.totals_label.text()
    assert "₽" not in page.totals_label.text()
    qtbot.keyClicks(page.status_box, "Won")
    assert not page.totals_label.isVisible()  # "No deals match" says it already
