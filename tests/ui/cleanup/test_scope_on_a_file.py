"""On a local file (one owner) the clean-up has no "Mine / Everyone's" choice
and no owner on the deals: nothing changes for a single salesperson."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_file_has_no_scope_choice_and_no_owner_line(window, ctx, qtbot):
    from tests.conftest import NOW
    from tests.factories import make_deal

    with ctx.db.write() as s:
        make_deal(s, NOW, "Clinic CRM", stage="Contact made", client="Clinic")
    page = window.pages["cleanup"]
    assert not page.scope.isVisibleTo(page)
    assert page.scope.everyone() is False
    qtbot.mouseClick(page.home.start_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.review
    assert "Owner:" not in page.review.facts.client_label.text()
