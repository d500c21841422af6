"""A manager's weekly clean-up on a team server can review everyone's deals
("Mine" / "Everyone's", remembered); a salesperson's review is their own and
they do not see the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from funnel.cleanup.queue import deal_facts
from funnel.store.db import open_database
from funnel.store.review_models import ReviewItem
from funnel.store.server_address import parse_server_url
from tests.conftest import NOW
from tests.team.test_security import team  # noqa: F401  (the fixture)
from ui.context import AppContext

pytestmark = pytest.mark.postgresql


def _cleanup_page(url: str, qtbot):
    from PySide6.QtGui import QUndoStack

    from ui.cleanup.page import CleanupPage
    from ui.operations.deals import DealActions

    db = open_database(parse_server_url(url), now=NOW)
    ctx = AppContext(db, clock=lambda: NOW)
    page = CleanupPage(ctx, DealActions(ctx, QUndoStack()))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return db, page


def _reviewed_deals(db) -> set[int]:
    with db.read() as s:
        return set(s.scalars(select(ReviewItem.deal_id)))


def test_a_manager_can_review_everyones_deals_and_the_choice_is_remembered(
    team,  # noqa: F811
    qtbot,
    settings_dir,
):
    db, page = _cleanup_page(team["manager_url"], qtbot)
    try:
        box = page.scope.box
        assert page.scope.isVisible() and box.currentText() == "Mine"
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # "Everyone's"
        assert box.currentText() == "Everyone's"
        assert QSettings().value("cleanup/everyone", type=bool) is True
        qtbot.mouseClick(page.home.start_button, Qt.MouseButton.LeftButton)
        assert page.stack.currentWidget() is page.review
        ids = team["ids"]
        assert {ids["boris"], ids["vera"], ids["mine"]} <= _reviewed_deals(db)
        assert "Owner: " in page.review.facts.client_label.text()  # whose deal, said
        with db.read() as s:
            assert deal_facts(s, ids["boris"], today=NOW.date()).owner == "Boris"
    finally:
        db.close()
    again_db, again = _cleanup_page(team["manager_url"], qtbot)
    try:
        assert again.scope.box.currentText() == "Everyone's"  # remembered
    finally:
        again_db.close()


def test_a_salesperson_does_not_see_the_choice_and_reviews_their_own(
    team,  # noqa: F811
    qtbot,
    settings_dir,
):
    QSettings().setValue("cleanup/everyone", True)  # even if once chosen on this computer
    db, page = _cleanup_page(team["boris_url"], qtbot)
    try:
        assert not page.scope.isVisible()
        qtbot.mouseClick(page.home.start_button, Qt.MouseButton.LeftButton)
        assert _reviewed_deals(db) == {team["ids"]["boris"]}
    finally:
        db.close()


def test_the_home_counts_follow_a_managers_choice_of_whose_deals(
    team,  # noqa: F811
    qtbot,
    settings_dir,
):
    db, page = _cleanup_page(team["manager_url"], qtbot)
    try:
        detail = page.home.detail_label
        assert detail.text().startswith("1 open deal to review")  # the manager's own
        box = page.scope.box
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # "Everyone's"
        assert detail.text().startswith("4 open deals to review")
        qtbot.keyClick(box, Qt.Key.Key_Up)  # back to "Mine"
        assert detail.text().startswith("1 open deal to review")
    finally:
        db.close()
    again_db, again = _cleanup_page(team["manager_url"], qtbot)
    try:
        again.scope.box.setCurrentIndex(1)
        again_db.close()
        again_db, again = _cleanup_page(team["manager_url"], qtbot)
        # Remembered "Everyone's": the counts on opening are everyone's too.
        assert again.home.detail_label.text().startswith("4 open deals to review")
    finally:
        again_db.close()


@pytest.mark.parametrize("language", ["en", "ru", "pt_BR"])
def test_the_home_reads_title_then_whose_deals_then_counts_then_start(
    team,  # noqa: F811
    qtbot,
    settings_dir,
    language,
):
    from ui import i18n

    i18n.install_language(language)
    try:
        db, page = _cleanup_page(team["manager_url"], qtbot)
        try:
            home = page.home

            def top(widget) -> int:
                return widget.mapTo(home, widget.rect().topLeft()).y()

            title, scope = home.title_label, page.scope
            assert top(title) < top(home.schedule_label) < top(scope)
            assert top(scope) + scope.height() <= top(home.status_label)
            assert top(home.detail_label) < top(home.start_button)
            label = scope.findChild(QLabel)
            assert label.width() >= label.sizeHint().width()  # "Deals to review:" not cut
            page.grab().save(f"/tmp/teamfinish-cleanup-{language}.png")
        finally:
            db.close()
    finally:
        i18n.install_language("en")
