"""Team mode's dialogs read whole in English, Russian and Portuguese (Brazil):
File › Connect to a team database… with a server's refusal shown, and
Users › Team members… with three people, one of them disabled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from funnel.errors import DatabaseError
from funnel.store.postgres import UNREACHABLE
from funnel.store.server_address import ServerAddress
from funnel.team.users import MANAGER, SALESPERSON, TeamMember
from tests.ui.textfit import cut_texts
from ui import i18n
from ui.messages import error_text

LANGUAGES = ("en", "ru", "pt_BR")
MEMBERS = [
    TeamMember(1, "anna", "Anna Ivanova", MANAGER, True, 12),
    TeamMember(2, "boris", "Boris Petrov", SALESPERSON, True, 7),
    TeamMember(3, "vera", "Vera Smirnova", SALESPERSON, False, 3),
]


class _Team:
    """Just enough of the app's context for the dialog: the people on the
    server (the dialog only reads them)."""

    def read(self, fn, *args, **kwargs):
        return list(MEMBERS)


@pytest.fixture
def language(request, qapp):
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_connect_dialog_shows_a_servers_refusal_whole(language, qtbot):
    from ui.team.connect_dialog import ConnectDialog

    address = ServerAddress(host="db.example.com", database="sales", user="boris", port=5432)
    dialog = ConnectDialog(current=address)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    refusal = DatabaseError(
        UNREACHABLE,
        path=address.display,
        why='connection to server at "db.example.com", port 5432 failed: Connection refused',
    )
    dialog._say(error_text(refusal), False)
    settle()
    assert dialog.status.isVisible() and "db.example.com" in dialog.status.text()
    cuts = cut_texts(dialog)
    assert cuts == [], "\n".join(cuts)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_team_members_dialog_reads_whole_with_a_disabled_member(language, qtbot):
    from ui.team.dialog import TeamDialog

    dialog = TeamDialog(_Team())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.selectRow(1)
    settle()
    assert dialog.model.rowCount() == 3
    cuts = cut_texts(dialog)
    assert cuts == [], "\n".join(cuts)
    header = dialog.view.horizontalHeader()
    metrics = dialog.view.fontMetrics()
    for column in range(dialog.model.columnCount()):  # every cell's text whole, too
        for row in range(dialog.model.rowCount()):
            text = dialog.model.index(row, column).data()
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), text


def test_a_disabled_member_stays_listed_but_greyed_and_says_why(qapp, qtbot):
    from PySide6.QtCore import Qt

    from ui.team.dialog import TeamDialog

    dialog = TeamDialog(_Team())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    model = dialog.model
    active, disabled = model.index(1, 1), model.index(2, 1)
    assert model.index(2, 3).data() == "No"
    assert active.data(Qt.ItemDataRole.ForegroundRole) is None
    grey = disabled.data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.color() != dialog.palette().text().color()
    assert "disabled" in disabled.data(Qt.ItemDataRole.ToolTipRole)
