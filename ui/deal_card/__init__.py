"""The deal card dialog (see `dialog.py`)."""

from ui.deal_card.dialog import DealCard

__all__ = ["DealCard"]
