"""What the app does around the first start: decide whether a file gets the
assistant, run it, and act on its last step (an import, the demo file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt

from funnel.demo.demo_file import demo_path
from funnel.store.firststart import needs_assistant
from ui.context import AppContext
from ui.firststart.assistant import FirstStartAssistant
from ui.firststart.data_step import DEMO, EMPTY, IMPORT_DEALS
from ui.firststart.demo import DemoMaker


class FunnelApp(Protocol):
    """What this module needs of `ui.app.FunnelApp` (named here, not
    imported: the app imports this module)."""

    ctx: AppContext
    window: Any
    language: str
    assistant: FirstStartAssistant | None
    demo_maker: DemoMaker | None

    def set_language(self, language: str) -> None: ...

    def open_file(self, path: str, new: bool = False) -> bool: ...


OPTIONAL_IMPORTS = ("import_clients", "import_purchases")  # present once their branch is merged


def system_locale_name() -> str:
    """The system's locale ("pt_BR"): what the profile's defaults come from."""
    return QLocale.system().name()


def available_imports(window) -> set[str]:
    return {IMPORT_DEALS} | {name for name in OPTIONAL_IMPORTS if hasattr(window, name)}


def show_assistant(app: FunnelApp) -> FirstStartAssistant:
    assistant = FirstStartAssistant(
        app.ctx,
        language=app.language,
        system_locale=system_locale_name(),
        available=available_imports(app.window),
    )
    assistant.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assistant.setWindowModality(Qt.WindowModality.ApplicationModal)
    assistant.language_chosen.connect(app.set_language)
    assistant.completed.connect(lambda choice: after_assistant(app, assistant, choice))
    assistant.finished.connect(lambda _result: _forget(app, assistant))
    app.assistant = assistant
    assistant.show()
    return assistant


def _forget(app: FunnelApp, assistant: FirstStartAssistant) -> None:
    if app.assistant is assistant:
        app.assistant = None


def maybe_show_assistant(app: FunnelApp) -> FirstStartAssistant | None:
    """A new, empty file (a fresh data folder, File › New file…, a new `--db`)."""
    if app.ctx.read(needs_assistant):
        return show_assistant(app)
    return None


def after_assistant(app: FunnelApp, assistant: FirstStartAssistant, choice: str) -> None:
    window = app.window
    if assistant.pipeline_id is not None:
        window.set_pipeline(assistant.pipeline_id)
    window.show_page("board")
    if choice == DEMO:
        open_demo(app)
    elif choice != EMPTY:
        action = getattr(window, choice, None)
        if action is not None:
            action()


def open_demo(app: FunnelApp) -> DemoMaker:
    """Make or reopen the demo file beside the one in use, then switch to it."""
    maker = DemoMaker(
        demo_path(Path(app.ctx.db.path)),
        language=app.language,
        now=app.ctx.now(),
        parent=app.window,
    )
    maker.ready.connect(lambda path: app.open_file(path))
    app.demo_maker = maker
    maker.start()
    return maker
