from PySide6.QtWidgets import QLabel

from ui.main_window import MainWindow


def test_window_shows_the_database_in_use_in_the_status_bar(window, db):
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert str(db.path) in labels


def test_window_size_is_remembered(ctx, qtbot, settings_dir):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
