"""File › Connect to a team database…: where the shared server is, who you
are on it, and whether it answers — tried off the window's thread, so the
window never freezes while a far server takes its time.

"Remember the password" keeps it in the system keyring
(`funnel.store.credentials`), never in a settings file; without it the
password is kept in memory until Funnel quits. Connect tries the address
first and stays open with everything typed when that fails.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from funnel.store.credentials import (
    remember_password,
    saved_password,
    use_for_this_run,
)
from funnel.store.probe import Probe, probe_server
from funnel.store.server_address import DEFAULT_PORT, ServerAddress
from ui.messages import error_text

SSL_CHOICES = ("prefer", "disable", "require", "verify-full")
OK_STYLE = "color: #1b6e20;"
BAD_STYLE = "color: #b3261e;"


class ConnectDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, current: Path | ServerAddress | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a team database"))
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="funnel-connect")
        self._future: Future[Probe] | None = None
        self._then_accept = False
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._check_result)

        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText("db.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("database")
        self.database.setPlaceholderText("sales")
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password (in the system keyring)"))
        self.remember.setObjectName("remember")
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("sslmode")
        labels = {
            "prefer": self.tr("Prefer encryption (prefer)"),
            "disable": self.tr("No encryption (disable)"),
            "require": self.tr("Require encryption (require)"),
            "verify-full": self.tr("Require and verify the certificate (verify-full)"),
        }
        for mode in SSL_CHOICES:
            self.sslmode.addItem(labels[mode], mode)

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("Encryption:"), self.sslmode)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        # A server's refusal can be long (address, reason): it gets the
        # dialog's whole width under the button, and can be copied.
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if isinstance(current, ServerAddress):
            self.fill(current)

    def fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user or "")
        index = self.sslmode.findData(address.sslmode or "prefer")
        self.sslmode.setCurrentIndex(max(index, 0))
        saved = saved_password(address)
        if saved:
            self.password.setText(saved)
            self.remember.setChecked(True)

    # what was typed --------------------------------------------------------
    def _missing(self) -> str | None:
        for field, text in (
            (self.host, self.tr("Fill in the server's name or address.")),
            (self.database, self.tr("Fill in the database's name.")),
            (self.user, self.tr("Fill in your user name on the server.")),
        ):
            if not field.text().strip():
                field.setFocus()
                return text
        return None

    def address(self) -> ServerAddress | None:
        """What was typed, without the password (that travels apart)."""
        if self._missing():
            return None
        mode = self.sslmode.currentData()
        options = (("sslmode", mode),) if mode and mode != "prefer" else ()
        return ServerAddress(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            options=options,
        )

    def _password(self) -> str | None:
        return self.password.text() or None

    # trying it ------------------------------------------------------------
    def _say(self, text: str, ok: bool | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok is None else OK_STYLE if ok else BAD_STYLE)

    def test_connection(self) -> None:
        self._start(accept=False)

    def try_connect(self) -> None:
        self._start(accept=True)

    def _start(self, *, accept: bool) -> None:
        missing = self._missing()
        if missing:
            self._say(missing, False)
            return
        if self._future is not None:
            return  # already trying
        address = self.address()
        assert address is not None
        self._then_accept = accept
        self._say(self.tr("Connecting…"), None)
        self.test_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        self._future = self._pool.submit(probe_server, address, self._password())
        self._timer.start()

    def _check_result(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._timer.stop()
        self._future = None
        self.test_button.setEnabled(True)
        self.connect_button.setEnabled(True)
        try:
            probe = future.result()
        except Exception as exc:
            self._say(error_text(exc), False)
            return
        self._say(
            self.tr("Connected as %1 to %2 on %3")
            .replace("%1", probe.user)
            .replace("%2", probe.database)
            .replace("%3", probe.host),
            True,
        )
        if self._then_accept:
            self._keep_password()
            self.accept()

    def busy(self) -> bool:
        return self._future is not None

    def _keep_password(self) -> None:
        address = self.address()
        assert address is not None
        password = self._password()
        use_for_this_run(address, password)
        saved = self.remember.isChecked() and password and remember_password(address, password)
        if self.remember.isChecked() and password and not saved:
            self._say(self.tr("There is no system keyring to remember it in."), False)

    def done(self, result: int) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().done(result)
