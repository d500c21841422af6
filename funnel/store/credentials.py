"""Where a team server's password comes from, and where it is kept.

In order: the URL itself (typed by the person, never saved), a password typed
into the connect dialog without "Remember" (kept in memory for this run only,
`use_for_this_run`), the keyring of
the operating system (saved by "Remember" in the connect dialog or by
`funnel team` commands), then libpq's own `PGPASSWORD` and `~/.pgpass`, which
psycopg reads by itself. A password is never written to a settings file. A
machine with no keyring service (a bare server, CI) simply has nothing saved.
"""

from __future__ import annotations

import contextlib
import logging

from funnel.store.server_address import ServerAddress

SERVICE = "Funnel team server"
log = logging.getLogger(__name__)


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # the team extra is not installed
        return None, Exception
    return keyring, KeyringError


def saved_password(address: ServerAddress) -> str | None:
    keyring, error = _keyring()
    if keyring is None or not address.user:
        return None
    try:
        return keyring.get_password(SERVICE, address.key)
    except error as exc:  # no backend, locked, denied: nothing saved
        log.info("keyring unavailable: %s", exc)
        return None
    except Exception as exc:  # a broken backend must never stop a connection
        log.info("keyring failed: %s", exc)
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Save it in the system keyring; False when there is none to save in."""
    keyring, _error = _keyring()
    if keyring is None or not address.user:
        return False
    try:
        keyring.set_password(SERVICE, address.key, password)
    except Exception as exc:
        log.info("keyring cannot save: %s", exc)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    keyring, _error = _keyring()
    if keyring is None or not address.user:
        return
    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, address.key)


_this_run: dict[str, str] = {}


def use_for_this_run(address: ServerAddress, password: str | None) -> None:
    """Keep a typed password in memory until the app quits (never on disk)."""
    if password:
        _this_run[address.key] = password
    else:
        _this_run.pop(address.key, None)


def password_for(address: ServerAddress) -> str | None:
    """The password to connect with, or None to let libpq look (PGPASSWORD, .pgpass)."""
    if address.password is not None:
        return address.password
    if address.key in _this_run:
        return _this_run[address.key]
    return saved_password(address)
