"""The list of reasons a deal is lost, offered when a deal is marked lost.

The list is a suggestion, not a closed set: a person may type another reason,
and it is stored on the deal as written.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from funnel.store.models import LostReason


def list_lost_reasons(session: Session) -> list[str]:
    """The reasons in the order the user keeps them."""
    return list(
        session.scalars(select(LostReason.text).order_by(LostReason.position, LostReason.id))
    )
