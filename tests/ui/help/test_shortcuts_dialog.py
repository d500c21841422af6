"""Help › Keyboard shortcuts lists what the current screen and the window answer to."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.help.shortcuts_dialog import ShortcutsDialog


def _open_dialog(window, qtbot) -> ShortcutsDialog:
    seen: list[ShortcutsDialog] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        seen.append(dialog)
        dialog.rows_seen = dialog.rows()  # type: ignore[attr-defined]
        dialog.reject()

    QTimer.singleShot(0, grab)
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_on_the_board_f1_lists_the_board_keys_then_the_menus(window, qtbot):
    window.show_page("board")
    rows = _open_dialog(window, qtbot).rows_seen
    whats = [what for _, what in rows]
    assert "Move the deal to the next stage" in whats
    assert "Mark the follow-up done" not in whats  # Today's keys stay on Today
    keys = dict((what, k) for k, what in rows)
    assert keys["Find"] == "Ctrl+F"  # read from the Edit menu itself
    assert keys["Keyboard shortcuts"] == "F1"


def test_on_today_it_lists_todays_keys(window, qtbot):
    window.show_page("today")
    whats = [what for _, what in _open_dialog(window, qtbot).rows_seen]
    assert whats.index("Mark the follow-up done") < whats.index("Find")
