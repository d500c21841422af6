"""A salesperson hands their deal to a colleague from the deal card on a team
server: the save goes through, the card (which can no longer read the deal)
closes quietly, and the window says "“Boris deal” handed to Vera" with Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from funnel.deals.details import deal_details
from tests.conftest import NOW
from tests.team.test_salesperson_hand_over import _owners, team  # noqa: F401  (the fixture)
from ui.context import AppContext

pytestmark = pytest.mark.postgresql


@pytest.fixture
def errors(monkeypatch):
    """Every error dialog that would have popped up, recorded instead."""
    shown: list[str] = []

    def record(*args, **kwargs):
        shown.append(" ".join(str(a) for a in args[1:]))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def window(team, qtbot, settings_dir):  # noqa: F811
    """Boris's main window over his own login, on the Deals page."""
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.team.live import stop_live_refresh

    i18n.install_language("en")
    win = MainWindow(AppContext(team["boris"], clock=lambda: NOW))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("deals")
    yield win
    win.close()
    stop_live_refresh(win.ctx, wait=5)
    win.deleteLater()
    qtbot.wait(50)  # its deferred work runs while the database is still there


def _choose_owner(qtbot, card, name: str) -> None:
    box = card.form.owner_box
    box.setFocus()
    while box.currentText() != name:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"no owner {name!r} in the card"


def test_handing_a_deal_over_from_the_card_closes_it_and_says_so(
    team,  # noqa: F811
    window,
    qtbot,
    errors,
):
    from ui.deal_card import DealCard

    window.open_deal(team["mine"])
    card = window.findChild(DealCard)
    qtbot.waitExposed(card)
    _choose_owner(qtbot, card, "Vera")

    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)

    assert errors == []  # no "There is no deal with id N"
    assert not card.isVisible()
    assert _owners(team["vera"], team["mine"])[0] == team["v"]
    bar = window.pages["deals"].undo_bar
    qtbot.waitUntil(bar.isVisible)
    assert bar.label.text() == "“Boris deal” handed to Vera"

    # Undo from the bar gives it back to Boris, follow-ups and all.
    assert bar.undo_button.isVisible()
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    deal_owner, owners = _owners(team["boris"], team["mine"])
    assert deal_owner == team["b"]
    assert [owners[i] for i in team["steps"]] == [team["b"]] * 3


def test_a_note_typed_before_handing_over_is_kept(team, window, qtbot, errors):  # noqa: F811
    from ui.deal_card import DealCard

    window.open_deal(team["mine"])
    card = window.findChild(DealCard)
    qtbot.waitExposed(card)
    qtbot.keyClicks(card.notes.input, "Vera knows their IT lead")
    _choose_owner(qtbot, card, "Vera")

    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)

    assert errors == [] and not card.isVisible()
    with team["vera"].read() as s:
        details = deal_details(s, team["mine"], today=NOW.date())
    assert [n.body for n in details.notes] == ["Vera knows their IT lead"]
