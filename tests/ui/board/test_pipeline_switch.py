"""Switching pipelines in the toolbar: the Future sales board opens at the top
of every column, and the Deals list's pipeline filter agrees with the toolbar."""

from __future__ import annotations

from datetime import timedelta

from funnel.pipeline.parking import park_deal
from funnel.pipeline.pipelines import create_pipeline, list_pipelines
from funnel.store.models import PipelineKind
from tests.factories import make_deal
from ui.main_window import MainWindow


def future_id(ctx) -> int:
    return next(p.id for p in ctx.read(list_pipelines) if p.kind == PipelineKind.FUTURE.value)


def test_the_future_board_opens_scrolled_to_the_top(db, ctx, now, today, window, qtbot):
    with db.begin() as s:
        newest = [make_deal(s, now - timedelta(days=40 - i), f"Open {i:02}") for i in range(40)]
        for i in range(60):
            deal_id = make_deal(s, now, f"Parked {i:02}", client=f"Later {i}")
            park_deal(s, deal_id, today=today - timedelta(days=i), now=now, months=1 + i % 3)
    window.resize(1280, 720)
    window.show_page("board")
    board = window.pages["board"]
    board.reload()  # the deals were written after the window opened
    qtbot.waitUntil(lambda: board.columns[0].view.verticalScrollBar().maximum() > 0)
    # The newest deal waits at the bottom of its column: selecting it scrolls there.
    board.select_deal(newest[-1])
    assert board.columns[0].view.verticalScrollBar().value() > 0

    window.pipeline_box.setCurrentIndex(window.pipeline_box.findData(future_id(ctx)))
    assert board.future_mode
    qtbot.wait(20)
    bars = [c.view.verticalScrollBar() for c in board.columns]
    assert bars[0].maximum() > 0  # the overdue returns fill more than a column
    assert [b.value() for b in bars] == [0] * len(bars)


def test_the_toolbar_and_the_deals_filter_show_the_same_pipeline(db, ctx, now, qtbot):
    with db.begin() as s:
        make_deal(s, now, "Fresh")
        wholesale = create_pipeline(s, "Wholesale", stages=["Request"]).id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("deals")
    deals = window.pages["deals"]
    sales = window.pipeline_box.currentData()
    assert deals.pipeline_box.currentData() == sales

    window.pipeline_box.setCurrentIndex(window.pipeline_box.findData(wholesale))
    assert deals.pipeline_box.currentText() == "Wholesale"

    # Choosing a pipeline in the list's filter moves the toolbar with it ...
    qtbot.keyClicks(deals.pipeline_box, "Current")
    assert deals.pipeline_box.currentData() == sales
    assert window.pipeline_box.currentData() == sales
    # ... and the board shows it too.
    window.show_page("board")
    assert window.pages["board"].pipeline_id == sales
    # "All pipelines" widens the list only; the toolbar keeps where new deals go.
    window.show_page("deals")
    deals.pipeline_box.setCurrentIndex(0)
    assert deals.pipeline_box.currentData() is None
    assert window.pipeline_box.currentData() == sales
