"""File › Connect to a team database…: typing the address, trying it, and
keeping the password in the keyring (a test keyring in memory)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from funnel.store.credentials import SERVICE, password_for
from funnel.store.server_address import parse_server_url
from ui.team.connect_dialog import ConnectDialog

pytestmark = pytest.mark.postgresql


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _dialog(qtbot, url: str, password: str) -> ConnectDialog:
    address = parse_server_url(url)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in (
        (dialog.host, address.host),
        (dialog.database, address.database),
        (dialog.user, address.user),
        (dialog.password, password),
    ):
        qtbot.keyClicks(field, text)
    dialog.port.setValue(address.port)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    return dialog


def test_test_connection_says_who_and_where(pg_url, qtbot, memory_keyring):
    address = parse_server_url(pg_url)
    dialog = _dialog(qtbot, pg_url, address.password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=6000)
    assert dialog.status.text() == (
        f"Connected as funnel_admin to {address.database} on {address.host}"
    )
    assert dialog.isVisible()  # a test only tests
    assert dialog.address().sslmode == "disable"


def test_a_wrong_password_is_said_and_nothing_is_kept(pg_url, qtbot, memory_keyring):
    dialog = _dialog(qtbot, pg_url, "not-the-password")
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=6000)
    assert "refused the user name or password" in dialog.status.text()
    assert dialog.isVisible() and dialog.password.text() == "not-the-password"
    assert memory_keyring.saved == {}


def test_remember_keeps_the_password_in_the_keyring_only(pg_url, qtbot, memory_keyring):
    address = parse_server_url(pg_url)
    dialog = _dialog(qtbot, pg_url, address.password)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=6000)
    chosen = dialog.address()
    assert memory_keyring.saved == {(SERVICE, chosen.key): address.password}
    assert "admin-secret" not in chosen.display
    assert password_for(chosen) == address.password


def test_an_unreachable_server_is_said_without_freezing(qtbot, memory_keyring):
    dialog = _dialog(qtbot, "postgresql://anna@127.0.0.1:1/sales", "x")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.busy() or dialog.status.text()  # the click returned at once
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=8000)
    assert "cannot be reached" in dialog.status.text()
