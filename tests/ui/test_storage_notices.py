"""What the window says about the file: read-only, a clock behind it, a
missing --db, a full disk, another import writing."""

import os
import stat
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from funnel.errors import DiskFullError
from funnel.store.db import open_database
from funnel.store.sqlite import DISK_FULL
from tests.conftest import NOW
from tests.factories import make_deal
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.storage.guard import install_storage_guard
from ui.storage.missing import ask_about_missing


def open_window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_read_only_file_opens_with_a_notice_and_refuses_changes(qtbot, db, db_path, settings_dir):
    db.close()
    os.chmod(db_path, stat.S_IRUSR)
    try:
        ro = open_database(db_path, now=NOW)
        win = open_window(qtbot, AppContext(ro, clock=lambda: NOW))
        notice = win.findChild(QLabel, "readOnlyNotice")
        assert notice is not None and notice.isVisible()
        assert win.findChild(QLabel, "clockNotice") is None
        win.close()
        ro.close()
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)


def test_a_clock_behind_the_files_newest_change_is_noticed_once(qtbot, db, settings_dir):
    with db.write() as s:
        make_deal(s, NOW, "Kitchen set")
    behind = AppContext(db, clock=lambda: NOW - timedelta(days=365))
    win = open_window(qtbot, behind)
    notice = win.findChild(QLabel, "clockNotice")
    assert notice is not None and notice.isVisible()
    assert "later than your computer's clock" in notice.toolTip()
    on_time = open_window(qtbot, AppContext(db, clock=lambda: NOW))
    assert on_time.findChild(QLabel, "clockNotice") is None


def _click_later(text: str) -> None:
    def click():
        box = QApplication.activeModalWidget()
        for button in box.findChildren(QPushButton):
            if button.text() == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r}")

    QTimer.singleShot(50, click)


def test_a_missing_file_offers_to_create_it(qtbot, tmp_path):
    path = tmp_path / "typo.sqlite3"
    _click_later("Create new database")
    assert ask_about_missing(path) == path
    _click_later("Quit")
    assert ask_about_missing(path) is None
    assert not path.exists()


def test_a_full_disk_shows_a_dialog_and_the_app_runs_on(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    previous = sys.excepthook
    try:
        install_storage_guard()
        sys.excepthook(DiskFullError, DiskFullError(DISK_FULL), None)
    finally:
        sys.excepthook = previous
    assert shown == ["The disk is full: nothing was written."]


@pytest.mark.parametrize("kind", ["deals", "clients", "purchases"])
def test_an_import_waiting_for_another_writer_says_so(qtbot, ctx, kind):
    from ui.imports import ImportWizard
    from ui.imports.customers import CustomerImportWizard
    from ui.operations.worker import WAITING, Cancelled

    wizard = ImportWizard(ctx) if kind == "deals" else CustomerImportWizard(ctx, kind)
    qtbot.addWidget(wizard)
    page = wizard.import_page
    page.job_progress(WAITING, 0)
    assert "Waiting for another program" in page.status_label.text()
    page.job_progress(5, 10)
    assert page.status_label.text() == "Importing…"
    page.job_failed(Cancelled("Cancelled."))  # given up while waiting
    assert page.status_label.text() == "The import was cancelled. Nothing was written."
