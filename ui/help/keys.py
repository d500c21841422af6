"""The keys of each screen, in one table: Help › Keyboard shortcuts lists the
current screen's, then the window's own (read from its menus, so they never
drift from what the menus do).

Keys a view handles itself (arrows on the board, D/S/N on Today, the clean-up
review's decisions) are not QActions Qt could list, so they are written here,
most useful first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Keys"

SCREEN_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "today": (
        ("D", QT_TRANSLATE_NOOP("Keys", "Mark the follow-up done")),
        ("S", QT_TRANSLATE_NOOP("Keys", "Snooze it")),
        ("N", QT_TRANSLATE_NOOP("Keys", "Schedule the next step")),
        ("Return", QT_TRANSLATE_NOOP("Keys", "Open the deal")),
        ("B", QT_TRANSLATE_NOOP("Keys", "Bring a parked deal back")),
        ("Up, Down", QT_TRANSLATE_NOOP("Keys", "Walk the list")),
    ),
    "board": (
        ("Alt+Right", QT_TRANSLATE_NOOP("Keys", "Move the deal to the next stage")),
        ("Alt+Left", QT_TRANSLATE_NOOP("Keys", "Move the deal to the previous stage")),
        ("Return", QT_TRANSLATE_NOOP("Keys", "Open the deal")),
        ("Up, Down, Left, Right", QT_TRANSLATE_NOOP("Keys", "Walk the cards")),
        ("Ctrl+P", QT_TRANSLATE_NOOP("Keys", "Not ready this month: park the deal")),
    ),
    "deals": (
        ("Return", QT_TRANSLATE_NOOP("Keys", "Open the deal")),
        ("Up, Down", QT_TRANSLATE_NOOP("Keys", "Walk the list")),
        ("Shift+Up, Shift+Down", QT_TRANSLATE_NOOP("Keys", "Select several deals")),
    ),
    "clients": (
        ("Return", QT_TRANSLATE_NOOP("Keys", "Open the client")),
        ("Up, Down", QT_TRANSLATE_NOOP("Keys", "Walk the list")),
    ),
    "cleanup": (
        ("Return", QT_TRANSLATE_NOOP("Keys", "Start the review; in it: keep the deal as it is")),
        ("1, 2", QT_TRANSLATE_NOOP("Keys", "Call today, call tomorrow")),
        ("3", QT_TRANSLATE_NOOP("Keys", "Archive the deal")),
        ("4, 5, 6", QT_TRANSLATE_NOOP("Keys", "Park for 1, 3 or 6 months")),
        ("7", QT_TRANSLATE_NOOP("Keys", "Park until a date")),
        ("N", QT_TRANSLATE_NOOP("Keys", "Set the next step")),
        ("M", QT_TRANSLATE_NOOP("Keys", "Move to another stage")),
        ("T", QT_TRANSLATE_NOOP("Keys", "Change the temperature")),
        ("W, L", QT_TRANSLATE_NOOP("Keys", "Won, lost")),
        ("S", QT_TRANSLATE_NOOP("Keys", "Silent lead: send the closing message")),
        ("A, C, F", QT_TRANSLATE_NOOP("Keys", "Add a note, log a contact, fill the fields")),
        ("Alt+1 … Alt+4", QT_TRANSLATE_NOOP("Keys", "Waive a checklist item")),
        ("D, R", QT_TRANSLATE_NOOP("Keys", "Accept or refuse the proposed demotion")),
        ("O", QT_TRANSLATE_NOOP("Keys", "Open the deal card")),
        ("Ctrl+Return", QT_TRANSLATE_NOOP("Keys", "Finish the review early")),
        ("Esc", QT_TRANSLATE_NOOP("Keys", "Leave the review (it resumes where you stopped)")),
    ),
}
