"""Whether this file still needs its first-start assistant, and whether it is
a demo file.

The assistant belongs to a file, not to the machine: a fresh data folder, a
file made with File › New…, or `--db` pointing at a new path all start empty
and get it once; a file that already holds deals or clients (made by an older
Funnel, or filled from the command line) never does.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from funnel.store.models import Client, Deal
from funnel.store.settings import get_setting, set_setting

ASSISTANT_KEY = "assistant.done"
DEMO_KEY = "demo.file"  # set in files made by "explore with demo data"


def is_empty(session: Session) -> bool:
    """No deal and no client yet."""
    return not has_deals(session) and not has_clients(session)


def needs_assistant(session: Session) -> bool:
    return not get_setting(session, ASSISTANT_KEY, False) and is_empty(session)


def finish_assistant(session: Session) -> None:
    """Done, skipped or closed: it is not shown again for this file."""
    set_setting(session, ASSISTANT_KEY, True)


def mark_demo(session: Session) -> None:
    set_setting(session, DEMO_KEY, True)
    set_setting(session, ASSISTANT_KEY, True)


def is_demo(session: Session) -> bool:
    return bool(get_setting(session, DEMO_KEY, False))


def has_deals(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(Deal.id.is_not(None)))))


def has_clients(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(Client.id.is_not(None)))))
