"""The first-start assistant: About you, Your funnel, Your data — three short
steps, each skippable, shown once per file (and from Help › Getting started).

It writes nothing until the end: finishing saves every step not skipped in
one transaction (`funnel.onboarding.complete_first_start`); closing it marks
the file as done, so it does not come back uninvited. What to do with the
data (import, demo, nothing) is the app's business: `completed(choice)`.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from funnel.cleanup.reminder import get_schedule
from funnel.errors import FunnelError
from funnel.onboarding import FirstStartChoices, complete_first_start
from funnel.store.firststart import finish_assistant, is_empty
from funnel.store.profile import get_profile
from ui.context import AppContext, Changes
from ui.firststart.about_step import AboutStep
from ui.firststart.data_step import EMPTY, DataStep
from ui.firststart.funnel_step import FunnelStep
from ui.messages import show_error
from ui.operations.core import run_write

ABOUT, FUNNEL, DATA = range(3)


class FirstStartAssistant(QDialog):
    language_chosen = Signal(str)  # the app switches the language at once
    completed = Signal(str)  # what to do with the data: one of data_step.CHOICES

    def __init__(
        self,
        ctx: AppContext,
        *,
        language: str,
        system_locale: str | None = None,
        available: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartAssistant")
        self.ctx = ctx
        self.skipped: set[int] = set()
        # Opened again on a file already in use: its pipelines stay as they
        # are unless a starting set is chosen here.
        self.keep_pipelines = not ctx.read(is_empty)
        self.choice: str | None = None
        locale = system_locale or QLocale.system().name()
        profile = ctx.read(get_profile, default_locale=locale)
        self.about = AboutStep(profile, language, ctx.read(get_schedule))
        self.funnel = FunnelStep(language)
        self.data = DataStep(set(available))
        self.about.language_chosen.connect(self._language_chosen)
        self.data.chosen.connect(self.finish)

        self.title_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        for step in (self.about, self.funnel, self.data):
            self.stack.addWidget(step)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipStep")
        self.skip_button.setFlat(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backStep")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextStep")
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.step_label)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.next)
        self.resize(820, 560)
        self.retranslate()
        self.go(ABOUT)

    # language -------------------------------------------------------------------
    def _language_chosen(self, language: str) -> None:
        self.funnel.set_language(language)
        self.language_chosen.emit(language)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
        self.title_label.setText(self.tr("Welcome to Funnel"))
        self.skip_button.setText(self.tr("Skip this step"))
        self.back_button.setText(self.tr("Back"))
        for step in (self.about, self.funnel, self.data):
            step.retranslate()
        self._show_step()

    # moving between steps ---------------------------------------------------------
    def _show_step(self) -> None:
        index = self.stack.currentIndex()
        names = (self.tr("About you"), self.tr("Your funnel"), self.tr("Your data"))
        self.step_label.setText(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(index + 1))
            .replace("%2", "3")
            .replace("%3", names[index])
        )
        self.back_button.setEnabled(index > ABOUT)
        self.next_button.setText(self.tr("Finish") if index == DATA else self.tr("Next"))
        self.next_button.setToolTip(self.tr("Start empty") if index == DATA else "")
        self.skip_button.setVisible(index != DATA)

    def go(self, index: int) -> None:
        self.stack.setCurrentIndex(max(ABOUT, min(DATA, index)))
        self._show_step()

    def next(self) -> None:
        index = self.stack.currentIndex()
        if index == FUNNEL:
            try:
                self.funnel.stages()
            except FunnelError as exc:
                show_error(self, exc)
                return
        self.skipped.discard(index)
        if index == DATA:
            self.finish(EMPTY)
        else:
            self.go(index + 1)

    def skip(self) -> None:
        index = self.stack.currentIndex()
        self.skipped.add(index)
        self.go(index + 1)

    # the end ----------------------------------------------------------------------
    def choices(self) -> FirstStartChoices:
        about = ABOUT not in self.skipped
        funnel = FUNNEL not in self.skipped and (self.funnel.touched or not self.keep_pipelines)
        return FirstStartChoices(
            language=self.about.language(),
            profile=self.about.profile() if about else None,
            cleanup=self.about.cleanup() if about else None,
            stages=self.funnel.stages() if funnel else None,
            cleanup_subject=QCoreApplication.translate("Cleanup", "Weekly pipeline clean-up"),
        )

    def finish(self, choice: str) -> None:
        try:
            result = run_write(
                self.ctx,
                complete_first_start,
                self.choices(),
                today=self.ctx.today(),
                now=self.ctx.now(),
                changes=Changes(everything=True),
            )
        except FunnelError as exc:
            show_error(self, exc)
            return
        self.choice = choice
        self.pipeline_id = result.pipeline_id
        self.accept()
        self.completed.emit(choice)

    def reject(self) -> None:
        """Closed half-way: nothing chosen is saved, and it does not come back
        on its own (Help › Getting started opens it again)."""
        run_write(self.ctx, finish_assistant, changes=Changes())
        super().reject()
