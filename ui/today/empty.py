"""Today with nothing on it: when the next follow-up is, or how follow-ups
get here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.empty_state import EmptyState
from ui.i18n import day_text


def today_empty_state(page: QWidget) -> EmptyState:
    state = EmptyState()
    state.setObjectName("todayEmpty")

    def show_board() -> None:
        show_page = getattr(page.window(), "show_page", None)
        if show_page is not None:
            show_page("board")

    state.add_button(QCoreApplication.translate("TodayEmpty", "Open the board"), show_board)
    return state


def show_next(state: EmptyState, next_day: date | None, today: date) -> None:
    if next_day is not None:
        state.set_text(
            QCoreApplication.translate("TodayEmpty", "Nothing due — next follow-up on %1").replace(
                "%1", day_text(next_day, today)
            ),
            QCoreApplication.translate(
                "TodayEmpty", "A good day to call a client you have not heard from."
            ),
        )
        return
    state.set_text(
        QCoreApplication.translate("TodayEmpty", "Nothing due"),
        QCoreApplication.translate(
            "TodayEmpty",
            "Follow-ups show up here on the day they are due. Give a deal its next step "
            "(a call, a meeting) in its card, or park it in Future sales with a day to "
            "call back.",
        ),
    )
