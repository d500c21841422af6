"""The Today page (see `page.py`)."""

from ui.today.page import TodayPage

__all__ = ["TodayPage"]
